import type { Problem } from '../../domain/problems';

/**
 * Why a backup file is refused: a code (tests assert on it), where (a path in the file, '' for
 * the whole file) and the values its message needs. The words are in the i18n catalog
 * (`backup.problem.<code>`, i18n/catalog/backup-problems.ts); a row that breaks the format
 * carries the problem found there (`problem`: the same code a round file or a pack would give).
 */
export const BACKUP_PROBLEM_CODES = [
  'empty-file',
  'too-large',
  'not-utf8',
  'not-json',
  'too-deep',
  'forbidden-key',
  'round-file',
  'foreign-file',
  'unsupported-version',
  'newer-schema',
  'older-schema',
  'bad-envelope',
  'integrity-mismatch',
  'invalid-row',
  'duplicate-id',
  'dangling-reference',
  'signed-document-damaged',
  'sheet-case-missing',
  'sheet-answers-invalid',
  'unreadable',
] as const;

export type BackupProblemCode = (typeof BACKUP_PROBLEM_CODES)[number];

export interface BackupProblem {
  readonly code: BackupProblemCode;
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** `invalid-row`, `bad-envelope` and the bounded-JSON faults (too-large, not-utf8, not-json,
   * too-deep, forbidden-key): what is wrong there, as every file reader says it */
  readonly problem?: Problem;
}

export function backupProblem(
  code: BackupProblemCode,
  path = '',
  params: Readonly<Record<string, string | number>> = {},
): BackupProblem {
  return { code, path, params };
}

/** Thrown by `restoreBackup`/`readBackupOrThrow`: the file is refused, nothing changed. */
export class BackupRefusedError extends Error {
  readonly problems: readonly BackupProblem[];
  constructor(problems: readonly BackupProblem[]) {
    super(
      `backup refused: ${problems.map((p) => `${p.code}${p.path === '' ? '' : ` at ${p.path}`}${p.problem === undefined ? '' : ` (${p.problem.code})`}`).join('; ')}`,
    );
    this.name = 'BackupRefusedError';
    this.problems = problems;
  }
}
