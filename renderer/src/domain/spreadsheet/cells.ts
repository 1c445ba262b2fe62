/**
 * Spreadsheet cells, pure (issue 6 items 3–4). Shared by the .xlsx writer and the importers.
 */
export type CellValue = string | number | null;

/**
 * Characters that make a spreadsheet program read a cell as a formula when it is typed, pasted
 * or opened from CSV ("=cmd|' /C calc'!A0", "+", "-", "@", and a leading TAB or CR that some
 * programs skip). A text starting with one gets a leading apostrophe: Excel and LibreOffice
 * then show it as text and never evaluate it (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** Worksheet names: at most 31 characters, none of []:*?/\, not blank, unique in the workbook. */
export function sheetNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((raw) => {
    const base =
      raw
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '') || 'Sheet';
    let name = base.slice(0, 31);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

export interface SheetModel {
  readonly name: string;
  /** column widths in characters */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based row of the column headers: bold, frozen, repeated on every printed page */
  readonly headerRow: number;
  /** 1-based rows printed bold (titles, totals) */
  readonly boldRows?: readonly number[];
  /** 1-based column → number format, e.g. "0.00" for averages */
  readonly numberFormats?: Readonly<Record<number, string>>;
}

export interface WorkbookModel {
  readonly title: string;
  readonly sheets: readonly SheetModel[];
}
