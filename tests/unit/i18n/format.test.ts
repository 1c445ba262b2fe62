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

  it('gives back text that is no date', () => {
    expect(formatDate('vi', 'không rõ')).toBe('không rõ');
    expect(formatDateTime('en', 'unknown')).toBe('unknown');
  });
});
