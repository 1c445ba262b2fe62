import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadRuleSetSheets } from '../../../renderer/src/domain/criteria/registry';
import { SYMBOL_FONT, TEXT_FONT } from '../../../renderer/src/domain/documents/page';
import { documentMessages } from '../../../renderer/src/i18n/catalog/documents';
import { FONT_FILES, SYMBOL_GLYPHS } from '../../../renderer/src/documents/fonts';
import { nodeFontPath } from '../../../renderer/src/documents/node';

/**
 * pdfmake draws a character its font lacks as an empty box, silently. So every character the
 * documents can print is checked here against the very files the renderer embeds.
 */

function open(fileName: string): fontkit.Font {
  return fontkit.create(readFileSync(nodeFontPath(fileName)));
}

function missing(font: fontkit.Font, text: string): string[] {
  return [...new Set(text.normalize('NFC'))].filter(
    (c) => c.trim() !== '' && !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0),
  );
}

/** Every Vietnamese letter: 12 vowels × 6 tones, upper and lower case, đ/Đ and the consonants. */
function vietnameseAlphabet(): string {
  const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
  const letters = [...'aăâeêioôơuưy'].flatMap((v) => tones.map((t) => (v + t).normalize('NFC')));
  const all = [...letters, ...'bcdđghklmnpqrstvx'];
  return [...all, ...all.map((c) => c.toUpperCase())].join('');
}

const textStyles = Object.entries(FONT_FILES[TEXT_FONT]);

describe('document fonts', () => {
  it('the alphabet is the full one (134 vowels with tones, 17 consonants, both cases)', () => {
    expect([...new Set(vietnameseAlphabet())].length).toBe((72 + 17) * 2);
  });

  it.each(textStyles)('Tinos %s has every Vietnamese letter', (_style, file) => {
    expect(missing(open(file), vietnameseAlphabet())).toEqual([]);
  });

  it('the symbol font has ★ ☑ ☐ and the text font has none of them (hence two families)', () => {
    const symbols = open(FONT_FILES[SYMBOL_FONT].normal);
    expect(missing(symbols, SYMBOL_GLYPHS.join(''))).toEqual([]);
    expect(missing(open(FONT_FILES[TEXT_FONT].normal), SYMBOL_GLYPHS.join(''))).toEqual([...SYMBOL_GLYPHS]);
  });

  it('every character of the 26 criteria sheets is in every text style', async () => {
    const sheets = await loadRuleSetSheets('26/2026/QĐ-TTg');
    expect(sheets).toHaveLength(26);
    const text = JSON.stringify(sheets);
    for (const [style, file] of textStyles) expect(missing(open(file), text), style).toEqual([]);
  });

  it('every character of the document texts (vi and en) is in every text style', () => {
    const text = Object.values(documentMessages)
      .map((m) => m.vi + m.en)
      .join('');
    for (const [style, file] of textStyles) expect(missing(open(file), text), style).toEqual([]);
  });
});
