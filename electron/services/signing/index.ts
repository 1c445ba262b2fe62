/**
 * Digital signing and verification of the minutes PDFs (issue 5 items 6–8): plain Node, no
 * `electron` import, so it runs in the main process, the web host and unit tests alike.
 *
 * - `readSigningIdentity(p12, password, now)` opens a .p12/.pfx (RSA or ECDSA P-256).
 * - `signPdf({...})` adds a visible PAdES baseline B-B signature as an incremental update.
 * - `verifyPdfSignatures(pdf, { knownHashes, trustAnchors })` reports verdict codes; the
 *   codes are in electron/shared/signing-codes.ts (words in the renderer catalog).
 *
 * Limits, on purpose: B-B only (no timestamp, no LTV/DSS: /M is the signer's claim); the
 * trust check follows the chain in the CMS to the given anchors without revocation; the
 * box ignores page /Rotate; encrypted PDFs are refused; signatures only on the pages'
 * existing coordinate space (points from the bottom-left of the MediaBox origin).
 */
export { readSigningIdentity, type SigningIdentity } from './identity';
export { signPdf, type SignPdfOptions, type SignedPdf, type SignatureRect } from './sign-pdf';
export {
  verifyPdfSignatures,
  type SignatureReport,
  type VerificationReport,
  type VerifyOptions,
} from './verify';
export type { TrustStatus } from './trust';
export { sha256Hex } from './hash';
export { loadDejaVuSans } from './font-file';
export * from './errors';
export * from '../../shared/signing-codes';
