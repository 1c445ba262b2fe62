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
/** Documents per `signPdfsWithToken` call, at most. */
export { MAX_SIGNATURES_PER_CALL } from '../../../electron/ipc/contract';

/** The meeting hub (issue 9): commands, status, cards and devices, member ops and views. */
export type {
  HubBatchResult,
  HubCard,
  HubCommand,
  HubDevice,
  HubOpBatch,
  HubRefusal,
  HubStatus,
} from '../../../electron/shared/hub-wire';
export { HUB_DEFAULT_PORT } from '../../../electron/shared/hub-wire';
