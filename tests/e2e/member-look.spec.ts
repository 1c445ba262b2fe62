import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { expectGoodLook } from './helpers/look';
import { randomTestPort } from './playwright.config';
import { startRescoringViaUi, unsealViaUi } from './helpers/results';
import {
  closeLeftoverHub,
  goToScoring,
  resolveAnswers,
  scoreSheetViaUi,
  sheetCriteria,
} from './helpers/scoring';
import {
  addMemberViaUi,
  addProductViaUi,
  createRoundViaUi,
  escapeRegExp,
  gotoScreen,
  setAttendanceViaUi,
  startScoringViaUi,
} from './helpers/setup';

/**
 * Issue 9, the member's page as a person sees it, on a phone (360×740) and on a laptop
 * (1366×768): the join screen, the day's list, a sheet half scored, a re-score pass. Each is checked with the
 * look helpers (axe serious/critical incl. contrast, no sideways scroll, nothing clipped) at
 * both sizes and photographed (test-results/member-*.png).
 *
 * And "waiting for attendance" (OCOP-RULES §4 item 7): a member who joins before the secretary
 * has marked every member of the day sees a calm notice (a status, not an error) and closed
 * products; once the secretary marks the last member, the products open on the device by
 * themselves, without a reload.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const hubPort = randomTestPort();
const hubUrl = `http://127.0.0.1:${hubPort}/`;
const day = '2026-12-07';

test.afterEach(async ({ page }) => closeLeftoverHub(page));
const PHONE = { width: 360, height: 740 } as const;
const LAPTOP = { width: 1366, height: 768 } as const;
const BOTH = [PHONE, LAPTOP] as const;

const member = 'Nguyễn Thị Phương Thảo';
const late = 'Trần Văn Bình';
const product = {
  name: 'Cá cảnh Koi Nhật Bản thuần chủng',
  sheetNo: 25,
  sheetSearch: 'dong vat canh',
  producerName: 'Hợp tác xã Nuôi trồng thuỷ sản và cá cảnh Điện Bàn',
  kind: 'first',
} as const;

const shot = (name: string) => join(root, 'test-results', `member-${name}.png`);

/** A screenshot at each size, then the look checks at both. */
async function look(page: Page, name: string, where: string): Promise<void> {
  for (const size of BOTH) {
    await page.setViewportSize(size);
    await page.screenshot({ path: shot(`${name}-${size.width}`) });
  }
  await expectGoodLook(page, where, 'content', BOTH);
  await page.setViewportSize(PHONE);
}

