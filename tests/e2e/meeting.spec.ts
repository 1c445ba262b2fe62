import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { CriteriaSheet, StarBand } from '../../renderer/src/domain/criteria/types';
import { scoreSheet } from '../../renderer/src/domain/scoring/member-sheet';
import { chromiumLaunch, webPort } from './playwright.config';
import { bestLoweredBy, openResults, unsealViaUi } from './helpers/results';
import { signInContext } from './helpers/session';
import {
  recuseViaUi,
  scoreSheetByKeyboard,
  scoreSheetViaUi,
  type AnswerSpec,
  type AnswersSpec,
} from './helpers/scoring';
import { buildRoundViaUi, SEVEN_MEMBERS, startScoringViaUi, THREE_PRODUCTS } from './helpers/setup';

/**
 * Issue 4's whole meeting, on one laptop, through the UI only: a round with 7 members and 3
 * products on sheets 1, 13 and 26; one member absent, one recused from a product; every sheet
 * scored (one entirely from the keyboard); each product unsealed; the stars are the ones the
 * engine gives for those answers; then the browser is closed and reopened on the same profile
 * and the results are all there.
 */

const sheetsDir = fileURLToPath(
  new URL('../../renderer/src/domain/criteria/sheets/26-2026/', import.meta.url),
);
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(sheetsDir, name), 'utf8'));

/** What the engine makes of one sheet's answers (every member answers alike here, so it is the council's rank). */
function engineRank(
  sheetNo: number,
  answers: ReadonlyMap<string, AnswerSpec>,
): { total: number; rank: number } {
  const sheet = readJson(`sheet-${String(sheetNo).padStart(2, '0')}.json`) as CriteriaSheet;
  const { bands } = readJson('rule-set.json') as { bands: StarBand[] };
  const caseChoice: Record<string, string> = {};
  for (const part of sheet.parts)
    for (const section of part.sections)
      for (const criterion of section.criteria) {
        const answer = answers.get(criterion.code);
        const variant = typeof answer === 'number' ? criterion.options[answer]?.variant : undefined;
        if (variant !== undefined) caseChoice[criterion.code] = variant;
      }
  const score = scoreSheet(sheet, bands, { answers: Object.fromEntries(answers), caseChoice });
  return { total: score.total, rank: score.rank };
}

const [honey, coffee, tourism] = THREE_PRODUCTS;
const absent = 'Đặng Văn Giang';
const recused = 'Võ Thị Phương';
const present = SEVEN_MEMBERS.map((m) => m.fullName).filter((name) => name !== absent);
const meetingDate = '2026-12-05';

const plan: { product: string; sheetNo: number; answers: AnswersSpec }[] = [
  { product: honey?.name ?? '', sheetNo: 1, answers: 'best' },
  { product: coffee?.name ?? '', sheetNo: 13, answers: bestLoweredBy(13, 15) },
  { product: tourism?.name ?? '', sheetNo: 26, answers: 'lowest' },
];

async function openProfile(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunch,
    baseURL: `http://127.0.0.1:${webPort}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  await signInContext(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  return { context, page };
}

function resultRow(page: Page, product: string) {
  return page
    .getByRole('table', { name: 'Kết quả của từng sản phẩm' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: product }) });
}

test('a whole council meeting: set up, score, unseal, and everything survives closing the browser', async () => {
  test.setTimeout(15 * 60_000);
  const profile = mkdtempSync(join(tmpdir(), 'ocop-meeting-'));
  try {
    let { context, page } = await openProfile(profile);
    await buildRoundViaUi(page, {
      round: {
        name: 'Hội đồng tỉnh Quảng Nam - đợt 2/2026',
        province: 'Quảng Nam',
        meetingDates: [meetingDate],
      },
      members: SEVEN_MEMBERS,
      absences: [{ fullName: absent, date: meetingDate }],
      products: THREE_PRODUCTS,
    });
    await startScoringViaUi(page);
    await recuseViaUi(page, {
      member: recused,
      product: coffee?.name ?? '',
      reason: 'Có quan hệ gia đình với chủ thể sản xuất',
    });

    const expected = new Map<string, { total: number; rank: number }>();
    for (const { product, sheetNo, answers } of plan) {
      for (const member of present) {
        if (member === recused && product === coffee?.name) continue;
        // The secretary enters one member's paper sheet entirely from the keyboard.
        const byKeyboard = member === 'Lê Văn Cường' && sheetNo === 13;
        const used = await (byKeyboard ? scoreSheetByKeyboard : scoreSheetViaUi)(page, {
          member,
          product,
          sheetNo,
          answers,
        });
        expected.set(product, engineRank(sheetNo, used));
      }
      await unsealViaUi(page, product);
    }

    await openResults(page);
    const check = async (p: Page) => {
      for (const { product } of plan) {
        const want = expected.get(product);
        if (want === undefined) throw new Error(`no expectation for ${product}`);
        const row = resultRow(p, product);
        await expect(row).toContainText(`${want.total},00`);
        if (want.rank >= 1) await expect(row.getByRole('img', { name: `${want.rank} sao` })).toBeVisible();
      }
    };
    await check(page);
    expect(expected.get(honey?.name ?? '')?.rank).toBe(5);
    expect(expected.get(coffee?.name ?? '')?.rank).toBe(4);
    await expect(resultRow(page, honey?.name ?? '')).toContainText('Đề nghị Bộ xem xét 5 sao');
    await expect(resultRow(page, coffee?.name ?? '')).toContainText('Đề nghị công nhận 4 sao');
    await context.close();

    ({ context, page } = await openProfile(profile));
    await openResults(page);
    await check(page);
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
