import { ALLOWED, refuse, type RuleCheck } from './codes';

/**
 * Signing the minutes (issue 5, item 7). Signed minutes lock the product's result: nothing
 * about the product may change any more (`ProductFlow.signed` makes every product-flow rule
 * refuse with 'product-signed'). A correction never edits a signed file: it is a new
 * revision of the minutes, with a written reason, signed again; the earlier signed file is
 * kept with its SHA-256. Within one revision the chair and the secretary each sign once,
 * on the same file (the second signature is an incremental update of the first).
 */

export type MinutesSigner = 'chair' | 'secretary';

export interface MinutesRevisionState {
  /** Roles that already signed the current (not superseded) revision. */
  readonly signedBy: readonly MinutesSigner[];
}

export interface SignMinutesInput {
  /** The product's result is closed (ProductStateRow.closed). */
  readonly productClosed: boolean;
  /** The current revision, or null when the minutes were never signed. */
  readonly current: MinutesRevisionState | null;
  readonly role: MinutesSigner;
  /** Set when this signing starts a correction (a new revision); its written reason. */
  readonly correctionReason?: string | undefined;
  /**
   * Continuing the current revision: the file being signed extends, byte for byte, the file
   * stored for it (an incremental update keeps the earlier signature valid).
   */
  readonly extendsStoredFile?: boolean | undefined;
}

/** Whether `role` may sign now, and on what: the current revision or a new one. */
export function canSignMinutes(input: SignMinutesInput): RuleCheck {
  if (!input.productClosed) return refuse('product-not-closed');
  if (input.correctionReason !== undefined) {
    if (input.current === null) return refuse('no-signed-minutes');
    if (input.correctionReason.trim() === '') return refuse('reason-required');
    return ALLOWED;
  }
  if (input.current === null) return ALLOWED;
  if (input.current.signedBy.includes(input.role)) return refuse('minutes-already-signed');
  if (input.extendsStoredFile !== true) return refuse('signed-file-mismatch');
  return ALLOWED;
}

/** What a signing creates: revision 1, the next revision (a correction), or a signature added to the current one. */
export function signingTarget(
  input: Pick<SignMinutesInput, 'current' | 'correctionReason'>,
): 'first-revision' | 'new-revision' | 'current-revision' {
  if (input.current === null) return 'first-revision';
  return input.correctionReason === undefined ? 'current-revision' : 'new-revision';
}
