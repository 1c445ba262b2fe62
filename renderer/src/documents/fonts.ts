import { SYMBOL_FONT, TEXT_FONT } from '../domain/documents/page';

/**
 * Which font file each family and style of the documents uses (files in ./fonts/, made by
 * fonts/make-subsets.sh from the npm packages):
 *
 * - Text: Tinos, Google's Times New Roman metric-compatible serif (Decree 30 asks for Times
 *   New Roman), from @expo-google-fonts/tinos: full TTFs with every Vietnamese letter and tone
 *   mark in all four styles, subset to Latin + Vietnamese + punctuation.
 * - Symbols: DejaVu Sans (npm dejavu-fonts-ttf) reduced to ★ ☆ ☐ ☑ ☒, which no Times-like
 *   font has. Symbol runs are never bold or italic, so every style maps to the one file.
 *
 * tests/unit/documents/fonts.test.ts checks the glyphs in each file.
 */
export type FontStyleName = 'normal' | 'bold' | 'italics' | 'bolditalics';
export type FontTable = Readonly<Record<string, Readonly<Record<FontStyleName, string>>>>;

const SYMBOLS = 'DejaVuSans-Symbols.ttf';

export const FONT_FILES = {
  [TEXT_FONT]: {
    normal: 'Tinos-Regular.ttf',
    bold: 'Tinos-Bold.ttf',
    italics: 'Tinos-Italic.ttf',
    bolditalics: 'Tinos-BoldItalic.ttf',
  },
  [SYMBOL_FONT]: { normal: SYMBOLS, bold: SYMBOLS, italics: SYMBOLS, bolditalics: SYMBOLS },
} as const satisfies FontTable;

/** The symbols the documents print in the symbol family. */
export const SYMBOL_GLYPHS = ['★', '☑', '☐'] as const;

/** The font table with each file name mapped (to a path in Node, kept as is for a virtual file system). */
export function fontTableWith(fileOf: (fileName: string) => string): FontTable {
  const table: Record<string, Record<FontStyleName, string>> = {};
  for (const [family, styles] of Object.entries(FONT_FILES)) {
    table[family] = {
      normal: fileOf(styles.normal),
      bold: fileOf(styles.bold),
      italics: fileOf(styles.italics),
      bolditalics: fileOf(styles.bolditalics),
    };
  }
  return table;
}

/** The distinct font files (the symbol file once). */
export function fontFileNames(): string[] {
  return [...new Set(Object.values(FONT_FILES).flatMap((styles) => Object.values(styles)))];
}
