import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  backupsToPrune,
  clampKeepLast,
  dailyBackupDue,
  maybeAutoBackup,
  parseAutoBackupName,
  readBackup,
  KEEP_LAST_SETTING,
  type BackupStore,
} from '../../../../renderer/src/db/backup';
import { setSetting } from '../../../../renderer/src/db';
import { freshDb, seedRound } from '../fixtures';

const at = (date: string, time = '10-00-00') => ({ date, time });

describe('automatic backup policy', () => {
  it('names carry the local day, time and reason, and read back', () => {
    const name = autoBackupName('round-closed', at('2026-11-28', '10-30-05'));
    expect(name).toBe('sao-luu-tu-dong_2026-11-28_10-30-05_dong-vong.json');
    expect(parseAutoBackupName(name)).toEqual({
      name,
      date: '2026-11-28',
      time: '10:30:05',
      reason: 'round-closed',
    });
    expect(parseAutoBackupName('Sao lưu của tôi.json')).toBeUndefined();
  });

  it('backs up once per day of use', () => {
    const yesterday = autoBackupName('daily', at('2026-11-27'));
    expect(dailyBackupDue([], '2026-11-28')).toBe(true);
    expect(dailyBackupDue([yesterday], '2026-11-28')).toBe(true);
    // any automatic backup of the day counts (closing a round already saved today's data)
    expect(dailyBackupDue([yesterday, autoBackupName('round-closed', at('2026-11-28'))], '2026-11-28')).toBe(
      false,
    );
  });

  it('keeps the newest N automatic backups and never touches other files', () => {
    const names = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map((d) =>
      autoBackupName('daily', at(d)),
    );
    expect(backupsToPrune([...names, 'ghi-chu.json'], 2)).toEqual([names[1], names[0]]);
    expect(backupsToPrune(names, 10)).toEqual([]);
    expect(clampKeepLast(0)).toBe(1);
    expect(clampKeepLast('x')).toBe(10);
    expect(clampKeepLast(1000)).toBe(100);
  });
});

function memoryStore(): BackupStore & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    list: async () => [...files.keys()].map((name) => ({ name })),
    write: async (name, bytes) => void files.set(name, bytes),
    remove: async (name) => void files.delete(name),
    signedFiles: async () => [
      { name: 'Biên bản SP1 (đã ký).pdf', size: 1234, modifiedAt: '2026-11-28T09:00:00.000Z' },
    ],
    appVersion: async () => '0.1.0',
  };
}

describe('maybeAutoBackup', () => {
  it('writes a readable daily backup once a day, not for an empty database, and prunes to the setting', async () => {
    const empty = freshDb();
    const store = memoryStore();
    expect(await maybeAutoBackup(empty, store, 'daily', new Date(2026, 10, 28, 9))).toEqual({
      written: null,
      why: 'nothing-to-save',
    });
    const s = await seedRound({ products: 1 });
    await setSetting(s.db, KEEP_LAST_SETTING, 2, 'secretary');
    const first = await maybeAutoBackup(s.db, store, 'daily', new Date(2026, 10, 28, 9));
    expect(first.written).toBe('sao-luu-tu-dong_2026-11-28_09-00-00_hang-ngay.json');
    expect(await maybeAutoBackup(s.db, store, 'daily', new Date(2026, 10, 28, 15))).toEqual({
      written: null,
      why: 'not-due',
    });
    const bytes = store.files.get(first.written ?? '');
    const read = bytes && readBackup(bytes);
    expect(read?.ok).toBe(true);
    if (read?.ok) expect(read.backup.signedFolder.files).toHaveLength(1);
    await maybeAutoBackup(s.db, store, 'round-closed', new Date(2026, 10, 29, 9));
    const last = await maybeAutoBackup(s.db, store, 'before-restore', new Date(2026, 10, 29, 9));
    // same second: a second file, not an overwrite; the oldest goes (keep last 2)
    expect(last.written).toBe('sao-luu-tu-dong_2026-11-29_09-00-00_truoc-khoi-phuc.json');
    expect([...store.files.keys()].sort()).toEqual([
      'sao-luu-tu-dong_2026-11-29_09-00-00_dong-vong.json',
      'sao-luu-tu-dong_2026-11-29_09-00-00_truoc-khoi-phuc.json',
    ]);
  });
});
