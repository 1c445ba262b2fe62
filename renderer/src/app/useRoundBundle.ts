import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from './DbProvider';
import { useEarlyRoundHead } from './startup';
import { getRoundBundle, getRoundHead, NotFoundError, type RoundBundle, type RoundHead } from '../db';

/**
 * The whole round, live: `undefined` while loading, `null` when there is no such round (the
 * remembered current round was deleted on this computer, or none is chosen).
 */
export function useRoundBundle(roundId: string | null): RoundBundle | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (roundId === null) return null;
    try {
      return await getRoundBundle(db, roundId);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }, [db, roundId]);
}

/** The round without its sheets, live (same `undefined` / `null` meaning): for screens that show no scores. */
export function useRoundHead(roundId: string | null): RoundHead | null | undefined {
  const db = useDb();
  const live = useLiveQuery(async () => {
    if (roundId === null) return null;
    try {
      return await getRoundHead(db, roundId);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }, [db, roundId]);
  // The app opened on this screen: the head read at start-up shows until the live query answers.
  const early = useEarlyRoundHead(db, roundId, live);
  return live !== undefined ? live : early;
}
