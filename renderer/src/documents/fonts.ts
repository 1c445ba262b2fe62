import { SYMBOL_FONT, TEXT_FONT } from '../domain/documents/page';

/**
 * Which font file each family and style of the documents uses, as package paths.
 *
 * - Text: Tinos (Google's Times New Roman metric-compatible serif, the Decree 30 typeface's
 *   stand-in), full TTFs from @expo-google-fonts/tinos: all Vietnamese letters with every
 *   tone mark in all four styles (tests/unit/documents/fonts.test.ts checks each glyph).
 * - Symbols: DejaVu Sans (npm dejavu-fonts-ttf) for ★ ☑ ☐, which no Times-like font has.
 *   Symbol runs are never bold or italic, so every style maps to the one regular file.
 */
export type FontStyleName = 'normal' | 'bold' | 'italics' | 'bolditalics';
export type FontTable = Readonly<Record<string, Readonly<Record<FontStyleName, string>>>>;

const DEJAVU_SANS = 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';

export const FONT_FILES = {
  [TEXT_FONT]: {
    normal: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
    bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
    italics: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
  },
  [SYMBOL_FONT]: { normal: DEJAVU_SANS, bold: DEJAVU_SANS, italics: DEJAVU_SANS, bolditalics: DEJAVU_SANS },
} as const satisfies FontTable;

/** The symbols the documents print in the symbol family. */
export const SYMBOL_GLYPHS = ['★', '☑', '☐'] as const;

/** Maps each family/style to a file name under which the bytes are registered with pdfmake. */
export function fontTableWith(fileOf: (packagePath: string) => string): FontTable {
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

/** The distinct font files used (DejaVu Sans once). */
export function fontPackagePaths(): string[] {
  return [...new Set(Object.values(FONT_FILES).flatMap((styles) => Object.values(styles)))];
}
