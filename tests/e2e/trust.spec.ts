import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addPage } from '../unit/electron/signing/helpers/attacks';
import { makeTestPki, type TestPki } from '../unit/electron/signing/helpers/test-pki';
import {
  fillProductMinutesViaUi,
  SIGNING_CHAIR,
  SIGNING_PRODUCT,
  SIGNING_SECRETARY,
  startFromUnsealedSigningRound,
} from './helpers/minutes';
import { closeProductViaUi } from './helpers/results';
import { dismissToasts, gotoScreen, nav } from './helpers/setup';
import { expectGoodLook } from './helpers/look';

/**
 * Issue 10, "who signed, under which root": minutes signed through the UI by the chair and the
 * secretary with .p12 files from a test CA; the CA's root imported in Settings → the
 * verification screen names both signers, the chain and the trusted root; the root removed →
 * both "Không tin cậy"; a page appended after signing → named as such, in red.
 */

// The round minutes.spec signs too (built once per worker, see startFromUnsealedSigningRound).
const CHAIR = SIGNING_CHAIR;
const SECRETARY = SIGNING_SECRETARY;
const PRODUCT = SIGNING_PRODUCT;
const ROOT = 'OCOP Test CA, Test only';

let pki: TestPki;
let chairP12: string;
let secretaryP12: string;

test.beforeAll(() => {
  pki = makeTestPki();
  pki.issueP12({ commonName: CHAIR, organization: 'Hội đồng OCOP tỉnh Tây Ninh', password: 'chu-tich' });
  chairP12 = `${pki.dir}/signer1.p12`;
  pki.issueP12({ commonName: SECRETARY, password: 'thu-ky' });
  secretaryP12 = `${pki.dir}/signer2.p12`;
});
test.afterAll(() => pki.dispose());

async function signAs(page: Page, role: 'Chủ tịch Hội đồng' | 'Thư ký', p12: string, password: string) {
  const form = page.getByRole('form', { name: 'Ký số biên bản' });
  await form.getByRole('radio', { name: role }).check();
  await form.getByLabel('Tệp chứng thư số (.p12, .pfx)').setInputFiles(p12);
  await form.getByLabel('Mật khẩu của tệp chứng thư số').fill(password);
  await form.getByRole('button', { name: 'Ký số' }).click();
}

async function verify(page: Page, name: string, bytes: Buffer): Promise<void> {
  await nav(page).getByRole('link', { name: 'Kiểm tra chữ ký' }).click();
  await page
    .getByLabel('Tệp PDF cần kiểm tra')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: bytes });
  await expect(page.getByRole('heading', { level: 2, name: `Kết quả kiểm tra: ${name}` })).toBeVisible();
}

async function trustedRoots(page: Page) {
  await gotoScreen(page, 'Cài đặt');
  const section = page.getByRole('region', { name: 'Chứng thư gốc tin cậy' });
  await expect(section.getByRole('button', { name: /^Nhập chứng thư gốc/ })).toBeVisible();
  return section;
}

