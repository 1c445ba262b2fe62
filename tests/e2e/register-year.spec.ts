import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectGoodLook } from './helpers/look';
import { dismissToasts, gotoScreen, nav } from './helpers/setup';

/**
 * Issue 12, the register's year: two closed rounds of 2026 (the example round, and a copy held
 * in May under other ids). The register exports to Excel as filtered; an existing register
 * comes in from a CSV with a broken row named; the year's plan adds both rounds up and prints
 * its report; with the clock set ahead, Home's "this month" list shows the filing window and
 * the expiry on time. Screenshots go to OCOP_SCREENSHOTS when set.
 */
const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const ROUND_2 = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';
const ROUND_1 = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 1';
const POMELO = 'Bưởi da xanh Tân Phú';
const shots = process.env.OCOP_SCREENSHOTS;
const dir = mkdtempSync(join(tmpdir(), 'ocop-register-year-'));

/** The example round with every scored product closed; round 1 is the same round held in May under other ids. */
function roundFile(round: 1 | 2): string {
  const file = JSON.parse(readFileSync(example, 'utf8')) as { events: unknown[] };
  const by = '00000000-0000-4000-8000-000000000011';
  for (const n of ['22', '23', '25']) {
    const productId = `00000000-0000-4000-8000-0000000000${n}`;
    file.events.push({ kind: 'unseal', productId, pass: 1, at: '2026-11-27T10:00:00+07:00', by });
    file.events.push({ kind: 'close', productId, at: '2026-11-27T10:05:00+07:00', by });
  }
  let text = JSON.stringify(file);
  if (round === 1)
    text = text
      .replaceAll('00000000-0000-4000-8000-', '11111111-0000-4000-8000-')
      .replaceAll('2026-11-27', '2026-05-12')
      .replaceAll('— đợt 2', '— đợt 1');
  const path = join(dir, `round-${round}.json`);
  writeFileSync(path, text);
  return path;
}

