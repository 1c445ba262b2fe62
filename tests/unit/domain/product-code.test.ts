import { describe, expect, it } from 'vitest';
import { parseProductCode } from '../../../renderer/src/domain/product-code';

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
    expect(r.problems[0]?.field).toBe(field);
    expect(r.problems[0]?.vi).not.toBe('');
    expect(r.problems[0]?.en).not.toBe('');
  });

  it('reports every faulty part at once', () => {
    const r = parseProductCode('7-2673-0-26');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual(['province', 'commune', 'number', 'year']);
  });

  it('honours the year bounds the caller passes (no clock in the domain)', () => {
    expect(parseProductCode('79-26734-001-2030', { maxYear: 2027 }).ok).toBe(false);
    expect(parseProductCode('79-26734-001-2027', { maxYear: 2027 }).ok).toBe(true);
  });
});
