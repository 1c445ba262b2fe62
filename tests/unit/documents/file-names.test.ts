import { describe, expect, it } from 'vitest';
import {
  minutesFileName,
  orderLabel,
  safeFileName,
  sheetFileName,
  uniqueFileNames,
} from '../../../renderer/src/documents/file-names';

describe('document file names', () => {
  it('are clear Vietnamese names with their diacritics, numbered to sort', () => {
    expect(minutesFileName('vi', 1, 7, 'Mật ong hoa nhãn')).toBe('Biên bản - 01 - Mật ong hoa nhãn.pdf');
    expect(minutesFileName('vi', 7, 141, 'Mật ong hoa nhãn')).toBe('Biên bản - 007 - Mật ong hoa nhãn.pdf');
    expect(sheetFileName('vi', 3, 9, 'Nước mắm', 'Trần Thị Ngọc Ánh')).toBe(
      'Phiếu đánh giá - 03 - Nước mắm - Trần Thị Ngọc Ánh.pdf',
    );
    expect(minutesFileName('en', 1, 7, 'Mật ong')).toBe('Minutes - 01 - Mật ong.pdf');
    expect(orderLabel(12, 9)).toBe('12');
  });

  it('are NFC even when the product name was typed decomposed', () => {
    const decomposed = 'Mật ong'.normalize('NFD');
    const name = minutesFileName('vi', 1, 2, decomposed);
    expect(name).toBe(name.normalize('NFC'));
    expect(name).toBe('Biên bản - 01 - Mật ong.pdf');
  });

  it.each([
    ['Trà "Ô long": loại 1/2?', 'Trà Ô long loại 1 2'],
    ['Bánh <pía> | sầu riêng*', 'Bánh pía sầu riêng'],
    ['Cà phê\\Robusta\t', 'Cà phê Robusta'],
    ['Chè...', 'Chè'],
    ['CON', 'Tài liệu'],
    ['   ', 'Tài liệu'],
  ])('%j becomes %j (Windows-safe)', (input, expected) => {
    expect(safeFileName(input, 'Tài liệu')).toBe(expected);
  });

  it('are cut to a length every file system accepts', () => {
    expect(safeFileName('Ư'.repeat(300), 'x').length).toBeLessThanOrEqual(120);
  });

  it('never repeat in one folder (compared without case)', () => {
    expect(uniqueFileNames(['a.pdf', 'A.pdf', 'a.pdf', 'b.pdf'])).toEqual([
      'a.pdf',
      'A (2).pdf',
      'a (3).pdf',
      'b.pdf',
    ]);
  });
});
