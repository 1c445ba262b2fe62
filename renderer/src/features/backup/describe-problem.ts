import type { BackupProblem, BackupProblemCode } from '../../db/backup';
import type { MessageKey } from '../../i18n/catalog';
import type { Language } from '../../i18n/define';
import { formatProblem, problemMessage } from '../../i18n/problems';
import { translate } from '../../i18n/translate';

/**
 * The bounded-JSON faults: said with the shared problem they carry (i18n/problems.ts), the
 * same words a round file or a scoring pack gives for the same fault.
 */
const JSON_FAULTS = ['too-large', 'not-utf8', 'not-json', 'too-deep', 'forbidden-key'] as const;
type JsonFault = (typeof JSON_FAULTS)[number];

function isJsonFault(code: BackupProblemCode): code is JsonFault {
  return (JSON_FAULTS as readonly BackupProblemCode[]).includes(code);
}

/** Each other refusal's words in the catalog (a code without words is a compile error). */
const KEYS = {
  'empty-file': 'backup.problem.empty-file',
  'round-file': 'backup.problem.round-file',
  'foreign-file': 'backup.problem.foreign-file',
  'unsupported-version': 'backup.problem.unsupported-version',
  'newer-schema': 'backup.problem.newer-schema',
  'older-schema': 'backup.problem.older-schema',
  'bad-envelope': 'backup.problem.bad-envelope',
  'integrity-mismatch': 'backup.problem.integrity-mismatch',
  'invalid-row': 'backup.problem.invalid-row',
  'duplicate-id': 'backup.problem.duplicate-id',
  'dangling-reference': 'backup.problem.dangling-reference',
  'signed-document-damaged': 'backup.problem.signed-document-damaged',
  'sheet-case-missing': 'backup.problem.sheet-case-missing',
  'sheet-answers-invalid': 'backup.problem.sheet-answers-invalid',
  unreadable: 'backup.problem.unreadable',
} as const satisfies Record<Exclude<BackupProblemCode, JsonFault>, MessageKey>;

/** One refusal as a line a person can act on; a bad row says what is wrong as any file reader would. */
export function describeBackupProblem(p: BackupProblem, language: Language): string {
  if (isJsonFault(p.code)) {
    // Read by readBackup, a JSON fault always carries its problem; else its code is all there is.
    const detail = p.problem === undefined ? p.code : formatProblem(p.problem, language);
    return translate(language, 'backup.problem.json-fault', { detail });
  }
  const detail = p.problem === undefined ? {} : { detail: problemMessage(p.problem, language) };
  return translate(language, KEYS[p.code], { path: p.path, ...p.params, ...detail });
}
