import type { CouncilDb } from '../council-db';
import { WorkflowError } from '../errors';
import type { Actor } from '../rows';
import { writeTx } from '../tx';
import { getRound } from './guards';

export interface DeletedRound {
  readonly roundId: string;
  readonly counts: Readonly<
    Record<'roundMembers' | 'attendance' | 'products' | 'recusals' | 'sheets' | 'productStates', number>
  >;
}

/**
 * Deletes a round and everything that belongs to it (seats, attendance, products, recusals,
 * sheets of every pass, product states) in ONE transaction. Archiving is the everyday way to put
 * a round away; deleting is for a round entered by mistake, or before restoring it from a backup.
 *
 * Kept on purpose: the round's audit chain (its history stays verifiable, and the deletion is
 * recorded: one "round.delete" event on the GLOBAL chain, with the round row, the row counts and
 * the round chain's head hash), people (they are kept across rounds), and signed documents — a
 * round with signed documents is refused ('product-signed'): signed minutes are never orphaned.
 */
export async function deleteRound(db: CouncilDb, roundId: string, actor: Actor): Promise<DeletedRound> {
  return writeTx(db, async (t, audit) => {
    const round = await getRound(t, roundId);
    if ((await t.signedDocuments.where('roundId').equals(roundId).count()) > 0)
      throw new WorkflowError('product-signed');
    const counts = {
      roundMembers: await t.roundMembers.where('roundId').equals(roundId).delete(),
      attendance: await t.attendance.where('roundId').equals(roundId).delete(),
      products: await t.products.where('roundId').equals(roundId).delete(),
      recusals: await t.recusals.where('roundId').equals(roundId).delete(),
      sheets: await t.sheets.where('roundId').equals(roundId).delete(),
      productStates: await t.productStates.where('roundId').equals(roundId).delete(),
      minutesFields: await t.minutesFields.where('roundId').equals(roundId).delete(),
      scoringPacks: await t.scoringPacks.where('roundId').equals(roundId).delete(),
      packImports: await t.packImports.where('roundId').equals(roundId).delete(),
      packConflicts: await t.packConflicts.where('roundId').equals(roundId).delete(),
    };
    await t.rounds.delete(roundId);
    const head = await t.audit.where('[chain+seq]').between([roundId, 0], [roundId, Infinity]).last();
    await audit({
      actor,
      action: 'round.delete',
      entity: 'rounds',
      entityId: roundId,
      roundId: null,
      before: round,
      after: { counts, roundChainHead: head === undefined ? null : { seq: head.seq, hash: head.hash } },
    });
    return { roundId, counts };
  });
}
