/** Backups of the whole database (issue 6 items 1–2): format.ts documents the file. */
export * from './format';
export * from './problems';
export {
  createBackup,
  createBackupFile,
  serializeBackup,
  backupIntegrityHash,
  type CreateBackupOptions,
} from './create';
export {
  readBackup,
  readBackupAsync,
  readBackupOrThrow,
  backupChainVerdicts,
  consistencyProblems,
  backupSheetProblems,
  type BackupRead,
} from './read';
export * from './restore';
export * from './policy';
export * from './auto';
