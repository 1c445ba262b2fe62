import { describe, expect, it } from 'vitest';
import { loadSigningFont } from '../../../../electron/ipc/signing-font';
import { buildAppearance } from '../../../../electron/services/signing/appearance';

/**
 * A batch signs many boxes with the same name and role: the encoded font subset is kept by the
 * glyphs it holds (issue 13). A kept subset must be byte for byte the one a fresh encoding
 * gives, and boxes with other glyphs must get their own.
 */
describe('signature appearance font subsets', () => {
  const lines = (time: string) => [
    { text: 'Ký bởi: Nguyễn Văn Thắng' },
    { text: 'Chủ tịch Hội đồng' },
    { text: `Ngày ký: 07/12/2026 ${time}`, scale: 0.8 },
  ];

  it('reuses the subset of the same glyphs, identical to a fresh encoding', () => {
    const font = loadSigningFont();
    const first = buildAppearance(font, lines('16:35'), 180, 54);
    const again = buildAppearance(font, lines('16:35'), 180, 54);
    expect(again.fontFile).toBe(first.fontFile); // kept, not encoded again
    // A copy of the font bytes is parsed and encoded afresh: the same subset bytes.
    const fresh = buildAppearance(new Uint8Array(font), lines('16:35'), 180, 54);
    expect(fresh.fontFile).not.toBe(first.fontFile);
    expect(Buffer.from(fresh.fontFile).equals(Buffer.from(first.fontFile))).toBe(true);
    expect(fresh.fontFileLength1).toBe(first.fontFileLength1);
    expect(fresh.fontName).toBe(first.fontName);
  });

  it('encodes another subset for other glyphs', () => {
    const font = loadSigningFont();
    const a = buildAppearance(font, lines('16:35'), 180, 54);
    const b = buildAppearance(font, [...lines('16:35'), { text: 'Ω' }], 180, 54);
    expect(Buffer.from(b.fontFile).equals(Buffer.from(a.fontFile))).toBe(false);
    expect(b.fontName).not.toBe(a.fontName);
  });
});
