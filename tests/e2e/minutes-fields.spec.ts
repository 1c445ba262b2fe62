import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { fillDayMinutesViaUi, fillProductMinutesViaUi } from './helpers/minutes';
import { dismissToasts, gotoScreen } from './helpers/setup';
import { expectGoodLook } from './helpers/look';

/**
 * Issue 11's browser test: the minutes of a meeting day completed before anyone signs. The
 * example round (closed, five products, one meeting day) is imported; the secretary fills
 * the day's details once (numbers 05–09, times, venue, recipients); a second minutes with a
 * number already taken is refused; a blank field blocks signing with the list of what is
 * missing; the chair signs the day's minutes in one go; the signed files carry the number,
 * the times and the recipients (pdftotext); all of it survives a reload.
 */

const ROUND = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';
const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const RECIPIENTS = ['Ủy ban nhân dân tỉnh Mẫu (để báo cáo)', 'Sở Công Thương tỉnh Mẫu', 'Chủ thể sản xuất'];
const SHOTS = process.env['OCOP_SHOTS_DIR'] ?? join(tmpdir(), 'ocop-minutes-shots');

let work: string;

function makeP12(name: string, commonName: string, password: string): string {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.pem`,
      '-days',
      '30',
      '-utf8',
      '-subj',
      `/CN=${commonName}`,
    ],
    { cwd: work, stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-inkey',
      `${name}.key`,
      '-in',
      `${name}.pem`,
      '-out',
      `${name}.p12`,
      '-passout',
      `pass:${password}`,
    ],
    { cwd: work, stdio: 'ignore' },
  );
  return join(work, `${name}.p12`);
}

test.beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ocop-e2e-minutes-fields-'));
});
test.afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/**
 * The example round with every product's result unsealed and closed (the file closes one):
 * a whole day's batch of minutes to fill in and sign.
 */
function closedEverywhere(): string {
  const file = JSON.parse(readFileSync(example, 'utf8')) as {
    products: { id: string }[];
    events: Record<string, unknown>[];
  };
  for (const [i, p] of file.products.entries()) {
    if (file.events.some((e) => e.kind === 'close' && e.productId === p.id)) continue;
    const at = `2026-11-27T1${i}:00:00+07:00`;
    file.events.push({
      kind: 'unseal',
      productId: p.id,
      pass: 1,
      at,
      by: '00000000-0000-4000-8000-000000000013',
    });
    file.events.push({ kind: 'close', productId: p.id, at, by: '00000000-0000-4000-8000-000000000011' });
  }
  const path = join(work, 'round.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}

async function openMinutesOf(page: Page, product: string): Promise<void> {
  await gotoScreen(page, 'Biên bản');
  await page.getByRole('link', { name: `Mở biên bản: ${product}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Biên bản: ${product}` })).toBeVisible();
}

async function signedText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản đã ký (lần 1)' }).click(),
  ]);
  const path = join(work, name);
  writeFileSync(path, readFileSync(await download.path()));
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test("a day's minutes filled in once, a taken number refused, blanks block signing, signed files complete", async ({
  page,
}) => {
  // Five minutes rendered and signed in the browser: 1.4 min on a quiet machine, more on a loaded one.
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const chairP12 = makeP12('chair', 'Nguyễn Văn An', 'chu-tich');
  await page.goto('/');
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(closedEverywhere());
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${ROUND}` })).toBeVisible();

  // The day's details once: numbers run on from 05 in product order.
  await gotoScreen(page, 'Biên bản');
  const day = page.getByRole('form', { name: 'Thông tin biên bản của một ngày họp' });
  await expect(day.getByLabel('Số của biên bản đầu tiên *')).toHaveValue('1');
  await fillDayMinutesViaUi(
    page,
    { number: '5', symbol: 'BB-HĐOCOP', startTime: '07:45', endTime: '16:15', recipients: RECIPIENTS },
    5,
  );
  await page.screenshot({ path: join(SHOTS, 'minutes-day-panel.png'), fullPage: true });
  await expectGoodLook(page, 'minutes: the day panel filled in');
  await dismissToasts(page);

  // A second minutes with a number already taken is refused, and nothing changes.
  await openMinutesOf(page, 'Cà phê rang xay Hòa Bình');
  const form = page.getByRole('form', { name: 'Thông tin biên bản' });
  await expect(form.getByLabel('Số biên bản *')).toHaveValue('6');
  await fillProductMinutesViaUi(page, { number: '5' });
  await expect(form.getByRole('alert')).toContainText('Số 5 đã được dùng cho một biên bản khác');
  // The saved details stay complete, but the page does not call the refused draft "ready to sign".
  await expect(form.getByText('Thông tin đã lưu đủ để ký; thay đổi vừa nhập chưa được lưu.')).toBeVisible();
  await expect(form.getByText('Đủ thông tin để ký.')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'minutes-number-taken.png'), fullPage: true });
  await expectGoodLook(page, 'minutes: a taken number refused');
  await page.reload();
  await expect(
    page.getByRole('form', { name: 'Thông tin biên bản' }).getByLabel('Số biên bản *'),
  ).toHaveValue('6');

  // A blank required field: signing is refused with the list of what is missing.
  await openMinutesOf(page, 'Rau mầm sạch Long Hòa');
  await fillProductMinutesViaUi(page, { endTime: '' });
  await expect(page.getByText('Chưa ký được: còn thiếu giờ kết thúc.')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'minutes-product-fields.png'), fullPage: true });
  await expectGoodLook(page, 'minutes: a blank field blocks signing');
  const sign = page.getByRole('form', { name: 'Ký số biên bản' });
  await sign.getByRole('radio', { name: 'Chủ tịch Hội đồng' }).check();
  await sign.getByLabel('Tệp chứng thư số (.p12, .pfx)').setInputFiles(chairP12);
  await sign.getByLabel('Mật khẩu của tệp chứng thư số').fill('chu-tich');
  await sign.getByRole('button', { name: 'Ký số' }).click();
  await expect(sign.getByRole('alert')).toContainText('Chưa ký được: còn thiếu giờ kết thúc.');
  await expectGoodLook(page, 'minutes: signing refused, what is missing listed');
  await expect(page.getByRole('heading', { name: 'Các bản đã ký' })).toHaveCount(0);
  await fillProductMinutesViaUi(page, { endTime: '16:15' });
  await expect(page.getByText('Đủ thông tin để ký.')).toBeVisible();
  await dismissToasts(page);

  // The chair signs the day's five minutes in one go.
  await gotoScreen(page, 'Biên bản');
  const batch = page.getByRole('form', { name: 'Ký tất cả biên bản' });
  await batch.getByRole('radio', { name: 'Chủ tịch Hội đồng' }).check();
  await batch.getByLabel('Tệp chứng thư số (.p12, .pfx)').setInputFiles(chairP12);
  await batch.getByLabel('Mật khẩu của tệp chứng thư số').fill('chu-tich');
  await batch.getByRole('button', { name: 'Ký 5 biên bản' }).click();
  await expect(batch.getByRole('button', { name: 'Ký 0 biên bản' })).toBeDisabled({ timeout: 60_000 });
  await page.screenshot({ path: join(SHOTS, 'minutes-batch-signed.png'), fullPage: true });
  await expectGoodLook(page, 'minutes: the day signed in one go');

  // The signed files carry what was filled in: number, times, recipients.
  for (const [product, number] of [
    ['Bưởi da xanh Tân Phú', '05'],
    ['Rau mầm sạch Long Hòa', '08'],
  ] as const) {
    await openMinutesOf(page, product);
    const text = await signedText(page, `${number}.pdf`);
    expect(text).toContain(`Số: ${number}/BB-HĐOCOP`);
    expect(text).toContain('vào hồi 07 giờ 45');
    expect(text).toContain('kết thúc vào hồi 16 giờ 15');
    for (const r of RECIPIENTS) expect(text).toContain(r);
    expect(text).not.toMatch(/…|Số: \//u);
    // Once signed, the details are locked with the document.
    await expect(page.getByText('thông tin dưới đây đã khóa cùng văn bản', { exact: false })).toBeVisible();
  }
  await page.screenshot({ path: join(SHOTS, 'minutes-signed-locked.png'), fullPage: true });
  await expectGoodLook(page, 'minutes: signed, the details locked');
});
