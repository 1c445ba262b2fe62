/**
 * Every reason the round workflow can refuse an action. The db layer throws these as
 * `WorkflowError(code)`; the UI translates the code (texts in `renderer/src/db/messages.ts`).
 * Pure data, no runtime dependencies.
 */
export const WORKFLOW_CODES = [
  'round-not-preparing', // setup that is frozen once scoring starts (rule-set, rules profile)
  'round-not-scoring', // scoring / unseal / close only while the round is being scored
  'round-closed', // a closed round is a record: nothing changes
  'round-archived', // an archived round is read-only until unarchived
  'bad-status-transition', // only preparing → scoring → closed
  'no-products', // scoring cannot start without products
  'no-members', // scoring cannot start without council members
  'no-chair', // scoring cannot start without a chair
  'second-chair', // a council has one chair
  'member-recused', // a recused member cannot score that product
  'member-absent', // an absent member cannot score
  'member-has-sheets', // a member (or product) with recorded scores cannot be removed / recused
  'product-has-sheets',
  'product-disqualified', // evaluation ended: no scoring, no star
  'product-not-disqualified',
  'product-closed', // the council's result for the product is final
  'product-unsealed', // once unsealed, the current pass can no longer change
  'product-sealed', // results hidden: the product must be unsealed first
  'sheet-submitted', // a submitted sheet must be reopened before it changes
  'sheet-not-submitted',
  'sheet-incomplete', // every criterion must be answered before submitting
  'not-all-submitted', // the seal holds until every present, non-recused member has submitted
  'spread-exceeded', // spread above the limit: re-score, or the chair closes with a written reason
  'reason-required', // recusal, disqualification and spread override need a written reason
  'below-quorum', // results cannot be closed below quorum
  'products-open', // the round cannot close while a product is still open
  'stale-pass', // only the product's current pass can be edited
  'product-signed', // signed minutes lock the result: a correction is a new minutes revision with a reason
  'product-not-closed', // minutes are signed only once the product's result is closed
  'minutes-already-signed', // this signer already signed this revision
  'signed-file-mismatch', // the second signature must be added to the very file the first signer signed
  'no-signed-minutes', // a correction revises signed minutes: there are none yet
  'minutes-incomplete', // a required field of the minutes is blank (problems: the fields)
  'minutes-number-taken', // another minutes of the council's series for that year has this number
  'minutes-locked', // the minutes carry a signature: their fields are locked with the document
  'attendance-unconfirmed', // scoring of a meeting day opens once every member is marked present, absent or excused
  'member-non-voting', // a non-voting secretary does not score
] as const;

export type WorkflowCode = (typeof WORKFLOW_CODES)[number];

/** The result of a rule check: allowed, or refused with the reason. */
export type RuleCheck = { readonly ok: true } | { readonly ok: false; readonly code: WorkflowCode };

export const ALLOWED: RuleCheck = { ok: true };

export function refuse(code: WorkflowCode): RuleCheck {
  return { ok: false, code };
}

/** First refusal among the checks, in order; `ALLOWED` when none refuses. */
export function firstRefusal(...checks: readonly RuleCheck[]): RuleCheck {
  return checks.find((c) => !c.ok) ?? ALLOWED;
}
