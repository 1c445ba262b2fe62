import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dismissToasts, gotoScreen, nav } from './helpers/setup';

/**
 * Issue 12: two closed rounds of one year (the example round, and a copy of it held in May
 * under other ids) imported through the Rounds screen. The register shows both evaluations of
 * the re-evaluated pomelo; one decision numbers the first round's certificates without gaps;
 * with the clock set ahead (Playwright fakes the page's Date) the product falls due for
 * re-evaluation when its filing window opens and expires on the day; a revocation survives a
 * reload.
 */
const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const ROUND_2 = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';
const ROUND_1 = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 1';
const POMELO = 'Bưởi da xanh Tân Phú';
const COFFEE = 'Cà phê rang xay Hòa Bình';
const shots = process.env.OCOP_SCREENSHOTS;

/**
 * The example round with every scored product unsealed and closed (the fixture closes only the
 * pomelo), written to a temporary file; round 1 is the same round held in May under other ids.
 */
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
  const path = join(tmpdir(), `register-round-${round}-${Date.now()}.json`);
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

function lineOf(page: Page, product: string) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: product }) });
}

test('two rounds in a year: both evaluations on one line, one decision numbers the certificates, the clock set ahead shows due and expired', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-12-03T09:00:00+07:00'));
  await page.goto('/');
  await importRound(page, roundFile(1), ROUND_1);
  await importRound(page, roundFile(2), ROUND_2);

  await openRegister(page);
  // 4 closed products (the 5th was disqualified, never closed), each evaluated in both rounds: 4 lines
  await expect(page.getByText('Hiển thị 4 / 4 sản phẩm')).toBeVisible();
  await page.getByLabel('Tìm sản phẩm (gõ không dấu cũng được)').fill('buoi da xanh');
  await expect(page.getByText('Hiển thị 1 / 4 sản phẩm')).toBeVisible();
  await expect(lineOf(page, POMELO)).toContainText('Chưa công nhận');
  await expect(lineOf(page, POMELO).getByRole('cell').last()).toHaveText('2');
  await page.getByLabel('Tìm sản phẩm (gõ không dấu cũng được)').fill('');

  // one decision for the first round's list: certificates 0001 and 0002 of 2026
  await page.getByLabel('Đợt đánh giá').selectOption({ label: ROUND_1 });
  await page.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('01/06/2026');
  await page.getByRole('button', { name: 'Ghi quyết định và cấp số giấy chứng nhận' }).click();
  await expect(
    page.getByText(
      'Đã ghi quyết định: 2 sản phẩm được công nhận, giấy chứng nhận số 0001/2026/GCN-OCOP – 0002/2026/GCN-OCOP.',
    ),
  ).toBeVisible();
  await dismissToasts(page);
  await page.getByLabel('Tình trạng').selectOption({ label: 'Còn hiệu lực' });
  await expect(page.getByText('Hiển thị 2 / 4 sản phẩm')).toBeVisible();
  await expect(lineOf(page, POMELO)).toContainText('01/06/2029');
  if (shots) await page.screenshot({ path: join(shots, 'register-list.png'), fullPage: true });

  // revoke the coffee's recognition with a reason; it survives a reload
  await lineOf(page, COFFEE).getByRole('link', { name: COFFEE }).click();
  await page.getByRole('button', { name: 'Thu hồi' }).click();
  const dialog = page.getByRole('dialog', { name: /Thu hồi công nhận/ });
  await expect(dialog.getByRole('button', { name: 'Thu hồi công nhận' })).toBeDisabled();
  await dialog.getByLabel('Lý do thu hồi (bắt buộc)').fill('Vi phạm quy định ghi nhãn');
  await dialog.getByRole('button', { name: 'Thu hồi công nhận' }).click();
  await expect(page.getByText('Lý do thu hồi: Vi phạm quy định ghi nhãn')).toBeVisible();
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('table').nth(1)).toContainText('Đã thu hồi');
  await expect(page.getByText('Lý do thu hồi: Vi phạm quy định ghi nhãn')).toBeVisible();
  await page.getByRole('link', { name: '← Quay lại sổ' }).click();
  await page.getByLabel('Tình trạng').selectOption({ label: 'Tất cả' });
  await lineOf(page, POMELO).getByRole('link', { name: POMELO }).click();
  await expect(page.getByRole('heading', { level: 1, name: POMELO })).toBeVisible();
  const history = page.getByRole('table').first();
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText(ROUND_1);
  await expect(history).toContainText(ROUND_2);
  await expect(history).toContainText('12/05/2026');
  await expect(history).toContainText('27/11/2026');
  const recognitions = page.getByRole('table').nth(1);
  await expect(recognitions).toContainText('0001/2026/GCN-OCOP');
  await expect(recognitions).toContainText('Còn hiệu lực');
  await expect(recognitions).toContainText('từ 03/12/2028 đến trước 01/02/2029');
  if (shots) await page.screenshot({ path: join(shots, 'register-product.png'), fullPage: true });

  // the day before the filing window opens: still valid; the day it opens: due
  await page.clock.setFixedTime(new Date('2028-12-02T09:00:00+07:00'));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('table').nth(1)).toContainText('Còn hiệu lực');
  await page.clock.setFixedTime(new Date('2028-12-03T09:00:00+07:00'));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('table').nth(1)).toContainText('Đến hạn đánh giá lại');
  await page.clock.setFixedTime(new Date('2029-06-01T09:00:00+07:00'));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('table').nth(1)).toContainText('Hết hiệu lực');
});