test('the member page on a phone and a laptop; waiting for attendance turns into open products without a reload', async ({
  page,
  browser,
}) => {
  test.setTimeout(5 * 60_000);
  await page.goto('/');
  await createRoundViaUi(page, {
    name: 'Phiên chấm trên điện thoại',
    province: 'Quảng Nam',
    meetingDates: [day],
  });
  await addMemberViaUi(page, { fullName: member, role: 'chair' });
  await addMemberViaUi(page, { fullName: late, role: 'member' });
  // Only the first member is marked: the day's attendance is not confirmed yet.
  await setAttendanceViaUi(page, { fullName: member, date: day, present: true });
  await addProductViaUi(page, product);
  await startScoringViaUi(page);
  await goToScoring(page);

  const panel = page.getByRole('region', { name: 'Phiên chấm trên mạng nội bộ' });
  await panel.getByRole('combobox', { name: 'Địa chỉ mạng của máy này' }).selectOption('127.0.0.1');
  await panel.getByRole('textbox', { name: 'Cổng' }).fill(String(hubPort));
  await panel.getByRole('button', { name: 'Mở phiên chấm trên mạng nội bộ' }).click();
  await expect(panel.getByText(hubUrl)).toBeVisible();
  const code =
    (
      await panel
        .getByRole('table', { name: 'Thành viên và thiết bị' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: member }) })
        .locator('td')
        .first()
        .innerText()
    ).split(' ')[0] ?? '';

  const context = await browser.newContext({
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: PHONE,
    hasTouch: true,
  });
  const phone = await context.newPage();
  await phone.goto(hubUrl);
  await expect(phone.getByRole('heading', { level: 1, name: 'Tham gia phiên chấm' })).toBeVisible();
  await look(phone, 'join', 'member page: the join screen');

  await phone.getByRole('textbox', { name: 'Mã tham gia' }).fill(code);
  await phone.getByRole('button', { name: 'Tham gia' }).click();
  await expect(
    phone.getByRole('heading', { level: 1, name: new RegExp(`^${escapeRegExp(member)}`) }),
  ).toBeVisible({ timeout: 60_000 });

  // Joined before attendance is confirmed: a notice (a status, not an alert), the product closed.
  const waiting = phone.getByRole('status').filter({ hasText: 'chưa xác nhận điểm danh' });
  await expect(waiting).toBeVisible();
  await expect(phone.getByRole('alert')).toHaveCount(0);
  const item = phone.getByRole('link', { name: new RegExp(`^${escapeRegExp(product.name)}`) });
  await expect(item).toContainText('đã khoá');
  await look(phone, 'waiting', 'member page: waiting for attendance');

  // The secretary marks the last member: the device opens the product by itself.
  const reloads: string[] = [];
  phone.on('framenavigated', (frame) => {
    if (frame === phone.mainFrame()) reloads.push(frame.url());
  });
  await gotoScreen(page, 'Hội đồng');
  await setAttendanceViaUi(page, { fullName: late, date: day, present: true });
  await expect(waiting).toHaveCount(0, { timeout: 30_000 });
  await expect(item).toContainText('đang chấm');
  expect(reloads).toEqual([]);
  await look(phone, 'list', 'member page: the day’s products');

  // A sheet half scored, on the phone: tap targets, the totals in view while scrolling.
  await item.click();
  await expect(phone.getByRole('heading', { level: 1, name: /^Phiếu số 25/ })).toBeVisible();
  await phone.evaluate(() => window.scrollTo(0, 0));
  await phone.screenshot({ path: shot('sheet-top-360') });
  const answers = resolveAnswers(product.sheetNo, 'best');
  const criteria = sheetCriteria(product.sheetNo);
  for (const c of criteria.slice(0, 8)) {
    const answer = answers.get(c.code);
    const row = phone.locator(`fieldset[data-criterion="${c.code}"]`);
    const option =
      answer === 'none'
        ? row.locator('[role="radiogroup"][aria-labelledby] label').last()
        : row.locator('[role="radiogroup"][aria-labelledby] label').nth(answer ?? 0);
    await option.tap();
    await expect(option.locator('input')).toBeChecked();
  }
  const middle = phone.locator(`fieldset[data-criterion="${criteria[10]?.code ?? ''}"]`);
  await middle.scrollIntoViewIfNeeded();

  // Every option is a touch target of at least 44 px high; the totals and the star preview
  // stay on screen (sticky at the bottom) while the member scrolls through the criteria.
  const heights = await phone
    .locator('[role="radiogroup"] label')
    .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().height));
  expect(heights.length).toBeGreaterThan(criteria.length);
  expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
  for (const testId of ['total', 'part-A']) await expect(phone.getByTestId(testId)).toBeInViewport();
  await expect(phone.getByRole('status').filter({ hasText: 'Hạng theo phiếu này' })).toBeInViewport();
  await look(phone, 'sheet', 'member page: a sheet half scored');

  // The same sheet on a laptop keeps the totals beside the form.
  await phone.setViewportSize(LAPTOP);
  const form = await phone.locator('article').boundingBox();
  const summary = await phone.getByRole('complementary').boundingBox();
  expect(summary?.x ?? 0).toBeGreaterThan((form?.x ?? 0) + (form?.width ?? 0) - 1);
  await phone.setViewportSize(PHONE);

  // A re-score pass opens on the device by itself, with the member's first-pass totals beside it:
  // the phone submits the best answers, the other member (on the secretary's laptop) the lowest,
  // the spread is above the limit, the secretary unseals and opens pass 2.
  for (const c of criteria.slice(8)) {
    const answer = answers.get(c.code);
    const options = phone.locator(
      `fieldset[data-criterion="${c.code}"] [role="radiogroup"][aria-labelledby] input[type="radio"]`,
    );
    await (answer === 'none' ? options.last() : options.nth(answer ?? 0)).evaluate(
      (input: HTMLInputElement) => input.click(),
    );
  }
  await phone.getByRole('button', { name: 'Nộp phiếu' }).click();
  await expect(phone.getByText('Phiếu đã nộp.')).toBeVisible({ timeout: 60_000 });
  await expect(phone.getByTestId('sync-state')).toHaveText('đã về máy thư ký', { timeout: 60_000 });
  await scoreSheetViaUi(page, { member: late, product: product.name, answers: 'lowest' });
  await unsealViaUi(page, product.name);
  await startRescoringViaUi(page, product.name, 2);
  await phone.getByRole('link', { name: /Danh sách sản phẩm/ }).click();
  await expect(item).toContainText('Chấm lại — lượt 2', { timeout: 30_000 });
  await item.click();
  await expect(phone.getByText('Chấm lại — lượt 2')).toBeVisible();
  await expect(
    phone.getByText(/^Hội đồng mở lượt chấm lại\. Điểm của bạn ở lượt trước: \d+ điểm/u),
  ).toBeVisible();
  await phone.evaluate(() => window.scrollTo(0, 0));
  await look(phone, 'rescore', 'member page: a re-score pass');

  await context.close();
  await goToScoring(page);
  await panel.getByRole('button', { name: 'Đóng phiên chấm' }).click();
  await expect(panel.getByRole('button', { name: 'Mở phiên chấm trên mạng nội bộ' })).toBeVisible();
});
