import { expect, test } from '@playwright/test';
import { expectGoodLook, expectNoSeriousAxeViolations, layoutProblems } from './helpers/look';

test.describe('app frame', () => {
  test('opens in Vietnamese, switches to English, and keeps the choice after a reload', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const label of [
      'Đợt đánh giá',
      'Hội đồng',
      'Sản phẩm',
      'Chấm điểm',
      'Kết quả',
      'Biên bản',
      'Cài đặt',
    ]) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    // The whole frame (header, navigation, notices) once; other specs check their screen's content.
    await expectGoodLook(page, 'app frame: rounds, empty', 'page');

    await nav.getByRole('link', { name: 'Cài đặt' }).click();
    await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
    await page.getByRole('radio', { name: 'Tiếng Anh' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'Switched to English.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

    await page.reload();
    const englishNav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect(englishNav.getByRole('link', { name: 'Rounds' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  test('shows the app version from the host in Settings', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(page.getByText('Trình duyệt (chế độ web)')).toBeVisible();
  });

  test('the first screen needs only its part of the words; another screen waits for the rest', async ({
    page,
  }) => {
    // Hold the later part of the catalog (renderer/src/i18n/catalog/index.ts → catalog-*.js).
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let asked = 0;
    await page.route('**/assets/catalog-*.js', async (route) => {
      asked += 1;
      await held;
      await route.continue();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Đợt đánh giá' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
    // The rest is asked for in the background just after start, and the home screen stays whole.
    await expect.poll(() => asked).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Hội đồng', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đang mở màn hình…' })).toBeVisible();
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Hội đồng' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Đã xảy ra lỗi' })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('an unknown screen says so and leads back home', async ({ page }) => {
    await page.goto('/#/khong-co');
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang này.' })).toBeVisible();
    await page.getByRole('link', { name: 'Về trang Đợt đánh giá' }).click();
    await expect(page.getByRole('heading', { name: 'Đợt đánh giá', level: 1 })).toBeVisible();
  });

  test('the look checks find what they are for (so they can fail)', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.setContent(`<!doctype html><html lang="vi"><body><main>
      <section style="width: 200px"><p style="white-space: nowrap; overflow: hidden">Một dòng chữ rất dài bị cắt mất phần cuối của nó</p>
      <button style="margin-left: 150px; width: 120px">Lưu</button></section>
      <p style="color: #bbb; background: #fff">Chữ nhạt trên nền trắng</p>
      <div style="width: 2000px">rộng</div></main></body></html>`);
    const kinds = (await layoutProblems(page)).map((p) => p.kind);
    expect(kinds).toContain('page-scrolls-sideways');
    expect(kinds).toContain('text-overflows');
    expect(kinds).toContain('outside-container');
    await expect(expectNoSeriousAxeViolations(page, 'a bad page')).rejects.toThrow(/color-contrast/);
  });
});
