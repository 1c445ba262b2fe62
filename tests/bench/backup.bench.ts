/**
 * Backup and restore of a province's full year (issue 6): 5 rounds × 141 products × 9 members
 * (6,345 sheets, every criterion answered, an audit event per sheet), the database of
 * db.bench.ts (imported, seeded once). Restore goes into a second database so the first stays
 * as the other benchmarks expect it.
 */
import 'fake-indexeddb/auto';
import { openCouncilDb } from '../../renderer/src/db';
import {
  createBackup,
  readBackup,
  restoreBackup,
  serializeBackup,
  type BackupFile,
} from '../../renderer/src/db/backup';
import type { Benchmark } from './bench';
import { seeding } from './db.bench';

let prepared: Promise<{ bytes: Uint8Array; backup: BackupFile }> | undefined;

function backupOnce(): Promise<{ bytes: Uint8Array; backup: BackupFile }> {
  prepared ??= (async () => {
    const { db } = await seeding();
    const backup = await createBackup(db, { appVersion: 'bench' });
    const bytes = serializeBackup(backup);
    console.log(
      `backup.bench: backup file of ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, ${backup.tables.sheets.length} sheets, ${backup.tables.audit.length} audit events`,
    );
    return { bytes, backup };
  })();
  return prepared;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'back up everything (createBackup + serialize: 5 rounds × 141 products × 9 members)',
    prepare: async () => {
      const { db } = await seeding();
      return async () => serializeBackup(await createBackup(db, { appVersion: 'bench' })).byteLength;
    },
    iterations: 5,
    warmup: 1,
  },
  {
    name: 'read and check a backup (readBackup: UTF-8, JSON, SHA-256, every row, references)',
    prepare: async () => {
      const { bytes } = await backupOnce();
      return () => readBackup(bytes).ok;
    },
    iterations: 5,
    warmup: 1,
  },
  {
    // After the warm-up the database holds the backup's rows already (the usual restore: a recent
    // backup over data that differs a little): only the rows that differ are written.
    name: 'restore a backup over the same data (restoreBackup: one transaction, only what differs)',
    prepare: async () => {
      const { backup } = await backupOnce();
      const target = await openCouncilDb(`bench-restore-${crypto.randomUUID()}`);
      return async () => (await restoreBackup(target, backup, 'system')).counts.sheets;
    },
    iterations: 5,
    warmup: 1,
  },
  {
    name: 'restore a backup into an empty database (every row written; includes opening it)',
    prepare: async () => {
      const { backup } = await backupOnce();
      return async () => {
        const target = await openCouncilDb(`bench-restore-${crypto.randomUUID()}`);
        const sheets = (await restoreBackup(target, backup, 'system')).counts.sheets;
        target.close();
        return sheets;
      };
    },
    iterations: 5,
    warmup: 1,
  },
];
