import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../renderer/src/i18n/format';

// The formatters are kept per language and style: alternating them must never mix them up.
describe('formatting dates and numbers with kept formatters', () => {
  it('formats each language and style as its own, in any order', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(formatNumber('vi', 78.5, 2)).toBe('78,50');
      expect(formatNumber('en', 78.5, 2)).toBe('78.50');
      expect(formatNumber('vi', 78.5, 1)).toBe('78,5');
      expect(formatNumber('en', 1234567)).toBe('1,234,567');
      expect(formatPercent('en', 0.5)).toBe('50%');
      expect(formatPercent('en', 0.125, 1)).toBe('12.5%');
      expect(formatDate('vi', '2026-11-28')).toBe('28/11/2026');
      expect(formatDate('en', '2026-11-28')).toBe('28/11/2026');
    }
  });

  it('keeps a calendar date on its day and an instant in local time', () => {
    expect(formatDate('vi', '2026-01-01')).toBe('01/01/2026');
    const instant = '2026-11-28T23:30:00Z';
    const local = new Date(instant);
    const day = `${String(local.getDate()).padStart(2, '0')}/${String(local.getMonth() + 1).padStart(2, '0')}/${local.getFullYear()}`;
    expect(formatDate('vi', instant)).toBe(day);
    expect(formatDate('vi', '2026-01-01')).toBe('01/01/2026');
    expect(formatDateTime('en', instant)).toContain(day);
  });

  it('writes dates exactly as Intl does for both languages', () => {
    const days = [
      '2026-01-01',
      '2026-02-28',
      '2024-02-29',
      '2026-11-28',
      '2026-12-31',
      '1999-07-04',
      '2100-10-10',
    ];
    const instants = ['2026-11-28T23:30:00Z', '2026-01-01T00:00:00+07:00', '2026-06-30T17:00:00.000Z'];
    for (const language of ['vi', 'en'] as const) {
      const locale = language === 'vi' ? 'vi-VN' : 'en-GB';
      const options = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
      for (const day of days) {
        const intl = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
        expect(formatDate(language, day), `${language} ${day}`).toBe(
          intl.format(new Date(`${day}T00:00:00Z`)),
        );
      }
      for (const instant of instants) {
        const intl = new Intl.DateTimeFormat(locale, options);
        expect(formatDate(language, instant), `${language} ${instant}`).toBe(intl.format(new Date(instant)));
      }
    }
  });

  it('gives back text that is no date', () => {
    expect(formatDate('vi', 'không rõ')).toBe('không rõ');
    expect(formatDateTime('en', 'unknown')).toBe('unknown');
  });
});
