import type { IsoDate } from '../../domain/model';
import {
  canCloseProduct,
  canCloseRound,
  canStartRescoring,
  canUnseal,
  expectedScorers,
  quorumMembers,
  productMeetingDate,
} from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import type { Actor, ProductStateRow, RoundRow, SheetRow } from '../rows';
import { writeTx, type Tx } from '../tx';
import { loadProductContext, toMemberSheet, type ProductContext } from './context';
import { enforce, getRound, roundFor } from './guards';

/**
 * The secretary unseals a product: members' scores of the current pass become visible.
 * Only when every present, non-recused member has submitted that pass. Logged ("product.unseal").
 */
export async function unsealProduct(
  db: CouncilDb,
  productId: string,
  actor: Actor,
): Promise<ProductStateRow> {
  return writeTx(db, async (t, audit) => {
    const ctx = await loadProductContext(t, productId);
    await roundFor(t, ctx.round.id, 'decide');
    enforce(canUnseal(ctx.flow, ctx.participants));
    const before = ctx.state;
    const after: ProductStateRow = { ...before, sealed: false, unsealedAt: [...before.unsealedAt, db.now()] };
    await t.productStates.put(after);
    await audit({
      actor,
      action: 'product.unseal',
      entity: 'productStates',
      entityId: productId,
      roundId: ctx.round.id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Opens re-scoring: pass N+1, sealed again. Earlier passes are kept untouched. Every
 * member who submitted pass N gets a pass N+1 draft starting as a copy of their answers,
 * case choices and opinion — they revise rather than start over. Needs the current pass
 * unsealed (the spread is only known then). Audit "product.rescore" with the new drafts.
 */
export async function startRescoring(
  db: CouncilDb,
  productId: string,
  actor: Actor,
): Promise<ProductStateRow> {
  return writeTx(db, async (t, audit) => {
    const ctx = await loadProductContext(t, productId);
    await roundFor(t, ctx.round.id, 'decide');
    enforce(canStartRescoring(ctx.flow));
    const pass = ctx.state.currentPass + 1;
    const at = db.now();
    const drafts: SheetRow[] = [...ctx.currentSheets.values()]
      .filter((s) => s.status === 'submitted')
      .map((s) => ({
        id: db.newId(),
        roundId: s.roundId,
        productId,
        memberId: s.memberId,
        pass,
        answers: s.answers,
        caseChoice: s.caseChoice,
        opinion: s.opinion,
        status: 'draft',
        updatedAt: at,
      }));
    await t.sheets.bulkAdd(drafts);
    const after: ProductStateRow = {
      ...ctx.state,
      currentPass: pass,
      sealed: true,
      rescoredAt: [...ctx.state.rescoredAt, at],
    };
    await t.productStates.put(after);
    await audit({
      actor,
      action: 'product.rescore',
      entity: 'productStates',
      entityId: productId,
      roundId: ctx.round.id,
      before: ctx.state,
      after: { state: after, drafts },
    });
    return after;
  });
}

function quorumOn(
  t: Tx,
  ctx: Pick<ProductContext, 'round' | 'members'>,
  marks: Parameters<typeof quorumMembers>[1],
  day: IsoDate | undefined,
): boolean {
  return t.db.engine.quorum({
    rules: ctx.round.rules,
    members: quorumMembers(ctx.members, marks, day, ctx.round.secretaryScores ?? true),
    delegatedChairId: ctx.round.chairDelegatedTo,
  }).met;
}

export interface CloseProductOptions {
  /** the chair's written reason for closing with the spread above the limit */
  readonly chairReason?: string;
}

/**
 * Closes a product: its result becomes final. Refused below quorum (engine, on the product's
 * meeting day), while sealed, and while the engine says the current pass's spread exceeds
 * the limit — unless `chairReason` is written, which is stored with the closure and goes to
 * the minutes. A disqualified product closes on quorum alone. Audit "product.close".
 */
export async function closeProduct(
  db: CouncilDb,
  productId: string,
  options: CloseProductOptions,
  actor: Actor,
): Promise<ProductStateRow> {
  return writeTx(db, async (t, audit) => {
    const ctx = await loadProductContext(t, productId);
    await roundFor(t, ctx.round.id, 'decide');
    const marks = await t.attendance.where('roundId').equals(ctx.round.id).toArray();
    const quorumMet = quorumOn(t, ctx, marks, productMeetingDate(ctx.product, ctx.round.meetingDates));
    let spreadExceeded = false;
    if (!ctx.flow.disqualified && !ctx.flow.sealed) {
      const counted = expectedScorers(ctx.participants).flatMap((p) => {
        const sheet = ctx.currentSheets.get(p.memberId);
        return sheet?.status === 'submitted' ? [toMemberSheet(sheet)] : [];
      });
      spreadExceeded = db.engine.productSpread({
        ruleSetId: ctx.round.ruleSetId,
        sheetNo: ctx.product.sheetNo,
        rules: ctx.round.rules,
        sheets: counted,
      }).spreadExceeded;
    }
    const chairReason = options.chairReason?.trim() ?? '';
    enforce(canCloseProduct({ product: ctx.flow, quorumMet, spreadExceeded, chairReason }));
    const closure = spreadExceeded ? { at: db.now(), spreadOverrideReason: chairReason } : { at: db.now() };
    const after: ProductStateRow = { ...ctx.state, closed: closure };
    await t.productStates.put(after);
    await audit({
      actor,
      action: 'product.close',
      entity: 'productStates',
      entityId: productId,
      roundId: ctx.round.id,
      before: ctx.state,
      after,
    });
    return after;
  });
}

/**
 * scoring → closed: every product closed, quorum met on every meeting day that has products.
 * After this the round is a record: nothing changes. Audit "round.close".
 */
export async function closeRound(db: CouncilDb, roundId: string, actor: Actor): Promise<RoundRow> {
  return writeTx(db, async (t, audit) => {
    const before = await getRound(t, roundId);
    const members = await t.roundMembers.where('roundId').equals(roundId).toArray();
    const marks = await t.attendance.where('roundId').equals(roundId).toArray();
    const products = await t.products.where('roundId').equals(roundId).toArray();
    const states = await t.productStates.where('roundId').equals(roundId).toArray();
    const days = new Set(products.map((p) => productMeetingDate(p, before.meetingDates)));
    const quorumMet =
      before.status !== 'scoring' ||
      [...days].every((d) => quorumOn(t, { round: before, members }, marks, d));
    enforce(
      canCloseRound({
        status: before.status,
        archived: before.archived === 1,
        openProducts: states.filter((s) => s.closed === null).length,
        quorumMet,
      }),
    );
    const after: RoundRow = { ...before, status: 'closed', updatedAt: db.now() };
    await t.rounds.put(after);
    await audit({
      actor,
      action: 'round.close',
      entity: 'rounds',
      entityId: roundId,
      roundId,
      before,
      after,
    });
    return after;
  });
}
