import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, readBackup, type BackupProblem } from '../../../../renderer/src/db/backup';
import { parseJsonBytes } from '../../../../renderer/src/domain/validate/json-text';
import { describeBackupProblem } from '../../../../renderer/src/features/backup/describe-problem';
import { formatProblem } from '../../../../renderer/src/i18n/problems';

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

function onlyProblem(bytes: Uint8Array): BackupProblem {
  const read = readBackup(bytes);
  if (read.ok) throw new Error('read as a backup');
  expect(read.problems).toHaveLength(1);
  const [first] = read.problems;
  if (first === undefined) throw new Error('no problem');
  return first;
}

/**
 * The bounded-JSON faults of a backup are the shared problems a scoring pack (parseJsonBytes)
 * and a round file give for the same bytes, said in the same words.
 */
describe('describeBackupProblem: the bounded-JSON faults in the shared words', () => {
  const cases: readonly [string, BackupProblem['code'], string, () => Uint8Array][] = [
    ['too large', 'too-large', 'file-too-large', () => new Uint8Array(MAX_BACKUP_BYTES + 1)],
    ['not UTF-8', 'not-utf8', 'not-utf8', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe])],
    ['JSON syntax', 'not-json', 'json-syntax', () => enc('{"format":"ocop-council/backup",')],
    [
      'nested too deep',
      'too-deep',
      'json-too-deep',
      () => enc(`{"x":${'['.repeat(5_000)}${']'.repeat(5_000)}}`),
    ],
    [
      'a forbidden key',
      'forbidden-key',
      'forbidden-key',
      () => enc('{"format":"ocop-council/backup","tables":{"__proto__":{"x":1}}}'),
    ],
  ];

  for (const [name, code, shared, bytes] of cases) {
    it(`${name}: code ${code}, carrying the problem ${shared} a pack gives, in its words`, () => {
      const input = bytes();
      const found = onlyProblem(input);
      expect(found.code).toBe(code);
      const pack = parseJsonBytes(input, MAX_BACKUP_BYTES);
      expect(pack.ok).toBe(false);
      if (pack.ok) return;
      expect(pack.problems).toEqual([found.problem]);
      expect(found.problem?.code).toBe(shared);
      const problem = pack.problems[0];
      if (problem === undefined) throw new Error('no shared problem');
      expect(describeBackupProblem(found, 'vi')).toBe(
        `Không phải bản sao lưu đọc được: ${formatProblem(problem, 'vi')}.`,
      );
      expect(describeBackupProblem(found, 'en')).toBe(
        `Not a readable backup: ${formatProblem(problem, 'en')}.`,
      );
    });
  }

  it('says where a forbidden key is', () => {
    const found = onlyProblem(enc('{"format":"ocop-council/backup","tables":{"__proto__":{"x":1}}}'));
    expect(describeBackupProblem(found, 'en')).toContain('tables.__proto__: the field name "__proto__"');
  });
});
