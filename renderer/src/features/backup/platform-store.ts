import {
  maybeAutoBackup,
  type AutoBackupOutcome,
  type AutoBackupReason,
  type BackupStore,
} from '../../db/backup';
import type { CouncilDb } from '../../db';
import { getPlatform } from '../../platform/platform';

/** Automatic backups live in the app's data folder 'backups' (both hosts implement it). */
export function platformBackupStore(): BackupStore {
  const platform = getPlatform();
  return {
    list: () => platform.listDataFiles('backups'),
    write: async (name, bytes) => {
      await platform.writeDataFile({ folder: 'backups', name }, bytes);
    },
    remove: (name) => platform.removeDataFile({ folder: 'backups', name }),
    signedFiles: () => platform.listDataFiles('signed'),
    appVersion: async () => (await platform.appInfo()).version,
  };
}

/**
 * Call after a round was closed (`closeRound` succeeded): a closed round is a finished legal
 * record, so the app keeps a copy right away. Throws when the backup could not be written.
 */
export function backUpAfterRoundClosed(db: CouncilDb): Promise<AutoBackupOutcome> {
  return maybeAutoBackup(db, platformBackupStore(), 'round-closed');
}

export function autoBackup(db: CouncilDb, reason: AutoBackupReason): Promise<AutoBackupOutcome> {
  return maybeAutoBackup(db, platformBackupStore(), reason);
}
