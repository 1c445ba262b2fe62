import { describe, expect, it } from 'vitest';
import { parseProductCode } from '../../../renderer/src/domain/product-code';
import { problemMessage } from '../../../renderer/src/i18n/problems';

describe('OCOP product code (T)-(X)-(STT)-year', () => {
  it('parses the example of the sheet header', () => {
    expect(parseProductCode('79-26734-001-2026')).toEqual({
      ok: true,
      value: { province: '79', commune: '26734', number: '001', year: 2026, code: '79-26734-001-2026' },
    });
  });

  it.each([
    [' 01-00004-12-2025 ', '01-00004-12-2025'], // spaces around
    ['79 - 26734 - 001 - 2026', '79-26734-001-2026'], // spaces around dashes
    ['79–26734–001–2026', '79-26734-001-2026'], // en dashes from a word processor
  ])('accepts %j as %s', (raw, code) => {
    const r = parseProductCode(raw);
    expect(r.ok && r.value.code).toBe(code);
  });

  it.each([
    ['', 'code'],
    ['79-26734-001', 'code'], // year missing
    ['79-26734-001-2026-1', 'code'],
    ['7-26734-001-2026', 'province'],
    ['00-26734-001-2026', 'province'],
    ['79-2673-001-2026', 'commune'],
    ['79-267345-001-2026', 'commune'],
    ['79-26734-000-2026', 'number'],
    ['79-26734-0A1-2026', 'number'],
    ['79-26734-001-26', 'year'], // "20……" is printed: the year has 4 digits
    ['79-26734-001-2018', 'year'],
  ])('refuses %j (problem in %s) with Vietnamese and English messages', (raw, field) => {
    const r = parseProductCode(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const first = r.problems[0];
    if (first === undefined) throw new Error('no problem reported');
    expect(first.path).toBe(field);
    expect(problemMessage(first, 'vi')).not.toMatch(/\{\w+\}|^$/);
    expect(problemMessage(first, 'en')).not.toMatch(/\{\w+\}|^$/);
  });

  it('reports every faulty part at once', () => {
    const r = parseProductCode('7-2673-0-26');
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['province', 'commune', 'number', 'year']);
    expect(r.ok ? [] : r.problems.map((p) => problemMessage(p, 'vi'))).toEqual([
      'Mã tỉnh "7" phải gồm 2 chữ số.',
      'Mã xã "2673" phải gồm 5 chữ số.',
      'Số thứ tự bắt đầu từ 1.',
      'Năm "26" phải gồm 4 chữ số.',
    ]);
  });

  it('honours the year bounds the caller passes (no clock in the domain)', () => {
    expect(parseProductCode('79-26734-001-2030', { maxYear: 2027 }).ok).toBe(false);
    expect(parseProductCode('79-26734-001-2027', { maxYear: 2027 }).ok).toBe(true);
  });
});
