import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/src/i18n/catalog';
import { interpolate } from '../../../renderer/src/i18n/define';
import { formatDate, formatNumber } from '../../../renderer/src/i18n/format';
import { translate } from '../../../renderer/src/i18n/translate';

describe('i18n catalog', () => {
  it('every message has a Vietnamese and an English text, with the same placeholders', () => {
    for (const [key, message] of Object.entries(catalog)) {
      expect(message.vi.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(message.en), key).toEqual(names(message.vi));
    }
  });

  it('Vietnamese is written with its diacritics, in NFC', () => {
    expect(translate('vi', 'nav.rounds')).toBe('Đợt đánh giá');
    for (const [key, message] of Object.entries(catalog)) {
      expect(message.vi, key).toBe(message.vi.normalize('NFC'));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Lỗi: {message}', { message: 'hết dung lượng' })).toBe('Lỗi: hết dung lượng');
    expect(interpolate('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
});

describe('dates and numbers follow the language', () => {
  it.each([
    ['vi', '2026-11-28', '28/11/2026'],
    ['en', '2026-11-28', '28/11/2026'],
    ['vi', '2026-01-05', '05/01/2026'],
  ] as const)('%s formats %s as %s', (language, iso, expected) => {
    expect(formatDate(language, iso)).toBe(expected);
  });

  it.each([
    ['vi', 78.5, 2, '78,50'],
    ['en', 78.5, 2, '78.50'],
    ['vi', 1234.5, 1, '1.234,5'],
  ] as const)('%s formats %d with %d decimals as %s', (language, value, digits, expected) => {
    expect(formatNumber(language, value, digits)).toBe(expected);
  });
});
