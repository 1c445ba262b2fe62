import { describe, expect, it } from 'vitest';
import {
  MAX_CELL_TEXT,
  cellText,
  firstRows,
  mappedCellText,
  neutraliseFormula,
  sheetNames,
  type CellTextProblem,
} from '../../../../renderer/src/domain/spreadsheet/cells';

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

  it('reads a cell as NFC text, trimmed; a number as written; nothing as empty', () => {
    expect(cellText('  Cafe\u0301 ')).toBe('Café');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('cuts an over-long cell and reports it, and reports control or bidi characters', () => {
    const found: CellTextProblem<'name'>[] = [];
    const report = (problem: CellTextProblem<'name'>): void => void found.push(problem);
    expect(mappedCellText('x'.repeat(MAX_CELL_TEXT + 3), 'name', report)).toHaveLength(MAX_CELL_TEXT);
    expect(mappedCellText('Mật ong\u202e', 'name', report)).toBe('Mật ong\u202e');
    expect(mappedCellText('Mật ong', 'name', report)).toBe('Mật ong');
    expect(found).toEqual([
      { code: 'too-long', field: 'name', params: { max: MAX_CELL_TEXT } },
      { code: 'control-characters', field: 'name', params: {} },
    ]);
  });

  it('answers the row where a value first stood, and nothing the first time', () => {
    const seen = firstRows();
    expect(seen('A-1', 2)).toBeUndefined();
    expect(seen('A-2', 3)).toBeUndefined();
    expect(seen('A-1', 4)).toBe(2);
    expect(seen('A-1', 5)).toBe(2);
  });
});
