import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dismissToasts, gotoScreen } from './helpers/setup';
import { openResults } from './helpers/results';
import { expectGoodLook } from './helpers/look';

/**
 * Issue 6: a round is built (imported through the Rounds screen), backed up from Settings,
 * deleted, and restored: the results table is identical. A damaged backup is refused with the
 * reason and changes nothing.
 */
const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const ROUND = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';

async function importRoundViaUi(page: Page, path: string): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(path);
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${ROUND}` })).toBeVisible();
}

async function resultsTable(page: Page): Promise<string> {
  await openResults(page);
  const table = page.getByRole('table', { name: 'Kết quả của từng sản phẩm' });
  await expect(table.getByRole('row')).not.toHaveCount(0);
  return table.innerText();
}

async function restoreFromFile(page: Page, path: string): Promise<void> {
  await gotoScreen(page, 'Cài đặt');
  await dismissToasts(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click(),
  ]);
  await chooser.setFiles(path);
}

test('back up, delete the round, restore it: the same results; a damaged backup changes nothing and says why', async ({
  page,
}) => {
  await page.goto('/');
  await importRoundViaUi(page, example);
  const before = await resultsTable(page);
  expect(before).toContain('Bưởi');

  // Back up now: a download with a dated Vietnamese name.
  await gotoScreen(page, 'Cài đặt');
  await expect(page.getByRole('heading', { level: 2, name: 'Sao lưu và khôi phục' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sao lưu ngay' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Sao lưu Hội đồng OCOP \d{4}-\d{2}-\d{2} \d{2}-\d{2}\.json$/);
  const backupPath = join(tmpdir(), `backup-${Date.now()}.json`);
  await download.saveAs(backupPath);
  expect(JSON.parse(readFileSync(backupPath, 'utf8'))).toMatchObject({
    format: 'ocop-council/backup',
    version: 1,
  });

  // Delete the round (its name typed again); an automatic backup is written first.
  await dismissToasts(page);
  await page.getByRole('button', { name: `Xóa đợt "${ROUND}"…` }).click();
  const confirmDelete = page.getByRole('dialog', { name: 'Xóa đợt đánh giá hiện tại' });
  await confirmDelete.getByLabel(/Gõ lại tên đợt/).fill(ROUND);
  await confirmDelete.getByRole('button', { name: 'Sao lưu rồi xóa đợt' }).click();
  await expect(confirmDelete).toBeHidden();
  await expect(page.getByText(`Đã xóa đợt "${ROUND}"`)).toBeVisible();
  await gotoScreen(page, 'Đợt đánh giá');
  await expect(page.getByRole('button', { name: `Mở ${ROUND}` })).toHaveCount(0);

  // Restore: the preview says what comes back, then a safety backup, then the data.
  await restoreFromFile(page, backupPath);
  const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu' });
  await expect(dialog.getByRole('row', { name: new RegExp(ROUND) })).toContainText('Thêm vào');
  await dialog.getByRole('button', { name: 'Sao lưu dữ liệu hiện tại rồi khôi phục' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/Đã khôi phục dữ liệu từ bản sao lưu/)).toBeVisible();
  // The automatic backups made before deleting and before restoring are listed.
  const autos = page.getByRole('table', { name: 'Bản sao lưu tự động' });
  await expect(autos).toContainText('Trước khi xóa đợt');
  await expect(autos).toContainText('Trước khi khôi phục');

  await gotoScreen(page, 'Đợt đánh giá');
  await page.getByRole('button', { name: `Mở ${ROUND}` }).click();
  expect(await resultsTable(page)).toBe(before);

  // A damaged backup (one score changed, checksum unchanged): refused, with the reason; nothing changes.
  const damaged = join(tmpdir(), `damaged-${Date.now()}.json`);
  writeFileSync(
    damaged,
    readFileSync(backupPath, 'utf8').replace(
      /"answers":\{"([^"]+)":(\d)/,
      (_m, code: string, n: string) => `"answers":{"${code}":${(Number(n) + 1) % 3}`,
    ),
  );
  await restoreFromFile(page, damaged);
  await expect(dialog.getByRole('alert')).toContainText('Dữ liệu hiện tại không thay đổi');
  await expect(dialog.getByRole('alert')).toContainText('mã kiểm tra SHA-256 không khớp');
  await expect(dialog.getByRole('button', { name: 'Sao lưu dữ liệu hiện tại rồi khôi phục' })).toHaveCount(0);
  await expectGoodLook(page, 'backup-refused');
  await page.screenshot({ path: '/tmp/backup-refused.png' });
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // And a file that is not a backup at all.
  await restoreFromFile(page, example);
  await expect(dialog.getByRole('alert')).toContainText('Đây là tệp đợt đánh giá, không phải bản sao lưu');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  expect(await resultsTable(page)).toBe(before);
});

test('audit trail: an event edited behind the app\'s back is named by "Kiểm tra tính toàn vẹn"', async ({
  page,
}) => {
  await page.goto('/');
  await importRoundViaUi(page, example);
  await gotoScreen(page, 'Cài đặt');
  await dismissToasts(page);
  await page
    .getByRole('button', { name: 'Nhật ký thay đổi và kiểm tra tính toàn vẹn của đợt hiện tại' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Nhật ký thay đổi' });
  await dialog.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(dialog.getByRole('status')).toContainText('Toàn vẹn: 1 sự kiện');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // Someone edits the stored import event directly in IndexedDB (not through the app).
  await page.evaluate(async () => {
    const open = indexedDB.open('ocop-council');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('audit', 'readwrite');
    const store = tx.objectStore('audit');
    const all = await new Promise<{ action: string; after: { round: { name: string } } }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const event = all.find((e) => e.action === 'round.import');
    if (event === undefined) throw new Error('no import event');
    event.after.round.name = 'Đợt đã bị sửa';
    store.put(event);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });

  await page
    .getByRole('button', { name: 'Nhật ký thay đổi và kiểm tra tính toàn vẹn của đợt hiện tại' })
    .click();
  await dialog.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Nhật ký bị đứt tại sự kiện số 1 (Nhập tệp đợt đánh giá',
  );
  await expect(dialog.getByRole('alert')).toContainText('nội dung sự kiện đã bị sửa sau khi ghi');
  await expect(dialog.getByRole('row', { name: 'Sự kiện bị đứt' })).toContainText('Nhập tệp đợt đánh giá');
  await expectGoodLook(page, 'audit-broken');
  await page.screenshot({ path: '/tmp/audit-broken.png' });
});
