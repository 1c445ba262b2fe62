import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunch, webPort } from './playwright.config';
import { answerOpenSheet, keyAnswers, openSheet, resolveAnswers } from './helpers/scoring';
import { buildRoundViaUi, dismissToasts, nav, startScoringViaUi } from './helpers/setup';
import { expectGoodLook } from './helpers/look';
import { signInContext } from './helpers/session';

/**
 * Scoring packs on a USB stick (issue 9 part 2), between two app profiles: the secretary's
 * laptop and a member's own laptop (separate persistent browser profiles = separate IndexedDB).
 * A pack goes out, is scored on the member's laptop on the official form, comes back signed;
 * a tampered copy is refused; a sheet changed on both sides is decided through the UI.
 */

const DAY = '2026-12-05';
const PRODUCT = 'Bưởi da xanh';
const SHEET = 1;

async function openProfile(dir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunch,
    baseURL: `http://127.0.0.1:${webPort}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  // the web host opens only with the session cookie of the one-time link (a persistent profile needs it added)
  await signInContext(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  return { context, page };
}

async function gotoPacks(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Gói chấm', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gói chấm' })).toBeVisible();
  await dismissToasts(page);
}

async function download(page: Page, click: () => Promise<void>, path: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  await file.saveAs(path);
  return file.suggestedFilename();
}

async function choose(page: Page, click: () => Promise<void>, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(path);
}

/** On the member's laptop: import the pack, score the product on the official form, submit, export the return. */
async function scoreFromPack(
  page: Page,
  packPath: string,
  returnPath: string,
  member: string,
): Promise<void> {
  await gotoPacks(page);
  await choose(page, () => page.getByRole('button', { name: 'Nhập gói chấm…' }).click(), packPath);
  await expect(page.getByRole('heading', { level: 1, name: `Gói chấm của ${member}` })).toBeVisible();
  await page.getByRole('link', { name: `Chấm ${PRODUCT}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Phiếu số 1/ })).toBeVisible();
  // Keyboard entry works on the member's laptop exactly as on the secretary's form.
  await keyAnswers(page, SHEET, resolveAnswers(SHEET, 'best'));
  await page
    .getByRole('textbox', { name: 'Ý kiến của người đánh giá' })
    .fill('Chấm trên máy riêng, không có mạng');
  await page.getByRole('button', { name: 'Nộp phiếu' }).click();
  await expect(page.getByText('Đã nộp trên máy này; xuất gói trả về để gửi thư ký.')).toBeVisible();
  await page.getByRole('link', { name: '← Danh sách sản phẩm của gói' }).click();
  await expect(page.getByRole('table', { name: 'Sản phẩm trong gói' })).toContainText('Đã nộp');
  const name = await download(
    page,
    () => page.getByRole('button', { name: 'Xuất gói trả về' }).click(),
    returnPath,
  );
  expect(name).toBe(`${member} ${DAY}.ocop-return`);
}

