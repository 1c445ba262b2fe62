import { progressMatrix } from '../domain/workflow';
import type { CouncilDb } from './council-db';
import { progressInput } from './queries';
import { roundMemo } from './round-memo';
import type { RoundRow } from './rows';
import { readTx } from './tx';

export interface RoundSummary {
  readonly round: RoundRow;
  readonly products: number;
  readonly members: number;
  readonly closedProducts: number;
  /**
   * Submitted sheets of current passes / sheets expected (present, non-recused members), for a
   * round being scored; null otherwise (nothing to follow) — computing it reads every sheet
   * of the round, which a year of closed rounds should not cost the home screen. `undefined`
   * when the caller asked for the list without it (`progress: false`).
   */
  readonly progress?: { readonly submitted: number; readonly expected: number } | null;
}

/**
 * A round's progress, kept in memory until a table of a round changes (db/round-memo.ts). It
 * reads every sheet of the round: without it each return to the home screen read all the
 * sheets of every round being scored again (5 × 141 × 9 in the benchmark's data, ~150 ms of
 * the page's thread), and a click on another screen waited behind that. Two numbers a round,
 * so many rounds are kept.
 */
const progressMemo = roundMemo(
  (_db, bundle): NonNullable<RoundSummary['progress']> => {
    const rows = progressMatrix(progressInput(bundle));
    return {
      submitted: rows.reduce((n, r) => n + r.submitted, 0),
      expected: rows.reduce((n, r) => n + r.expected, 0),
    };
  },
  { maxValues: 64 },
);

/**
 * The rounds list, most recently changed first; archived rounds only when asked. With
 * `progress: false` the sheets are not read (the home screen shows the list and the current
 * round first, then asks again with the progress).
 */
export async function listRounds(
  db: CouncilDb,
  options: { readonly includeArchived?: boolean; readonly progress?: boolean } = {},
): Promise<RoundSummary[]> {
  const withProgress = options.progress !== false;
  const listed = await readTx(db, async (t) => {
    const rounds = await t.rounds.orderBy('updatedAt').reverse().toArray();
    const shown = options.includeArchived === true ? rounds : rounds.filter((r) => r.archived === 0);
    // Every round's reads are asked together (one round trip each, not one per round after
    // another): the list is read while the first screen is being shown (issue 13).
    return Promise.all(
      shown.map(async (round) => {
        const [states, members] = await Promise.all([
          t.productStates.where('roundId').equals(round.id).toArray(),
          t.roundMembers.where('roundId').equals(round.id).count(),
        ]);
        return { round, states, members };
      }),
    );
  });
  // The progress after the list's transaction, each from the memo in its own: a memo read may
  // wait for the same value being computed elsewhere, which a transaction must not wait for
  // (IndexedDB ends a transaction left without requests). A write in between makes a live
  // query run again: both reads are observed.
  return Promise.all(
    listed.map(async ({ round, states, members }): Promise<RoundSummary> => ({
      round,
      products: states.length,
      members,
      closedProducts: states.filter((s) => s.closed !== null).length,
      ...(withProgress
        ? { progress: round.status === 'scoring' ? await progressMemo.read(db, round.id) : null }
        : {}),
    })),
  );
}
