import type { IsoDate } from '../model';
import { firstRows, mappedCellText, type CellValue } from './cells';
import { foldHeader, guessColumns } from './columns';
import type { ImportTable } from './product-list';

/**
 * An existing register from a spreadsheet (issue 12), pure: provinces keep lists of their OCOP
 * products (code, name, producer, commune, stars, decision number and date, certificate
 * number). Guess which column is which, then check every row and say, row by row, what is
 * wrong. Only rows without a problem are offered; nothing is written here. Read with the
 * product list's reader (`documents/excel/read-table.ts`: size and zip-bomb walls, CSV or .xlsx).
 */
export const REGISTER_FIELDS = [
  'code',
  'name',
  'producer',
  'commune',
  'stars',
  'decisionNumber',
  'decisionDate',
  'certificateNo',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];
export type RegisterMapping = Readonly<Record<RegisterField, number | null>>;

/** Without these a row cannot be a recognised product of the register. */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = [
  'code',
  'name',
  'stars',
  'decisionNumber',
  'decisionDate',
];

const MAX_CODE = 60;

/** Header words, folded (no diacritics, lower case), best first. */
const SYNONYMS: Readonly<Record<RegisterField, readonly string[]>> = {
  code: ['ma so san pham', 'ma san pham', 'ma so', 'ma sp', 'ma ocop', 'product code', 'code', 'ma'],
  name: ['ten san pham', 'san pham', 'ten sp', 'product name', 'product', 'name', 'ten'],
  producer: ['chu the', 'ten chu the', 'chu the san xuat', 'co so', 'producer', 'owner'],
  commune: ['xa phuong', 'xa', 'phuong', 'dia ban', 'commune', 'ward'],
  stars: ['hang sao', 'so sao', 'xep hang', 'hang', 'sao', 'stars', 'rank'],
  decisionNumber: [
    'so quyet dinh',
    'quyet dinh so',
    'quyet dinh',
    'so qd',
    'qd',
    'decision number',
    'decision',
  ],
  decisionDate: ['ngay quyet dinh', 'ngay qd', 'ngay cong nhan', 'ngay ky', 'decision date', 'date', 'ngay'],
  certificateNo: [
    'so giay chung nhan',
    'giay chung nhan',
    'so gcn',
    'gcn',
    'so chung nhan',
    'certificate number',
    'certificate',
  ],
};

/** Each field gets the column whose header matches its best synonym (exact first, then words). */
export function guessRegisterMapping(headers: readonly string[]): RegisterMapping {
  return guessColumns(headers, REGISTER_FIELDS, SYNONYMS);
}

export type RegisterRowProblemCode =
  | 'missing'
  | 'invalid-code'
  | 'invalid-stars'
  | 'invalid-date'
  | 'future-date'
  | 'duplicate-code-in-file'
  | 'duplicate-certificate-in-file'
  | 'certificate-taken'
  | 'too-long'
  | 'control-characters';

export interface RegisterRowProblem {
  readonly code: RegisterRowProblemCode;
  readonly field: RegisterField;
  /** values for the message (the text found, the other row) */
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ImportedRegisterLine {
  readonly code: string;
  readonly name: string;
  readonly producerName: string;
  readonly commune: string;
  readonly stars: 3 | 4 | 5;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  /** '' when the list has none */
  readonly certificateNo: string;
}

export interface RegisterRowReport {
  /** the row's number as the spreadsheet shows it (header = 1) */
  readonly rowNumber: number;
  readonly line: ImportedRegisterLine | null;
  readonly problems: readonly RegisterRowProblem[];
}

export interface RegisterListContext {
  /** no decision after this day (the caller's today) */
  readonly today: IsoDate;
  /** certificate number → the code of the product that holds it in the register */
  readonly certificates: ReadonlyMap<string, string>;
}

/** "3", 3, "3 sao", "4★", "hạng 5", "5 stars"; nothing else (OCOP recognises 3, 4 and 5 stars). */
export function parseStars(text: string): 3 | 4 | 5 | null {
  // foldHeader() drops ★ and * (not letters or digits): "4★" → "4", "hạng 5" → "hang 5"
  const raw = /^(?:hang )?([345])(?: ?(?:sao|stars?))?$/.exec(foldHeader(text))?.[1];
  if (raw === '3') return 3;
  if (raw === '4') return 4;
  if (raw === '5') return 5;
  return null;
}

function validIso(y: number, m: number, d: number): IsoDate | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date as offices write it: dd/mm/yyyy (also with - or .), yyyy-mm-dd (what the .xlsx reader
 * gives for a date cell), or an Excel serial day number. Null for anything else or a day that
 * does not exist (31/02/2026).
 */
export function parseOfficeDate(value: CellValue | undefined): IsoDate | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // Excel's serial days: 1 = 1900-01-01 (with Excel's phantom 29/02/1900), sensible range only.
    if (!Number.isInteger(value) || value < 20000 || value > 80000) return null;
    const ms = Date.UTC(1899, 11, 30) + value * 86_400_000;
    const day = new Date(ms);
    return validIso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
  }
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
  if (vn) return validIso(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  return null;
}

