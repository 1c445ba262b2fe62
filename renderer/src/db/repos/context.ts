import type { MemberSheet } from '../../domain/model';
import {
  isPresentOn,
  memberScores,
  productMeetingDate,
  unconfirmedMembers,
  type Participant,
  type ProductFlow,
} from '../../domain/workflow';
import type { Tx } from '../tx';
import type { ProductRow, ProductStateRow, RoundMemberRow, RoundRow, SheetRow } from '../rows';
import { getProduct, getProductState, getRound } from './guards';

/** Everything the product-flow rules need about one product, read in the caller's transaction. */
export interface ProductContext {
  readonly round: RoundRow;
  readonly product: ProductRow;
  readonly state: ProductStateRow;
  readonly flow: ProductFlow;
  readonly members: readonly RoundMemberRow[];
  /** one per SCORING council member (a non-voting secretary is left out), with their sheet of the current pass */
  readonly participants: readonly Participant[];
  /** sheets of the current pass, by member id */
  readonly currentSheets: ReadonlyMap<string, SheetRow>;
}

/**
 * Contexts already read in one transaction, by product id — only for transactions that asked
 * for it (`rememberContexts`): the meeting hub commits a burst of member ops in one
 * transaction, and re-reading the same product's rows for every answer was most of its cost.
 * Exact by construction: nothing outside the transaction can write while it runs, and every
 * sheet the burst writes is put back into its context (`sheetWritten`).
 */
const remembered = new WeakMap<Tx, Map<string, ProductContext>>();

/** From now on, `loadProductContext` in this transaction reads each product once. */
export function rememberContexts(t: Tx): void {
  if (!remembered.has(t)) remembered.set(t, new Map());
}

/**
 * A sheet was written in a transaction that remembers contexts: its product's context now holds
 * it (or, for a sheet of another pass, the context is read afresh next time).
 */
export function sheetWritten(t: Tx, row: SheetRow): void {
  const contexts = remembered.get(t);
  const ctx = contexts?.get(row.productId);
  if (contexts === undefined || ctx === undefined) return;
  if (row.pass !== ctx.state.currentPass) {
    contexts.delete(row.productId);
    return;
  }
  const currentSheets = new Map(ctx.currentSheets);
  currentSheets.set(row.memberId, row);
  contexts.set(row.productId, {
    ...ctx,
    currentSheets,
    participants: ctx.participants.map((p) =>
      p.memberId === row.memberId
        ? { ...p, sheet: { status: row.status, answered: Object.keys(row.answers).length } }
        : p,
    ),
  });
}

export async function loadProductContext(t: Tx, productId: string): Promise<ProductContext> {
  const contexts = remembered.get(t);
  const known = contexts?.get(productId);
  if (known !== undefined) return known;
  const ctx = await readProductContext(t, productId);
  contexts?.set(productId, ctx);
  return ctx;
}

async function readProductContext(t: Tx, productId: string): Promise<ProductContext> {
  const product = await getProduct(t, productId);
  const round = await getRound(t, product.roundId);
  const state = await getProductState(t, productId);
  const members = await t.roundMembers.where('roundId').equals(round.id).sortBy('position');
  const attendance = await t.attendance.where('roundId').equals(round.id).toArray();
  const recusals = await t.recusals
    .where('roundId')
    .equals(round.id)
    .filter((r) => r.productId === productId)
    .toArray();
  const sheets = await t.sheets
    .where('productId')
    .equals(productId)
    .filter((s) => s.pass === state.currentPass)
    .toArray();
  const currentSheets = new Map(sheets.map((s) => [s.memberId, s]));
  const day = productMeetingDate(product, round.meetingDates);
  const secretaryScores = round.secretaryScores ?? true;
  const participants: Participant[] = members
    .filter((m) => memberScores(m.role, secretaryScores))
    .map((m) => {
      const sheet = currentSheets.get(m.id);
      return {
        memberId: m.id,
        present: isPresentOn(attendance, m.id, day),
        recused: recusals.some((r) => r.memberId === m.id),
        sheet:
          sheet === undefined
            ? undefined
            : { status: sheet.status, answered: Object.keys(sheet.answers).length },
      };
    });
  // Signed minutes lock the product for every rule of its flow (domain/workflow/signing.ts).
  const signed =
    (await t.signedDocuments.where('[productId+kind]').equals([productId, 'minutes']).count()) > 0;
  const flow: ProductFlow = {
    currentPass: state.currentPass,
    sealed: state.sealed,
    closed: state.closed !== null,
    disqualified: product.disqualification !== null,
    ...(signed ? { signed } : {}),
    // Every seat must be marked for the day, the non-voting secretary too (they sign the minutes).
    ...(unconfirmedMembers(members, attendance, day).length > 0 ? { attendancePending: true } : {}),
  };
  return { round, product, state, flow, members, participants, currentSheets };
}

/** The engine's view of a stored sheet (model.ts `MemberSheet`). */
export function toMemberSheet(row: SheetRow): MemberSheet {
  return {
    memberId: row.memberId,
    productId: row.productId,
    pass: row.pass,
    answers: row.answers,
    ...(Object.keys(row.caseChoice).length === 0 ? {} : { caseChoice: row.caseChoice }),
    ...(row.opinion === '' ? {} : { opinion: row.opinion }),
    ...(row.submittedAt === undefined ? {} : { submittedAt: row.submittedAt }),
  };
}
