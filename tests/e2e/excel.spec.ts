import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { createRoundViaUi, dismissToasts, gotoScreen } from './helpers/setup';
import { expectGoodLook } from './helpers/look';

const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

/** The engine's numbers, from the auditor's command (the same domain code; Playwright cannot load the sheets' JSON modules). */
function engineTally(): {
  products: { id: string; average: { total: number } | null; spread: number | null; stars: number | null }[];
} {
  return JSON.parse(
    execFileSync('npx', ['tsx', 'renderer/src/cli/ocop.ts', 'tally', example], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
}

/** Rounded DOWN to 2 decimals, as the app shows averages. */
const shown = (value: number): number => Math.floor(value * 100 + 1e-9) / 100;

const ROUND = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';

async function openExcelSection(page: Page): Promise<void> {
  await gotoScreen(page, 'Cài đặt');
  await dismissToasts(page);
  await expect(page.getByRole('heading', { name: 'Excel của đợt hiện tại' })).toBeVisible();
  await expectGoodLook(page, 'settings: the Excel section');
}

test("Xuất Excel: the workbook read back holds the engine's numbers for every unsealed product", async ({
  page,
}) => {
  await page.goto('/');
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(example);
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${ROUND}` })).toBeVisible();

  await openExcelSection(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Xuất Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Kết quả - .+\.xlsx$/);
  const path = join(tmpdir(), `results-${Date.now()}.xlsx`);
  await download.saveAs(path);

  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(path);
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const file: {
    products: { id: string; name: string }[];
    scores: { productId: string; pass: number }[];
    events: { kind: string; productId: string; pass?: number }[];
  } = JSON.parse(readFileSync(example, 'utf8'));
  const unsealed = new Set(
    file.events.filter((e) => e.kind === 'unseal').map((e) => `${e.productId}/${e.pass}`),
  );
  const report = engineTally();
  const summary = wb.getWorksheet('Tổng hợp');
  expect(summary?.getRow(1).getCell(1).value).toBe(ROUND);
  let compared = 0;
  file.products.forEach((product, i) => {
    const row = summary?.getRow(4 + i);
    expect(row?.getCell(2).value).toBe(product.name);
    const passes = file.scores
      .filter((s) => s.productId === product.id)
      .map((s) => `${s.productId}/${s.pass}`);
    if (passes.length === 0 || passes.some((p) => !unsealed.has(p))) {
      // sealed scores never leave the app: no average in the workbook
      if (!passes.some((p) => unsealed.has(p))) expect(row?.getCell(9).value ?? null).toBeNull();
      return;
    }
    const engine = report.products.find((p) => p.id === product.id);
    expect(row?.getCell(9).value).toBe(
      engine?.average === null || engine === undefined ? null : shown(engine.average.total),
    );
    expect(row?.getCell(10).value ?? null).toBe(engine?.spread ?? null);
    expect(row?.getCell(11).value ?? null).toBe(engine?.stars ?? null);
    compared += 1;
  });
  expect(compared).toBeGreaterThan(0);
  expect(wb.worksheets).toHaveLength(1 + file.products.length);
});

test('Nhập danh sách sản phẩm: columns guessed, problems row by row, only the valid rows imported on confirmation', async ({
  page,
}) => {
  await page.goto('/');
  await createRoundViaUi(page, {
    name: 'Đợt nhập Excel',
    province: 'Tây Ninh',
    meetingDates: ['2026-12-05'],
  });
  const csv = [
    'STT;Tên sản phẩm;Mã sản phẩm;Nhóm sản phẩm;Chủ thể;Địa chỉ;Điện thoại;Xã;Loại đánh giá',
    '1;Cà phê bột Đắk Mil;72-25000-001-2026;13;HTX Cà phê;Ấp 1;0912 000 001;Xã Tân Hòa;Lần đầu',
    '2;"<script>alert(1)</script> Mật ong";;Bộ 1;=cmd|calc;;;;Nâng hạng',
    '3;Rau muống;72-2500-1-26;1;HTX Rau;;;;',
    '4;Trà xanh;72-25000-001-2026;Bánh kẹo;HTX Trà;;;;',
  ].join('\r\n');
  const path = join(tmpdir(), `ds-${Date.now()}.csv`);
  writeFileSync(path, `\uFEFF${csv}`, 'utf8');

  await openExcelSection(page);
  await page.getByRole('button', { name: 'Nhập danh sách sản phẩm từ Excel/CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách sản phẩm' });
  await expect(dialog.getByRole('button', { name: 'Chọn tệp…' })).toBeVisible();
  await page.screenshot({ path: '/tmp/excel-import-empty.png' });
  await expectGoodLook(page, 'excel import dialog: no file yet');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Chọn tệp…' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(dialog.getByLabel('Tên sản phẩm')).toHaveValue('1');
  await expect(dialog.getByLabel('Bộ tiêu chí')).toHaveValue('3');
  await expect(dialog.getByRole('status')).toHaveText(
    '2 dòng hợp lệ sẽ được nhập; 2 dòng có lỗi sẽ bị bỏ qua.',
  );
  await expect(dialog.getByRole('row', { name: /^4 / })).toContainText('mã số "72-2500-1-26" không hợp lệ');
  await expect(dialog.getByRole('row', { name: /^5 / })).toContainText('không có bộ tiêu chí "Bánh kẹo"');
  await expect(dialog.getByRole('row', { name: /^5 / })).toContainText('trùng với dòng 2');
  await page.screenshot({ path: '/tmp/excel-import.png' });
  await expectGoodLook(page, 'excel import dialog: columns guessed, problems row by row');
  await dialog.getByRole('button', { name: 'Nhập 2 sản phẩm hợp lệ' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Đã nhập 2 sản phẩm từ/)).toBeVisible();

  await gotoScreen(page, 'Sản phẩm');
  const list = page.getByRole('table', { name: 'Danh sách sản phẩm của đợt' });
  await expect(list.getByRole('rowheader')).toHaveText([
    'Cà phê bột Đắk Mil',
    '<script>alert(1)</script> Mật ong',
  ]);
});
