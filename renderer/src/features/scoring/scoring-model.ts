import { progressInput, type ProductBundle, type RoundBundle } from '../../db';
import type { MessageKey } from '../../i18n/catalog';
import {
  isPresentOn,
  memberSheetState,
  productMeetingDate,
  progressMatrix,
  type MemberSheetState,
  type Participant,
  type ProductFlow,
} from '../../domain/workflow';

/**
 * What the scoring screen shows about members and products (pure, from the workflow rules):
 * each member's state on each product, who may be chosen, each product's flags.
 */

export const STATE_LABEL = {
  'not-started': 'scoring.state.not-started',
  'in-progress': 'scoring.state.in-progress',
  submitted: 'scoring.state.submitted',
  recused: 'scoring.state.recused',
  absent: 'scoring.state.absent',
} as const satisfies Record<MemberSheetState, MessageKey>;

export interface MemberProgress {
  readonly memberId: string;
  /** state on each product (by product id) */
  readonly states: Readonly<Record<string, MemberSheetState>>;
  readonly submitted: number;
  /** products this member is expected to score (present, not recused, not disqualified) */
  readonly expected: number;
}

/** Per member: their state on every product and their submitted / expected counts. */
export function membersProgress(bundle: RoundBundle): readonly MemberProgress[] {
  const matrix = progressMatrix(progressInput(bundle));
  const disqualified = new Set(bundle.products.filter((p) => p.disqualification !== null).map((p) => p.id));
  return bundle.members.map((m) => {
    const states: Record<string, MemberSheetState> = {};
    let submitted = 0;
    let expected = 0;
    for (const row of matrix) {
      const state = row.states[m.id] ?? 'not-started';
      states[row.productId] = state;
      if (state === 'recused' || state === 'absent' || disqualified.has(row.productId)) continue;
      expected += 1;
      if (state === 'submitted') submitted += 1;
    }
    return { memberId: m.id, states, submitted, expected };
  });
}

/** A member can open a product's sheet unless recused from it or absent on its day. */
export function canOpenSheet(state: MemberSheetState | undefined): boolean {
  return state !== undefined && state !== 'recused' && state !== 'absent';
}

/** The product-flow view of a product (for the workflow rules). */
export function flowOf(bundle: ProductBundle): ProductFlow {
  return {
    currentPass: bundle.state.currentPass,
    sealed: bundle.state.sealed,
    closed: bundle.state.closed !== null,
    disqualified: bundle.product.disqualification !== null,
  };
}

/** One member as seen from one product, with their sheet of the current pass. */
export function participantOf(bundle: ProductBundle, memberId: string): Participant {
  const day = productMeetingDate(bundle.product, bundle.round.meetingDates);
  const sheet = bundle.sheets.find((s) => s.memberId === memberId && s.pass === bundle.state.currentPass);
  return {
    memberId,
    present: isPresentOn(bundle.attendance, memberId, day),
    recused: bundle.recusals.some((r) => r.memberId === memberId),
    sheet:
      sheet === undefined ? undefined : { status: sheet.status, answered: Object.keys(sheet.answers).length },
  };
}

export function stateOf(bundle: ProductBundle, memberId: string): MemberSheetState {
  return memberSheetState(participantOf(bundle, memberId));
}
