import { expect, test } from '@playwright/test';
import {
  addProductViaUi,
  createRoundViaUi,
  fillProductForm,
  gotoScreen,
  THREE_PRODUCTS,
} from './helpers/setup';
import { expectGoodLook } from './helpers/look';

test.describe('products', () => {
  test('three products on sheets 1, 13 and 26 found without diacritics; a wrong code saves nothing; all kept after a reload', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/#/products');
    await expect(page.getByText('Hãy chọn hoặc tạo một đợt đánh giá trước.')).toBeVisible();
    await createRoundViaUi(page, {
      name: 'Đợt 2 năm 2026',
      province: 'Quảng Nam',
      meetingDates: ['2026-12-05'],
    });

    for (const product of THREE_PRODUCTS) await addProductViaUi(page, product);
    const table = page.getByRole('table', { name: 'Danh sách sản phẩm của đợt' });
    await expect(table.getByRole('row', { name: /Rau cải ngọt hữu cơ/ })).toContainText(
      'Phiếu 1: Rau, củ, quả, hạt tươi',
    );
    await expect(table.getByRole('row', { name: /Cà phê bột Đắk Hà/ })).toContainText(
      'Phiếu 13: Sản phẩm cà phê, ca cao',
    );
    await expect(table.getByRole('row', { name: /Cà phê bột Đắk Hà/ })).toContainText('Nâng hạng');
    await expect(table.getByRole('row', { name: /Du lịch cộng đồng/ })).toContainText(
      'Phiếu 26: Dịch vụ du lịch cộng đồng',
    );
    await expect(table.getByRole('row', { name: /Du lịch cộng đồng/ })).toContainText('49-20311-003-2026');
    await expect(table.getByRole('row', { name: /Du lịch cộng đồng/ })).toContainText('Chưa chấm');
    // The slot for the producer's self-assessment (built with the scoring sheets).
    await expect(
      table.getByRole('link', { name: 'Tự đánh giá (Mẫu 02) của Cà phê bột Đắk Hà' }),
    ).toHaveAttribute('href', /^#\/scoring\/self\//);
    await expectGoodLook(page, 'products: the list');

    // A wrong product code: every problem is said, nothing is saved.
    await page.getByRole('button', { name: 'Thêm sản phẩm', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm sản phẩm' });
    await expect(dialog.getByText('T: Mã tỉnh- X: Mã xã', { exact: false })).toBeVisible();
    await fillProductForm(dialog, {
      name: 'Nước mắm Nam Ô',
      code: '4-2012-0-26',
      sheetNo: 9,
      sheetSearch: 'nuoc mam',
      producerName: 'Cơ sở Nam Ô',
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const code = dialog.getByLabel('Mã số sản phẩm');
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Mã tỉnh "4" phải gồm 2 chữ số.', { exact: false })).toBeVisible();
    await expect(dialog.getByText('Mã xã "2012" phải gồm 5 chữ số.', { exact: false })).toBeVisible();
    await expect(dialog.getByText('Năm "26" phải gồm 4 chữ số.', { exact: false })).toBeVisible();
    await expectGoodLook(page, 'products: the product form, with errors');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(table.getByRole('row')).toHaveCount(4);

    // A code used twice in the round is refused by the repository, with its reason.
    await page.getByRole('button', { name: 'Thêm sản phẩm', exact: true }).click();
    await fillProductForm(dialog, {
      name: 'Nước mắm Nam Ô',
      code: '49-20125-001-2026',
      sheetNo: 9,
      sheetSearch: 'nuoc mam',
      producerName: 'Cơ sở Nam Ô',
    });
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Dữ liệu đã tồn tại.' })).toBeVisible();
    await expect(dialog.getByText('Mã số này đã dùng cho một sản phẩm khác của đợt.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(table.getByRole('row')).toHaveCount(4);

    // Edit: the product comes back as saved and the change is kept.
    await table.getByRole('button', { name: 'Sửa Cà phê bột Đắk Hà' }).click();
    const edit = page.getByRole('dialog', { name: 'Sửa sản phẩm' });
    await expect(edit.getByText('Đã chọn: Phiếu 13: Sản phẩm cà phê, ca cao')).toBeVisible();
    await expect(edit.getByLabel('Tên chủ thể')).toHaveValue('Công ty TNHH Cà phê Núi Thành');
    await fillProductForm(edit, {
      name: 'Cà phê bột nguyên chất Đắk Hà',
      producerPhone: '0235 3123 456',
      meetingDate: '2026-12-05',
    });
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await expect(edit).toBeHidden();
    await expect(table.getByRole('rowheader', { name: 'Cà phê bột nguyên chất Đắk Hà' })).toBeVisible();
    // The save's notice stands at the foot of the navigation column, never over the list's
    // buttons (on the walkthrough, notices piled up over the edit buttons; issue 14).
    await expect(page.getByRole('region', { name: 'Thông báo' }).getByRole('status').first()).toBeVisible();
    const covered = await page.evaluate(() => {
      const notices = [...document.querySelectorAll('[aria-live] > [role]')].map((n) =>
        n.getBoundingClientRect(),
      );
      return [...document.querySelectorAll('table button, table a')]
        .map((control) => control.getBoundingClientRect())
        .filter((c) =>
          notices.some((n) => n.left < c.right && c.left < n.right && n.top < c.bottom && c.top < n.bottom),
        ).length;
    });
    expect(covered).toBe(0);
    await page.screenshot({ path: '/tmp/products.png', fullPage: true });

    await page.reload();
    await expect(page.getByText('Đợt đang làm việc: Đợt 2 năm 2026')).toBeVisible();
    await expect(table.getByRole('rowheader')).toHaveText([
      'Rau cải ngọt hữu cơ',
      'Cà phê bột nguyên chất Đắk Hà',
      'Du lịch cộng đồng làng Bích Họa',
    ]);
    await table.getByRole('button', { name: 'Sửa Cà phê bột nguyên chất Đắk Hà' }).click();
    await expect(edit.getByLabel('Số điện thoại')).toHaveValue('0235 3123 456');
    await expect(edit.getByLabel('Ngày họp đánh giá sản phẩm')).toHaveValue('2026-12-05');
    await edit.getByRole('button', { name: 'Hủy' }).click();
    await gotoScreen(page, 'Đợt đánh giá');
    await expect(
      page
        .getByRole('table', { name: 'Danh sách đợt đánh giá' })
        .getByRole('row', { name: /Đợt 2 năm 2026/ }),
    ).toContainText('3');
  });

  test('the product-set search tolerates missing diacritics and numbers; required fields are named', async ({
    page,
  }) => {
    await page.goto('/');
    await createRoundViaUi(page, { name: 'Đợt thử', province: 'Huế', meetingDates: ['2026-12-05'] });
    await gotoScreen(page, 'Sản phẩm');
    await page.getByRole('button', { name: 'Thêm sản phẩm', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm sản phẩm' });
    const options = dialog
      .getByRole('radiogroup', { name: 'Bộ sản phẩm (phiếu đánh giá)' })
      .getByRole('radio');
    await expect(options).toHaveCount(26);
    await dialog.getByLabel('Tìm bộ sản phẩm').fill('ca phe');
    await expect(options).toHaveCount(1);
    await expect(options.first()).toHaveAccessibleName(/^Phiếu 13: Sản phẩm cà phê, ca cao/);
    await dialog.getByLabel('Tìm bộ sản phẩm').fill('RUOU');
    await expect(options.first()).toHaveAccessibleName(/^Phiếu 14: Rượu trắng/);
    await dialog.getByLabel('Tìm bộ sản phẩm').fill('26');
    await expect(options).toHaveCount(1);
    await dialog.getByLabel('Tìm bộ sản phẩm').fill('xyz khong co');
    await expect(dialog.getByText('Không có bộ sản phẩm nào khớp.')).toBeVisible();

    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText('Hãy chọn một bộ sản phẩm.')).toBeVisible();
    await expect(dialog.getByLabel('Tên sản phẩm', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Tên chủ thể')).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: '/tmp/product-form.png' });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(page.getByText('Đợt này chưa có sản phẩm nào.')).toBeVisible();

    // Remove, after a confirmation.
    await addProductViaUi(page, {
      name: 'Mật ong hoa nhãn',
      sheetNo: 4,
      sheetSearch: 'mat ong',
      producerName: 'HTX Ong Việt',
      code: '',
    });
    await page.getByRole('button', { name: 'Xóa Mật ong hoa nhãn' }).click();
    const confirm = page.getByRole('dialog', { name: 'Xóa sản phẩm?' });
    await expect(confirm).toContainText('Xóa "Mật ong hoa nhãn" khỏi đợt đánh giá?');
    await confirm.getByRole('button', { name: 'Xóa' }).click();
    await expect(page.getByText('Đợt này chưa có sản phẩm nào.')).toBeVisible();
  });
});
