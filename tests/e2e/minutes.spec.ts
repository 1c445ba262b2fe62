import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  fillProductMinutesViaUi,
  SIGNING_CHAIR,
  SIGNING_MEMBER,
  SIGNING_PRODUCT,
  SIGNING_ROUND,
  SIGNING_SECRETARY,
  startFromUnsealedSigningRound,
} from './helpers/minutes';
import { closeProductViaUi } from './helpers/results';
import { dismissToasts, gotoScreen, nav } from './helpers/setup';
import { expectGoodLook } from './helpers/look';

/**
 * Issue 5's browser test: a round built and scored through the UI, a product's minutes made
 * and signed by the chair then the secretary with certificates made here with openssl (in a
 * temp folder, deleted afterwards), then checked on the verification screen: valid, whole
 * document, the app's own file — and reported as changed once a byte is flipped or bytes
 * are appended.
 */

const CHAIR = SIGNING_CHAIR;
const SECRETARY = SIGNING_SECRETARY;
const MEMBER = SIGNING_MEMBER;
const PRODUCT = SIGNING_PRODUCT;

let keys: string;

/** A self-signed certificate in a .p12 (OpenSSL 3 defaults), as a signer's file would be. */
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
      `/CN=${commonName}/O=Hội đồng OCOP tỉnh Tây Ninh`,
    ],
    { cwd: keys, stdio: 'ignore' },
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
    { cwd: keys, stdio: 'ignore' },
  );
  return join(keys, `${name}.p12`);
}

test.beforeAll(() => {
  keys = mkdtempSync(join(tmpdir(), 'ocop-e2e-keys-'));
});
test.afterAll(() => {
  rmSync(keys, { recursive: true, force: true });
});

async function openProductMinutes(page: Page): Promise<void> {
  await gotoScreen(page, 'Biên bản');
  await page.getByRole('link', { name: `Mở biên bản: ${PRODUCT}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Biên bản: ${PRODUCT}` })).toBeVisible();
}

async function signAs(
  page: Page,
  role: 'Chủ tịch Hội đồng' | 'Thư ký',
  p12: string,
  password: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Ký số biên bản' });
  await form.getByRole('radio', { name: role }).check();
  await form.getByLabel('Tệp chứng thư số (.p12, .pfx)').setInputFiles(p12);
  await form.getByLabel('Mật khẩu của tệp chứng thư số').fill(password);
  await form.getByRole('button', { name: 'Ký số' }).click();
}

