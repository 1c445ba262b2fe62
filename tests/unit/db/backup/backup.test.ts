import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  backupContents,
  compareWithCurrent,
  createBackup,
  readBackup,
  restoreBackup,
  serializeBackup,
  backupIntegrityHash,
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  type BackupFile,
} from '../../../../renderer/src/db/backup';
import { verifyAuditChain, listAudit, createPerson, CouncilDb } from '../../../../renderer/src/db';
import { fakeEngine, fillMinutes, freshDb, scoreAndSubmit, seedRound } from '../fixtures';
import { snapshot } from './snapshot';

async function scoredRound() {
  const s = await seedRound({ members: 3, products: 2 });
  const [p1] = s.products;
  for (const [i, m] of s.members.entries()) if (p1) await scoreAndSubmit(s, p1.id, m.id, i + 1);
  // The minutes' fields (schema v3) travel too; fields may be saved before the result is closed.
  if (p1) await fillMinutes(s.db, p1.id, 3);
  return s;
}

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (bytes: Uint8Array): string[] => {
  const read = readBackup(bytes);
  return read.ok ? [] : read.problems.map((p) => p.code);
};

describe('createBackup / readBackup / restoreBackup', () => {
  it('round-trips every table exactly into an empty database, and says so in the audit trail', async () => {
    const s = await scoredRound();
    const backup = await createBackup(s.db, { appVersion: '0.1.0' });
    const read = readBackup(serializeBackup(backup));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.backup.tables).toEqual(backup.tables);
    const target = freshDb();
    await createPerson(target, { fullName: 'Người khác' }, 'secretary');
    const result = await restoreBackup(target, read.backup, 'secretary');
    expect(result.counts.sheets).toBe(backup.tables.sheets.length);
    expect(backup.tables.minutesFields.map((f) => f.number)).toEqual([3]);
    for (const name of [
      'rounds',
      'people',
      'roundMembers',
      'products',
      'sheets',
      'productStates',
      'attendance',
      'recusals',
      'settings',
      'minutesFields',
    ] as const) {
      expect(await target.table(name).toArray()).toEqual(await s.db.table(name).toArray());
    }
    // the round's chain is carried unchanged and still verifies; the global chain gained the restore event
    expect(await listAudit(target, s.round.id)).toEqual(await listAudit(s.db, s.round.id));
    expect((await verifyAuditChain(target, s.round.id)).ok).toBe(true);
    const global = await listAudit(target, 'global');
    expect(global.at(-1)?.action).toBe('backup.restore');
    expect((await verifyAuditChain(target, 'global')).ok).toBe(true);
  });

  it('describes what a backup holds and how it differs from here', async () => {
    const s = await scoredRound();
    const backup = await createBackup(s.db, { appVersion: '9.9.9' });
    const contents = backupContents(backup);
    expect(contents.appVersion).toBe('9.9.9');
    expect(contents.rounds).toEqual([
      expect.objectContaining({ id: s.round.id, products: 2, members: 3, submittedSheets: 3 }),
    ]);
    const other = await seedRound({
      db: new CouncilDb(`other-${Math.random()}`, { engine: fakeEngine }),
      products: 1,
    });
    const diff = await compareWithCurrent(other.db, backup);
    expect(diff.map((d) => d.change).sort()).toEqual(['added', 'only-here']);
    const same = await compareWithCurrent(s.db, backup);
    expect(same).toEqual([expect.objectContaining({ change: 'replaced', differs: false })]);
  });

  it('refuses a damaged, foreign, truncated or oversized file with the reason', async () => {
    const s = await scoredRound();
    const text = new TextDecoder().decode(serializeBackup(await createBackup(s.db, { appVersion: '0.1.0' })));
    // one answer changed behind the app's back: the checksum catches it
    expect(codes(enc(text.replace('"1.1":1', '"1.1":3')))).toEqual(['integrity-mismatch']);
    expect(codes(enc(text.slice(0, text.length / 2)))).toEqual(['not-json']);
    expect(codes(new Uint8Array())).toEqual(['empty-file']);
    expect(codes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe]))).toEqual(['not-utf8']);
    expect(codes(enc('{"format":"ocop-council/round","version":1}'))).toEqual(['round-file']);
    expect(codes(enc('{"format":"something-else"}'))).toEqual(['foreign-file']);
    expect(codes(enc('[1,2,3]'))).toEqual(['foreign-file']);
    expect(codes(enc(text.replace('"version":1', '"version":2')))).toEqual(['unsupported-version']);
    expect(codes(new Uint8Array(MAX_BACKUP_BYTES + 1))).toEqual(['too-large']);
  });

  it('refuses rows that are not rows even under a matching checksum (the hash is not a signature)', async () => {
    const s = await scoredRound();
    const backup = await createBackup(s.db, { appVersion: '0.1.0' });
    const reseal = (file: Record<string, unknown>): Uint8Array =>
      enc(JSON.stringify({ ...file, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(file) } }));
    const [sheet] = backup.tables.sheets;
    if (!sheet) throw new Error('no sheet');
    const badType = { ...backup, tables: { ...backup.tables, sheets: [{ ...sheet, pass: 'one' }] } };
    expect(codes(reseal(badType))).toEqual(['invalid-row']);
    const duplicated = { ...backup, tables: { ...backup.tables, sheets: [sheet, sheet] } };
    expect(codes(reseal(duplicated))).toContain('duplicate-id');
    const dangling = { ...backup, tables: { ...backup.tables, products: [] } };
    expect(codes(reseal(dangling))).toContain('dangling-reference');
    const newer = { ...backup, schemaVersion: 99 };
    expect(codes(reseal(newer))).toEqual(['newer-schema']);
    expect(readBackup(reseal({ ...backup })).ok).toBe(true);
    expect(BACKUP_FORMAT).toBe('ocop-council/backup');
  });

  it('refuses rows that point to a round the backup does not hold', async () => {
    const s = await scoredRound();
    const backup = await createBackup(s.db, { appVersion: '0.1.0' });
    const reseal = (file: Record<string, unknown>): Uint8Array =>
      enc(JSON.stringify({ ...file, integrity: { algorithm: 'sha256', hash: backupIntegrityHash(file) } }));
    const [sheet] = backup.tables.sheets;
    if (!sheet) throw new Error('no sheet');
    const elsewhere = '00000000-0000-4000-8000-000000000000';
    const orphan = {
      ...backup,
      tables: {
        ...backup.tables,
        sheets: [{ ...sheet, roundId: elsewhere }, ...backup.tables.sheets.slice(1)],
      },
    };
    const read = readBackup(reseal(orphan));
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.problems).toContainEqual(
        expect.objectContaining({
          code: 'dangling-reference',
          params: { table: 'sheets', target: 'rounds', id: elsewhere },
        }),
      );
  });

  it('refuses JSON nested tens of thousands deep and prototype keys with a reason, and reads a BOM', async () => {
    const s = await scoredRound();
    const text = new TextDecoder().decode(serializeBackup(await createBackup(s.db, { appVersion: '0.1.0' })));
    const deep = `{"format":"ocop-council/backup","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(codes(enc(deep))).toEqual(['too-deep']);
    expect(codes(enc(text.replace('"tables":{', '"tables":{"__proto__":{"x":1},')))).toEqual([
      'forbidden-key',
    ]);
    expect(readBackup(enc(`\uFEFF${text}`)).ok).toBe(true);
  });

  it('a restore that fails half-way leaves the current data exactly as it was', async () => {
    const s = await scoredRound();
    const before = await snapshot(s.db);
    const good = await createBackup(s.db, { appVersion: '0.1.0' });
    const [event] = good.tables.audit;
    if (!event) throw new Error('no event');
    // Bypasses readBackup on purpose: the database's own unique index must abort the whole transaction.
    const broken: BackupFile = {
      ...good,
      tables: { ...good.tables, audit: [...good.tables.audit, { ...event, id: 'x-other' }] },
    };
    await expect(restoreBackup(s.db, broken, 'secretary')).rejects.toThrow();
    expect(await snapshot(s.db)).toBe(before);
  });
});
