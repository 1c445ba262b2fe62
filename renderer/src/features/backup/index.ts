/** Backup and restore in Settings (issue 6 items 1–2). */
export { BackupSection } from './BackupSection';
export { useDailyBackup } from './useDailyBackup';
export { backUpAfterRoundClosed, platformBackupStore } from './platform-store';
