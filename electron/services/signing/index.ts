/**
 * Digital signing and verification of the minutes PDFs (issue 5 items 6–8): plain Node, no
 * `electron` import, so it runs in the main process, the web host and unit tests alike.
 */
export { readSigningIdentity, type SigningIdentity } from './identity';
export { signPdf, type SignPdfOptions, type SignedPdf, type SignatureRect } from './sign-pdf';
export { verifyPdfSignatures, type SignatureReport, type VerificationReport, type VerifyOptions } from './verify';
export type { TrustStatus } from './trust';
export { sha256Hex } from './hash';
export { loadDejaVuSans } from './font-file';
export * from './errors';
export * from './messages';
