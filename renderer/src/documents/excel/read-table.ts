import type { CellValue as ExcelCellValue, Workbook } from 'exceljs';
import type { CellValue } from '../../domain/spreadsheet/cells';
import { parseCsv } from '../../domain/spreadsheet/csv';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  tableFromRows,
  type ImportTable,
} from '../../domain/spreadsheet/product-list';
import { decodeTextFile, type TextEncodingUsed } from '../../domain/spreadsheet/text-decoding';
import { newWorkbook } from './exceljs';
import { checkZip, MAX_XLSX_UNCOMPRESSED_BYTES } from '../../domain/spreadsheet/zip-guard';
import { inflatedSizeWithin } from './inflate-guard';

export type TableReadProblem =
  | { readonly code: 'empty-file' }
  | { readonly code: 'too-large'; readonly sizeMb: number; readonly maxMb: number }
  | { readonly code: 'too-many-rows'; readonly max: number }
  | { readonly code: 'unsupported-type' }
  | { readonly code: 'unreadable-xlsx'; readonly detail: string }
  | { readonly code: 'xlsx-too-large'; readonly maxMb: number }
  | { readonly code: 'no-sheet' }
  | { readonly code: 'no-header' }
  | { readonly code: 'unterminated-quote' };

export type TableRead =
  | {
      readonly ok: true;
      readonly table: ImportTable;
      readonly kind: 'xlsx' | 'csv';
      readonly encoding?: TextEncodingUsed;
    }
  | { readonly ok: false; readonly problem: TableReadProblem };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls (BIFF): not supported, say so
const MB = 1024 * 1024;

/**
 * A product list file → a table. The size is checked BEFORE anything is parsed; .xlsx is
 * recognised by its bytes (a zip), not its name; old .xls is refused with a reason; anything
 * else is read as CSV text (text-decoding.ts says which encoding). Never throws.
 */
export async function readProductTable(bytes: Uint8Array): Promise<TableRead> {
  if (bytes.byteLength === 0) return { ok: false, problem: { code: 'empty-file' } };
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return {
      ok: false,
      problem: { code: 'too-large', sizeMb: Math.ceil(bytes.byteLength / MB), maxMb: MAX_IMPORT_BYTES / MB },
    };
  if (startsWith(bytes, OLE)) return { ok: false, problem: { code: 'unsupported-type' } };
  if (startsWith(bytes, ZIP)) return readXlsx(bytes);
  const { text, encoding } = decodeTextFile(bytes);
  if (text.includes('\u0000')) return { ok: false, problem: { code: 'unsupported-type' } };
  const parsed = parseCsv(text, undefined, MAX_IMPORT_ROWS + 1);
  if (parsed.rows.length > MAX_IMPORT_ROWS + 1)
    return { ok: false, problem: { code: 'too-many-rows', max: MAX_IMPORT_ROWS } };
  if (parsed.unterminatedQuote) return { ok: false, problem: { code: 'unterminated-quote' } };
  const table = tableFromRows(parsed.rows);
  if (table.headers.length === 0) return { ok: false, problem: { code: 'no-header' } };
  return { ok: true, table, kind: 'csv', encoding };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

async function readXlsx(bytes: Uint8Array): Promise<TableRead> {
  // Checked before exceljs inflates anything: the declared sizes in the zip's directory.
  const zip = checkZip(bytes);
  if (!zip.ok) {
    return zip.reason === 'too-large' || zip.reason === 'too-many-entries'
      ? { ok: false, problem: { code: 'xlsx-too-large', maxMb: MAX_XLSX_UNCOMPRESSED_BYTES / MB } }
      : { ok: false, problem: { code: 'unreadable-xlsx', detail: zip.reason } };
  }
  // …and the bytes the entries really inflate to, counted while inflating, whatever they claim.
  const inflated = await inflatedSizeWithin(bytes, zip.list, MAX_XLSX_UNCOMPRESSED_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? { ok: false, problem: { code: 'xlsx-too-large', maxMb: MAX_XLSX_UNCOMPRESSED_BYTES / MB } }
      : { ok: false, problem: { code: 'unreadable-xlsx', detail: inflated.reason } };
  }
  let wb: Workbook;
  try {
    wb = await newWorkbook();
    await wb.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    return {
      ok: false,
      problem: {
        code: 'unreadable-xlsx',
        detail: (error instanceof Error ? error.message : String(error)).slice(0, 200),
      },
    };
  }
  const ws = wb.worksheets[0];
  if (ws === undefined) return { ok: false, problem: { code: 'no-sheet' } };
  if (ws.rowCount > MAX_IMPORT_ROWS + 1)
    return { ok: false, problem: { code: 'too-many-rows', max: MAX_IMPORT_ROWS } };
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: CellValue[] = [];
    const count = Math.min(row.cellCount, 100);
    for (let c = 1; c <= count; c += 1) cells.push(plain(row.getCell(c).value));
    rows.push(cells);
  });
  const table = tableFromRows(rows);
  if (table.headers.length === 0) return { ok: false, problem: { code: 'no-header' } };
  return { ok: true, table, kind: 'xlsx' };
}

/**
 * What a person sees in a cell, as text or number. A formula is NEVER evaluated: its cached
 * result is taken (what Excel last showed), else nothing.
 */
export function plain(value: ExcelCellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = 'result' in value ? value.result : undefined;
    return typeof result === 'string' || typeof result === 'number' ? result : null;
  }
  if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
  if ('error' in value) return null;
  return null;
}
