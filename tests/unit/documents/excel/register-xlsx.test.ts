import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  buildRegister,
  filterRegister,
  type RegisterEntryFacts,
  type RegisterEvaluation,
} from '../../../../renderer/src/domain/register/register';
import {
  REGISTER_COLUMNS,
  REGISTER_HEADER_ROW,
  buildRegisterWorkbook,
} from '../../../../renderer/src/domain/spreadsheet/register-workbook';
import { writeXlsx } from '../../../../renderer/src/documents/excel/write-xlsx';
import { docWords } from '../../../../renderer/src/documents/words';

function evaluation(over: Partial<RegisterEvaluation> & { productId: string }): RegisterEvaluation {
  return {
    roundId: 'r1',
    roundName: 'Đợt 1 năm 2026',
    level: 'province',
    date: '2026-05-12',
    code: '',
    name: 'Mật ong hoa nhãn',
    producerName: 'HTX Đồng Tâm',
    commune: 'Xã Hòa Bình',
    sheetNo: 4,
    average: 75.4567,
    stars: 4,
    outcome: 'recognise',
    ...over,
  };
}

const entry: RegisterEntryFacts = {
  id: 'e1',
  code: 'TN-2026-0001',
  name: 'Bưởi da xanh Tân Phú',
  producerName: 'Hộ kinh doanh Nguyễn Văn Ấn',
  commune: 'Xã Tân Phú',
  sheetNo: 1,
  productIds: ['p1', 'p2'],
  recognitions: [
    {
      id: 'c1',
      stars: 4,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2026-06-01',
      certificateNo: '0001/2026/GCN-OCOP',
    },
  ],
};

const lines = buildRegister(
  [entry],
  [
    evaluation({
      productId: 'p1',
      code: 'TN-2026-0001',
      name: entry.name,
      commune: 'Xã Tân Phú',
      sheetNo: 1,
    }),
    evaluation({
      productId: 'p2',
      roundName: 'Đợt 2 năm 2026',
      date: '2026-11-27',
      code: 'TN-2026-0001',
      name: entry.name,
      average: 89.999,
      stars: 4,
    }),
    evaluation({
      productId: 'p3',
      name: '=HYPERLINK("x")',
      average: null,
      stars: null,
      outcome: 'disqualified',
    }),
  ],
  '2026-12-03',
);

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const ws = wb.worksheets[0];
  if (ws === undefined) throw new Error('no sheet');
  return ws;
}

const col = (c: (typeof REGISTER_COLUMNS)[number]): number => REGISTER_COLUMNS.indexOf(c) + 1;

describe('the register to .xlsx', () => {
  it('Vietnamese headers, one row per product with its recognition and latest evaluation, dates dd/mm/yyyy', async () => {
    const ws = await readBack(
      await writeXlsx(
        buildRegisterWorkbook(
          { lines, total: lines.length, today: '2026-12-03', filterText: '' },
          docWords('vi').t,
        ),
      ),
    );
    expect(ws.name).toBe('Sổ theo dõi');
    expect(ws.getRow(1).getCell(1).value).toBe('Sổ theo dõi sản phẩm OCOP');
    expect(ws.getRow(2).getCell(1).value).toBe('Tình trạng tính đến ngày 03/12/2026; 2 / 2 sản phẩm');
    const header = ws.getRow(REGISTER_HEADER_ROW);
    expect(header.getCell(col('code')).value).toBe('Mã số sản phẩm');
    expect(header.getCell(col('decisionDate')).value).toBe('Ngày quyết định');
    expect(header.getCell(col('certificateNo')).value).toBe('Số giấy chứng nhận');
    // sorted by name (vi): "=HYPERLINK…" first, then "Bưởi…"
    const pomelo = ws.getRow(REGISTER_HEADER_ROW + 2);
    expect(pomelo.getCell(col('name')).value).toBe('Bưởi da xanh Tân Phú');
    expect(pomelo.getCell(col('code')).value).toBe('TN-2026-0001');
    expect(pomelo.getCell(col('group')).value).toBe('Thực phẩm');
    expect(pomelo.getCell(col('stars')).value).toBe(4);
    expect(pomelo.getCell(col('status')).value).toBe('Còn hiệu lực');
    expect(pomelo.getCell(col('decisionNumber')).value).toBe('125/QĐ-UBND');
    expect(pomelo.getCell(col('decisionDate')).value).toBe('01/06/2026');
    expect(pomelo.getCell(col('certificateNo')).value).toBe('0001/2026/GCN-OCOP');
    expect(pomelo.getCell(col('expiry')).value).toBe('01/06/2029');
    expect(pomelo.getCell(col('lastRound')).value).toBe('Đợt 2 năm 2026');
    expect(pomelo.getCell(col('lastDate')).value).toBe('27/11/2026');
    // rounded down, as the app shows averages: 89.999 never reads 90.00
    expect(pomelo.getCell(col('lastAverage')).value).toBe(89.99);
    expect(pomelo.getCell(col('evaluations')).value).toBe(2);
    // a name that looks like a formula stays text; nothing is a formula
    const formulaLike = ws.getRow(REGISTER_HEADER_ROW + 1);
    expect(formulaLike.getCell(col('name')).value).toBe(`'=HYPERLINK("x")`);
    expect(formulaLike.getCell(col('status')).value).toBe('Chưa công nhận');
    expect(formulaLike.getCell(col('lastAverage')).value ?? null).toBeNull();
    expect(ws.rowCount).toBe(REGISTER_HEADER_ROW + 2);
  });

  it('exports only the filtered lines and says which filter', async () => {
    const shown = filterRegister(lines, { query: 'buoi' });
    const ws = await readBack(
      await writeXlsx(
        buildRegisterWorkbook(
          { lines: shown, total: lines.length, today: '2026-12-03', filterText: 'Tìm: buoi' },
          docWords('en').t,
        ),
      ),
    );
    expect(ws.getRow(2).getCell(1).value).toBe('Status as of 03/12/2026; 1 of 2 products');
    expect(ws.getRow(3).getCell(1).value).toBe('Tìm: buoi');
    expect(ws.getRow(REGISTER_HEADER_ROW).getCell(col('code')).value).toBe('Product code');
    expect(ws.rowCount).toBe(REGISTER_HEADER_ROW + 1);
  });
});
