import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunch, webPort } from './playwright.config';
import { signInContext } from './helpers/session';
import {
  attendanceOf,
  addMemberViaUi,
  addProductViaUi,
  buildRoundViaUi,
  createRoundViaUi,
  fillRoundForm,
  gotoScreen,
  quorumOfDay,
  SEVEN_MEMBERS,
  THREE_PRODUCTS,
  type RoundSpec,
} from './helpers/setup';
import { expectGoodLook } from './helpers/look';

const brokenFixture = fileURLToPath(new URL('../fixtures/rounds/broken-round.json', import.meta.url));

const fullRound: RoundSpec = {
  name: 'Đợt 2 năm 2026',
  level: 'province',
  province: 'Quảng Nam',
  venue: 'Hội trường Sở Nông nghiệp và Môi trường',
  decision: { number: '123/QĐ-UBND', date: '2026-11-20', signer: 'Nguyễn Văn An' },
  meetingDates: ['2026-12-05', '2026-12-06'],
  spreadLimit: '8',
  minimumPolicy: 'all',
  quorum: '2/3',
  chairRequired: true,
  displayDecimals: '2',
  planShare: '80',
  planForwarded: '3',
  planProducts: '141',
};

function roundsTable(page: Page) {
  return page.getByRole('table', { name: 'Danh sách đợt đánh giá' });
}

