import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupTablesSchema } from '../../../../renderer/src/db/backup/format';
import { requireIsoDate } from '../../../../renderer/src/db/repos/guards';
import { isIsoDate } from '../../../../renderer/src/domain/validate/formats';
import type { Problem } from '../../../../renderer/src/domain/problems';
import { isoDate } from '../../../../renderer/src/domain/validate/schemas';
import { readWith } from '../../../../renderer/src/domain/validate/zod-problems';
import { isIsoDate as formDate } from '../../../../renderer/src/features/rounds/roundFormModel';

/**
 * One rule for what a date is, whoever reads it: the round file reader, the backup schema,
 * the repositories and the round form. A backup used to accept 2026-02-31 that a round file
 * refused.
 */
const CASES: readonly [string, boolean][] = [
  ['2026-12-05', true],
  ['2028-02-29', true],
  ['2026-02-29', false],
  ['2026-02-31', false],
  ['2026-04-31', false],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['05/12/2026', false],
  ['2026-1-5', false],
  ['', false],
];

function roundFileAccepts(text: string): boolean {
  const problems: Problem[] = [];
  return readWith(isoDate, text, 'd', problems) !== undefined && problems.length === 0;
}

function backupAccepts(text: string): boolean {
  const tables = {
    rounds: [],
    people: [],
    roundMembers: [],
    attendance: [],
    products: [],
    recusals: [],
    sheets: [],
    productStates: [],
    audit: [],
    settings: [],
    signedDocuments: [],
  };
  const base = backupTablesSchema.safeParse(tables);
  if (!base.success) throw new Error(`empty tables refused: ${base.error.message}`);
  const shape = backupTablesSchema.shape.attendance.element;
  return shape.safeParse({
    id: '00000000-0000-4000-8000-000000000001',
    roundId: '00000000-0000-4000-8000-000000000002',
    memberId: '00000000-0000-4000-8000-000000000003',
    meetingDate: text,
    present: true,
  }).success;
}

function repositoryAccepts(text: string): boolean {
  try {
    requireIsoDate('d', text);
    return true;
  } catch {
    return false;
  }
}

describe('one rule for dates', () => {
  it.each(CASES)('%s → %s for the round file, the backup, the repositories and the form', (text, valid) => {
    expect(isIsoDate(text)).toBe(valid);
    expect(roundFileAccepts(text)).toBe(valid);
    expect(repositoryAccepts(text)).toBe(valid);
    expect(formDate(text)).toBe(valid);
    // A backup's attendance row keeps '' for "every day" (an older shape); otherwise the same rule.
    if (text !== '') expect(backupAccepts(text)).toBe(valid);
  });
});
