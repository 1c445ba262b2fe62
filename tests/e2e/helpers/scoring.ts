import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import { dismissToasts, escapeRegExp as escape } from './setup';

/**
 * Scoring through the UI as a person does it (roles and labels): reusable by every spec that
 * needs sheets filled — by mouse or entirely from the keyboard — recusals and disqualifications.
 * The criteria and options are read from the shipped sheet data, so "best" and "lowest" mean
 * what the official sheet prints.
 */

export type AnswerSpec = number | 'none';
/** 'best' = the highest-points option of every criterion (first case on sheet 26), 'lowest' the lowest. */
export type AnswersSpec = 'best' | 'lowest' | Readonly<Record<string, AnswerSpec>>;

interface SheetOption {
  readonly text: string;
  readonly points: number;
  readonly variant?: string;
}
interface SheetCriterion {
  readonly code: string;
  readonly options: readonly SheetOption[];
}
interface SheetData {
  readonly parts: readonly {
    readonly sections: readonly { readonly criteria: readonly SheetCriterion[] }[];
  }[];
}

const sheetDir = fileURLToPath(
  new URL('../../../renderer/src/domain/criteria/sheets/26-2026/', import.meta.url),
);

/** The shipped sheet's criteria in printed order (26/2026/QĐ-TTg). */
export function sheetCriteria(sheetNo: number): readonly SheetCriterion[] {
  const data: SheetData = JSON.parse(
    readFileSync(`${sheetDir}sheet-${String(sheetNo).padStart(2, '0')}.json`, 'utf8'),
  );
  return data.parts.flatMap((p) => p.sections.flatMap((s) => s.criteria));
}

function pick(criterion: SheetCriterion, which: 'best' | 'lowest'): number {
  const firstCase = criterion.options[0]?.variant;
  let chosen = -1;
  criterion.options.forEach((o, i) => {
    if (o.variant !== firstCase) return;
    const current = criterion.options[chosen];
    if (current === undefined || (which === 'best' ? o.points > current.points : o.points < current.points))
      chosen = i;
  });
  return chosen;
}

/** Criterion code → the answer (option index in the printed list, or "none") the spec asks for. */
export function resolveAnswers(sheetNo: number, answers: AnswersSpec): ReadonlyMap<string, AnswerSpec> {
  const criteria = sheetCriteria(sheetNo);
  if (answers === 'best' || answers === 'lowest')
    return new Map(criteria.map((c) => [c.code, pick(c, answers)]));
  return new Map(
    criteria.filter((c) => answers[c.code] !== undefined).map((c) => [c.code, answers[c.code] ?? 'none']),
  );
}

/** The points the sheet gives those answers (for checking the totals the app shows). */
export function totalOf(sheetNo: number, answers: ReadonlyMap<string, AnswerSpec>): number {
  let total = 0;
  for (const c of sheetCriteria(sheetNo)) {
    const a = answers.get(c.code);
    if (typeof a === 'number') total += c.options[a]?.points ?? 0;
  }
  return total;
}

