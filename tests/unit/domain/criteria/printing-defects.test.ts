import { describe, expect, it } from 'vitest';
import { printingDefectsOf } from '../../../../renderer/src/domain/criteria/defects';
import { loadRuleSetSheets } from '../../../../renderer/src/domain/criteria/registry';
import { findCriterion } from '../../../../renderer/src/domain/scoring/answers';

/** Every printing defect listed in shared/criteria/README.md, visible as a flag in the shipped data. */
const sheets = await loadRuleSetSheets('26/2026/QĐ-TTg');
const sheet = (no: number) => {
  const found = sheets.find((s) => s.sheetNo === no);
  if (found === undefined) throw new Error(`sheet ${no} missing`);
  return found;
};
const defects = sheets.flatMap(printingDefectsOf);

describe('printing defects of the source, as flags', () => {
  it('1. sheets 1–22: "Ghi nhãn hàng hóa có sử dụng song ngữ" prints no options; "Có (đáp ứng)" = 1 / "Không" = 0 are added, flagged implied', () => {
    for (let no = 1; no <= 22; no += 1) {
      const criterion = sheet(no)
        .parts.flatMap((p) => p.sections.flatMap((s) => s.criteria))
        .find((c) => c.text.includes('song ngữ'));
      expect(criterion?.optionsImplied, `sheet ${no}`).toBe(true);
      expect(criterion?.options.map((o) => [o.text, o.points, o.implied])).toEqual([
        ['Có (đáp ứng)', 1, true],
        ['Không', 0, true],
      ]);
      expect(
        defects.some((d) => d.sheetNo === no && d.kind === 'options-implied' && d.code === criterion?.code),
      ).toBe(true);
    }
    expect(defects.filter((d) => d.kind === 'options-implied').map((d) => d.sheetNo)).toEqual(
      Array.from({ length: 22 }, (_, i) => i + 1),
    );
  });

  it('2. sheet 4, criterion 7: "Có trên 2 chỉ tiêu" printed 13 (max 3) is stored 3, sourcePrinted 13', () => {
    const option = findCriterion(sheet(4), '7')?.options.find((o) => o.text.startsWith('Có trên 2 chỉ tiêu'));
    expect(option).toMatchObject({ points: 3, sourcePrinted: 13 });
    expect(defects).toContainEqual(
      expect.objectContaining({ kind: 'points-corrected', sheetNo: 4, code: '7', printed: 13 }),
    );
  });

  it('3. sheet 11, criterion 6.1.1: "Có rất ít tạp chất, chấp nhận được" printed 11 (max 2) is stored 1, sourcePrinted 11', () => {
    const option = findCriterion(sheet(11), '6.1.1')?.options.find((o) =>
      o.text.startsWith('Có rất ít tạp chất'),
    );
    expect(option).toMatchObject({ points: 1, sourcePrinted: 11 });
    expect(defects).toContainEqual(
      expect.objectContaining({ kind: 'points-corrected', sheetNo: 11, code: '6.1.1', printed: 11 }),
    );
  });

  it('4. sheets 4, 7, 10, 11: blank points for "Không được cấp giấy chứng nhận chất lượng" are stored 0, pointsInferred', () => {
    for (const no of [4, 7, 10, 11]) {
      const option = findCriterion(sheet(no), '1.2')?.options.find(
        (o) => o.text === 'Không được cấp giấy chứng nhận chất lượng',
      );
      expect(option, `sheet ${no}`).toMatchObject({ points: 0, pointsInferred: true });
    }
    expect(defects.filter((d) => d.kind === 'points-inferred').map((d) => d.sheetNo)).toEqual([4, 7, 10, 11]);
  });

  it('5. sheet 23, section 9: the points cell printed "4 / 1" is taken as 4, with what was printed kept', () => {
    const section = sheet(23)
      .parts.flatMap((p) => p.sections)
      .find((s) => s.code === '9');
    expect(section?.max).toBe(4);
    expect(section?.maxPrinted).toMatch(/^4\D+1$/);
    expect(defects.filter((d) => d.kind === 'section-max-printed').map((d) => [d.sheetNo, d.code])).toEqual([
      [23, '9'],
    ]);
  });

  it('6. sheet 23, criterion 6.2: two options both printed 1 point are kept as printed, flagged', () => {
    const options = findCriterion(sheet(23), '6.2')?.options ?? [];
    expect(options.filter((o) => o.samePointsAsPrinted === true).map((o) => o.points)).toEqual([1, 1]);
  });

  it('also flags the one same-points case the README does not list: sheet 7, criterion 3.1 (1, 1, 3 where other sheets print 1, 2, 3)', () => {
    expect(defects.filter((d) => d.kind === 'same-points').map((d) => [d.sheetNo, d.code])).toEqual([
      [7, '3.1'],
      [7, '3.1'],
      [23, '6.2'],
      [23, '6.2'],
    ]);
  });

  it('every flag carries a note or the printed value, so the UI can explain it', () => {
    for (const d of defects.filter((x) => x.kind !== 'options-implied'))
      expect(d.note ?? d.printed, JSON.stringify(d)).toBeDefined();
  });
});
