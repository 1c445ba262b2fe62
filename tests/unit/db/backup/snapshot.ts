import { STORE_NAMES } from '../../../../renderer/src/db/tx';
import type { CouncilDb } from '../../../../renderer/src/db';

/** Every row of every store, as JSON: "the database did not change" is `snapshot(db)` equal before and after. */
export async function snapshot(db: CouncilDb): Promise<string> {
  const out: Record<string, unknown[]> = {};
  for (const name of STORE_NAMES) out[name] = await db.table(name).toArray();
  return JSON.stringify(out);
}
