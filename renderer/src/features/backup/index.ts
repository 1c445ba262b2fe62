/** Backup and restore in Settings (issue 6 items 1–2). */
export { BackupSection } from './BackupSection';
export { startAutomaticBackups } from './useDailyBackup';
export { backUpAfterRoundClosed, platformBackupStore } from './platform-store';
