import { expect, test, type Page } from '@playwright/test';
import { chairCloseViaUi, closeProductViaUi, openBoard, openProductResult, openResults, startRescoringViaUi, unsealViaUi, bestLoweredBy } from './helpers/results';
import { scoreSheetByKeyboard, scoreSheetViaUi, openSheet } from './helpers/scoring';
import { seedScoringRound, type SeedSpec } from './helpers/scoring-seed';

// The seed bundle is injected as an inline script (see helpers/scoring-seed.ts).
test.use({ bypassCSP: true });

const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CUONG = 'Lê Văn Cường';
const DUNG = 'Phạm Thị Dung';

const ROUND: SeedSpec = {
  roundName: 'Đợt 2 năm 2026 — thử kết quả',
  members: [
    { fullName: AN, role: 'chair' },
    { fullName: BINH, role: 'member' },
    { fullName: CUONG, role: 'member' },
    { fullName: DUNG, role: 'member' },
  ],
  products: [
    { name: 'Bưởi da xanh', code: '72-25459-001-2026', sheetNo: 1 },
    { name: 'Mật ong hoa nhãn', code: '72-25459-002-2026', sheetNo: 1 },
  ],
};

const score = (page: Page, member: string, product: string, lowerBy: number) =>
  scoreSheetViaUi(page, { member, product, sheetNo: 1, answers: lowerBy === 0 ? 'best' : bestLoweredBy(1, lowerBy) });

test.describe('sealed results, unsealing and the progress board', () => {
  test('the board shows states and never a score; after the unseal the engine’s totals, average and stars', async ({ page }) => {
    await seedScoringRound(page, { ...ROUND, members: ROUND.members.map((m) => (m.fullName === DUNG ? { ...m, absent: true } : m)) });
    await score(page, AN, 'Bưởi da xanh', 0); // 100
    await score(page, BINH, 'Bưởi da xanh', 4); // 96

    await openBoard(page);
    const board = page.getByRole('table', { name: /^Tình trạng phiếu/ });
    const row = board.getByRole('row').filter({ hasText: 'Bưởi da xanh' });
    await expect(row.getByRole('cell')).toHaveText([/Đã nộp/, /Đã nộp/, /Chưa chấm/, /Vắng/, '2/3', 'Đang niêm phong']);
    await expect(board).not.toContainText('100');
    await expect(board).not.toContainText('96');

    // Sealed on its own page too: statuses only, the unseal waits for Cường.
    await openProductResult(page, 'Bưởi da xanh');
    await expect(page.getByRole('heading', { name: 'Đang niêm phong' })).toBeVisible();
    await expect(page.getByText('Chưa thể mở niêm phong: mới có 2/3 phiếu.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mở niêm phong' })).toBeDisabled();
    await expect(page.getByRole('table', { name: 'Điểm của từng thành viên' })).toHaveCount(0);

    await score(page, CUONG, 'Bưởi da xanh', 7); // 93
    await unsealViaUi(page, 'Bưởi da xanh');
    const scores = page.getByRole('table', { name: 'Điểm của từng thành viên' });
    await expect(scores.getByRole('row').filter({ hasText: AN }).getByRole('cell').last()).toHaveText('100');
    await expect(scores.getByRole('row').filter({ hasText: BINH }).getByRole('cell').last()).toHaveText('96');
    await expect(scores.getByRole('row').filter({ hasText: CUONG }).getByRole('cell').last()).toHaveText('93');
    await expect(scores.getByRole('row').filter({ hasText: DUNG })).toContainText('Vắng');
    // (100 + 96 + 93) / 3 = 96.333… shown rounded down; 5★ band with every minimum met.
    await expect(page.getByText('96,33', { exact: true })).toBeVisible();
    await expect(page.getByText('7 điểm (giới hạn 10 điểm)')).toBeVisible();
    await expect(page.getByRole('img', { name: '5 sao' })).toBeVisible();
    await expect(page.getByText('Đề nghị Bộ xem xét 5 sao', { exact: true })).toBeVisible();

    await closeProductViaUi(page, 'Bưởi da xanh');
    await openResults(page);
    const table = page.getByRole('table', { name: 'Kết quả của từng sản phẩm' });
    const result = table.getByRole('row').filter({ hasText: 'Bưởi da xanh' });
    await expect(result).toContainText('96,33');
    await expect(result.getByRole('img', { name: '5 sao' })).toBeVisible();
    await expect(result).toContainText('Đã chốt');
    await expect(table.getByRole('row').filter({ hasText: 'Mật ong hoa nhãn' })).toContainText('Đang niêm phong');

    // The projector: no navigation, large type, Escape leaves.
    await openBoard(page);
    await page.getByRole('button', { name: 'Trình chiếu' }).click();
    const projector = page.getByRole('dialog', { name: /^Tiến độ chấm điểm/ });
    await expect(projector).toBeVisible();
    const size = await projector.getByRole('cell', { name: /Đã nộp/ }).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(22);
    await page.screenshot({ path: '/tmp/results-projector.png' });
    await page.keyboard.press('Escape');
    await expect(projector).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Bảng tiến độ chấm điểm' })).toBeVisible();
  });
});
