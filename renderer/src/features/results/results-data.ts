import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbProvider';
import { quorumOfHead, type CouncilDb } from '../../db';
import { roundResultsOf, type RoundResults } from '../../db/results';
import { roundMemo } from '../../db/round-memo';
import { productMeetingDate } from '../../domain/workflow';
import { isNotFound } from '../progress/not-found';

/** The engine's quorum verdict on one meeting day. */
export interface DayQuorum {
  /** '' when the round has no meeting day yet */
  readonly day: string;
  readonly met: boolean;
  readonly present: number;
  readonly total: number;
}

export interface ResultsPage extends RoundResults {
  /** one verdict per meeting day that has products (the days closing the round needs) */
  readonly quorum: readonly DayQuorum[];
  /** productId → whether its meeting day has quorum (closing it needs that) */
  readonly productQuorum: ReadonlyMap<string, boolean>;
}

/**
 * Everything the results screen shows, for `useLiveQuery`: the round read once (one read
 * transaction), then the quorum of each meeting day and the engine's results. Kept in memory
 * until a table of the round changes (db/round-memo.ts), so opening the screen again does not
 * read 141 × 9 sheets and tally them again.
 */
export async function readResultsPage(db: CouncilDb, roundId: string): Promise<ResultsPage | null> {
  try {
    return await resultsPageMemo.read(db, roundId);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

const resultsPageMemo = roundMemo(async (db, bundle): Promise<ResultsPage> => {
  const { round, products } = bundle;
  const dayOf = (p: (typeof products)[number]) => productMeetingDate(p, round.meetingDates) ?? '';
  const days = [...new Set(products.map(dayOf))].sort();
  const quorum = days.map((day) => ({ day, ...quorumOfHead(db, bundle, day === '' ? undefined : day) }));
  const metOn = new Map(quorum.map((q) => [q.day, q.met]));
  const productQuorum = new Map(products.map((p) => [p.id, metOn.get(dayOf(p)) ?? false]));
  return { ...(await roundResultsOf(bundle)), quorum, productQuorum };
});

/** undefined while loading, null when the round is gone. */
export function useResultsPage(roundId: string): ResultsPage | null | undefined {
  const db = useDb();
  return useLiveQuery(() => readResultsPage(db, roundId), [db, roundId]);
}