test.describe('rounds', () => {
  test('create a round with every field, see it in the list, edit it, archive and unarchive it', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByText('Chưa có đợt đánh giá nào.')).toBeVisible();
    await expect(page.getByText('Chưa chọn đợt đánh giá nào.')).toBeVisible();

    await createRoundViaUi(page, fullRound);
    const row = roundsTable(page).getByRole('row', { name: /Đợt 2 năm 2026/ });
    await expect(row).toContainText('Cấp tỉnh');
    await expect(row).toContainText('05/12/2026, 06/12/2026');
    await expect(row).toContainText('Đang chuẩn bị');
    await expect(row).toContainText('Đang làm việc');
    const panel = page.getByRole('region', { name: 'Đợt đang làm việc: Đợt 2 năm 2026' });
    await expect(panel).toContainText('Số 123/QĐ-UBND ngày 20/11/2026, người ký: Nguyễn Văn An');
    await expect(panel).toContainText('Hội trường Sở Nông nghiệp và Môi trường');
    await expect(panel).toContainText('26/2026/QĐ-TTg');
    for (const link of ['Hội đồng', 'Sản phẩm', 'Chấm điểm', 'Kết quả']) {
      await expect(
        panel.getByRole('navigation', { name: 'Đi tới' }).getByRole('link', { name: link }),
      ).toBeVisible();
    }

    // Edit: every field comes back as saved, the rules profile included.
    await panel.getByRole('button', { name: 'Sửa thông tin đợt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa đợt đánh giá' });
    await expect(dialog.getByLabel('Tên đợt đánh giá')).toHaveValue('Đợt 2 năm 2026');
    // Dates read and are typed dd/mm/yyyy, whatever the browser's language (issue 14).
    await expect(dialog.getByLabel('Ngày họp thứ 2', { exact: true })).toHaveValue('06/12/2026');
    await expect(dialog.getByLabel('Túc số', { exact: false })).toHaveValue('2/3');
    await expect(dialog.getByRole('radio', { name: /^Tất cả thành viên/ })).toBeChecked();
    await expect(dialog.getByLabel('Giới hạn chênh lệch điểm (điểm)')).toHaveValue('8');
    await expect(dialog.getByLabel('Tỷ lệ sản phẩm đạt từ 3 sao trở lên (%)')).toHaveValue('80');
    await expect(dialog.getByLabel('Số sản phẩm theo kế hoạch')).toHaveValue('141');
    await fillRoundForm(dialog, { name: 'Đợt 2 năm 2026 (bổ sung)', venue: 'UBND tỉnh Quảng Nam' });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      roundsTable(page).getByRole('button', { name: 'Mở Đợt 2 năm 2026 (bổ sung)' }),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Đợt đang làm việc: Đợt 2 năm 2026 (bổ sung)' }),
    ).toContainText('UBND tỉnh Quảng Nam');

    // Archive: hidden from the list until asked for, read-only; then unarchive.
    await page.getByRole('button', { name: 'Lưu trữ', exact: true }).click();
    await expect(roundsTable(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sửa thông tin đợt' })).toBeDisabled();
    await page.getByLabel('Hiện cả các đợt đã lưu trữ').check();
    await expect(roundsTable(page).getByRole('row', { name: /Đợt 2 năm 2026 \(bổ sung\)/ })).toContainText(
      'Đã lưu trữ',
    );
    await page.getByRole('button', { name: 'Bỏ lưu trữ' }).click();
    await page.getByLabel('Hiện cả các đợt đã lưu trữ').uncheck();
    await expect(
      roundsTable(page).getByRole('button', { name: 'Mở Đợt 2 năm 2026 (bổ sung)' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sửa thông tin đợt' })).toBeEnabled();

    // Still there after a reload (same profile).
    await page.reload();
    await expect(
      roundsTable(page).getByRole('button', { name: 'Mở Đợt 2 năm 2026 (bổ sung)' }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Đợt đang làm việc: Đợt 2 năm 2026 (bổ sung)' }),
    ).toBeVisible();
  });

  test('the round form shows a message per wrong field and saves nothing', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Tạo đợt đánh giá' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo đợt đánh giá' });
    await fillRoundForm(dialog, {
      province: '',
      quorum: '5/4',
      spreadLimit: 'mười',
      decision: { number: '12/QĐ-UBND', date: '', signer: '' },
      planShare: '120',
    });
    // A date is typed day first, as the app prints it: month first (12/31) is no date.
    const day = dialog.getByLabel('Ngày họp thứ 1', { exact: true });
    await expect(day).toHaveAttribute('placeholder', 'dd/mm/yyyy');
    await day.fill('12/31/2026');
    await dialog.getByRole('button', { name: 'Tạo đợt' }).click();
    await expect(dialog.getByText('Hãy sửa các ô được đánh dấu.')).toBeVisible();
    await expect(day).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Ngày không hợp lệ: gõ theo dạng ngày/tháng/năm')).toBeVisible();
    await expect(dialog.getByLabel('Tên đợt đánh giá')).toHaveAttribute('aria-invalid', 'true');
    await expect(
      dialog.getByText('Nhập phân số như 3/4, hoặc phần trăm như 75% (lớn hơn 0, không quá 100%).'),
    ).toBeVisible();
    await expect(dialog.getByText('Nhập một số từ 0 đến 100.')).toBeVisible();
    await expect(dialog.getByText('Quyết định cần đủ số, ngày ký và người ký.')).toHaveCount(2);
    await expect(dialog.getByText('Nhập số từ 0 đến 100.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(page.getByText('Chưa có đợt đánh giá nào.')).toBeVisible();
  });

  test('in English, the same screens and messages read in English', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByRole('radio', { name: 'Tiếng Anh' }).check();
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Rounds' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evaluation rounds' })).toBeVisible();
    await page.getByRole('button', { name: 'New round' }).click();
    const dialog = page.getByRole('dialog', { name: 'New evaluation round' });
    await dialog.getByLabel('Quorum (minimum share of members present)').fill('3/2');
    await dialog.getByRole('button', { name: 'Create round' }).click();
    await expect(dialog.getByText('Required.').first()).toBeVisible();
    await expect(
      dialog.getByText('Enter a fraction like 3/4 or a percentage like 75% (above 0, at most 100%).'),
    ).toBeVisible();
    await dialog.getByLabel('Round name').fill('Round 2, 2026');
    await dialog.getByLabel('Province').fill('Quảng Nam');
    await dialog.getByLabel('Quorum (minimum share of members present)').fill('75%');
    await dialog.getByRole('button', { name: 'Create round' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Current round: Round 2, 2026' })).toBeVisible();
    await expect(page.getByText('Scoring cannot start yet: There are no products to score.')).toBeVisible();
    await expectGoodLook(page, 'rounds-en');
    await page.screenshot({ path: '/tmp/rounds-en.png', fullPage: true });
  });

  test('scoring cannot start without products, members and a chair, and says why', async ({ page }) => {
    await page.goto('/');
    await createRoundViaUi(page, { name: 'Đợt thử', province: 'Đà Nẵng', meetingDates: ['2026-12-10'] });
    await expect(page.getByText('Chưa thể bắt đầu chấm điểm: Chưa có sản phẩm nào để chấm.')).toBeVisible();
    await page.getByRole('button', { name: 'Bắt đầu chấm điểm' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Chưa có sản phẩm nào để chấm.' })).toBeVisible();

    await addProductViaUi(page, {
      name: 'Mật ong hoa nhãn',
      sheetNo: 4,
      sheetSearch: 'mat ong',
      producerName: 'HTX Ong Việt',
    });
    await gotoScreen(page, 'Đợt đánh giá');
    await expect(page.getByText('Chưa thể bắt đầu chấm điểm: Hội đồng chưa có thành viên.')).toBeVisible();
    await addMemberViaUi(page, { fullName: 'Lê Văn Cường', role: 'secretary' });
    await gotoScreen(page, 'Đợt đánh giá');
    await expect(page.getByText('Chưa thể bắt đầu chấm điểm: Hội đồng chưa có Chủ tịch.')).toBeVisible();
    await addMemberViaUi(page, { fullName: 'Nguyễn Văn An', role: 'chair' });
    await gotoScreen(page, 'Đợt đánh giá');
    await page.getByRole('button', { name: 'Bắt đầu chấm điểm' }).click();
    await expect(roundsTable(page).getByRole('row', { name: /Đợt thử/ })).toContainText('Đang chấm điểm');
    // no sheet is expected before the day's attendance is confirmed (OCOP-RULES §4 item 7)
    await expect(roundsTable(page).getByRole('row', { name: /Đợt thử/ })).toContainText('0/0');

    // The rules profile is now frozen, and the form says why.
    await page.getByRole('button', { name: 'Sửa thông tin đợt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa đợt đánh giá' });
    await expect(dialog.getByLabel('Túc số', { exact: false })).toBeDisabled();
    await expect(dialog.getByLabel('Bộ tiêu chí áp dụng')).toBeDisabled();
    await expect(
      dialog.getByText('Không sửa được: đợt đã bắt đầu chấm điểm', { exact: false }).first(),
    ).toBeVisible();
  });
});

test.describe('round file', () => {
  test('export, import into a fresh profile, and import as a copy where the round exists', async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await createRoundViaUi(page, {
      name: 'Đợt 1 năm 2026',
      province: 'Quảng Nam',
      meetingDates: ['2026-12-05'],
    });
    for (const member of SEVEN_MEMBERS.slice(0, 3)) await addMemberViaUi(page, member);
    const [first] = THREE_PRODUCTS;
    if (first !== undefined) await addProductViaUi(page, first);

    await gotoScreen(page, 'Đợt đánh giá');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất tệp đợt đánh giá' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Đợt đánh giá - Đợt 1 năm 2026.ocop-round.json');
    const path = join(tmpdir(), `round-${Date.now()}.ocop-round.json`);
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ round: { name: 'Đợt 1 năm 2026' } });

    // A fresh profile: the round arrives whole.
    const fresh = await browser.newContext();
    await signInContext(fresh); // a context made in the test does not start from the config's storageState
    const other = await fresh.newPage();
    await other.goto('/');
    await importViaUi(other, path);
    await expect(
      other.getByRole('heading', { level: 2, name: 'Đợt đang làm việc: Đợt 1 năm 2026' }),
    ).toBeVisible();
    await gotoScreen(other, 'Hội đồng');
    await expect(
      other.getByRole('table', { name: 'Danh sách thành viên hội đồng' }).getByRole('row'),
    ).toHaveCount(4);
    await gotoScreen(other, 'Sản phẩm');
    await expect(other.getByRole('rowheader', { name: first?.name ?? '' })).toBeVisible();
    await fresh.close();

    // The same file where the round exists: never overwritten; a copy on request.
    await importViaUi(page, path);
    const question = page.getByRole('dialog', { name: 'Đợt đánh giá đã có trong máy' });
    await expect(question).toContainText('Đợt đã có sẽ không bị ghi đè');
    await question.getByRole('button', { name: 'Hủy' }).click();
    await expect(roundsTable(page).getByRole('row')).toHaveCount(2);
    await importViaUi(page, path);
    await page
      .getByRole('dialog', { name: 'Đợt đánh giá đã có trong máy' })
      .getByRole('button', { name: 'Nhập thành bản sao' })
      .click();
    await expect(roundsTable(page).getByRole('button', { name: 'Mở Đợt 1 năm 2026' })).toHaveCount(2);
    // Opening a round from the list takes the keyboard focus to its panel.
    await roundsTable(page).getByRole('button', { name: 'Mở Đợt 1 năm 2026' }).last().click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Đợt đang làm việc: Đợt 1 năm 2026' }),
    ).toBeFocused();
  });

  test('an invalid round file lists every problem and changes nothing', async ({ page }) => {
    await page.goto('/');
    await createRoundViaUi(page, { name: 'Đợt có sẵn', province: 'Huế', meetingDates: ['2026-12-01'] });
    // The engine's broken example: seven problems of different kinds, each must be listed.
    await importViaUi(page, brokenFixture);
    const dialog = page.getByRole('dialog', { name: 'Tệp đợt đánh giá không hợp lệ' });
    await expect(dialog).toContainText('có 7 lỗi dưới đây. Không có gì được thay đổi.');
    const problems = dialog.getByRole('list', { name: 'Các lỗi của tệp' }).getByRole('listitem');
    await expect(problems).toHaveCount(7);
    await expect(problems.nth(1)).toContainText(
      'products[4].sheet: không có phiếu số 27 trong bộ tiêu chí 26/2026/QĐ-TTg',
    );
    await expect(problems.nth(1)).toContainText('products[4].sheet: no sheet 27 in rule-set 26/2026/QĐ-TTg');
    await expect(problems.nth(6)).toContainText('tiêu chí 8 chưa chọn trường hợp');
    await expectGoodLook(page, 'rounds-invalid-file');
    await page.screenshot({ path: '/tmp/rounds-invalid-file.png' });
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await expect(roundsTable(page).getByRole('row')).toHaveCount(2);

    const path = join(tmpdir(), `bad-${Date.now()}.ocop-round.json`);
    writeFileSync(path, '{ not json');
    await importViaUi(page, path);
    await expect(page.getByRole('dialog', { name: 'Tệp đợt đánh giá không hợp lệ' })).toContainText(
      'không phải JSON hợp lệ',
    );
  });
});

