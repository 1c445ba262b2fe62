import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  createBackupFile,
  readBackup,
  restoreBackup,
  restoreWithSafetyBackup,
  type BackupFile,
  type BackupStore,
} from '../../../../renderer/src/db/backup';
import { ChangedSinceSafetyCopyError, createPerson, type CouncilDb } from '../../../../renderer/src/db';
import { freshDb, scoreAndSubmit, seedRound } from '../fixtures';
import { snapshot } from './snapshot';

/** A folder of automatic backups in memory; `onWrite` runs while a file is being written. */
function memoryStore(onWrite: (count: number) => Promise<void> = async () => undefined) {
  const files = new Map<string, Uint8Array>();
  const store: BackupStore = {
    list: async () => [...files.keys()].map((name) => ({ name })),
    write: async (name, bytes) => {
      await onWrite(files.size + 1);
      files.set(name, bytes);
    },
    remove: async (name) => void files.delete(name),
    signedFiles: async () => [],
    appVersion: async () => 't',
  };
  return { store, files };
}

function peopleIn(bytes: Uint8Array | undefined): string[] {
  const read = readBackup(bytes ?? new Uint8Array());
  if (!read.ok) throw new Error('the safety copy does not read');
  return read.backup.tables.people.map((p) => p.fullName).sort();
}

async function scored(): Promise<{ db: CouncilDb; other: BackupFile }> {
  const s = await seedRound({ members: 2, products: 2 });
  for (const m of s.members) await scoreAndSubmit(s, s.products[0]?.id ?? '', m.id, 1);
  const o = await seedRound({ db: freshDb(), members: 2, products: 1 });
  return { db: s.db, other: await createBackup(o.db, { appVersion: 't' }) };
}

describe('the safety copy before a restore (nothing already saved is lost)', () => {
  it('reuses the file "Sao lưu ngay" just made when nothing changed since', async () => {
    const { db, other } = await scored();
    const { bytes } = await createBackupFile(db, { appVersion: 't' });
    const { store, files } = memoryStore();
    const { safety } = await restoreWithSafetyBackup(db, store, other, 'secretary');
    expect([...files.keys()]).toEqual([safety]);
    expect(files.get(safety ?? '')).toBe(bytes);
  });

  it('a change after "Sao lưu ngay": the old file is not enough, a new safety copy holds the change', async () => {
    const { db, other } = await scored();
    await createBackupFile(db, { appVersion: 't' });
    await createPerson(db, { fullName: 'Thêm sau khi sao lưu' }, 'secretary');
    const { store, files } = memoryStore();
    const { safety } = await restoreWithSafetyBackup(db, store, other, 'secretary');
    expect(files.size).toBe(2);
    expect(peopleIn(files.get(safety ?? ''))).toContain('Thêm sau khi sao lưu');
  });

  it('a change while the safety copy is being written: the restore notices, copies again, and the copy holds it', async () => {
    const { db, other } = await scored();
    const { store, files } = memoryStore(async (count) => {
      if (count === 1) await createPerson(db, { fullName: 'Chấm trong lúc sao lưu' }, 'secretary');
    });
    const { safety } = await restoreWithSafetyBackup(db, store, other, 'secretary');
    expect(files.size).toBe(2);
    expect(peopleIn(files.get(safety ?? ''))).toContain('Chấm trong lúc sao lưu');
    // …and the restore happened: the data is the other backup's (and its restore event).
    expect((await db.people.toArray()).map((p) => p.fullName)).not.toContain('Chấm trong lúc sao lưu');
  });

  it('data that keeps changing: refused after three tries, and nothing is restored', async () => {
    const { db, other } = await scored();
    const { store } = memoryStore(async (count) => {
      await createPerson(db, { fullName: `Người ${count}` }, 'secretary');
    });
    const error = await restoreWithSafetyBackup(db, store, other, 'secretary').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedSinceSafetyCopyError);
    expect((await db.people.toArray()).map((p) => p.fullName)).toContain('Người 3');
  });

  it('restoreBackup checked against rows that are not the data: refused, the data unchanged', async () => {
    const { db, other } = await scored();
    const was = await createBackup(db, { appVersion: 't' });
    await createPerson(db, { fullName: 'Mới' }, 'secretary');
    const before = await snapshot(db);
    await expect(
      restoreBackup(db, other, 'secretary', { unchangedSince: was.tables }),
    ).rejects.toBeInstanceOf(ChangedSinceSafetyCopyError);
    expect(await snapshot(db)).toBe(before);
  });
});
