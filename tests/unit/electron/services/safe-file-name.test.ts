import { describe, expect, it } from 'vitest';
import { canonicalFileName, fileNameProblem } from '../../../../electron/services/safe-file-name';

describe('fileNameProblem', () => {
  it.each([
    ['Biên bản họp hội đồng.pdf'],
    ['sao-lưu-2026-11-28.ocop.json'],
    ['Phiếu chấm điểm – Sản phẩm số 12.pdf'],
    ['a'],
    ['Quyết định (bản ký).pdf'],
    ['CONTRACT.pdf'],
    ['x'.repeat(200)],
  ])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'empty'],
    ['x'.repeat(201), 'too-long'],
    ['ữ'.repeat(100), 'too-long'], // 100 characters but 300 UTF-8 bytes
    ['../settings.json', 'separator'],
    ['..\\..\\Windows\\win.ini', 'separator'],
    ['/etc/passwd', 'separator'],
    ['C:\\Users\\a.pdf', 'separator'],
    ['C:evil.pdf', 'windows-forbidden-character'],
    ['a\u0000.pdf', 'control-character'],
    ['line\nbreak.pdf', 'control-character'],
    ['what?.pdf', 'windows-forbidden-character'],
    ['star*.pdf', 'windows-forbidden-character'],
    ['..', 'dot-dot'],
    ['a..b.pdf', 'dot-dot'],
    ['.', 'leading-dot'],
    ['.hidden', 'leading-dot'],
    ['.tmp-1234', 'leading-dot'],
    [' leading.pdf', 'leading-or-trailing-space'],
    ['trailing.pdf ', 'leading-or-trailing-space'],
    ['trailing.', 'trailing-dot'],
    ['CON', 'windows-reserved-name'],
    ['CONIN$', 'windows-reserved-name'],
    ['conout$.txt', 'windows-reserved-name'],
    ['CLOCK$', 'windows-reserved-name'],
    ['con.pdf', 'windows-reserved-name'],
    ['PRN.txt', 'windows-reserved-name'],
    ['AUX', 'windows-reserved-name'],
    ['NUL.tar.gz', 'windows-reserved-name'],
    ['COM1', 'windows-reserved-name'],
    ['lpt9.pdf', 'windows-reserved-name'],
  ])('refuses %j (%s)', (name, problem) => {
    expect(fileNameProblem(name)).toBe(problem);
  });

  it('makes a macOS (NFD) and a Windows (NFC) spelling of a Vietnamese name the same file', () => {
    const nfd = 'Biên bản'.normalize('NFD');
    expect(nfd).not.toBe('Biên bản');
    expect(canonicalFileName(nfd)).toBe('Biên bản');
  });
});
