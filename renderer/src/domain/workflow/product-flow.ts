import type { Uuid } from '../model';
import { ALLOWED, refuse, type RuleCheck } from './codes';

/**
 * The life of one product inside a scoring round: members fill their sheets for the
 * current pass; the scores stay sealed until every present, non-recused member has
 * submitted; the secretary unseals; the council either re-scores (pass N+1, earlier
 * passes kept) or closes the product. Pure rules over plain data.
 */

export type SheetStatus = 'draft' | 'submitted';

/** A member's state on one product for the progress board. `absent` is shown apart from `not-started`. */
export type MemberSheetState = 'not-started' | 'in-progress' | 'submitted' | 'recused' | 'absent';

export interface ProductFlow {
  readonly currentPass: number;
  /** true until the secretary unseals the current pass */
  readonly sealed: boolean;
  readonly closed: boolean;
  readonly disqualified: boolean;
  /** The product's minutes are signed (see ./signing.ts): its result is locked. Absent = not signed. */
  readonly signed?: boolean;
  /**
   * Some member has no attendance mark for the product's meeting day (OCOP-RULES §4 item 7):
   * nobody scores that day until the secretary confirmed everyone. Absent = confirmed.
   */
  readonly attendancePending?: boolean;
}

/** One council member as seen from one product. `sheet` is their sheet of the CURRENT pass. */
export interface Participant {
  readonly memberId: Uuid;
  readonly present: boolean;
  readonly recused: boolean;
  readonly sheet?: { readonly status: SheetStatus; readonly answered: number } | undefined;
}

export function memberSheetState(p: Participant): MemberSheetState {
  if (p.recused) return 'recused';
  if (p.sheet?.status === 'submitted') return 'submitted';
  if (!p.present) return 'absent';
  if (p.sheet !== undefined && p.sheet.answered > 0) return 'in-progress';
  return 'not-started';
}

/** Members whose sheets the seal waits for and the tally counts: present and not recused. */
export function expectedScorers(participants: readonly Participant[]): readonly Participant[] {
  return participants.filter((p) => p.present && !p.recused);
}

function productOpen(product: ProductFlow): RuleCheck {
  if (product.signed === true) return refuse('product-signed');
  if (product.closed) return refuse('product-closed');
  if (product.disqualified) return refuse('product-disqualified');
  return ALLOWED;
}

/** Answer, case choice, opinion: only on the current pass, while sealed, by a present non-recused member. */
export function canEditSheet(product: ProductFlow, member: Participant, pass: number): RuleCheck {
  const open = productOpen(product);
  if (!open.ok) return open;
  if (pass !== product.currentPass) return refuse('stale-pass');
  if (!product.sealed) return refuse('product-unsealed');
  if (product.attendancePending === true) return refuse('attendance-unconfirmed');
  if (member.recused) return refuse('member-recused');
  if (!member.present) return refuse('member-absent');
  if (member.sheet?.status === 'submitted') return refuse('sheet-submitted');
  return ALLOWED;
}

/** Submit: as editing, and every criterion answered (the count comes from the engine). */
export function canSubmitSheet(
  product: ProductFlow,
  member: Participant,
  pass: number,
  unansweredCriteria: number,
): RuleCheck {
  const edit = canEditSheet(product, member, pass);
  if (!edit.ok) return edit;
  if (unansweredCriteria > 0) return refuse('sheet-incomplete');
  return ALLOWED;
}

/** A member's own submitted sheet can be reopened until the product is unsealed. */
export function canReopenSheet(product: ProductFlow, member: Participant, pass: number): RuleCheck {
  const open = productOpen(product);
  if (!open.ok) return open;
  if (pass !== product.currentPass) return refuse('stale-pass');
  if (!product.sealed) return refuse('product-unsealed');
  if (member.sheet?.status !== 'submitted') return refuse('sheet-not-submitted');
  return ALLOWED;
}

/** The secretary may unseal once every present, non-recused member submitted the current pass. */
export function canUnseal(product: ProductFlow, participants: readonly Participant[]): RuleCheck {
  const open = productOpen(product);
  if (!open.ok) return open;
  if (!product.sealed) return refuse('product-unsealed');
  const expected = expectedScorers(participants);
  // Nobody to wait for is not "everyone submitted": a product nobody scored has no result.
  if (expected.length === 0) return refuse('not-all-submitted');
  if (!expected.every((p) => p.sheet?.status === 'submitted')) return refuse('not-all-submitted');
  return ALLOWED;
}

/** Re-scoring opens pass N+1; it needs the current pass unsealed (the spread is only known then). */
export function canStartRescoring(product: ProductFlow): RuleCheck {
  const open = productOpen(product);
  if (!open.ok) return open;
  if (product.sealed) return refuse('product-sealed');
  return ALLOWED;
}

export interface CloseProductInput {
  readonly product: ProductFlow;
  /** from the engine's quorum status for the product's meeting day */
  readonly quorumMet: boolean;
  /** from the engine's tally of the current pass; ignored for a disqualified product */
  readonly spreadExceeded: boolean;
  /** the chair's written reason for closing with the spread above the limit */
  readonly chairReason?: string | undefined;
}

/**
 * Closing a product fixes the council's result. Refused below quorum, while sealed, and
 * while the spread exceeds the limit unless the chair writes a reason. A disqualified
 * product (no scores, no star) is closed on quorum alone.
 */
export function canCloseProduct(input: CloseProductInput): RuleCheck {
  const { product } = input;
  if (product.signed === true) return refuse('product-signed');
  if (product.closed) return refuse('product-closed');
  if (!input.quorumMet) return refuse('below-quorum');
  if (product.disqualified) return ALLOWED;
  if (product.sealed) return refuse('product-sealed');
  if (input.spreadExceeded && (input.chairReason ?? '').trim() === '') return refuse('spread-exceeded');
  return ALLOWED;
}

export interface CloseRoundInput {
  readonly status: 'preparing' | 'scoring' | 'closed';
  readonly archived: boolean;
  readonly openProducts: number;
  /** quorum met on every meeting day that has products */
  readonly quorumMet: boolean;
}

export function canCloseRound(input: CloseRoundInput): RuleCheck {
  if (input.archived) return refuse('round-archived');
  if (input.status === 'closed') return refuse('round-closed');
  if (input.status !== 'scoring') return refuse('bad-status-transition');
  if (!input.quorumMet) return refuse('below-quorum');
  if (input.openProducts > 0) return refuse('products-open');
  return ALLOWED;
}
