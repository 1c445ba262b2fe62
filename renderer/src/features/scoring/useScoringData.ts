import { useLiveQuery } from 'dexie-react-hooks';
import { getProductBundle, NotFoundError, type ProductBundle } from '../../db';
import { useDb } from '../../app/DbProvider';

/**
 * Live reads of the scoring screen. A missing round or product (deleted, or a stale link)
 * reads as `null` so the screen can say so; `undefined` means still loading.
 */
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
