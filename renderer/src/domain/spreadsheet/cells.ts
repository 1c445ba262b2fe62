/**
 * Spreadsheet cells, pure (issue 6 items 3–4). Shared by the .xlsx writer and the importers.
 */
export type CellValue = string | number | null;

/** A cell as text: NFC, trimmed; a number as JavaScript writes it; an empty cell as ''. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value.normalize('NFC').trim();
}

/** An imported cell's text is cut here (and reported): a name or an address is far shorter. */
export const MAX_CELL_TEXT = 500;

// eslint-disable-next-line no-control-regex -- the point: refuse control and bidi characters in a cell
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** What reading an imported cell can find wrong, whatever the list (products, register). */
export type CellTextProblem<F extends string> =
  | { readonly code: 'too-long'; readonly field: F; readonly params: { readonly max: number } }
  | { readonly code: 'control-characters'; readonly field: F; readonly params: Record<string, never> };

/**
 * The text of the cell a field is mapped to ('' when the field has no column), cut at
 * MAX_CELL_TEXT; a longer text and control or bidi characters are reported to `report`.
 */
export function mappedCellText<F extends string>(
  cell: CellValue | undefined,
  field: F,
  report: (problem: CellTextProblem<F>) => void,
): string {
  const text = cellText(cell);
  if (text.length > MAX_CELL_TEXT) report({ code: 'too-long', field, params: { max: MAX_CELL_TEXT } });
  if (CONTROL.test(text)) report({ code: 'control-characters', field, params: {} });
  return text.slice(0, MAX_CELL_TEXT);
}

/**
 * For "the same value twice in one file": `seen(key, row)` answers the row where the key first
 * stood, or undefined the first time (and remembers this row).
 */
export function firstRows(): (key: string, row: number) => number | undefined {
  const rows = new Map<string, number>();
  return (key, row) => {
    const earlier = rows.get(key);
    if (earlier === undefined) rows.set(key, row);
    return earlier;
  };
}

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
