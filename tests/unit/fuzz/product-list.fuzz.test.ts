import 'fake-indexeddb/auto';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readProductTable } from '../../../renderer/src/documents/excel/read-table';
import {
  checkProductRows,
  guessMapping,
  MAX_IMPORT_BYTES,
  type RowReport,
} from '../../../renderer/src/domain/spreadsheet/product-list';
import { importProducts } from '../../../renderer/src/db/repos/product-import';
import { CouncilDbError } from '../../../renderer/src/db';
import { seedRound } from '../db/fixtures';
import { snapshot } from '../db/backup/snapshot';
import { FUZZ, HOSTILE_STRINGS } from './hostile';

const HEADERS = [
  'Tên sản phẩm',
  'Mã sản phẩm',
  'Bộ tiêu chí',
  'Chủ thể',
  'Địa chỉ',
  'Điện thoại',
  'Xã',
  'Loại đánh giá',
];
const sets = Array.from({ length: 26 }, (_, i) => ({ sheetNo: i + 1, name: `Bộ ${i + 1}` }));
const context = { sets, existingCodes: new Set<string>(), existingNames: new Set<string>(), maxYear: 2027 };

const hostileCell = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('79-26734-001-2026', '79-26734-001-2026', '13', 'Bộ 26', 'Nâng hạng', '0', '-1', '1e9'),
);
const hostileRows = fc.array(fc.array(hostileCell, { minLength: 0, maxLength: 10 }), { maxLength: 30 });

function toCsv(rows: readonly (readonly string[])[], delimiter: string): string {
  const quote = (c: string): string => (/[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(delimiter)).join('\r\n');
}

/** Whatever the file, the importer answers: a table with a report per row, or a reason. */
async function importerAnswers(bytes: Uint8Array): Promise<RowReport[] | null> {
  const read = await readProductTable(bytes);
  if (!read.ok) {
    expect(typeof read.problem.code).toBe('string');
    return null;
  }
  const report = checkProductRows(read.table, guessMapping(read.table.headers), context);
  expect(report).toHaveLength(read.table.rows.length);
  for (const r of report) expect(r.product === null).toBe(r.problems.length > 0);
  return report;
}

describe('product list import under hostile files', () => {
  it('CSV: hostile cells, delimiters, truncation, encodings — never a crash, a report for every row', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileRows,
        fc.constantFrom(',', ';', '\t'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('utf8', 'bom', 'latin1'),
        async (rows, delimiter, cut, encoding) => {
          const text = toCsv([HEADERS, ...rows], delimiter);
          const truncated = text.slice(0, Math.max(1, Math.floor(text.length * (cut < 0.2 ? cut : 1))));
          const utf8 = new TextEncoder().encode(truncated);
          const bytes =
            encoding === 'utf8'
              ? utf8
              : encoding === 'bom'
                ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
                : Uint8Array.from(truncated, (c) => c.charCodeAt(0) & 0xff);
          await importerAnswers(bytes);
        },
      ),
      FUZZ,
    );
  });

  it('random bytes and broken zips are refused with a reason, never thrown', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (random, zip) => {
        await importerAnswers(zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]) : random);
      }),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns, 200) },
    );
  });

  it('a gigantic file is refused by its size before it is parsed', async () => {
    expect(await readProductTable(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      problem: { code: 'too-large', sizeMb: 11, maxMb: 10 },
    });
    const manyRows = new TextEncoder().encode(`${HEADERS.join(',')}\n${'a,,1\n'.repeat(6000)}`);
    expect(await readProductTable(manyRows)).toMatchObject({ ok: false, problem: { code: 'too-many-rows' } });
  });

  it('XLSX: hostile cells (formulas never evaluated) then import of the valid rows only, all or nothing', async () => {
    const s = await seedRound({ products: 1, scoring: false });
    await fc.assert(
      fc.asyncProperty(hostileRows, fc.boolean(), async (rows, withFormula) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('DS');
        ws.addRow(HEADERS);
        for (const r of rows) ws.addRow(r);
        if (withFormula)
          ws.addRow([{ formula: 'HYPERLINK("http://evil.example","x")', result: 'Bẫy' }, '', '1']);
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
        const report = await importerAnswers(bytes);
        if (report === null) return;
        if (withFormula) expect(report.at(-1)?.product?.name ?? 'Bẫy').toBe('Bẫy');
        const valid = report.flatMap((r) => (r.product === null ? [] : [r.product]));
        const before = await snapshot(s.db);
        try {
          const added = await importProducts(s.db, s.round.id, valid, { fileName: 'fuzz.xlsx' }, 'secretary');
          expect(added).toHaveLength(valid.length);
          for (const p of added)
            await s.db.transaction('rw', s.db.products, s.db.productStates, async () => {
              await s.db.products.delete(p.id);
              await s.db.productStates.delete(p.id);
            });
        } catch (error) {
          // e.g. a code the round already has: refused whole, with a reason
          expect(error).toBeInstanceOf(CouncilDbError);
          expect(await snapshot(s.db)).toBe(before);
        }
      }),
      { ...FUZZ, numRuns: Math.min(FUZZ.numRuns, 200) },
    );
  }, 180_000);
});