test('a test CA root imported in Settings: both signers traced to it; removed: both "Không tin cậy"; a page added after signing is named', async ({
  page,
}) => {
  test.setTimeout(420_000); // ≈ 3.5 min at load average 20–28 on 2 cores; most of it is building and scoring the round
  await page.setViewportSize({ width: 1366, height: 768 });
  await startFromUnsealedSigningRound(page);
  await closeProductViaUi(page, PRODUCT);
  await page.getByRole('link', { name: 'Lập và ký biên bản của sản phẩm' }).click();
  // Issue 11: signing needs the minutes' details (times, venue) filled in first.
  await fillProductMinutesViaUi(page, {
    startTime: '08:00',
    endTime: '10:30',
    venue: 'Hội trường UBND tỉnh',
  });
  await expect(page.getByText('Đủ thông tin để ký.')).toBeVisible();
  await page.screenshot({ path: '/tmp/trust-sign-form.png', fullPage: true });
  await expectGoodLook(page, 'minutes: the signing form, ready to sign');
  await signAs(page, 'Chủ tịch Hội đồng', chairP12, 'chu-tich');
  await expect(page.getByText(`Chủ tịch Hội đồng: ${CHAIR}, lúc`, { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  await dismissToasts(page);
  await signAs(page, 'Thư ký', secretaryP12, 'thu-ky');
  await expect(page.getByText(`Thư ký: ${SECRETARY}, lúc`, { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  await expectGoodLook(page, 'minutes: signed by the chair and the secretary');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải bản đã ký (lần 1)' }).click(),
  ]);
  const signed = readFileSync(await download.path());

  // No root yet: never green.
  await verify(page, 'bien-ban.pdf', signed);
  await expect(page.getByRole('region', { name: 'Chữ ký 1' })).toContainText(
    'Không tin cậy: không rõ tổ chức cấp',
  );
  await expectGoodLook(page, 'verify: no trusted root yet');

  // Settings → import the CA's root (PEM), listed with its fingerprint; it survives a reload.
  let section = await trustedRoots(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    section.getByRole('button', { name: /^Nhập chứng thư gốc/ }).click(),
  ]);
  await chooser.setFiles(pki.caPemPath);
  await expect(section.getByRole('rowheader', { name: new RegExp(ROOT) })).toBeVisible();
  await page.reload();
  section = await trustedRoots(page);
  const row = section.getByRole('row').filter({ hasText: ROOT });
  await expect(row).toContainText('Chứng thư gốc (tự ký)');
  await expect(row.locator('code')).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await page.screenshot({ path: '/tmp/trust-settings.png', fullPage: true });
  await expectGoodLook(page, 'settings: a trusted root listed');

  await verify(page, 'bien-ban.pdf', signed);
  await expect(page.getByRole('status').filter({ hasText: 'Chữ ký hợp lệ' })).toBeVisible();
  for (const [index, signer] of [
    [1, CHAIR],
    [2, SECRETARY],
  ] as const) {
    const region = page.getByRole('region', { name: `Chữ ký ${index}` });
    await expect(region).toContainText(signer);
    await expect(region).toContainText('Tin cậy: chứng thư số thuộc chuỗi của một chứng thư gốc tin cậy');
    const chain = region.getByRole('list', { name: 'Chuỗi chứng thư' });
    await expect(chain.getByRole('listitem')).toHaveText([
      new RegExp(`^${signer}`),
      `${ROOT} (chứng thư gốc tin cậy)`,
    ]);
  }
  await expect(page.getByRole('region', { name: 'Chữ ký 1' })).toContainText(
    'Không có (chỉ có chữ ký sau được thêm vào)',
  );
  await page.screenshot({ path: '/tmp/trust-verify-trusted.png', fullPage: true });
  await expectGoodLook(page, 'verify: both signers traced to the trusted root');

  // The minutes' own signature list says the same.
  await gotoScreen(page, 'Biên bản');
  await page.getByRole('link', { name: `Mở biên bản: ${PRODUCT}` }).click();
  const list = page.getByRole('list', { name: 'Các chữ ký trong tệp' });
  await expect(list.getByRole('listitem').filter({ hasText: CHAIR }).first()).toContainText(
    `${ROOT} (chứng thư gốc tin cậy)`,
  );
  await page.screenshot({ path: '/tmp/trust-minutes.png', fullPage: true });
  await expectGoodLook(page, 'minutes: the signature list with the trusted root');

  // Remove the root: both signatures are "Không tin cậy", with the reason.
  section = await trustedRoots(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await section.getByRole('button', { name: `Xóa chứng thư ${ROOT}` }).click();
  await expect(section.getByText('Chưa có chứng thư gốc nào')).toBeVisible();
  await verify(page, 'bien-ban.pdf', signed);
  for (const index of [1, 2]) {
    await expect(page.getByRole('region', { name: `Chữ ký ${index}` })).toContainText(
      'Không tin cậy: không rõ tổ chức cấp: chứng thư gốc chưa được nhập vào danh sách tin cậy',
    );
  }
  await page.screenshot({ path: '/tmp/trust-verify-untrusted.png', fullPage: true });
  await expectGoodLook(page, 'verify: the root removed, both untrusted');

  // A page appended after both signed: named, in red, for both signatures.
  await verify(page, 'bien-ban-them-trang.pdf', Buffer.from(addPage(signed)));
  await expect(
    page.getByRole('status').filter({ hasText: 'Tài liệu đã bị thay đổi sau khi ký' }),
  ).toBeVisible();
  for (const index of [1, 2]) {
    const region = page.getByRole('region', { name: `Chữ ký ${index}` });
    await expect(region).toContainText('Tài liệu đã bị thay đổi sau khi ký');
    await expect(region.getByRole('listitem').filter({ hasText: 'thêm 1 trang' })).toHaveCSS(
      'color',
      'rgb(164, 14, 14)',
    );
  }
  await page.screenshot({ path: '/tmp/trust-verify-page-added.png', fullPage: true });
  await expectGoodLook(page, 'verify: a page added after signing');
});
