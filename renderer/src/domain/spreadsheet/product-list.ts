import type { ProductKind } from '../model';
import { parseProductCode } from '../product-code';
import type { Problem } from '../problems';
import { cellText, firstRows, mappedCellText, type CellValue } from './cells';
import { foldHeader, guessColumns } from './columns';

/**
 * A product list from a spreadsheet (issue 6 item 4), pure: guess which column is which from
 * the headers, then check every row and say, row by row, what is wrong. Only rows without a
 * problem are offered for import; nothing is written here.
 */
export const PRODUCT_FIELDS = [
  'name',
  'code',
  'set',
  'producer',
  'address',
  'phone',
  'commune',
  'kind',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];
export type ColumnMapping = Readonly<Record<ProductField, number | null>>;

/** Limits checked BEFORE parsing (bytes) and while reading (rows): a province has a few hundred products. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_COLUMNS = 100;

export interface ImportTable {
  readonly headers: readonly string[];
  /** data rows (after the header row), cells as read */
  readonly rows: readonly (readonly CellValue[])[];
}

/** Header words, folded (no diacritics, lower case), best first. */
const SYNONYMS: Readonly<Record<ProductField, readonly string[]>> = {
  name: ['ten san pham', 'san pham', 'ten sp', 'product name', 'product', 'name', 'ten'],
  code: ['ma san pham', 'ma so san pham', 'ma so', 'ma sp', 'product code', 'code', 'ma'],
  set: ['bo tieu chi', 'nhom san pham', 'bo', 'phieu', 'nhom', 'criteria set', 'set', 'sheet'],
  producer: ['chu the', 'ten chu the', 'chu the san xuat', 'co so', 'producer', 'owner'],
  address: ['dia chi', 'address'],
  phone: ['dien thoai', 'so dien thoai', 'sdt', 'phone', 'telephone'],
  commune: ['xa', 'phuong', 'xa phuong', 'commune', 'ward'],
  kind: ['loai danh gia', 'hinh thuc danh gia', 'hinh thuc', 'loai', 'kind', 'evaluation'],
};

/** Each field gets the column whose header matches its best synonym (exact first, then words). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  return guessColumns(headers, PRODUCT_FIELDS, SYNONYMS);
}

export type RowProblemCode =
  | 'name-missing'
  | 'set-missing'
  | 'unknown-set'
  | 'invalid-code'
  | 'duplicate-code-in-file'
  | 'duplicate-code-in-round'
  | 'duplicate-name-in-file'
  | 'duplicate-name-in-round'
  | 'unknown-kind'
  | 'too-long'
  | 'control-characters';

export interface RowProblem {
  readonly code: RowProblemCode;
  readonly field: ProductField;
  /** values for the message (e.g. the text found, the other row) */
  readonly params: Readonly<Record<string, string | number>>;
  /** the product-code validator's own bilingual texts, for 'invalid-code' */
  /** what is wrong with the code, as the product form says it (i18n/problems.ts) */
  readonly detail?: Problem;
}

export interface ImportedProduct {
  readonly name: string;
  readonly code: string;
  readonly sheetNo: number;
  readonly producer: {
    readonly name: string;
    readonly address: string;
    readonly phone: string;
    readonly commune: string;
  };
  readonly kind: ProductKind;
}

export interface RowReport {
  /** the row's number as the spreadsheet shows it (header = 1) */
  readonly rowNumber: number;
  readonly product: ImportedProduct | null;
  readonly problems: readonly RowProblem[];
}

export interface ProductListContext {
  /** the round's sets: number and name */
  readonly sets: readonly { readonly sheetNo: number; readonly name: string }[];
  readonly existingCodes: ReadonlySet<string>;
  /** folded names of the round's products */
  readonly existingNames: ReadonlySet<string>;
  readonly maxYear: number;
}

const KINDS: readonly { readonly kind: ProductKind; readonly words: readonly string[] }[] = [
  { kind: 'first', words: ['lan dau', 'danh gia lan dau', 'moi', 'first', 'new'] },
  { kind: 'upgrade', words: ['nang hang', 'nang sao', 'upgrade'] },
  {
    kind: 're-evaluation',
    words: ['danh gia lai', 'tai danh gia', 'het han', 're evaluation', 'reevaluation', 're-evaluation'],
  },
];

