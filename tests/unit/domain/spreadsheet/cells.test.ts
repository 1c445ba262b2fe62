import { describe, expect, it } from 'vitest';
import { neutraliseFormula, sheetNames } from '../../../../renderer/src/domain/spreadsheet/cells';

describe('spreadsheet cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+84 912', "'+84 912"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['Cà phê', 'Cà phê'],
    ['72-25000-001-2026', '72-25000-001-2026'],
    ['', ''],
  ])('%j is written as %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it('makes worksheet names legal and unique', () => {
    expect(sheetNames(['Tổng hợp', 'a/b:c*d?', 'x'.repeat(40), 'x'.repeat(40), '', 'TỔNG HỢP'])).toEqual([
      'Tổng hợp',
      'a b c d',
      'x'.repeat(31),
      `${'x'.repeat(27)} (2)`,
      'Sheet',
      'TỔNG HỢP (2)',
    ]);
  });
});
