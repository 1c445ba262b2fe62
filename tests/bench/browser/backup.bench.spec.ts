import { expect } from '@playwright/test';
import { test } from './fixtures';
import { report, sample } from './measure';

/**
 * Backup + check + restore through Settings (issue 13), 5 rounds × 141 × 9: "Sao lưu ngay"
 * until the download arrives; then "Khôi phục từ tệp…" with the seeded backup → the dialog's
 * check and comparison → "Sao lưu dữ liệu hiện tại rồi khôi phục" (the safety copy and the
 * restore) until the success notice.
 */
test('Settings: back up, then check and restore a 5 × 141 × 9 backup (safety copy included)', async ({
  seeded,
}) => {
  const { page, backupPath } = seeded;
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Sao lưu và khôi phục' })).toBeVisible({
    timeout: 60_000,
  });
  const backups: number[] = [];
  const restores: number[] = [];
  const totals = await sample(
    3,
    async (i) => {
      const started = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.getByRole('button', { name: 'Sao lưu ngay' }).click(),
      ]);
      await download.path();
      const backedUp = Date.now();
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click(),
      ]);
      await chooser.setFiles(backupPath);
      const dialog = page.getByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu' });
      await dialog
        .getByRole('button', { name: 'Sao lưu dữ liệu hiện tại rồi khôi phục' })
        .click({ timeout: 120_000 });
      await expect(dialog).toBeHidden({ timeout: 120_000 });
      await expect(page.getByText(/Đã khôi phục dữ liệu từ bản sao lưu/).last()).toBeVisible({
        timeout: 120_000,
      });
      const done = Date.now();
      if (i >= 0) {
        backups.push(backedUp - started);
        restores.push(done - backedUp);
      }
      return done - started;
    },
    1,
  );
  report('Settings: back up now (5 × 141 × 9) until the download', backups);
  report('Settings: check + restore with safety copy (5 × 141 × 9) until "restored"', restores);
  report('Settings: backup + check + restore (safety copy included), end to end', totals, { targetMs: 3000 });
});
