import type { CouncilDb } from '../council-db';
import { createBackupFile } from './create';
import type { BackupFile, SignedFileInfo } from './format';
import type { Actor } from '../rows';
import { restoreBackup } from './restore';
import {
  autoBackupName,
  backupsToPrune,
  clampKeepLast,
  dailyBackupDue,
  KEEP_LAST_SETTING,
  localTimeOf,
  type AutoBackupReason,
} from './policy';

/**
 * Where automatic backups go: the app's data folder 'backups' (CouncilApi data files, both
 * hosts). A port so that the db layer stays free of the platform and tests use memory.
 */
export interface BackupStore {
  list(): Promise<readonly { readonly name: string }[]>;
  write(name: string, bytes: Uint8Array): Promise<void>;
  remove(name: string): Promise<void>;
  /** files in the data folder 'signed' (listed as metadata in the backup) */
  signedFiles(): Promise<readonly SignedFileInfo[]>;
  readonly appVersion: () => Promise<string>;
}

export type AutoBackupOutcome =
  | { readonly written: string; readonly pruned: readonly string[] }
  | { readonly written: null; readonly why: 'not-due' | 'nothing-to-save' };

export async function keepLastOf(db: CouncilDb): Promise<number> {
  return clampKeepLast((await db.settings.get(KEEP_LAST_SETTING))?.value);
}

/**
 * Writes an automatic backup when the policy says so (policy.ts), then prunes beyond the
 * "keep last N" setting. 'daily' writes only once per local day and never for an empty database;
 * 'round-closed' and 'before-restore' always write. A failed write throws (the caller shows it:
 * a restore must not go on without its safety copy); a failed prune does not undo the backup.
 */
export async function maybeAutoBackup(
  db: CouncilDb,
  store: BackupStore,
  reason: AutoBackupReason,
  now: Date = new Date(db.now()),
): Promise<AutoBackupOutcome> {
  const at = localTimeOf(now);
  const names = (await store.list()).map((f) => f.name);
  if (reason === 'daily') {
    if (!dailyBackupDue(names, at.date)) return { written: null, why: 'not-due' };
    if ((await db.rounds.count()) === 0 && (await db.people.count()) === 0)
      return { written: null, why: 'nothing-to-save' };
  }
  const { bytes } = await createBackupFile(db, {
    appVersion: await store.appVersion(),
    signedFiles: await store.signedFiles(),
  });
  let name = autoBackupName(reason, at);
  // Two backups in the same second (close a round, then restore): keep both.
  for (let copy = 2; names.includes(name); copy += 1) name = autoBackupName(reason, at, copy);
  await store.write(name, bytes);
  const pruned: string[] = [];
  for (const old of backupsToPrune([...names, name], await keepLastOf(db))) {
    try {
      await store.remove(old);
      pruned.push(old);
    } catch (error) {
      console.warn('automatic backup: could not delete an old backup', old, error);
    }
  }
  return { written: name, pruned };
}

/** The safety copy could not be written: nothing was restored or deleted. */
export class SafetyBackupError extends Error {
  constructor(cause: unknown) {
    super(
      `the backup of the current data could not be written: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
    this.name = 'SafetyBackupError';
  }
}

/**
 * The restore as the app does it (issue 6 item 2): FIRST an automatic backup of the current data
 * ("before-restore"); if it cannot be written, `SafetyBackupError` and nothing changes; THEN the
 * restore in one transaction. Returns the safety copy's name.
 */
export async function restoreWithSafetyBackup(
  db: CouncilDb,
  store: BackupStore,
  backup: BackupFile,
  actor: Actor,
  now?: Date,
): Promise<{ readonly safety: string | null }> {
  let safety: string | null;
  try {
    safety = (await maybeAutoBackup(db, store, 'before-restore', now)).written;
  } catch (error) {
    throw new SafetyBackupError(error);
  }
  await restoreBackup(db, backup, actor);
  return { safety };
}