/** "13", "Bộ 13", "13. Thủy sản…", or the set's name with or without diacritics. */
export function resolveSet(text: string, sets: ProductListContext['sets']): number | undefined {
  const folded = foldHeader(text);
  const number = /^(?:bo\s*|phieu\s*|so\s*)?(\d{1,3})\b/.exec(folded)?.[1];
  if (number !== undefined) return sets.find((s) => s.sheetNo === Number(number))?.sheetNo;
  return (
    sets.find((s) => foldHeader(s.name) === folded)?.sheetNo ??
    sets.find((s) => folded.length >= 4 && foldHeader(s.name).startsWith(folded))?.sheetNo
  );
}

export function resolveKind(text: string): ProductKind | undefined {
  const folded = foldHeader(text).replace(/-/g, ' ');
  if (folded === '') return 'first';
  return KINDS.find((k) => k.words.some((w) => folded === w.replace(/-/g, ' ') || folded.includes(w)))?.kind;
}

export function checkProductRows(
  table: ImportTable,
  mapping: ColumnMapping,
  context: ProductListContext,
): RowReport[] {
  const codeRow = firstRows();
  const nameRow = firstRows();
  return table.rows.map((cells, index) => {
    const rowNumber = index + 2;
    const problems: RowProblem[] = [];
    const report = (problem: RowProblem): void => void problems.push(problem);
    const get = (field: ProductField): string => {
      const col = mapping[field];
      return mappedCellText(col === null ? undefined : cells[col], field, report);
    };
    const name = get('name');
    const rawCode = get('code');
    const setText = get('set');
    const kindText = get('kind');
    const producer = {
      name: get('producer'),
      address: get('address'),
      phone: get('phone'),
      commune: get('commune'),
    };
    if (name === '') problems.push({ code: 'name-missing', field: 'name', params: {} });
    let sheetNo: number | undefined;
    if (setText === '') problems.push({ code: 'set-missing', field: 'set', params: {} });
    else {
      sheetNo = resolveSet(setText, context.sets);
      if (sheetNo === undefined)
        problems.push({ code: 'unknown-set', field: 'set', params: { value: setText } });
    }
    let code = '';
    if (rawCode !== '') {
      const parsed = parseProductCode(rawCode, { maxYear: context.maxYear });
      if (!parsed.ok) {
        const first = parsed.problems[0];
        problems.push({
          code: 'invalid-code',
          field: 'code',
          params: { value: rawCode },
          ...(first === undefined ? {} : { detail: first }),
        });
      } else {
        code = parsed.value.code;
        const earlier = codeRow(code, rowNumber);
        if (earlier !== undefined)
          problems.push({
            code: 'duplicate-code-in-file',
            field: 'code',
            params: { value: code, row: earlier },
          });
        if (context.existingCodes.has(code))
          problems.push({ code: 'duplicate-code-in-round', field: 'code', params: { value: code } });
      }
    }
    if (name !== '') {
      // Same name AND same producer: the same product entered twice (two producers may share a product name).
      const key = `${foldHeader(name)}\u0000${foldHeader(producer.name)}`;
      const earlier = nameRow(key, rowNumber);
      if (earlier !== undefined)
        problems.push({
          code: 'duplicate-name-in-file',
          field: 'name',
          params: { value: name, row: earlier },
        });
      if (context.existingNames.has(key))
        problems.push({ code: 'duplicate-name-in-round', field: 'name', params: { value: name } });
    }
    const kind = resolveKind(kindText);
    if (kind === undefined)
      problems.push({ code: 'unknown-kind', field: 'kind', params: { value: kindText } });
    const product =
      problems.length === 0 && sheetNo !== undefined && kind !== undefined
        ? { name, code, sheetNo, producer, kind }
        : null;
    return { rowNumber, product, problems };
  });
}

/** The key `checkProductRows` uses to find a product already in the round (name + producer, folded). */
export function existingNameKey(name: string, producerName: string): string {
  return `${foldHeader(name)}\u0000${foldHeader(producerName)}`;
}

/** A table from raw rows: the first non-empty row holds the headers. Bounded by the limits above. */
export function tableFromRows(rows: readonly (readonly CellValue[])[]): ImportTable {
  const start = rows.findIndex((r) => r.some((c) => cellText(c) !== ''));
  if (start < 0) return { headers: [], rows: [] };
  const headers = (rows[start] ?? []).slice(0, MAX_IMPORT_COLUMNS).map((c) => cellText(c));
  const data = rows
    .slice(start + 1)
    .filter((r) => r.some((c) => cellText(c) !== ''))
    .map((r) => r.slice(0, MAX_IMPORT_COLUMNS));
  return { headers, rows: data };
}