/** A product code as provinces write them: letters, digits, dashes, dots, slashes; no spaces inside. */
const CODE_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}./_-]*$/u;

export function checkRegisterRows(
  table: ImportTable,
  mapping: RegisterMapping,
  context: RegisterListContext,
): RegisterRowReport[] {
  const codeRow = firstRows();
  const certificateRow = firstRows();
  return table.rows.map((cells, index) => {
    const rowNumber = index + 2;
    const problems: RegisterRowProblem[] = [];
    const raw = (field: RegisterField): CellValue | undefined => {
      const col = mapping[field];
      return col === null ? undefined : cells[col];
    };
    const report = (problem: RegisterRowProblem): void => void problems.push(problem);
    const get = (field: RegisterField): string =>
      mappedCellText(raw(field), field, report).replace(/\s+/g, ' ');
    const code = get('code').replace(/\s*[–—-]\s*/g, '-');
    const name = get('name');
    const producerName = get('producer');
    const commune = get('commune');
    const starsText = get('stars');
    const decisionNumber = get('decisionNumber');
    const dateText = get('decisionDate');
    const certificateNo = get('certificateNo');
    const texts: Readonly<Record<RegisterField, string>> = {
      code,
      name,
      producer: producerName,
      commune,
      stars: starsText,
      decisionNumber,
      decisionDate: dateText,
      certificateNo,
    };
    for (const field of REQUIRED_REGISTER_FIELDS)
      if (texts[field] === '') problems.push({ code: 'missing', field, params: {} });
    if (code !== '' && (code.length > MAX_CODE || !CODE_SHAPE.test(code)))
      problems.push({ code: 'invalid-code', field: 'code', params: { value: code } });
    else if (code !== '') {
      const earlier = codeRow(code, rowNumber);
      if (earlier !== undefined)
        problems.push({
          code: 'duplicate-code-in-file',
          field: 'code',
          params: { value: code, row: earlier },
        });
    }
    const stars = starsText === '' ? null : parseStars(starsText);
    if (starsText !== '' && stars === null)
      problems.push({ code: 'invalid-stars', field: 'stars', params: { value: starsText } });
    const decisionDate = dateText === '' ? null : parseOfficeDate(raw('decisionDate'));
    if (dateText !== '' && decisionDate === null)
      problems.push({ code: 'invalid-date', field: 'decisionDate', params: { value: dateText } });
    else if (decisionDate !== null && decisionDate > context.today)
      problems.push({ code: 'future-date', field: 'decisionDate', params: { value: dateText } });
    if (certificateNo !== '') {
      const earlier = certificateRow(certificateNo, rowNumber);
      if (earlier !== undefined)
        problems.push({
          code: 'duplicate-certificate-in-file',
          field: 'certificateNo',
          params: { value: certificateNo, row: earlier },
        });
      const holder = context.certificates.get(certificateNo);
      if (holder !== undefined && holder !== code)
        problems.push({
          code: 'certificate-taken',
          field: 'certificateNo',
          params: { value: certificateNo, holder: holder === '' ? '—' : holder },
        });
    }
    const line =
      problems.length === 0 && stars !== null && decisionDate !== null
        ? { code, name, producerName, commune, stars, decisionNumber, decisionDate, certificateNo }
        : null;
    return { rowNumber, line, problems };
  });
}
