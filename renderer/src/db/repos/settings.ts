import type { CouncilDb } from '../council-db';
import type { Actor, SettingRow } from '../rows';
import { writeTx } from '../tx';

/**
 * App settings (e.g. how many automatic backups to keep, issue 6): plain JSON values under a
 * key, audited in the "global" chain like people.
 */
export async function setSetting(
  db: CouncilDb,
  key: string,
  value: unknown,
  actor: Actor,
): Promise<SettingRow> {
  // A JSON copy: what is stored (and hashed) is exactly what a backup will contain.
  const copy: unknown = JSON.parse(JSON.stringify(value ?? null));
  const after: SettingRow = { key, value: copy };
  return writeTx(db, async (t, audit) => {
    const before = await t.settings.get(key);
    await t.settings.put(after);
    await audit({
      actor,
      action: 'setting.set',
      entity: 'settings',
      entityId: key,
      roundId: null,
      before: before ?? null,
      after,
    });
    return after;
  });
}

/** A setting's value, or `undefined` when never set (the caller owns the default). */
export async function getSetting(db: CouncilDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}
