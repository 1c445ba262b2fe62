import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { resolveAnswers, type AnswerSpec } from './scoring';
import { dismissToasts, nav } from './setup';

/**
 * The results screens as a secretary uses them (roles and labels): the progress board, a
 * product's sealed view, unsealing, re-scoring, closing (also by the chair with a reason),
 * and answer sets with a known total for the spread scenarios.
 */

interface RawOption {
  readonly points: number;
  readonly minForStars?: unknown;
  readonly variant?: string;
  readonly implied?: unknown;
}
interface RawCriterion {
  readonly code: string;
  readonly options: readonly RawOption[];
}
interface RawSheet {
  readonly parts: readonly { readonly sections: readonly { readonly criteria: readonly RawCriterion[] }[] }[];
}

const sheetDir = fileURLToPath(
  new URL('../../../renderer/src/domain/criteria/sheets/26-2026/', import.meta.url),
);

function rawCriteria(sheetNo: number): readonly RawCriterion[] {
  const data: RawSheet = JSON.parse(
    readFileSync(`${sheetDir}sheet-${String(sheetNo).padStart(2, '0')}.json`, 'utf8'),
  );
  return data.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
}

/**
 * The best answers with the total lowered by exactly `by` points on criteria that carry no
 * star mark (so the star minimums stay met and only the average moves).
 */
export function bestLoweredBy(sheetNo: number, by: number): Record<string, AnswerSpec> {
  const answers: Record<string, AnswerSpec> = Object.fromEntries(resolveAnswers(sheetNo, 'best'));
  let left = by;
  for (const c of rawCriteria(sheetNo)) {
    if (left === 0) break;
    const marked = c.options.some(
      (o) => o.minForStars !== undefined || o.variant !== undefined || o.implied !== undefined,
    );
    const current = answers[c.code];
    if (marked || typeof current !== 'number') continue;
    const now = c.options[current]?.points ?? 0;
    let choice = current;
    c.options.forEach((o, i) => {
      const drop = now - o.points;
      if (drop > 0 && drop <= left && drop > now - (c.options[choice]?.points ?? now)) choice = i;
    });
    left -= now - (c.options[choice]?.points ?? now);
    answers[c.code] = choice;
  }
  if (left !== 0) throw new Error(`sheet ${sheetNo} cannot be lowered by ${by} on unmarked criteria`);
  return answers;
}

export async function openResults(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Kết quả' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kết quả đánh giá' })).toBeVisible();
  await dismissToasts(page);
}

export async function openBoard(page: Page): Promise<void> {
  await openResults(page);
  await page.getByRole('link', { name: 'Bảng tiến độ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng tiến độ chấm điểm' })).toBeVisible();
}

/** Results → the product's own page (by its name in the table). */
export async function openProductResult(page: Page, product: string): Promise<void> {
  await openResults(page);
  await page
    .getByRole('table', { name: 'Kết quả của từng sản phẩm' })
    .getByRole('link', { name: product, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: product })).toBeVisible();
}

async function confirm(page: Page, title: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden();
}

export async function unsealViaUi(page: Page, product: string): Promise<void> {
  await openProductResult(page, product);
  await page.getByRole('button', { name: 'Mở niêm phong' }).click();
  await confirm(page, 'Mở niêm phong?', 'Mở niêm phong');
  await expect(page.getByRole('table', { name: 'Điểm của từng thành viên' })).toBeVisible();
}

/** On the product's page: opens the next pass (members then revise in Chấm điểm). */
export async function startRescoringViaUi(page: Page, product: string, pass: number): Promise<void> {
  await openProductResult(page, product);
  await page.getByRole('button', { name: `Chấm lại (lần ${pass})` }).click();
  await confirm(page, 'Tổ chức chấm lại?', `Chấm lại (lần ${pass})`);
  await expect(page.getByText(`Đang ở lần chấm ${pass} (chấm lại)`)).toBeVisible();
}

export async function closeProductViaUi(page: Page, product: string): Promise<void> {
  await openProductResult(page, product);
  await page.getByRole('button', { name: 'Chốt kết quả' }).click();
  await confirm(page, 'Chốt kết quả?', 'Chốt kết quả');
  await expect(page.getByText(/^Đã chốt kết quả lúc/)).toBeVisible();
}

/** The chair closes with the spread above the limit: the written reason is required. */
export async function chairCloseViaUi(page: Page, product: string, reason: string): Promise<void> {
  await openProductResult(page, product);
  await page.getByRole('button', { name: 'Chủ tịch chốt kèm lý do…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Chủ tịch chốt khi chênh lệch vượt giới hạn' });
  await dialog.getByRole('textbox', { name: 'Lý do của Chủ tịch' }).fill(reason);
  await dialog.getByRole('button', { name: 'Chốt kết quả' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Đã chốt kết quả lúc/)).toBeVisible();
}
