import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbProvider';
import { quorumOf, type CouncilDb } from '../../db';
import { productResults, type RoundResults } from '../../db/results';
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
 * Everything the results screen shows, for `useLiveQuery`. The quorum is read first: the
 * results then load sheets outside IndexedDB, after which nothing more is read.
 */
export async function readResultsPage(db: CouncilDb, roundId: string): Promise<ResultsPage | null> {
  try {
    const round = await db.rounds.get(roundId);
    if (round === undefined) return null;
    const products = await db.products.where('roundId').equals(roundId).toArray();
    const dayOf = (p: (typeof products)[number]) => productMeetingDate(p, round.meetingDates) ?? '';
    const days = [...new Set(products.map(dayOf))].sort();
    const quorum: DayQuorum[] = [];
    for (const day of days)
      quorum.push({ day, ...(await quorumOf(db, roundId, day === '' ? undefined : day)) });
    const metOn = new Map(quorum.map((q) => [q.day, q.met]));
    const productQuorum = new Map(products.map((p) => [p.id, metOn.get(dayOf(p)) ?? false]));
    return { ...(await productResults(db, roundId)), quorum, productQuorum };
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** undefined while loading, null when the round is gone. */
export function useResultsPage(roundId: string): ResultsPage | null | undefined {
  const db = useDb();
  return useLiveQuery(() => readResultsPage(db, roundId), [db, roundId]);
}
