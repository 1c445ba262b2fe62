import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  entryFacts,
  importRegisterLines,
  listAudit,
  openCouncilDb,
  verifyAuditChain,
} from '../../../renderer/src/db';
import { readProductTable } from '../../../renderer/src/documents/excel/read-table';
import { buildRegister } from '../../../renderer/src/domain/register/register';
import {
  checkRegisterRows,
  guessRegisterMapping,
  type ImportedRegisterLine,
} from '../../../renderer/src/domain/spreadsheet/register-list';

const HEADERS = [
  'STT',
  'Mã số sản phẩm',
  'Tên sản phẩm',
  'Chủ thể',
  'Xã/phường',
  'Hạng sao',
  'Số quyết định',
  'Ngày quyết định',
  'Số giấy chứng nhận',
];

/** Row i (1-based) of a province's list; every 100th row is broken in one of 20 ways, reported by its row. */
function listRow(i: number): (string | number | Date)[] {
  const code = `72-25${String(i % 1000).padStart(3, '0')}-${String(i).padStart(4, '0')}-2024`;
  const row: (string | number | Date)[] = [
    i,
    code,
    `Sản phẩm số ${i}`,
    `HTX Đồng Tâm ${i}`,
    i % 2 === 0 ? 'Xã Tân Phú' : 'Phường Hòa Thành',
    i % 3 === 0 ? '4 sao' : 3,
    `${100 + (i % 7)}/QĐ-UBND`,
    i % 5 === 0 ? new Date(Date.UTC(2024, 5, 1)) : '01/06/2024',
    `${String(i).padStart(4, '0')}/2024/GCN-OCOP`,
  ];
  if (i % 100 === 0) {
    const breakage = (i / 100) % 5;
    if (breakage === 0) row[5] = '6 sao'; // no such rank
    if (breakage === 1) row[7] = '31/02/2024'; // no such day
    if (breakage === 2) row[2] = ''; // no name
    if (breakage === 3) row[1] = 'mã có dấu cách'; // not a code
    if (breakage === 4) row[7] = '01/06/2099'; // in the future
  }
  return row;
}

async function provinceList(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS);
  for (let i = 1; i <= rows; i += 1) ws.addRow(listRow(i));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const TODAY = '2026-12-03';

