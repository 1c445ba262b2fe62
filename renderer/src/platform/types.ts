/**
 * The host's data shapes that screens show or send, re-exported so that features reach the
 * host only through platform/ (never electron/ipc/contract directly).
 */
export type {
  AppInfo,
  DataFileEntry,
  ImportTrustedCertificatesOutcome,
  PdfVerification,
  SignatureChange,
  SignatureCheck,
  TrustedCertificate,
  SignerRole,
  SigningRefusalCode,
  TokenListing,
  TokenView,
} from '../../../electron/ipc/contract';
