import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openResults } from './helpers/results';
import { gotoScreen } from './helpers/setup';

/**
 * Issue 13: the results table lays out the rows of the first screen first and adds the rest in
 * idle moments. Every row must still be there for a person: in the page soon after (find in
 * page, a screen reader, the keyboard), and on paper whenever the page is printed.
 */
const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const ROUND = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';
const EXTRA = 40;
const LAST = `Sản phẩm thêm số ${EXTRA}`;
const dir = mkdtempSync(join(tmpdir(), 'ocop-results-long-'));

/** The example round (5 products) with 40 more products not scored yet: 45 rows. */
function longRoundFile(): string {
  const file = JSON.parse(readFileSync(example, 'utf8')) as { products: Record<string, unknown>[] };
  const first = file.products[0] ?? {};
  for (let i = 1; i <= EXTRA; i += 1) {
    file.products.push({
      ...first,
      id: `00000000-0000-4000-8000-${String(900 + i).padStart(12, '0')}`,
      name: `Sản phẩm thêm số ${i}`,
      code: '',
    });
  }
  const path = join(dir, 'long-round.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

async function importLongRound(page: Page): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(longRoundFile());
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${ROUND}` })).toBeVisible();
}

const resultsTable = (page: Page) => page.getByRole('table', { name: 'Kết quả của từng sản phẩm' });

test('all 45 rows of the results table come into the page just after the first screen of them', async ({
  page,
}) => {
  await page.goto('/');
  await importLongRound(page);
  await openResults(page);
  const table = resultsTable(page);
  // Header + 45 products, and the table no longer says it is busy.
  await expect(table.getByRole('row')).toHaveCount(1 + 5 + EXTRA);
  await expect(table).not.toHaveAttribute('aria-busy');
  const last = table.getByRole('link', { name: LAST });
  await last.focus();
  await expect(last).toBeFocused();
});

test('printing the results table prints every row, even those not added to the page yet', async ({
  page,
}) => {
  // No idle moment ever comes: only the rows of the first screen are in the page until printing.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.goto('/');
  await importLongRound(page);
  await openResults(page);
  const table = resultsTable(page);
  await expect(table.getByRole('row')).toHaveCount(1 + 30);
  await expect(table).toHaveAttribute('aria-busy', 'true');
  const pdf = join(dir, 'results.pdf');
  await page.pdf({ path: pdf });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // Names wrap in the printed column ("Sản phẩm" / "thêm số 40"): every product is on paper.
  for (let i = 1; i <= EXTRA; i += 1) expect(text).toMatch(new RegExp(`thêm số ${i}\\b`));
  await expect(table.getByRole('row')).toHaveCount(1 + 5 + EXTRA);
});
