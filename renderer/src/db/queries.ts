import {
  memberScores,
  progressMatrix,
  quorumMembers,
  type ProgressInput,
  type ProgressRow,
} from '../domain/workflow';
import type { CouncilDb } from './council-db';
import { NotFoundError } from './errors';
import { readTx, type Tx } from './tx';
import type {
  AttendanceRow,
  PersonRow,
  ProductRow,
  ProductStateRow,
  RecusalRow,
  RoundMemberRow,
  RoundRow,
  SheetRow,
} from './rows';

/**
 * Reads for the screens. Each is a plain async function over Dexie, safe to call inside
 * `useLiveQuery` (it re-runs when a touched table changes). Nothing here writes.
 */

/** A council member with the person's details (name as currently recorded). */
export interface CouncilMember extends RoundMemberRow {
  readonly person: PersonRow;
}

/** Everything of one round, read in one transaction (a consistent snapshot). */
export interface RoundBundle {
  readonly round: RoundRow;
  /** ordered by position */
  readonly members: readonly CouncilMember[];
  readonly attendance: readonly AttendanceRow[];
  /** ordered by position */
  readonly products: readonly ProductRow[];
  readonly productStates: ReadonlyMap<string, ProductStateRow>;
  readonly recusals: readonly RecusalRow[];
  /** every pass, including earlier ones. Scores of sealed passes: use `revealedSheets`. */
  readonly sheets: readonly SheetRow[];
}

export async function getRoundBundle(db: CouncilDb, roundId: string): Promise<RoundBundle> {
  return readTx(db, (t) => readRoundBundle(t, roundId));
}

/**
 * A round without its sheets: what the home screen, the quorum and the council need. The
 * sheets (members × products, each with its answers) are most of a round's bytes; reading
 * them only where scores are shown keeps the first screen and the quorum cheap.
 */
export type RoundHead = Omit<RoundBundle, 'sheets'>;

export async function getRoundHead(db: CouncilDb, roundId: string): Promise<RoundHead> {
  return readTx(db, (t) => readRoundHead(t, roundId));
}

/** A round's bundle read through a transaction the caller holds (no nested transaction). */
export async function readRoundBundle(t: Tx, roundId: string): Promise<RoundBundle> {
  // Asked together: one transaction answers the requests in order without a round trip each.
  const [head, sheets] = await Promise.all([
    readRoundHead(t, roundId),
    t.sheets.where('roundId').equals(roundId).toArray(),
  ]);
  return { ...head, sheets };
}

/**
 * A round's head read through a transaction the caller holds. Every request is issued at
 * once (the transaction keeps them consistent): on a busy machine each awaited request costs a
 * trip through the event loop, and the results screen waited for seven of them in a row.
 */
export async function readRoundHead(t: Tx, roundId: string): Promise<RoundHead> {
  const [round, seats, states, attendance, products, recusals] = await Promise.all([
    t.rounds.get(roundId),
    t.roundMembers.where('roundId').equals(roundId).sortBy('position'),
    t.productStates.where('roundId').equals(roundId).toArray(),
    t.attendance.where('roundId').equals(roundId).toArray(),
    t.products.where('roundId').equals(roundId).sortBy('position'),
    t.recusals.where('roundId').equals(roundId).toArray(),
  ]);
  if (round === undefined) throw new NotFoundError('round', roundId);
  const people = await t.people.bulkGet(seats.map((s) => s.personId));
  const members = seats.flatMap((seat, i) => {
    const person = people[i];
    // A seat whose person is missing is a broken invariant; leave it out rather than crash the board.
    return person === undefined ? [] : [{ ...seat, person }];
  });
  return {
    round,
    members,
    attendance,
    products,
    productStates: new Map(states.map((s) => [s.productId, s])),
    recusals,
  };
}

/** The members who score (every seat but a non-voting secretary), in council order. */
export function scoringMembers(bundle: Pick<RoundHead, 'round' | 'members'>): readonly CouncilMember[] {
  const secretaryScores = bundle.round.secretaryScores ?? true;
  return bundle.members.filter((m) => memberScores(m.role, secretaryScores));
}

/** `progressInput` without the sheets: who sits, attends and is recused — who scores a product. */
export function progressHeadInput(bundle: RoundHead): Omit<ProgressInput, 'sheets'> {
  return {
    // A non-voting secretary has no sheets to wait for (OCOP-RULES §4 item 8).
    memberIds: scoringMembers(bundle).map((m) => m.id),
    products: bundle.products.map((p) => ({
      id: p.id,
      currentPass: bundle.productStates.get(p.id)?.currentPass ?? 1,
      ...(p.meetingDate === undefined ? {} : { meetingDate: p.meetingDate }),
    })),
    roundMeetingDates: bundle.round.meetingDates,
    attendance: bundle.attendance,
    recusals: bundle.recusals,
  };
}

