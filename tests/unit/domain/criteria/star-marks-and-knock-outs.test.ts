import { describe, expect, it } from 'vitest';
import { knockOutsOf } from '../../../../renderer/src/domain/criteria/knock-outs';
import { loadSheet } from '../../../../renderer/src/domain/criteria/registry';
import { minimumLevels, requiredMinPointsByStar } from '../../../../renderer/src/domain/criteria/star-marks';
import { findCriterion } from '../../../../renderer/src/domain/scoring/answers';

const ID = '26/2026/QĐ-TTg';

describe('star marks: a minimum set for N stars also holds above N', () => {
  it.each<[number, string, Partial<Record<3 | 4 | 5, number>>, string]>([
    [1, '1.5', { 4: 2, 5: 3 }, 'marks **** on 2 points and ***** on 3 points'],
    [1, '1.6', { 4: 1, 5: 1 }, 'a **** mark on the first option also holds for 5★'],
    [1, '2.3', { 3: 1, 4: 3, 5: 3 }, '*** on 1 point, **** on 3 points'],
    [1, '1.1', {}, 'no mark, no minimum'],
    [26, '3.5', { 3: 1, 4: 2, 5: 2 }, 'sheet 26 has marks even though its star note is not printed'],
    [13, '9', { 3: 1, 4: 3, 5: 3 }, 'a section with a single criterion'],
  ])('sheet %i, criterion %s → %o (%s)', async (sheetNo, code, expected) => {
    const criterion = findCriterion(await loadSheet(ID, sheetNo), code);
    if (criterion === undefined) throw new Error(`no criterion ${code}`);
    expect(requiredMinPointsByStar(criterion)).toEqual(expected);
    expect(minimumLevels(criterion)).toEqual(Object.keys(expected).map(Number));
  });

  it('sheet 26 prints no star note, and the data says so', async () => {
    expect((await loadSheet(ID, 26)).starNotePrinted).toBe(false);
    expect((await loadSheet(ID, 1)).starNotePrinted).toBe(true);
  });
});

describe("what can end a product's evaluation is data", () => {
  it('sheet 1: the dossier rejection line, then the knock-out notes of 2.1 and 6.1', async () => {
    const knockOuts = knockOutsOf(await loadSheet(ID, 1));
    expect(knockOuts.map((k) => k.criterion)).toEqual([undefined, '2.1', '6.1']);
    expect(knockOuts[0]?.note).toMatch(/^Hồ sơ bị loại khi/);
    expect(knockOuts[2]?.note).toContain('Không xem xét các chỉ tiêu khác');
  });

  it('sheet 13: "bị loại nếu" on 1.1 and 2.1, "không đánh giá các bước tiếp theo" on 6.1.1', async () => {
    const knockOuts = knockOutsOf(await loadSheet(ID, 13)).filter((k) => k.criterion !== undefined);
    expect(knockOuts.map((k) => k.criterion)).toEqual(['1.1', '2.1', '6.1.1']);
    expect(knockOuts[2]?.note).toContain('không đánh giá các bước tiếp theo');
  });
});
