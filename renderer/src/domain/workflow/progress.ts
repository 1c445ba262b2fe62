import type { IsoDate, Uuid } from '../model';
import { memberSheetState, type MemberSheetState, type Participant, type SheetStatus } from './product-flow';
import { isPresentOn, productMeetingDate, scorersPerProduct, type AttendanceMark } from './presence';

/**
 * The member × product progress board (issue 4 item 7). Shows only states, never scores:
 * the board is projected in the room while products are still sealed.
 */

export interface ProgressInput {
  readonly memberIds: readonly Uuid[];
  readonly products: readonly {
    readonly id: Uuid;
    readonly currentPass: number;
    readonly meetingDate?: IsoDate | undefined;
  }[];
  readonly roundMeetingDates: readonly IsoDate[];
  readonly attendance: readonly AttendanceMark[];
  readonly recusals: readonly { readonly productId: Uuid; readonly memberId: Uuid }[];
  readonly sheets: readonly {
    readonly productId: Uuid;
    readonly memberId: Uuid;
    readonly pass: number;
    readonly status: SheetStatus;
    readonly answered: number;
  }[];
}

export interface ProgressRow {
  readonly productId: Uuid;
  readonly states: Readonly<Record<Uuid, MemberSheetState>>;
  /** members who submitted the current pass / members the seal waits for */
  readonly submitted: number;
  readonly expected: number;
}

type SheetSummary = ProgressInput['sheets'][number];

const sheetKey = (productId: Uuid, memberId: Uuid, pass: number): string =>
  `${productId}\u0000${memberId}\u0000${pass}`;

/** Lookups built once per board: a round has ~1,300 sheets, the board ~1,300 cells. */
export interface ProgressIndex {
  readonly sheets: ReadonlyMap<string, SheetSummary>;
  readonly recused: ReadonlySet<string>;
}

/** Build once and pass to `participantsOf` when asking about every product of a round. */
export function progressIndex(input: ProgressInput): ProgressIndex {
  return {
    sheets: new Map(input.sheets.map((s) => [sheetKey(s.productId, s.memberId, s.pass), s])),
    recused: new Set(input.recusals.map((r) => sheetKey(r.productId, r.memberId, 0))),
  };
}

/** Participants of one product, as the product-flow rules need them (current pass only). */
export function participantsOf(
  input: ProgressInput,
  productId: Uuid,
  index: ProgressIndex = progressIndex(input),
): readonly Participant[] {
  const product = input.products.find((p) => p.id === productId);
  if (product === undefined) return [];
  const day = productMeetingDate(product, input.roundMeetingDates);
  return input.memberIds.map((memberId) => {
    const sheet = index.sheets.get(sheetKey(productId, memberId, product.currentPass));
    return {
      memberId,
      present: isPresentOn(input.attendance, memberId, day),
      recused: index.recused.has(sheetKey(productId, memberId, 0)),
      sheet: sheet === undefined ? undefined : { status: sheet.status, answered: sheet.answered },
    };
  });
}

/**
 * Who scores each product — present on its meeting day and not recused — for every product of a
 * round at once: `expectedScorers(participantsOf(input, id))` for each, without the sheets (who
 * counts does not depend on them). Presence is worked out once per meeting day, not once per
 * member and product: the results screen asks this of 141 products × 15 members.
 */
export function scorersByProduct(input: Omit<ProgressInput, 'sheets'>): ReadonlyMap<Uuid, readonly Uuid[]> {
  return scorersPerProduct(
    input.products,
    input.recusals,
    (product) => productMeetingDate(product, input.roundMeetingDates),
    (day) => input.memberIds.filter((id) => isPresentOn(input.attendance, id, day)),
  );
}

export function progressMatrix(input: ProgressInput): readonly ProgressRow[] {
  const index = progressIndex(input);
  return input.products.map((product) => {
    const participants = participantsOf(input, product.id, index);
    const states: Record<Uuid, MemberSheetState> = {};
    let submitted = 0;
    let expected = 0;
    for (const p of participants) {
      const state = memberSheetState(p);
      states[p.memberId] = state;
      if (p.present && !p.recused) {
        expected += 1;
        if (state === 'submitted') submitted += 1;
      }
    }
    return { productId: product.id, states, submitted, expected };
  });
}