/** The progress board's input from a bundle (current pass of each product). */
export function progressInput(bundle: RoundBundle): ProgressInput {
  return {
    ...progressHeadInput(bundle),
    sheets: bundle.sheets.map((s) => ({
      productId: s.productId,
      memberId: s.memberId,
      pass: s.pass,
      status: s.status,
      answered: Object.keys(s.answers).length,
    })),
  };
}

/** Member × product states (never scores): safe for the projector while products are sealed. */
export async function progressMatrixOf(db: CouncilDb, roundId: string): Promise<readonly ProgressRow[]> {
  return progressMatrix(progressInput(await getRoundBundle(db, roundId)));
}

/** A member's sheet of a product in its current pass (undefined before the first answer). */
export async function getCurrentSheet(
  db: CouncilDb,
  productId: string,
  memberId: string,
): Promise<SheetRow | undefined> {
  const state = await db.productStates.get(productId);
  if (state === undefined) throw new NotFoundError('product', productId);
  return db.sheets
    .where('[productId+memberId+pass]')
    .equals([productId, memberId, state.currentPass])
    .first();
}

/**
 * The sheets whose scores may be shown: every pass that has been unsealed (earlier passes
 * stay visible beside the current one). Sealed passes are withheld (OCOP-RULES §4.5).
 */
export async function revealedSheets(db: CouncilDb, productId: string): Promise<SheetRow[]> {
  const state = await db.productStates.get(productId);
  if (state === undefined) throw new NotFoundError('product', productId);
  const lastRevealed = state.unsealedAt.length;
  return db.sheets
    .where('productId')
    .equals(productId)
    .filter((s) => s.pass <= lastRevealed)
    .toArray();
}

/** What the scoring form of one product needs, without the rest of the round. */
export interface ProductBundle {
  readonly round: RoundRow;
  readonly product: ProductRow;
  readonly state: ProductStateRow;
  /** ordered by position */
  readonly members: readonly CouncilMember[];
  readonly attendance: readonly AttendanceRow[];
  readonly recusals: readonly RecusalRow[];
  /** every pass of this product. Scores of sealed passes: show only to their own member. */
  readonly sheets: readonly SheetRow[];
}

/** One product's scoring data in one read transaction (the scoring form, the unseal view). */
export async function getProductBundle(db: CouncilDb, productId: string): Promise<ProductBundle> {
  return readTx(db, async (t) => {
    const product = await t.products.get(productId);
    const state = await t.productStates.get(productId);
    if (product === undefined || state === undefined) throw new NotFoundError('product', productId);
    const round = await t.rounds.get(product.roundId);
    if (round === undefined) throw new NotFoundError('round', product.roundId);
    const seats = await t.roundMembers.where('roundId').equals(round.id).sortBy('position');
    const people = await t.people.bulkGet(seats.map((s) => s.personId));
    return {
      round,
      product,
      state,
      members: seats.flatMap((seat, i) => {
        const person = people[i];
        return person === undefined ? [] : [{ ...seat, person }];
      }),
      attendance: await t.attendance.where('roundId').equals(round.id).toArray(),
      recusals: await t.recusals
        .where('roundId')
        .equals(round.id)
        .filter((r) => r.productId === productId)
        .toArray(),
      sheets: await t.sheets.where('productId').equals(productId).toArray(),
    };
  });
}

/** The engine's quorum verdict for a round on one meeting day (default: the first), for the live display. */
export async function quorumOf(
  db: CouncilDb,
  roundId: string,
  meetingDate?: string,
): Promise<{ readonly met: boolean; readonly present: number; readonly total: number }> {
  // Seats and attendance only: the quorum never needs the round's sheets.
  return quorumOfHead(db, await getRoundHead(db, roundId), meetingDate);
}

/** `quorumOf` over a round head already read (the results screen reads the round once). */
export function quorumOfHead(
  db: CouncilDb,
  head: Pick<RoundHead, 'round' | 'members' | 'attendance'>,
  meetingDate?: string,
): { readonly met: boolean; readonly present: number; readonly total: number } {
  const day = meetingDate ?? head.round.meetingDates[0];
  return db.engine.quorum({
    rules: head.round.rules,
    members: quorumMembers(head.members, head.attendance, day, head.round.secretaryScores ?? true),
    delegatedChairId: head.round.chairDelegatedTo,
  });
}
