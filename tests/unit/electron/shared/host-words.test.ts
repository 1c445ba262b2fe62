import { describe, expect, it } from 'vitest';
import { bilingual, hostText, hostWords, type HostWordKey } from '../../../../electron/shared/host-words';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? '').sort();

describe("the host's words", () => {
  it('has every word in Vietnamese and English, with the same placeholders', () => {
    expect(Object.keys(hostWords.en).sort()).toEqual(Object.keys(hostWords.vi).sort());
    for (const key of Object.keys(hostWords.vi) as HostWordKey[]) {
      expect(hostWords.vi[key], key).not.toBe('');
      expect(hostWords.en[key], key).not.toBe('');
      expect(placeholders(hostWords.en[key]), key).toEqual(placeholders(hostWords.vi[key]));
    }
  });

  it('follows the language setting; a language never set means Vietnamese', () => {
    expect(hostText('vi', 'menu.file')).toBe('Tệp');
    expect(hostText('en', 'menu.file')).toBe('File');
    expect(hostText(null, 'menu.about')).toBe('Giới thiệu OCOP Council');
  });

  it('fills placeholders and writes both languages, Vietnamese first, where no setting applies', () => {
    expect(hostText('en', 'web.invalidPort', { port: 'abc' })).toBe('Invalid port: abc');
    expect(bilingual('web.invalidPort', { port: 70000 })).toBe(
      'Cổng không hợp lệ: 70000 / Invalid port: 70000',
    );
    // A missing value stays visible rather than vanishing.
    expect(hostText('vi', 'web.invalidPort')).toBe('Cổng không hợp lệ: {port}');
  });
});