test('a scoring pack goes to a member’s laptop and back; a tampered return is refused; a conflict is decided in the UI', async () => {
  // Two browser profiles and two sheets: ~40 s on an idle machine, but the shared 2-core machine runs it 4× slower.
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'ocop-packs-'));
  let secretary = await openProfile(join(dir, 'secretary'));
  const member = await openProfile(join(dir, 'member'));
  const t0 = Date.now();
  const mark = (what: string): void =>
    console.log(`[packs] ${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  try {
    const s = secretary.page;
    await buildRoundViaUi(s, {
      round: { name: 'Đợt 3 năm 2026 — không có mạng', province: 'Tây Ninh', meetingDates: [DAY] },
      members: [
        { fullName: 'Nguyễn Văn An', role: 'chair' },
        { fullName: 'Trần Thị Bình', role: 'member' },
        { fullName: 'Lê Văn Cường', role: 'member' },
        { fullName: 'Phạm Thị Dung', role: 'member' },
      ],
      products: [
        { name: PRODUCT, sheetNo: SHEET, sheetSearch: 'rau cu qua', producerName: 'HTX Bưởi Tân Triều' },
      ],
    });
    await startScoringViaUi(s);
    mark('round built');

    // The secretary exports a pack for Bình and one for Cường.
    await gotoPacks(s);
    const binhPack = join(dir, 'binh.ocop-pack');
    const cuongPack = join(dir, 'cuong.ocop-pack');
    expect(
      await download(
        s,
        () => s.getByRole('button', { name: 'Xuất gói chấm cho Trần Thị Bình' }).click(),
        binhPack,
      ),
    ).toBe(`Trần Thị Bình ${DAY}.ocop-pack`);
    await download(
      s,
      () => s.getByRole('button', { name: 'Xuất gói chấm cho Lê Văn Cường' }).click(),
      cuongPack,
    );
    const pack = JSON.parse(readFileSync(binhPack, 'utf8')) as { secret: string; products: unknown[] };
    expect(pack.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(pack.products).toHaveLength(1);

    // Bình scores on their own laptop, offline, and brings the returned pack back.
    const binhReturn = join(dir, 'binh.ocop-return');
    await scoreFromPack(member.page, binhPack, binhReturn, 'Trần Thị Bình');
    await member.page.screenshot({ path: '/tmp/packs-member-pack.png' });
    await expectGoodLook(member.page, 'member workspace: pack scored, return exported');
    mark('first pack scored');

    // A changed copy (one answer edited in the file) is refused, and changes nothing.
    const tampered = JSON.parse(readFileSync(binhReturn, 'utf8')) as {
      sheets: { answers: Record<string, unknown> }[];
    };
    const first = tampered.sheets[0];
    if (first === undefined) throw new Error('no sheet in the returned pack');
    first.answers['1.1'] = 0;
    const tamperedPath = join(dir, 'binh-tampered.ocop-return');
    writeFileSync(tamperedPath, JSON.stringify(tampered));
    await choose(s, () => s.getByRole('button', { name: 'Nhập gói trả về…' }).click(), tamperedPath);
    await expect(
      s.getByRole('alert').filter({ hasText: 'Gói trả về đã bị sửa sau khi thành viên xuất' }),
    ).toBeVisible();
    await expect(s.getByText('Chưa nhập gói trả về nào.')).toBeVisible();
    await dismissToasts(s);

    // The genuine file lands: Bình's sheet is submitted on the secretary's laptop.
    await choose(s, () => s.getByRole('button', { name: 'Nhập gói trả về…' }).click(), binhReturn);
    await expect(s.getByRole('status').filter({ hasText: 'cập nhật 1 phiếu' })).toBeVisible();
    await expect(s.getByRole('table', { name: 'Các lần nhập gói trả về' })).toContainText('Trần Thị Bình');

    // Conflict: Cường's sheet is started on the secretary's laptop AND scored in Cường's pack.
    await openSheet(s, 'Lê Văn Cường', PRODUCT);
    await answerOpenSheet(s, SHEET, { '1.1': 0 });
    await expect(s.getByText('Đã lưu', { exact: true })).toBeVisible();
    const cuongReturn = join(dir, 'cuong.ocop-return');
    await scoreFromPack(member.page, cuongPack, cuongReturn, 'Lê Văn Cường');
    await gotoPacks(s);
    await choose(s, () => s.getByRole('button', { name: 'Nhập gói trả về…' }).click(), cuongReturn);
    const conflict = s.getByRole('region', { name: `Xung đột: ${PRODUCT} — Lê Văn Cường` });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('table', { name: 'So sánh hai bản phiếu' })).toContainText('Đang chấm');
    await expect(conflict.getByRole('button', { name: 'Lấy bản trong gói trả về' })).toBeDisabled();
    await conflict.getByRole('textbox').fill('Thành viên xác nhận bản chấm trên máy riêng là bản cuối');
    await s.screenshot({ path: '/tmp/packs-conflict.png', fullPage: true });
    await expectGoodLook(s, 'packs screen: a conflict to decide');
    mark('conflict shown');
    await conflict.getByRole('button', { name: 'Lấy bản trong gói trả về' }).click();
    await expect(conflict).toBeHidden();
    await expect(s.getByText('Không có xung đột.')).toBeVisible();

    // Close the secretary's app and reopen it: the imports and both submitted sheets are still there.
    await secretary.context.close();
    secretary = await openProfile(join(dir, 'secretary'));
    await gotoPacks(secretary.page);
    await expect(
      secretary.page.getByRole('table', { name: 'Các lần nhập gói trả về' }).getByRole('row'),
    ).toHaveCount(3);
    await secretary.page.screenshot({ path: '/tmp/packs-secretary.png', fullPage: true });
    await expectGoodLook(secretary.page, 'packs screen after reopening: imports listed');
    mark('reopened');
    for (const name of ['Trần Thị Bình', 'Lê Văn Cường']) {
      await openSheet(secretary.page, name, PRODUCT);
      await expect(secretary.page.getByText(/^Phiếu đã nộp lúc/)).toBeVisible();
    }
  } finally {
    await secretary.context.close().catch(() => undefined);
    await member.context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
