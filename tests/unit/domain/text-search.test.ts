import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch, searchBy } from '../../../renderer/src/domain/text-search';

describe('Vietnamese search without diacritics', () => {
  it.each([
    ['Cà phê, ca cao', 'ca phe', true],
    ['Cà phê, ca cao', 'CA PHE', true],
    ['Cà phê, ca cao', 'phê', true],
    ['Cà phê, ca cao', 'phe ca', true], // any order
    ['Cà phê, ca cao', 'ca p', true], // while typing
    ['Đường, bánh, kẹo', 'duong', true], // đ → d
    ['Mật ong, mật khác', 'MAT ONG', true],
    ['Nguyễn Thị Hương', 'nguyen huong', true],
    ['Rau, củ, quả, hạt tươi', 'ca phe', false],
    ['Cà phê, ca cao', 'che', false], // word starts only, not inside words
    ['Trà', '', true],
  ])('%j matches %j: %s', (text, query, expected) => {
    expect(matchesSearch(text, query)).toBe(expected);
  });

  it('folds composed and decomposed input alike', () => {
    expect(foldVietnamese('Phê'.normalize('NFD'))).toBe(foldVietnamese('Phê'.normalize('NFC')));
    expect(foldVietnamese('  Đắk  Lắk ')).toBe('dak lak');
  });

  it('keeps the original order of results', () => {
    const sheets = ['Rau, củ, quả, hạt tươi', 'Chè (trà)', 'Cà phê, ca cao', 'Cá khô'];
    expect(searchBy(sheets, 'ca', (s) => s)).toEqual(['Cà phê, ca cao', 'Cá khô']);
  });
});
