import { describe, expect, it } from 'vitest';
import {
  checkProductRows,
  existingNameKey,
  guessMapping,
  resolveKind,
  resolveSet,
  tableFromRows,
} from '../../../../renderer/src/domain/spreadsheet/product-list';
import { detectDelimiter, parseCsv } from '../../../../renderer/src/domain/spreadsheet/csv';
import { decodeTextFile } from '../../../../renderer/src/domain/spreadsheet/text-decoding';

const sets = [
  { sheetNo: 1, name: 'Rau, củ, quả, hạt tươi' },
  { sheetNo: 13, name: 'Chè, cà phê, ca cao' },
  { sheetNo: 26, name: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch' },
];
const context = {
  sets,
  existingCodes: new Set(['79-26734-009-2026']),
  existingNames: new Set([existingNameKey('Bưởi da xanh', 'HTX Bưởi')]),
  maxYear: 2027,
};
const headers = [
  'STT',
  'Tên sản phẩm',
  'Mã sản phẩm',
  'Nhóm sản phẩm',
  'Chủ thể',
  'Địa chỉ',
  'Điện thoại',
  'Xã',
  'Loại đánh giá',
];

describe('product list from a spreadsheet', () => {
  it('guesses columns from Vietnamese headers, with or without diacritics, and English ones', () => {
    expect(guessMapping(headers)).toEqual({
      name: 1,
      code: 2,
      set: 3,
      producer: 4,
      address: 5,
      phone: 6,
      commune: 7,
      kind: 8,
    });
    expect(guessMapping(['ten san pham', 'ma so', 'bo tieu chi', 'chu the'])).toMatchObject({
      name: 0,
      code: 1,
      set: 2,
      producer: 3,
      kind: null,
    });
    expect(guessMapping(['Product name', 'Code', 'Set', 'Producer', 'Commune', 'Kind'])).toMatchObject({
      name: 0,
      code: 1,
      set: 2,
      producer: 3,
      commune: 4,
      kind: 5,
    });
  });

  it('reads the set by number, "Bộ 13" or name without diacritics; the kind in Vietnamese', () => {
    expect(resolveSet('13', sets)).toBe(13);
    expect(resolveSet('Bộ 26', sets)).toBe(26);
    expect(resolveSet('che, ca phe, ca cao', sets)).toBe(13);
    expect(resolveSet('Bộ 99', sets)).toBeUndefined();
    expect(resolveKind('Đánh giá lần đầu')).toBe('first');
    expect(resolveKind('Nâng hạng')).toBe('upgrade');
    expect(resolveKind('đánh giá lại')).toBe('re-evaluation');
    expect(resolveKind('')).toBe('first');
    expect(resolveKind('abc')).toBeUndefined();
  });

  it('reports every problem row by row and keeps only the sound rows', () => {
    const table = tableFromRows([
      headers,
      [1, 'Cà phê bột', '79-26734-001-2026', '13', 'HTX Cà phê', 'Ấp 1', '0900', 'Xã A', 'Lần đầu'],
      [2, 'Rau muống', '79-26734-001-2026', 'Bộ 1', 'HTX Rau', '', '', '', ''],
      [3, 'Homestay', '79-2673-1-26', '26', 'Hộ B', '', '', '', ''],
      [4, 'Trà xanh', '', 'Bánh kẹo', 'HTX Trà', '', '', '', ''],
      [5, '', '79-26734-002-2026', '13', '', '', '', '', ''],
      [6, 'Bưởi da xanh', '79-26734-009-2026', '1', 'HTX Bưởi', '', '', '', 'Nâng hạng'],
      [7, '<script>alert(1)</script>', '', '1', '=cmd|calc', '', '', '', 'xyz'],
      [8, 'Tên\u0007lạ', '', '1', '', '', '', '', ''],
      [9, '<b>Mật ong</b>', '', '1', '@HTX', '', '', '', ''],
    ]);
    const report = checkProductRows(table, guessMapping(table.headers), context);
    const codes = report.map((r) => r.problems.map((p) => p.code));
    expect(codes).toEqual([
      [],
      ['duplicate-code-in-file'],
      ['invalid-code'],
      ['unknown-set'],
      ['name-missing'],
      ['duplicate-code-in-round', 'duplicate-name-in-round'],
      ['unknown-kind'],
      ['control-characters'],
      [],
    ]);
    expect(report[1]?.problems[0]?.params).toMatchObject({ row: 2 });
    expect(report[2]?.problems[0]?.detail?.code).toMatch(/^(product-code-parts|.*-digits|.*-zero)$/);
    expect(report.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // hostile text is kept as text (React escapes it; the Excel export neutralises formulas)
    expect(report[8]?.product).toMatchObject({ name: '<b>Mật ong</b>', producer: { name: '@HTX' } });
    expect(report[0]?.product).toEqual({
      name: 'Cà phê bột',
      code: '79-26734-001-2026',
      sheetNo: 13,
      kind: 'first',
      producer: { name: 'HTX Cà phê', address: 'Ấp 1', phone: '0900', commune: 'Xã A' },
    });
  });
});

describe('CSV', () => {
  it('reads quoted fields, "" and newlines inside quotes, CRLF, and ; as the delimiter', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('"a,b";c;d')).toBe(';');
    expect(parseCsv('Tên,Ghi chú\r\n"Cà phê, bột","dòng 1\ndòng ""2"""\r\n\r\nx,y').rows).toEqual([
      ['Tên', 'Ghi chú'],
      ['Cà phê, bột', 'dòng 1\ndòng "2"'],
      ['x', 'y'],
    ]);
    expect(parseCsv('a,"b\n').unterminatedQuote).toBe(true);
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and says when it fell back to Windows-1258', () => {
    const text = 'Tên sản phẩm,Xã\nCà phê,Đắk';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTextFile(utf8)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text,
      encoding: 'utf-8-bom',
    });
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeTextFile(utf16)).toEqual({ text, encoding: 'utf-16le' });
    // "Cà phê" in Windows-1258: à = E0, ê = EA
    expect(decodeTextFile(new Uint8Array([0x43, 0xe0, 0x20, 0x70, 0x68, 0xea]))).toEqual({
      text: 'Cà phê',
      encoding: 'windows-1258',
    });
  });
});