/**
 * The whole setup of issue 4's round (7 members, one absent, products on sheets 1, 13, 26)
 * built with the shared helpers, then the BROWSER is closed and reopened on the same profile:
 * nothing is lost, and the current round is remembered.
 */
test('a round built through the UI survives closing and reopening the browser', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'ocop-profile-'));
  const open = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunch,
      baseURL: `http://127.0.0.1:${webPort}`,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    await signInContext(context);
    return context;
  };
  try {
    let context = await open();
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await buildRoundViaUi(page, {
      round: { name: 'Đợt 2 năm 2026', province: 'Quảng Nam', meetingDates: ['2026-12-05'] },
      members: SEVEN_MEMBERS,
      absences: [{ fullName: 'Hoàng Văn Em', date: '2026-12-05' }],
      products: THREE_PRODUCTS,
    });
    await context.close();

    context = await open();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Đợt đang làm việc: Đợt 2 năm 2026' }),
    ).toBeVisible();
    await gotoScreen(page, 'Hội đồng');
    await expect(
      page.getByRole('table', { name: 'Danh sách thành viên hội đồng' }).getByRole('rowheader'),
    ).toHaveText([
      // the council's order (issue 14): the chair first, the secretary last, the others as added
      ...SEVEN_MEMBERS.filter((m) => m.role !== 'secretary').map((m) => m.fullName),
      ...SEVEN_MEMBERS.filter((m) => m.role === 'secretary').map((m) => m.fullName),
    ]);
    await expect(attendanceOf(page, 'Hoàng Văn Em', '2026-12-05')).toHaveValue('absent');
    await expect(quorumOfDay(page, '2026-12-05')).toContainText('6/7 thành viên có mặt');
    await gotoScreen(page, 'Sản phẩm');
    await expect(
      page.getByRole('table', { name: 'Danh sách sản phẩm của đợt' }).getByRole('rowheader'),
    ).toHaveText(THREE_PRODUCTS.map((p) => p.name));
    await context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

async function importViaUi(page: Page, path: string): Promise<void> {
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(path);
}
