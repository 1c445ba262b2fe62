import { expect, type Page } from '@playwright/test';
import { test } from './fixtures';
import { installFrameProbe, report, takeFrames, type FrameSample } from './measure';

/**
 * The scoring form with 5 rounds × 141 × 9 stored (issue 13): an option click or a digit key →
 * the frame that shows the new total and star preview, timed in the page from the input
 * event's timestamp; then 32 digits typed with no delay: each key's frame, and afterwards every
 * stored answer compared with what was typed.
 */
async function openSheet(page: Page, productId: string, memberId: string): Promise<void> {
  await page.goto(`/#/scoring/${productId}/${memberId}`);
  await expect(page.getByTestId('total')).toBeVisible({ timeout: 60_000 });
  // The total (its star preview follows from it) and the count still to answer: a choice changes
  // one or both (an option worth 0 points on a blank criterion changes only the count).
  await installFrameProbe(page, ['[data-testid="total"]', '[data-testid="unanswered"]']);
}

function stale(samples: readonly FrameSample[]): number {
  return samples.filter((s) => s.before === s.after).length;
}

async function storedAnswers(
  page: Page,
  productId: string,
  memberId: string,
): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ([product, member]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('ocop-council');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('sheets').objectStore('sheets').index('productId').getAll(product);
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
      db.close();
      const row = rows.find((r) => Reflect.get(r as object, 'memberId') === member) as
        { answers: Record<string, unknown> } | undefined;
      return row?.answers ?? {};
    },
    [productId, memberId] as const,
  );
}

test('scoring form: option click → totals painted', async ({ seeded }) => {
  const { page, info } = seeded;
  const product = info.draftProductIds[0] ?? '';
  await openSheet(page, product, info.memberIds[1] ?? '');
  const rows = page.locator('[data-criterion]');
  const count = Math.min(await rows.count(), 30);
  for (let i = 0; i < count; i += 1) {
    // The first option of criterion i, then (second lap) its second: every click changes a total.
    await rows.nth(i).getByRole('radio').first().click();
    await page.waitForTimeout(60);
  }
  for (let i = 0; i < count; i += 1) {
    await rows.nth(i).getByRole('radio').nth(1).click();
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const samples = (await takeFrames(page)).filter((s) => s.type === 'click');
  report(
    'scoring form: option click → totals and stars painted (5 × 141 × 9 stored)',
    samples.map((s) => s.ms),
    {
      targetMs: 16,
      targetAt: 'p95',
      note: `p95 is the target; ${stale(samples)} changed nothing shown, timed to the next frame`,
    },
  );
});

test('scoring form: digit keys → totals painted; 32 digits typed with no delay', async ({ seeded }) => {
  const { page, info } = seeded;
  const product = info.draftProductIds[1] ?? '';
  const member = info.memberIds[2] ?? '';
  await openSheet(page, product, member);
  // Paced keys: one digit, a pause, the next (focus moves on after each choice).
  for (let i = 0; i < 20; i += 1) {
    await page.keyboard.press(String((i % 2) + 1));
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const paced = (await takeFrames(page)).filter((s) => s.type === 'keydown');
  report(
    'scoring form: digit key → totals and stars painted',
    paced.map((s) => s.ms),
    {
      targetMs: 16,
      targetAt: 'p95',
      note: `p95 is the target; ${stale(paced)} changed nothing shown, timed to the next frame`,
    },
  );

  // A second member's blank sheet, typed at full speed.
  const fastMember = info.memberIds[3] ?? '';
  await openSheet(page, product, fastMember);
  const codes = await page
    .locator('[data-criterion]')
    .evaluateAll((els) => els.map((el) => (el instanceof HTMLElement ? (el.dataset.criterion ?? '') : '')));
  const typed = Math.min(32, codes.length);
  await page.keyboard.type('1'.repeat(typed));
  const fast = (await takeFrames(page)).filter((s) => s.type === 'keydown');
  report(
    `scoring form: ${typed} digits typed with no delay — each key → its frame`,
    fast.map((s) => s.ms),
    {
      targetMs: 16,
      targetAt: 'p95',
      note: `${stale(fast)} changed nothing shown, timed to the next frame`,
    },
  );
  // Every typed answer stored, none wrong: option "1" of the first `typed` criteria.
  await expect
    .poll(async () => Object.keys(await storedAnswers(page, product, fastMember)).length, { timeout: 30_000 })
    .toBe(typed);
  const stored = await storedAnswers(page, product, fastMember);
  const expected = Object.fromEntries(codes.slice(0, typed).map((code) => [code, 0]));
  expect(stored).toEqual(expected);
  console.log(`[bench] the ${typed} typed answers are stored exactly`);
});