async function verify(page: Page, name: string, bytes: Buffer): Promise<void> {
  await nav(page).getByRole('link', { name: 'Kiểm tra chữ ký' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kiểm tra chữ ký số của tệp PDF' })).toBeVisible();
  await page
    .getByLabel('Tệp PDF cần kiểm tra')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await expect(page.getByRole('heading', { level: 2, name: `Kết quả kiểm tra: ${name}` })).toBeVisible();
}

test('minutes made, signed by chair and secretary, verified, and a tampered copy reported as changed', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const chairP12 = makeP12('chair', CHAIR, 'mật khẩu chủ tịch');
  const secretaryP12 = makeP12('secretary', SECRETARY, 'thu-ky-2026');

  await startFromUnsealedSigningRound(page);

  // Before the result is closed: the minutes can be previewed, not signed.
  await openProductMinutes(page);
  await expect(page.getByText('Kết quả của sản phẩm chưa chốt', { exact: false })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Ký số biên bản' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Xem trước biên bản' }).click();
  await expect(page.locator(`iframe[title="Bản xem trước biên bản ${PRODUCT}"]`)).toBeVisible();
  await expect(page.getByText(/^Mã kiểm tra nhật ký in ở chân trang: [0-9a-f]{64}$/)).toBeVisible();

  // From the results screen: the closed product's page leads to its minutes.
  await closeProductViaUi(page, PRODUCT);
  await page.getByRole('link', { name: 'Lập và ký biên bản của sản phẩm' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Biên bản: ${PRODUCT}` })).toBeVisible();

  // The details a signed PDF cannot take afterwards: number, times, venue, recipients (issue 11).
  await fillProductMinutesViaUi(page, {
    startTime: '08:00',
    endTime: '10:30',
    venue: 'Hội trường UBND tỉnh',
  });
  await expect(page.getByText('Đủ thông tin để ký.')).toBeVisible();
  await dismissToasts(page);

  // A wrong password is refused in plain words, and nothing is stored.
  await signAs(page, 'Chủ tịch Hội đồng', chairP12, 'sai mật khẩu');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Mật khẩu chứng thư số không đúng.' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Các bản đã ký' })).toHaveCount(0);

  await signAs(page, 'Chủ tịch Hội đồng', chairP12, 'mật khẩu chủ tịch');
  await expect(page.getByText(`Chủ tịch Hội đồng: ${CHAIR}, lúc`, { exact: false })).toBeVisible();
  await expect(page.getByLabel('Mật khẩu của tệp chứng thư số')).toHaveValue('');
  await dismissToasts(page);
  await signAs(page, 'Thư ký', secretaryP12, 'thu-ky-2026');
  await expect(page.getByText(`Thư ký: ${SECRETARY}, lúc`, { exact: false })).toBeVisible();
  await expect(page.getByText('Chủ tịch và thư ký đều đã ký bản hiện hành.', { exact: false })).toBeVisible();
  await expectGoodLook(page, 'minutes-signed');
  await page.screenshot({ path: '/tmp/minutes-signed.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản đã ký (lần 1)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Biên bản - 01 - ${PRODUCT} - lần 1 - đã ký.pdf`);
  const signed = readFileSync(await download.path());
  writeFileSync(join(keys, 'signed.pdf'), signed);

  // A correction is a new revision with its reason; revision 1 stays, with its file and hash.
  const form = page.getByRole('form', { name: 'Ký số biên bản' });
  await form.getByRole('checkbox', { name: 'Lập bản sửa đổi (biên bản lần mới)' }).check();
  await signAs(page, 'Chủ tịch Hội đồng', chairP12, 'mật khẩu chủ tịch');
  await expect(form.getByRole('alert').filter({ hasText: 'Hãy ghi lý do sửa đổi.' })).toBeVisible();
  await form.getByLabel('Lý do sửa đổi').fill('Bổ sung số điện thoại của chủ thể');
  await signAs(page, 'Chủ tịch Hội đồng', chairP12, 'mật khẩu chủ tịch');
  await expect(page.getByText('Lý do sửa đổi: Bổ sung số điện thoại của chủ thể')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Lần 1 (đã được thay thế)' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Lần 2 (bản hiện hành)' })).toBeVisible();

  // The list says who signed the current revision; the secretary signs what waits for them in one go.
  await gotoScreen(page, 'Biên bản');
  await expect(page.getByRole('row').filter({ hasText: PRODUCT })).toContainText(
    `Đã ký (lần 2): Chủ tịch Hội đồng ${CHAIR}`,
  );
  const batchSign = page.getByRole('form', { name: 'Ký tất cả biên bản' });
  await batchSign.getByRole('radio', { name: 'Thư ký' }).check();
  await batchSign.getByLabel('Tệp chứng thư số (.p12, .pfx)').setInputFiles(secretaryP12);
  await batchSign.getByLabel('Mật khẩu của tệp chứng thư số').fill('thu-ky-2026');
  await batchSign.getByRole('button', { name: 'Ký 1 biên bản' }).click();
  await expect(page.getByRole('row').filter({ hasText: PRODUCT })).toContainText(
    `Đã ký (lần 2): Chủ tịch Hội đồng ${CHAIR}, Thư ký ${SECRETARY}`,
  );
  await expect(batchSign.getByRole('button', { name: 'Ký 0 biên bản' })).toBeDisabled();
  await expect(batchSign.getByLabel('Mật khẩu của tệp chứng thư số')).toHaveValue('');

  // The round's paperwork at once: in a browser, one download per file, Vietnamese names kept.
  const batch = page.getByRole('region', { name: 'Tạo hàng loạt' });
  await batch.getByRole('checkbox', { name: 'Kèm phiếu đánh giá của từng thành viên' }).check();
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await batch.getByRole('button', { name: 'Tạo 5 tài liệu' }).click();
  await expect(page.getByText('Đã tải về 5 tệp.')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => downloads.length).toBe(5);
  expect(downloads).toEqual([
    `Biên bản - 01 - ${PRODUCT}.pdf`,
    // in the council's order: the chair first, the secretary last (issue 14)
    `Phiếu đánh giá - 01 - ${PRODUCT} - ${CHAIR}.pdf`,
    `Phiếu đánh giá - 01 - ${PRODUCT} - ${MEMBER}.pdf`,
    `Phiếu đánh giá - 01 - ${PRODUCT} - ${SECRETARY}.pdf`,
    `Bảng tổng hợp kết quả - ${SIGNING_ROUND}.pdf`,
  ]);
  await expect(batch.getByRole('progressbar', { name: 'Tiến độ tạo tài liệu' })).toHaveAttribute(
    'value',
    '5',
  );

  await verify(page, 'bien-ban.pdf', signed);
  await expect(page.getByRole('status').filter({ hasText: 'Chữ ký hợp lệ' })).toBeVisible();
  await expect(page.getByText('Trùng khớp từng byte với biên bản do ứng dụng này ký')).toBeVisible();
  await expect(page.getByText(/^Biên bản lần 1, ký bởi Chủ tịch Hội đồng/)).toBeVisible();
  const second = page.getByRole('region', { name: 'Chữ ký 2' });
  await expect(second).toContainText(SECRETARY);
  await expect(second).toContainText('Bao trùm toàn bộ tài liệu');
  await expect(page.getByRole('region', { name: 'Chữ ký 1' })).toContainText(CHAIR);
  await expectGoodLook(page, 'verify-valid');
  await page.screenshot({ path: '/tmp/verify-valid.png', fullPage: true });

  // Appended bytes: the signatures no longer cover the document, the file is not the app's.
  await verify(page, 'bien-ban-them.pdf', Buffer.concat([signed, Buffer.from('\n% sửa sau khi ký\n')]));
  await expect(
    page.getByRole('status').filter({ hasText: 'Tài liệu đã bị thay đổi sau khi ký' }),
  ).toBeVisible();
  await expect(page.getByText('Không trùng với biên bản nào do ứng dụng này ký')).toBeVisible();

  // One flipped byte inside the signed content: the signature does not verify.
  const flipped = Buffer.from(signed);
  const at = flipped.indexOf('/Type /Page') + 2;
  flipped[at] = (flipped[at] ?? 0) ^ 0x20;
  await verify(page, 'bien-ban-sua.pdf', flipped);
  await expect(page.getByRole('status').filter({ hasText: 'Chữ ký không hợp lệ' })).toBeVisible();
  await expect(page.getByText('Không trùng với biên bản nào do ứng dụng này ký')).toBeVisible();
  await expectGoodLook(page, 'verify-tampered');
  await page.screenshot({ path: '/tmp/verify-tampered.png', fullPage: true });
});