/** The criterion's fieldset on the form ("6.1. " never matches "6.1.1. "). */
export function criterionGroup(page: Page, code: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^${escape(code)}\\. `) });
}

/** Position (1-based) of the option within its case, i.e. the number printed beside it. */
export function numberInCase(criterion: SheetCriterion, index: number): number {
  const variant = criterion.options[index]?.variant;
  return criterion.options.slice(0, index + 1).filter((o) => o.variant === variant).length;
}

function caseLetter(criterion: SheetCriterion, variant: string): string {
  const cases = [...new Set(criterion.options.flatMap((o) => (o.variant === undefined ? [] : [o.variant])))];
  return 'abcdefghi'[cases.indexOf(variant)] ?? 'a';
}

/** The "Chấm điểm" screen from the main navigation. */
export async function goToScoring(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Chấm điểm' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Chấm điểm/ })).toBeVisible();
  await dismissToasts(page);
}

/** From anywhere in the app: Chấm điểm → the member → the product's sheet. */
export async function openSheet(page: Page, member: string, product: string): Promise<number> {
  await goToScoring(page);
  await page
    .getByRole('navigation', { name: 'Thành viên hội đồng' })
    .getByRole('link', { name: new RegExp(`^${escape(member)}`) })
    .click();
  await page.getByRole('link', { name: `Chấm ${product}` }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Phiếu số \d+/ });
  await expect(heading).toBeVisible();
  // The sheet number as the form prints it ("Phiếu số 13: …").
  return Number(/^Phiếu số (\d+)/.exec((await heading.textContent()) ?? '')?.[1] ?? 0);
}

export interface ScoreSheetOptions {
  readonly member: string;
  readonly product: string;
  /** the product's sheet; read from the form's heading when not given */
  readonly sheetNo?: number;
  readonly answers: AnswersSpec;
  readonly opinion?: string;
  /** default true */
  readonly submit?: boolean;
}

/** Clicks each answer on the sheet form already open (case first on sheet 26); returns the answers given. */
export async function answerOpenSheet(
  page: Page,
  sheetNo: number,
  spec: AnswersSpec,
): Promise<ReadonlyMap<string, AnswerSpec>> {
  const answers = resolveAnswers(sheetNo, spec);
  for (const c of sheetCriteria(sheetNo)) {
    const answer = answers.get(c.code);
    if (answer === undefined) continue;
    const group = criterionGroup(page, c.code);
    const options = group.getByRole('radiogroup', { name: new RegExp(`^${escape(c.code)}\\. `) });
    const variant = answer === 'none' ? undefined : c.options[answer]?.variant;
    if (variant !== undefined)
      await group
        .getByRole('radiogroup', { name: 'Chọn trường hợp' })
        .getByRole('radio', { name: variant })
        .check();
    const radios = options.getByRole('radio');
    if (answer === 'none') await radios.last().check();
    else await radios.nth(numberInCase(c, answer) - 1).check();
  }
  return answers;
}

/** Scores a sheet with the mouse: opens it, clicks each answer (case first on sheet 26), types the opinion, submits. */
export async function scoreSheetViaUi(
  page: Page,
  o: ScoreSheetOptions,
): Promise<ReadonlyMap<string, AnswerSpec>> {
  const shown = await openSheet(page, o.member, o.product);
  const answers = await answerOpenSheet(page, o.sheetNo ?? shown, o.answers);
  await finish(page, o);
  return answers;
}

/** On the sheet form already open (focus on the first unanswered criterion): types each answer. */
export async function keyAnswers(
  page: Page,
  sheetNo: number,
  answers: ReadonlyMap<string, AnswerSpec>,
): Promise<void> {
  const criteria = sheetCriteria(sheetNo);
  const first = criteria.find((c) => answers.has(c.code));
  if (first !== undefined) await expect(criterionGroup(page, first.code)).toBeFocused();
  for (const c of criteria) {
    const answer = answers.get(c.code);
    if (answer === undefined) continue;
    const variant = answer === 'none' ? undefined : c.options[answer]?.variant;
    if (variant !== undefined) await page.keyboard.press(caseLetter(c, variant));
    await page.keyboard.press(answer === 'none' ? '0' : String(numberInCase(c, answer)));
  }
}

/**
 * Scores a sheet from the keyboard only: the form opens on the first unanswered criterion; for
 * each criterion the case letter (sheet 26) then the printed option number (0 = none); after the
 * last answer focus is in the opinion field; Tab reaches "Nộp phiếu", Enter submits.
 */
export async function scoreSheetByKeyboard(
  page: Page,
  o: ScoreSheetOptions,
): Promise<ReadonlyMap<string, AnswerSpec>> {
  const shown = await openSheet(page, o.member, o.product);
  const sheetNo = o.sheetNo ?? shown;
  const answers = resolveAnswers(sheetNo, o.answers);
  const criteria = sheetCriteria(sheetNo);
  await keyAnswers(page, sheetNo, answers);
  const opinion = page.getByRole('textbox', { name: 'Ý kiến của người đánh giá' });
  if (answers.size === criteria.length) await expect(opinion).toBeFocused();
  if (o.opinion !== undefined) await page.keyboard.type(o.opinion);
  if (o.submit ?? true) {
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Nộp phiếu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Phiếu đã nộp lúc/)).toBeVisible();
  }
  return answers;
}

async function finish(page: Page, o: ScoreSheetOptions): Promise<void> {
  if (o.opinion !== undefined)
    await page.getByRole('textbox', { name: 'Ý kiến của người đánh giá' }).fill(o.opinion);
  if (o.submit ?? true) {
    await page.getByRole('button', { name: 'Nộp phiếu' }).click();
    await expect(page.getByText(/^Phiếu đã nộp lúc/)).toBeVisible();
  }
}

/** Chấm điểm → the product's "Miễn đánh giá, loại hồ sơ" link → the "Sản phẩm đang chấm" panel. */
export async function openProductPanel(page: Page, product: string): Promise<void> {
  await goToScoring(page);
  // Said once, in the column heading, not on every row (issue 14).
  await expect(page.getByText('Miễn đánh giá, loại hồ sơ', { exact: true })).toHaveCount(1);
  await page.getByRole('link', { name: `Miễn đánh giá, loại hồ sơ: ${product}`, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`^Sản phẩm đang chấm: ${escape(product)}`) }),
  ).toBeVisible();
}

/** Recuses a member from a product with a written reason. */
export async function recuseViaUi(
  page: Page,
  o: { readonly member: string; readonly product: string; readonly reason: string },
): Promise<void> {
  await openProductPanel(page, o.product);
  await page.getByRole('button', { name: `Miễn đánh giá: ${o.member}` }).click();
  const dialog = page.getByRole('dialog', { name: `Miễn đánh giá: ${o.member}` });
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill(o.reason);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByRole('button', { name: `Bỏ miễn đánh giá: ${o.member}` })).toBeVisible();
}

/**
 * Disqualifies a product: `reason` is either a line of the sheet ({ fromSheet: text or pattern of
 * the "Hồ sơ bị loại khi …" line or knock-out note }) or a written reason.
 */
export async function disqualifyViaUi(
  page: Page,
  o: { readonly product: string; readonly reason: string | { readonly fromSheet: string | RegExp } },
): Promise<void> {
  await openProductPanel(page, o.product);
  await page.getByRole('button', { name: 'Loại sản phẩm' }).click();
  const dialog = page.getByRole('dialog', { name: `Loại sản phẩm: ${o.product}` });
  if (typeof o.reason === 'string') {
    await dialog.getByRole('radio', { name: 'Lý do khác (ghi rõ)' }).check();
    await dialog.getByRole('textbox', { name: 'Lý do khác' }).fill(o.reason);
  } else {
    await dialog.getByRole('radio', { name: o.reason.fromSheet }).first().check();
  }
  await dialog.getByRole('button', { name: 'Loại sản phẩm' }).click();
  await expect(page.getByText(/^Sản phẩm bị loại\. Lý do:/)).toBeVisible();
}

/**
 * After a hub test: a meeting it left open (it failed midway) is closed, so that the next test's
 * hub can open and the next test fails only for its own reasons. Nothing to do when it passed.
 */
export async function closeLeftoverHub(page: Page): Promise<void> {
  const close = page
    .getByRole('region', { name: 'Phiên chấm trên mạng nội bộ' })
    .getByRole('button', { name: 'Đóng phiên chấm' });
  try {
    await goToScoring(page);
    if (await close.isVisible()) await close.click();
  } catch {
    // The page itself is broken: the test already failed, and says why.
  }
}
