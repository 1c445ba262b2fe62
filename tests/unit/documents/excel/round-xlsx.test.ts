import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadSheetCatalog } from '../../../../renderer/src/domain/criteria/registry';
import { parseRoundFile } from '../../../../renderer/src/domain/round-file/parse';
import { tallyRound } from '../../../../renderer/src/domain/round-file/tally';
import type { RoundFile } from '../../../../renderer/src/domain/round-file/types';
import { scoreSheet } from '../../../../renderer/src/domain/scoring/member-sheet';
import { buildRoundWorkbook, shownAverage } from '../../../../renderer/src/domain/spreadsheet/round-workbook';
import { writeXlsx } from '../../../../renderer/src/documents/excel/write-xlsx';
import { docWords } from '../../../../renderer/src/documents/words';

const RULE_SET = '26/2026/QĐ-TTg';

async function exampleRound(
  rename?: string,
): Promise<{ file: RoundFile; catalog: Awaited<ReturnType<typeof loadSheetCatalog>> }> {
  const data: { products: { name: string }[] } = JSON.parse(
    readFileSync(new URL('../../../fixtures/rounds/example-round.json', import.meta.url), 'utf8'),
  );
  const first = data.products[0];
  if (rename !== undefined && first) first.name = rename;
  const catalog = await loadSheetCatalog([RULE_SET]);
  const parsed = parseRoundFile(data, catalog);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { file: parsed.value, catalog };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('round results to .xlsx', () => {
  it("round trip: every number in the workbook is the engine's", async () => {
    const { file, catalog } = await exampleRound();
    const wb = await readBack(await writeXlsx(buildRoundWorkbook(file, catalog, docWords('vi').t)));
    const tally = tallyRound(file, catalog);
    const decimals = file.round.rules.displayDecimals;
    const summary = wb.getWorksheet('Tổng hợp');
    expect(summary?.getRow(3).getCell(2).value).toBe('Tên sản phẩm');
    tally.products.forEach(({ product, result }, i) => {
      const row = summary?.getRow(4 + i);
      expect(row?.getCell(2).value).toBe(product.name);
      expect(row?.getCell(3).value).toBe(product.code);
      ['A', 'B', 'C'].forEach((part, k) =>
        expect(row?.getCell(6 + k).value ?? null).toBe(shownAverage(result.average?.parts[part], decimals)),
      );
      expect(row?.getCell(9).value ?? null).toBe(shownAverage(result.average?.total, decimals));
      expect(row?.getCell(10).value ?? null).toBe(result.spread);
      expect(row?.getCell(11).value ?? null).toBe(result.stars);
    });
    // product sheets: each member's total per pass is the engine's sheet score
    const bands = catalog.ruleSet(RULE_SET)?.bands ?? [];
    expect(wb.worksheets).toHaveLength(1 + file.products.length);
    let checked = 0;
    file.products.forEach((product, i) => {
      const ws = wb.worksheets[i + 1];
      const sheet = catalog.sheet(RULE_SET, product.sheet);
      if (!ws || !sheet) throw new Error('missing sheet');
      const totalRow = ws.getColumn(1).values.findIndex((v) => v === 'Tổng điểm');
      const scores = file.scores.filter((s) => s.productId === product.id);
      const headers = ws.getRow(3).values;
      for (const s of scores) {
        const member = file.members.find((m) => m.id === s.memberId)?.name ?? '';
        const many = new Set(scores.map((x) => x.pass)).size > 1;
        const col = Array.isArray(headers)
          ? headers.indexOf(many ? `${member} (lần ${s.pass})` : member)
          : -1;
        expect(col).toBeGreaterThan(3);
        expect(ws.getRow(totalRow).getCell(col).value).toBe(scoreSheet(sheet, bands, s).total);
        checked += 1;
      }
    });
    expect(checked).toBe(file.scores.length);
  });

  it('is ready to print: A4 landscape, one page wide, header row repeated; numbers are numbers', async () => {
    const { file, catalog } = await exampleRound();
    const wb = await readBack(await writeXlsx(buildRoundWorkbook(file, catalog, docWords('vi').t)));
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.printTitlesRow).toBe('3:3');
    }
    expect(typeof wb.worksheets[0]?.getRow(4).getCell(9).value).toBe('number');
  });

  it('neutralises formula injection in exported texts', async () => {
    const { file, catalog } = await exampleRound("=cmd|' /C calc'!A0");
    const wb = await readBack(await writeXlsx(buildRoundWorkbook(file, catalog, docWords('vi').t)));
    const cell = wb.worksheets[0]?.getRow(4).getCell(2);
    expect(cell?.value).toBe("'=cmd|' /C calc'!A0");
    expect(cell?.formula).toBeUndefined();
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
  });
});
