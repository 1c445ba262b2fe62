import { useLiveQuery } from 'dexie-react-hooks';
import { getProductBundle, getRoundBundle, NotFoundError, type ProductBundle, type RoundBundle } from '../../db';
import { useDb } from '../../app/DbProvider';

/**
 * Live reads of the scoring screen. A missing round or product (deleted, or a stale link)
 * reads as `null` so the screen can say so; `undefined` means still loading.
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

export function useProductBundle(productId: string): ProductBundle | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    try {
      return await getProductBundle(db, productId);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }, [db, productId]);
}
