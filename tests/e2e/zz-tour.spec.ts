import { test, type Page } from '@playwright/test';
import { openProductResult, openResults, unsealViaUi } from './helpers/results';
import { openSheet, scoreSheetViaUi, openProductPanel, goToScoring } from './helpers/scoring';
import {
  buildRoundViaUi,
  gotoScreen,
  startScoringViaUi,
  SEVEN_MEMBERS,
  dismissToasts,
} from './helpers/setup';
import { layoutProblems, expectNoSeriousAxeViolations } from './helpers/look';

const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  const p = await layoutProblems(page);
  if (p.length) console.log(name, JSON.stringify(p, null, 1));
  try {
    await expectNoSeriousAxeViolations(page, name);
  } catch (e) {
    console.log(name, String(e).slice(0, 3000));
  }
};
test('tour', async ({ page }) => {
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await shot(page, '00-empty');
  await buildRoundViaUi(page, {
    round: { name: 'Đợt 2 năm 2026 — thử', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    members: SEVEN_MEMBERS.slice(0, 5),
    products: [
      { name: 'Bưởi da xanh', sheetNo: 1, code: '72-25459-001-2026', producerName: 'HTX Bưởi' },
      { name: 'Mật ong hoa nhãn', sheetNo: 1, producerName: 'HTX Ong Việt' },
    ],
  });
  await gotoScreen(page, 'Đợt đánh giá');
  await dismissToasts(page);
  await shot(page, '01-rounds');
  await gotoScreen(page, 'Hội đồng');
  await shot(page, '02-council');
  await gotoScreen(page, 'Sản phẩm');
  await shot(page, '03-products');
  await startScoringViaUi(page);
  await gotoScreen(page, 'Sản phẩm');
  await shot(page, '03b-products-toast');
  await goToScoring(page);
  await shot(page, '04-scoring');
  await openSheet(page, 'Phạm Thị Dung', 'Bưởi da xanh');
  await shot(page, '05-sheet-empty');
  for (const m of SEVEN_MEMBERS.slice(0, 5))
    if (m.role !== 'secretary')
      await scoreSheetViaUi(page, {
        member: m.fullName,
        product: 'Bưởi da xanh',
        sheetNo: 1,
        answers: 'best',
      });
  await goToScoring(page);
  await shot(page, '06-scoring-after');
  await openProductPanel(page, 'Bưởi da xanh');
  await shot(page, '07-product-panel');
  await openResults(page);
  await shot(page, '08-results-sealed');
  await openProductResult(page, 'Bưởi da xanh');
  await shot(page, '09-product-sealed');
  await unsealViaUi(page, 'Bưởi da xanh');
  await shot(page, '10-product-unsealed');
  await openResults(page);
  await shot(page, '11-results-unsealed');
  await gotoScreen(page, 'Biên bản');
  await shot(page, '12-minutes');
  await gotoScreen(page, 'Cài đặt');
  await shot(page, '13-settings');
  await page.getByRole('button', { name: /nhật ký/i }).click();
  await page.waitForTimeout(800);
  await shot(page, '14-audit');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Kiểm tra chữ ký' }).click();
  await shot(page, '15-verify');
});
