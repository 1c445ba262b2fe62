import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectGoodLook } from './helpers/look';
import { dismissToasts, gotoScreen, nav } from './helpers/setup';

/**
 * Issue 12, the register's papers: from a closed round (the example round with every scored
 * product closed) the draft recognition decision lists exactly the products recognised (the
 * pomelo and the coffee, 4★), in PDF and in Word; the list for the Ministry holds the 97.5-point
 * tourism product with its minutes; once the decision is recorded the certificates print
 * numbered without gaps, in the province's layout (saved, surviving a reload); an evaluation
 * on the register's product page opens its minutes.
 */
const example = fileURLToPath(new URL('../fixtures/rounds/example-round.json', import.meta.url));
const ROUND = 'Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026 — đợt 2';
const POMELO = 'Bưởi da xanh Tân Phú';
const COFFEE = 'Cà phê rang xay Hòa Bình';
const RECOGNISED = [POMELO, COFFEE];
const FORWARDED = 'Du lịch cộng đồng làng nghề Phước Lộc';
const NOT_LISTED = ['Ca cao bột Thạnh Đức', 'Rau mầm sạch Long Hòa'];
const shots = process.env.OCOP_SCREENSHOTS;

function closedRoundFile(): string {
  const file = JSON.parse(readFileSync(example, 'utf8')) as { events: unknown[] };
  const by = '00000000-0000-4000-8000-000000000011';
  for (const n of ['22', '23', '25']) {
    const productId = `00000000-0000-4000-8000-0000000000${n}`;
    file.events.push({ kind: 'unseal', productId, pass: 1, at: '2026-11-27T10:00:00+07:00', by });
    file.events.push({ kind: 'close', productId, at: '2026-11-27T10:05:00+07:00', by });
  }
  const path = join(tmpdir(), `register-papers-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

async function download(
  page: Page,
  button: string,
  scope: Page | Locator = page,
): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { file, path: await file.path() };
}

/** A self-signed .p12 made here (OpenSSL 3 defaults), as a signer's file would be. */
function makeP12(password: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'register-p12-'));
  const run = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  run([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'k.pem',
    '-out',
    'c.pem',
    '-days',
    '30',
    '-utf8',
    '-subj',
    '/CN=Nguyễn Văn Chủ Tịch/O=UBND tỉnh Mẫu',
  ]);
  run([
    'pkcs12',
    '-export',
    '-inkey',
    'k.pem',
    '-in',
    'c.pem',
    '-out',
    's.p12',
    '-passout',
    `pass:${password}`,
  ]);
  return join(dir, 's.p12');
}

const pdfText = (path: string, page?: number): string =>
  execFileSync('pdftotext', [...(page === undefined ? [] : ['-f', `${page}`, '-l', `${page}`]), path, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/gu, ' ');
const pdfPages = (path: string): number =>
  Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1] ?? 0);

test('a closed round: the draft decision, the list for the Ministry, certificates without gaps, minutes links', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.clock.setFixedTime(new Date('2026-12-03T09:00:00+07:00'));
  await page.goto('/');
  await gotoScreen(page, 'Đợt đánh giá');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Nhập tệp đợt đánh giá' }).click(),
  ]);
  await chooser.setFiles(closedRoundFile());
  await expect(page.getByRole('heading', { level: 2, name: `Đợt đang làm việc: ${ROUND}` })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Sổ theo dõi sản phẩm OCOP' }).click();
  await dismissToasts(page);

  const papers = page.getByRole('region', { name: 'Giấy tờ của một đợt đã kết thúc' });
  await expect(papers.getByText('2 sản phẩm được đề nghị công nhận 3–4 sao.')).toBeVisible();
  await expect(papers.getByText('1 sản phẩm đạt từ 90 điểm trở lên, đề nghị Bộ xem xét.')).toBeVisible();
  await expect(papers.getByText('Chưa có giấy chứng nhận')).toBeVisible();

  // The draft decision (PDF): exactly the recognised products in its annex.
  const decision = await download(page, 'Dự thảo quyết định công nhận (PDF)');
  expect(decision.file.suggestedFilename()).toBe(`Dự thảo Quyết định công nhận sản phẩm OCOP - ${ROUND}.pdf`);
  const text = pdfText(decision.path);
  expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
  const annex = text.slice(text.indexOf('PHỤ LỤC'));
  for (const name of RECOGNISED) expect(annex).toContain(name);
  for (const name of [...NOT_LISTED, FORWARDED]) expect(text).not.toContain(name);
  expect(annex.match(/72-25000-\d{3}-2026/gu)).toEqual(['72-25000-001-2026', '72-25000-002-2026']);
  // The same list in Word.
  const word = await download(page, 'Dự thảo quyết định công nhận (Word)');
  expect(word.file.suggestedFilename()).toMatch(/\.docx$/u);
  const xml = execFileSync('unzip', ['-p', word.path, 'word/document.xml'], { encoding: 'utf8' });
  for (const name of RECOGNISED) expect(xml).toContain(name);
  for (const name of [...NOT_LISTED, FORWARDED]) expect(xml).not.toContain(name);

  // Signed like the minutes (the host's signing service), in the signer's box: pdfsig reads it valid.
  const decisionGroup = papers.getByRole('region', { name: 'Dự thảo quyết định công nhận' });
  await decisionGroup.getByText('Ký số bản PDF (tệp .p12, .pfx)').click();
  await decisionGroup.getByLabel('Tệp chứng thư số (.p12, .pfx)').setInputFiles(makeP12('ubnd-2026'));
  await decisionGroup.getByLabel('Mật khẩu của tệp chứng thư số').fill('ubnd-2026');
  const signed = await download(page, 'Ký số và lưu', decisionGroup);
  expect(signed.file.suggestedFilename()).toMatch(/ - đã ký\.pdf$/u);
  const verdict = execFileSync('pdfsig', [signed.path], { encoding: 'utf8' });
  expect(verdict).toContain('Signature is Valid');
  expect(verdict).toContain('Total document signed');
  await expect(decisionGroup.getByLabel('Mật khẩu của tệp chứng thư số')).toHaveValue('');

  // The list for the Ministry: the 97.5-point product, with its minutes.
  const forwarding = await download(page, 'Danh sách đề nghị công nhận 5 sao (PDF)');
  const list = pdfText(forwarding.path);
  expect(list).toContain(FORWARDED);
  expect(list).toContain('Kính gửi: Bộ Nông nghiệp và Môi trường.');
  expect(list).toMatch(/Biên bản (số \S+ )?(họp )?ngày 27\/11\/2026/u);
  for (const name of [...RECOGNISED, ...NOT_LISTED]) expect(list).not.toContain(name);

  // The province's layout, then the decision recorded: certificates 0001, 0002 printed in order.
  await papers.getByText('Mẫu giấy chứng nhận của tỉnh').click();
  await papers.getByLabel('Họ tên người ký (để trống để viết tay)').fill('Nguyễn Văn Thắng');
  await papers.getByLabel('Dòng chữ dưới tiêu đề (tối đa 3 dòng)').fill('Chương trình Mỗi xã một sản phẩm');
  await papers.getByRole('button', { name: 'Lưu mẫu giấy chứng nhận' }).click();
  await expect(page.getByText('Đã lưu mẫu giấy chứng nhận.')).toBeVisible();
  await dismissToasts(page);
  // With the signing and the layout forms open: what a person sees is checked.
  if (shots) await page.screenshot({ path: join(shots, 'register-papers-forms.png'), fullPage: true });
  await expectGoodLook(page, 'register: papers with the signing and layout forms open');
  await page.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await page.getByLabel('Ngày quyết định').fill('15/12/2026');
  await page.getByRole('button', { name: 'Ghi quyết định và cấp số giấy chứng nhận' }).click();
  await expect(
    papers.getByText('2 giấy chứng nhận, số 0001/2026/GCN-OCOP đến 0002/2026/GCN-OCOP'),
  ).toBeVisible();
  await dismissToasts(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(papers.getByText('2 giấy chứng nhận, số 0001/2026/GCN-OCOP')).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, 'register-papers.png'), fullPage: true });
  const certificates = await download(page, 'In 2 giấy chứng nhận');
  await expect(papers.getByRole('status')).toHaveText('Đã in 2/2 giấy chứng nhận');
  expect(pdfPages(certificates.path)).toBe(2);
  const numbers = [1, 2].map((p) => pdfText(certificates.path, p).match(/\d{4}\/2026\/GCN-OCOP/gu));
  expect(numbers).toEqual([['0001/2026/GCN-OCOP'], ['0002/2026/GCN-OCOP']]);
  expect(pdfText(certificates.path, 1)).toContain(POMELO);
  expect(pdfText(certificates.path, 2)).toContain(COFFEE);
  const all = pdfText(certificates.path);
  expect(all).toContain('Nguyễn Văn Thắng');
  expect(all).toContain('Chương trình Mỗi xã một sản phẩm');
  expect(all).toContain('Quyết định số 125/QĐ-UBND ngày 15/12/2026');
  // The decision now carries its number.
  const recorded = await download(page, 'Dự thảo quyết định công nhận (PDF)');
  expect(pdfText(recorded.path)).toContain('Số: 125/QĐ-UBND');

  // From the register's product page to the product's minutes (not signed: the draft).
  await page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: POMELO }) })
    .getByRole('link', { name: POMELO })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: POMELO })).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, 'register-product-minutes.png'), fullPage: true });
  await page.getByRole('link', { name: 'Chưa ký — xem bản nháp biên bản' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Biên bản' })).toBeVisible();
  await expect(page.getByText(POMELO).first()).toBeVisible();
});