describe('an existing register from Excel', () => {
  it('2,000 rows with 20 broken → 1,980 kept in one transaction and one audit event, 20 reported by row', async () => {
    const bytes = await provinceList(2000);
    const started = performance.now();
    const read = await readProductTable(bytes);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    const mapping = guessRegisterMapping(read.table.headers);
    expect(mapping).toEqual({
      code: 1,
      name: 2,
      producer: 3,
      commune: 4,
      stars: 5,
      decisionNumber: 6,
      decisionDate: 7,
      certificateNo: 8,
    });
    const reports = checkRegisterRows(read.table, mapping, { today: TODAY, certificates: new Map() });
    const kept = reports.flatMap((r) => (r.line === null ? [] : [r.line]));
    const db = await openCouncilDb(`register-import-${crypto.randomUUID()}`);
    const summary = await importRegisterLines(db, kept, { fileName: 'so-ocop.xlsx' }, 'secretary');
    const ms = performance.now() - started;
    console.log(`register import: 2,000 rows read, checked and stored in ${ms.toFixed(0)} ms`);

    expect(kept).toHaveLength(1980);
    const bad = reports.filter((r) => r.line === null);
    // the spreadsheet's row numbers: data row i is sheet row i + 1
    expect(bad.map((r) => r.rowNumber)).toEqual(Array.from({ length: 20 }, (_, k) => (k + 1) * 100 + 1));
    expect(bad.map((r) => r.problems[0]?.code)).toEqual(
      Array.from(
        { length: 20 },
        (_, k) => ['invalid-stars', 'invalid-date', 'missing', 'invalid-code', 'future-date'][(k + 1) % 5],
      ),
    );
    expect(summary).toMatchObject({ created: 1980, merged: 0, unchanged: 0 });
    expect(await db.registerEntries.count()).toBe(1980);
    const row5 = (await db.registerEntries.where('code').equals('72-25005-0005-2024').first()) ?? null;
    expect(row5?.recognitions[0]).toMatchObject({
      stars: 3,
      decisionNumber: '105/QĐ-UBND',
      decisionDate: '2024-06-01', // a real date cell
      certificateNo: '0005/2024/GCN-OCOP',
    });
    expect(row5?.producer).toMatchObject({ name: 'HTX Đồng Tâm 5', commune: 'Phường Hòa Thành' });
    const events = (await listAudit(db, 'global')).filter((e) => e.action === 'register.import');
    expect(events).toHaveLength(1);
    expect((await verifyAuditChain(db, 'global')).ok).toBe(true);
    // the register reads them as recognised: 36 months from 01/06/2024, so on 03/12/2026 they are due
    const lines = buildRegister((await db.registerEntries.toArray()).map(entryFacts), [], TODAY);
    expect(lines.filter((l) => l.status === 'due')).toHaveLength(1980);
    expect(ms).toBeLessThan(15_000);
    db.close();
  });

  it('a code already in the register is merged: nothing saved is lost, the same decision twice changes nothing', async () => {
    const db = await openCouncilDb(`register-import-${crypto.randomUUID()}`);
    const line = (over: Partial<ImportedRegisterLine>): ImportedRegisterLine => ({
      code: '72-25001-0001-2024',
      name: 'Mật ong hoa nhãn',
      producerName: 'HTX Đồng Tâm',
      commune: 'Xã Tân Phú',
      stars: 3,
      decisionNumber: '100/QĐ-UBND',
      decisionDate: '2021-06-01',
      certificateNo: '0001/2021/GCN-OCOP',
      ...over,
    });
    await importRegisterLines(db, [line({})], { fileName: 'a.xlsx' }, 'secretary');
    const again = await importRegisterLines(
      db,
      [line({ name: 'Tên khác', producerName: '' }), line({ code: '72-25001-0002-2024', certificateNo: '' })],
      { fileName: 'b.xlsx' },
      'secretary',
    );
    expect(again).toMatchObject({ created: 1, merged: 0, unchanged: 1 });
    const upgraded = await importRegisterLines(
      db,
      [
        line({
          stars: 4,
          decisionNumber: '210/QĐ-UBND',
          decisionDate: '2024-06-01',
          certificateNo: '0007/2024/GCN-OCOP',
        }),
      ],
      { fileName: 'c.xlsx' },
      'secretary',
    );
    expect(upgraded).toMatchObject({ created: 0, merged: 1 });
    const entry = await db.registerEntries.where('code').equals('72-25001-0001-2024').first();
    expect(entry?.name).toBe('Mật ong hoa nhãn');
    expect(entry?.producer.name).toBe('HTX Đồng Tâm');
    expect(entry?.recognitions.map((r) => r.certificateNo)).toEqual([
      '0001/2021/GCN-OCOP',
      '0007/2024/GCN-OCOP',
    ]);
    const [line0] = buildRegister(
      [entry].flatMap((e) => (e === undefined ? [] : [entryFacts(e)])),
      [],
      '2025-01-01',
    );
    expect(line0?.recognitions.map((r) => r.status)).toEqual(['upgraded', 'valid']);
    db.close();
  });

  it('a bad batch writes nothing: a certificate number another product holds aborts the whole import', async () => {
    const db = await openCouncilDb(`register-import-${crypto.randomUUID()}`);
    const base: ImportedRegisterLine = {
      code: 'A-1',
      name: 'Trà xanh',
      producerName: 'HTX A',
      commune: 'Xã A',
      stars: 4,
      decisionNumber: '1/QĐ-UBND',
      decisionDate: '2025-01-02',
      certificateNo: '0001/2025/GCN-OCOP',
    };
    await importRegisterLines(db, [base], { fileName: 'a.xlsx' }, 'secretary');
    const before = await db.registerEntries.toArray();
    await expect(
      importRegisterLines(
        db,
        [
          { ...base, code: 'B-1', certificateNo: '0002/2025/GCN-OCOP' },
          { ...base, code: 'C-1' },
        ],
        { fileName: 'b.xlsx' },
        'secretary',
      ),
    ).rejects.toMatchObject({ name: 'ValidationError', code: 'duplicate' });
    await expect(
      importRegisterLines(
        db,
        [{ ...base, code: 'D-1', decisionDate: '02/01/2025' }],
        { fileName: 'c.xlsx' },
        'secretary',
      ),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await db.registerEntries.toArray()).toEqual(before);
    expect((await listAudit(db, 'global')).filter((e) => e.action === 'register.import')).toHaveLength(1);
    db.close();
  });
});

describe('register rows are checked one by one, in both languages of the file', () => {
  const table = (rows: (string | number | null)[][]) => ({ headers: HEADERS, rows });
  const mapping = guessRegisterMapping(HEADERS);
  const context = {
    today: TODAY,
    certificates: new Map([['0009/2024/GCN-OCOP', 'X-9']]),
  };
  it('names every problem of a row; a good row reads dates, stars and codes the way offices write them', () => {
    const reports = checkRegisterRows(
      table([
        [1, ' 72-25001–0001-2024 ', 'Trà', 'HTX', 'Xã A', '5★', '12/QĐ-UBND', '1.6.2024', ''],
        [2, '72-1', '', '', '', 'hai', '', 'hôm qua', '0009/2024/GCN-OCOP'],
        [3, '72-25001-0001-2024', 'Trà', 'HTX', 'Xã A', 3, '12/QĐ-UBND', 45444, ''],
      ]),
      mapping,
      context,
    );
    expect(reports[0]?.line).toEqual({
      code: '72-25001-0001-2024',
      name: 'Trà',
      producerName: 'HTX',
      commune: 'Xã A',
      stars: 5,
      decisionNumber: '12/QĐ-UBND',
      decisionDate: '2024-06-01',
      certificateNo: '',
    });
    expect(reports[1]?.problems.map((p) => `${p.code}:${p.field}`)).toEqual([
      'missing:name',
      'missing:decisionNumber',
      'invalid-stars:stars',
      'invalid-date:decisionDate',
      'certificate-taken:certificateNo',
    ]);
    // Excel serial 45444 = 01/06/2024; the same code twice in one file is refused on the second row
    expect(reports[2]?.problems.map((p) => p.code)).toEqual(['duplicate-code-in-file']);
    expect(reports[2]?.problems[0]?.params).toEqual({ value: '72-25001-0001-2024', row: 2 });
  });
});
