import 'fake-indexeddb/auto';
import type { Table } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBackup,
  restoreWithSafetyBackup,
  SafetyBackupError,
  type BackupStore,
} from '../../../../renderer/src/db/backup';
import { StorageFullError } from '../../../../renderer/src/db';
import { translate } from '../../../../renderer/src/i18n/translate';
import { freshDb, scoreAndSubmit, seedRound } from '../fixtures';
import { snapshot } from './snapshot';

function store(write: BackupStore['write']): BackupStore & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    list: async () => written.map((name) => ({ name })),
    write: async (name, bytes) => {
      await write(name, bytes);
      written.push(name);
    },
    remove: async () => undefined,
    signedFiles: async () => [],
    appVersion: async () => 't',
  };
}

afterEach(() => vi.restoreAllMocks());

describe('storage trouble during a restore', () => {
  it('no safety copy (disk full, folder refused): nothing is restored, the data is unchanged', async () => {
    const s = await seedRound({ products: 1 });
    const other = await seedRound({ db: freshDb(), products: 2 });
    const backup = await createBackup(other.db, { appVersion: 't' });
    const before = await snapshot(s.db);
    const failing = store(async () => {
      throw new Error('ENOSPC: no space left on device');
    });
    const error = await restoreWithSafetyBackup(s.db, failing, backup, 'secretary').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafetyBackupError);
    expect(await snapshot(s.db)).toBe(before);
  });

  it('the browser refuses to store more half-way: StorageFullError with what to do, and nothing half-restored', async () => {
    const s = await seedRound({ members: 3, products: 2 });
    const [p] = s.products;
    for (const m of s.members) if (p) await scoreAndSubmit(s, p.id, m.id, 1);
    // A backup of other data: its sheets must be written (a restore rewrites only rows that differ).
    const other = await seedRound({ db: freshDb(), members: 3, products: 1 });
    const [q] = other.products;
    for (const m of other.members) if (q) await scoreAndSubmit(other, q.id, m.id, 2);
    const backup = await createBackup(other.db, { appVersion: 't' });
    const before = await snapshot(s.db);
    let refused = 0;
    const ok = store(async () => undefined);
    // Dexie's Table class is not exported: its prototype is reached through a table.
    const prototype: Table = Object.getPrototypeOf(s.db.sheets);
    const original = prototype.bulkAdd;
    vi.spyOn(prototype, 'bulkAdd').mockImplementation(function (
      this: Table,
      ...args: Parameters<Table['bulkAdd']>
    ) {
      if (this.name === 'sheets') {
        refused += 1;
        return Promise.reject(new DOMException('quota', 'QuotaExceededError')) as ReturnType<
          Table['bulkAdd']
        >;
      }
      return original.apply(this, args);
    });
    const error = await restoreWithSafetyBackup(s.db, ok, backup, 'secretary').catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(error).toBeInstanceOf(StorageFullError);
    expect(refused).toBe(1);
    expect(translate('vi', 'db.storage-full')).toContain('Giải phóng dung lượng');
    expect(ok.written).toHaveLength(1);
    expect(await snapshot(s.db)).toBe(before);
  });
});
