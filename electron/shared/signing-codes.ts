/**
 * The signing service's codes: refusals, verdicts, trust problems, changes after signing. The
 * service and the contract carry only these codes; their words (Vietnamese and English) are
 * in the renderer's catalog (renderer/src/i18n/catalog/verify.ts and token.ts), where the
 * verification and signing screens show them in the app's language.
 */

export type SigningErrorCode =
  | 'wrong-certificate-password'
  | 'corrupt-certificate-file'
  | 'no-private-key'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'unsupported-key'
  | 'unsupported-pdf'
  | 'page-not-found'
  | TokenErrorCode;

/** Refusals of signing with a USB token (PKCS#11), issue 10. */
export type TokenErrorCode =
  | 'token-binding-unavailable'
  | 'token-library-not-found'
  | 'token-library-invalid'
  | 'token-library-wrong-architecture'
  | 'token-not-found'
  | 'token-no-certificate'
  | 'token-no-key'
  | 'certificate-no-signing-usage'
  | 'token-pin-incorrect'
  | 'token-pin-incorrect-count-low'
  | 'token-pin-incorrect-final-try'
  | 'token-pin-locked'
  | 'token-removed'
  | 'token-session-closed'
  | 'signing-session-closed'
  | 'token-failure';

/** Verdict of one signature. */
export type SignatureVerdict =
  | 'valid'
  | 'valid-later-revision-signed'
  | 'changed-after-signing'
  | 'invalid-signature'
  | 'malformed-signature';

/** Verdict of the whole file. */
export type DocumentVerdict =
  | 'all-signatures-valid'
  | 'changed-after-signing'
  | 'invalid-signature'
  | 'no-signatures'
  | 'not-a-pdf'
  /** More signatures than any minutes carries. */
  | 'too-complex'
  /** Over the verifier's size limit. */
  | 'too-large'
  /** Over the verifier's time budget (the check was stopped). */
  | 'over-budget';

/** Why a signer certificate is not trusted (trust.ts checks; the contract carries the code). */
export type TrustProblem =
  | 'no-certificate'
  | 'self-signed'
  | 'unknown-issuer'
  | 'expired-at-signing'
  | 'not-yet-valid-at-signing'
  | 'wrong-key-usage'
  | 'broken-chain'
  | 'certificate-not-bound';

/** What kind of change after a signature revision-diff.ts found. */
export type RevisionChangeKind =
  | 'unreadable'
  | 'appended-data'
  | 'partial-coverage'
  | 'pages-added'
  | 'pages-removed'
  | 'page-tree'
  | 'page-content'
  | 'page-resources'
  | 'page-annotations'
  | 'page-object'
  | 'catalog'
  | 'form'
  | 'document-info'
  | 'signature-replaced'
  | 'other-objects';
