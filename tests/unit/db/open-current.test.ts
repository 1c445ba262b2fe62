import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  CouncilDb,
  CURRENT_SCHEMA_VERSION,
  createRound,
  installedSchemaVersion,
  openCouncilDb,
} from '../../../renderer/src/db';
import { V1_STORES } from '../../../renderer/src/db/schema/v1-2026-11-28';

/**
 * Opening an up-to-date database declares only the current schema version (council-db.ts,
 * issue 13: Dexie re-parses every declared version on each declaration). It must be exactly
 * the schema the whole chain of versions builds, and any older database must still get the
 * whole chain and its upgrades.
 */
function schemaOf(db: CouncilDb): string[] {
  return db.tables
    .map(
      (t) => `${t.name}: ${[t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()].join(', ')}`,
    )
    .sort();
}

describe('opening a database that is already current', () => {
  it('declares the same stores and indexes as the whole chain of versions', () => {
    const chain = new CouncilDb(`chain-${crypto.randomUUID()}`);
    const current = new CouncilDb(`current-${crypto.randomUUID()}`, {
      installedVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(schemaOf(current)).toEqual(schemaOf(chain));
    expect(schemaOf(current)).toContain('yearPlans: id, &[year+level]');
    expect(current.verno).toBe(chain.verno);
  });

  it('a database created by the app is reopened the short way, with nothing lost', async () => {
    const name = `reopen-${crypto.randomUUID()}`;
    expect(await installedSchemaVersion(name)).toBeUndefined();
    const first = await openCouncilDb(name);
    const round = await createRound(
      first,
      { name: 'Vòng 1', level: 'province', province: 'Tây Ninh', meetingDates: [] },
      'secretary',
    );
    first.close();
    expect(await installedSchemaVersion(name)).toBe(CURRENT_SCHEMA_VERSION);
    const again = await openCouncilDb(name);
    expect(schemaOf(again)).toEqual(schemaOf(new CouncilDb(`chain-${crypto.randomUUID()}`)));
    expect((await again.rounds.get(round.id))?.name).toBe('Vòng 1');
    again.close();
  });

  it('an older database gets the whole chain: upgraded to the current version, its rows kept', async () => {
    const name = `old-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    await old.open();
    await old.table('people').put({ id: 'p1', fullName: 'Nguyễn Văn A' });
    old.close();
    expect(await installedSchemaVersion(name)).toBe(1);
    const db = await openCouncilDb(name);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.backendDB().version).toBe(CURRENT_SCHEMA_VERSION * 10);
    expect([...db.backendDB().objectStoreNames]).toContain('yearPlans');
    expect((await db.people.get('p1'))?.fullName).toBe('Nguyễn Văn A');
    db.close();
  });
});
