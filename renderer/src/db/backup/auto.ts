import type { CouncilDb } from '../council-db';
import { createBackupFile, forgetLastBackupFile, lastBackupFileOf, type BackupFileMade } from './create';
import type { BackupFile, SignedFileInfo } from './format';
import type { Actor } from '../rows';
import { ChangedSinceSafetyCopyError } from '../errors';
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
  const outcome = await autoBackupFile(db, store, reason, now);
  return outcome.written === null ? outcome : { written: outcome.written, pruned: outcome.pruned };
}

/** `maybeAutoBackup`, also giving the file written; `made`: a file already made to write as it is. */
async function autoBackupFile(
  db: CouncilDb,
  store: BackupStore,
  reason: AutoBackupReason,
  now: Date,
  made?: BackupFileMade,
): Promise<
  | (AutoBackupOutcome & { readonly written: null })
  | { readonly written: string; readonly pruned: readonly string[]; readonly file: BackupFileMade }
> {
  const at = localTimeOf(now);
  const names = (await store.list()).map((f) => f.name);
  if (reason === 'daily') {
    if (!dailyBackupDue(names, at.date)) return { written: null, why: 'not-due' };
    if ((await db.rounds.count()) === 0 && (await db.people.count()) === 0)
      return { written: null, why: 'nothing-to-save' };
  }
  const file =
    made ??
    (await createBackupFile(db, {
      appVersion: await store.appVersion(),
      signedFiles: await store.signedFiles(),
    }));
  const bytes = file.bytes;
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
  return { written: name, pruned, file };
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

/** Attempts of a restore whose data keeps changing under it before it gives up (and says so). */
const RESTORE_ATTEMPTS = 3;

/**
 * The restore as the app does it (issue 6 item 2): FIRST an automatic backup of the current data
 * ("before-restore"); if it cannot be written, `SafetyBackupError` and nothing changes; THEN the
 * restore in one transaction, which checks that the data is still exactly the safety copy's rows
 * — a change made in between (the hub, another window) would otherwise be lost with no copy.
 * When it changed, a new safety copy is taken and the restore tried again; after
 * RESTORE_ATTEMPTS, `ChangedSinceSafetyCopyError` and nothing was restored.
 *
 * The safety copy is the file just made by "Sao lưu ngay" (or the daily backup) when there is
 * one (issue 13: no second serialisation of everything): the same check proves it current, and a
 * stale one only costs a retry — it stays in the folder as the backup of that earlier moment.
 * Returns the safety copy's name.
 */
export async function restoreWithSafetyBackup(
  db: CouncilDb,
  store: BackupStore,
  backup: BackupFile,
  actor: Actor,
  now?: Date,
): Promise<{ readonly safety: string | null }> {
  let made = lastBackupFileOf(db);
  for (let attempt = 1; ; attempt += 1) {
    let safety: string;
    let file: BackupFileMade;
    try {
      const outcome = await autoBackupFile(db, store, 'before-restore', now ?? new Date(db.now()), made);
      if (outcome.written === null) throw new Error('the backup before a restore was not written');
      ({ written: safety, file } = outcome);
    } catch (error) {
      throw new SafetyBackupError(error);
    }
    try {
      await restoreBackup(db, backup, actor, { unchangedSince: file.backup.tables });
      forgetLastBackupFile(db);
      return { safety };
    } catch (error) {
      if (!(error instanceof ChangedSinceSafetyCopyError) || attempt >= RESTORE_ATTEMPTS) throw error;
      made = undefined;
    }
  }
}