async function importRound(page: Page, path: string, name: string): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${name}` })).toBeVisible();
}

async function openRegister(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Sổ theo dõi sản phẩm OCOP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sổ theo dõi sản phẩm OCOP' })).toBeVisible();
  await dismissToasts(page);
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test('the register year: Excel out and in, the plan across both rounds with its report, Home on time', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-12-03T09:00:00+07:00'));
  await page.goto('/');
  await importRound(page, roundFile(1), ROUND_1);
  await importRound(page, roundFile(2), ROUND_2);
  await openRegister(page);
  await page.getByLabel('Đợt đánh giá').selectOption({ label: ROUND_1 });
  await page.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('01/06/2026');
  await page.getByRole('button', { name: 'Ghi quyết định và cấp số giấy chứng nhận' }).click();
  await expect(page.getByText(/Đã ghi quyết định: 2 sản phẩm/)).toBeVisible();
  await dismissToasts(page);

  // Excel export of the list as filtered: Vietnamese headers, the recognition, dates dd/mm/yyyy
  await page.getByLabel('Tìm sản phẩm (gõ không dấu cũng được)').fill('buoi');
  await expect(page.getByText('Hiển thị 1 / 4 sản phẩm')).toBeVisible();
  const xlsx = await download(page, 'Xuất Excel danh sách đang hiển thị');
  expect(xlsx).toMatch(/Sổ theo dõi OCOP 2026-12-03\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  const bytes = readFileSync(xlsx);
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const ws = wb.worksheets[0];
  expect(ws?.getRow(4).getCell(2).value).toBe('Mã số sản phẩm');
  expect(ws?.getRow(5).getCell(3).value).toBe(POMELO);
  expect(ws?.getRow(5).getCell(11).value).toBe('01/06/2026');
  expect(ws?.getRow(5).getCell(13).value).toBe('01/06/2029');
  expect(ws?.getRow(5).getCell(18).value).toBe(2);
  expect(ws?.rowCount).toBe(5);
  await page.getByLabel('Tìm sản phẩm (gõ không dấu cũng được)').fill('');

  // an existing register from CSV: one broken row named by its row, the valid ones kept
  const csv = join(dir, 'so-ocop-cu.csv');
  writeFileSync(
    csv,
    [
      'Mã số sản phẩm,Tên sản phẩm,Chủ thể,Xã/phường,Hạng sao,Số quyết định,Ngày quyết định,Số giấy chứng nhận',
      '72-25001-001-2022,Nước mắm Phú Quốc,Cơ sở Ba Tèo,Xã Tân Phú,4 sao,88/QĐ-UBND,15/03/2022,0001/2022/GCN-OCOP',
      '72-25001-002-2022,Trà mãng cầu,HTX Hòa Thành,Phường Hòa Thành,7,88/QĐ-UBND,15/03/2022,',
      '72-25001-003-2022,Bánh tráng phơi sương,Hộ Út Hiền,Xã Tân Phú,3,88/QĐ-UBND,15/03/2022,0002/2022/GCN-OCOP',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Nhập sổ từ Excel/CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nhập sổ theo dõi sản phẩm OCOP có sẵn' });
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    dialog.getByRole('button', { name: 'Chọn tệp…' }).click(),
  ]);
  await chooser.setFiles(csv);
  await expect(dialog.getByRole('status').filter({ hasText: /2 dòng hợp lệ/ })).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: 'hạng sao "7" không hợp lệ' })).toContainText('3');
  if (shots) await page.screenshot({ path: join(shots, 'register-import.png') });
  await expectGoodLook(page, 'register import dialog');
  await dialog.getByRole('button', { name: 'Nhập 2 dòng hợp lệ' }).click();
  await expect(page.getByText('Hiển thị 6 / 6 sản phẩm')).toBeVisible();
  await dismissToasts(page);

  // the year's plan adds both rounds up; it survives a reload
  await page.getByRole('link', { name: 'Kế hoạch và kết quả năm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch và kết quả năm 2026' })).toBeVisible();
  await page.getByLabel('Số sản phẩm đánh giá, hỗ trợ').fill('141');
  await page.getByLabel('Tỷ lệ đạt 3 sao trở lên (%)').fill('80');
  await page.getByLabel('Số sản phẩm đề nghị Trung ương đánh giá 5 sao').fill('3');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText('Đã lưu kế hoạch năm 2026.')).toBeVisible();
  await dismissToasts(page);
  await expect(page.getByText(`Các đợt đã cộng: ${ROUND_1}; ${ROUND_2}`)).toBeVisible();
  await expect(page.getByText(/^4 sản phẩm được đánh giá;/)).toBeVisible();
  await expect(page.getByRole('row', { name: /Số sản phẩm đánh giá 4 \/ 141 Chưa đạt/ })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Hạng sao theo nhóm sản phẩm' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Số lượt đánh giá theo tháng' })).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, 'register-year.png'), fullPage: true });
  await expectGoodLook(page, 'year plan');
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByLabel('Số sản phẩm đánh giá, hỗ trợ')).toHaveValue('141');
  await expect(page.getByLabel('Tỷ lệ đạt 3 sao trở lên (%)')).toHaveValue('80');
  const pdf = await download(page, 'In báo cáo năm (PDF)');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2026');
  expect(text).toContain('4 / 141');
  expect(text).toMatch(/72-25000-001-2026\s+Bưởi da xanh Tân/);

  // Home, clock ahead: the filing window in the month it opens, the expiry in its month
  await page.clock.setFixedTime(new Date('2028-12-03T09:00:00+07:00'));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await gotoScreen(page, 'Đợt đánh giá');
  const month = page.getByRole('region', { name: 'Việc cần làm tháng này (12/2028)' });
  await expect(month.getByRole('listitem').filter({ hasText: POMELO })).toContainText(
    'nộp hồ sơ từ 03/12/2028 đến trước 01/02/2029',
  );
  await expect(month.getByRole('listitem').filter({ hasText: ROUND_1 })).toContainText(
    '1 / 5 sản phẩm chưa chốt',
  );
  if (shots) await page.screenshot({ path: join(shots, 'home-this-month.png'), fullPage: true });
  await expectGoodLook(page, 'home this month');
  await page.clock.setFixedTime(new Date('2029-06-10T09:00:00+07:00'));
  await page.reload({ waitUntil: 'domcontentloaded' });
  const june = page.getByRole('region', { name: 'Việc cần làm tháng này (6/2029)' });
  await expect(june.getByRole('listitem').filter({ hasText: POMELO })).toContainText(
    'giấy chứng nhận 0001/2026/GCN-OCOP đã hết hiệu lực ngày 01/06/2029',
  );
  await june.getByRole('link', { name: POMELO }).click();
  await expect(page.getByRole('heading', { level: 1, name: POMELO })).toBeVisible();
});
