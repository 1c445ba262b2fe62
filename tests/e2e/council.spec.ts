import { expect, test } from '@playwright/test';
import {
  addMemberViaUi,
  addPersonToDirectoryViaUi,
  attendanceOf,
  createRoundViaUi,
  gotoScreen,
  markRestPresentViaUi,
  quorumOfDay,
  SEVEN_MEMBERS,
  setAttendanceViaUi,
} from './helpers/setup';
import { expectGoodLook } from './helpers/look';

const day1 = '2026-12-05';
const day2 = '2026-12-06';

test.describe('council', () => {
  test('seven members with roles, attendance per day and the quorum live; everything survives a reload', async ({
    page,
  }) => {
    // Seven members, 14 attendance marks, 2 days of quorum and a reload: ~30 s idle, slower on the shared machine.
    test.setTimeout(120_000);
    await page.goto('/#/council');
    await expect(page.getByText('Hãy chọn hoặc tạo một đợt đánh giá trước.')).toBeVisible();

    await createRoundViaUi(page, {
      name: 'Đợt 2 năm 2026',
      province: 'Quảng Nam',
      meetingDates: [day1, day2],
    });
    // Two people already in the directory (kept across rounds), found without diacritics.
    const [chair, viceChair, ...others] = SEVEN_MEMBERS;
    if (chair === undefined || viceChair === undefined) throw new Error('fixture');
    await addPersonToDirectoryViaUi(page, chair);
    await addPersonToDirectoryViaUi(page, viceChair);
    await addMemberViaUi(page, { ...chair, existing: true, search: 'nguyen van an' });
    await addMemberViaUi(page, { ...viceChair, existing: true, search: 'tran thi' });
    // The rest are created inline in the add-member dialog.
    for (const member of others) await addMemberViaUi(page, member);

    const members = page.getByRole('table', { name: 'Danh sách thành viên hội đồng' });
    await expect(members.getByRole('row')).toHaveCount(8);
    await expect(members.getByLabel('Vai trò của Nguyễn Văn An')).toHaveValue('chair');
    await expect(members.getByLabel('Vai trò của Lê Văn Cường')).toHaveValue('secretary');

    // The council's order: the chair first and the secretary (added third) last by default;
    // the secretary moves people with the keyboard, the focus stays on the button pressed.
    const names = members.getByRole('rowheader');
    await expect(names.first()).toHaveText('Nguyễn Văn An');
    await expect(names.last()).toHaveText('Lê Văn Cường');
    await expect(members.getByRole('button', { name: 'Đưa Nguyễn Văn An lên một bậc' })).toBeDisabled();
    await expect(members.getByRole('button', { name: 'Đưa Lê Văn Cường xuống một bậc' })).toBeDisabled();
    const up = members.getByRole('button', { name: 'Đưa Lê Văn Cường lên một bậc' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(names.nth(5)).toHaveText('Lê Văn Cường');
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(names.nth(4)).toHaveText('Lê Văn Cường');
    await expect(page.getByRole('status').filter({ hasText: 'Lê Văn Cường đứng thứ 5' })).toBeAttached();

    // A second chair is refused, with the reason.
    await members.getByLabel('Vai trò của Phạm Thị Dung').selectOption({ label: 'Chủ tịch' });
    await expect(page.getByRole('alert').filter({ hasText: 'Hội đồng chỉ có một Chủ tịch.' })).toBeVisible();
    await expect(members.getByLabel('Vai trò của Phạm Thị Dung')).toHaveValue('member');

    // Attendance is confirmed, not assumed (§4 item 7): nobody marked, nobody counts.
    await expect(quorumOfDay(page, day1)).toContainText('Không đủ túc số');
    await expect(quorumOfDay(page, day1)).toContainText('0/7 thành viên có mặt');
    await setAttendanceViaUi(page, { fullName: 'Nguyễn Văn An', date: day1, present: 'present' });
    await expect(quorumOfDay(page, day1)).toContainText('1/7 thành viên có mặt');
    await markRestPresentViaUi(page);
    await expect(quorumOfDay(page, day1)).toContainText('Đủ túc số');
    await expect(quorumOfDay(page, day1)).toContainText(
      '7/7 thành viên có mặt; cần tối thiểu 3/4 số thành viên',
    );

    // One absent on day 1: 6/7 is still at least 3/4.
    await setAttendanceViaUi(page, { fullName: 'Hoàng Văn Em', date: day1, present: false });
    await expect(quorumOfDay(page, day1)).toContainText('6/7 thành viên có mặt');
    await expect(quorumOfDay(page, day1)).toContainText('Đủ túc số');
    await expect(quorumOfDay(page, day2)).toContainText('7/7 thành viên có mặt');

    // Two more absent on day 1: 4/7 is below quorum, and it says so.
    await setAttendanceViaUi(page, { fullName: 'Võ Thị Phương', date: day1, present: false });
    await setAttendanceViaUi(page, { fullName: 'Đặng Văn Giang', date: day1, present: 'excused' });
    await expect(quorumOfDay(page, day1)).toContainText('Không đủ túc số');
    await expect(quorumOfDay(page, day1)).toContainText('4/7 thành viên có mặt');
    await expect(quorumOfDay(page, day2)).toContainText('Đủ túc số');

    // The chair absent on day 2: enough members, but no quorum without the chair…
    await setAttendanceViaUi(page, { fullName: 'Nguyễn Văn An', date: day2, present: false });
    await expect(quorumOfDay(page, day2)).toContainText('Chủ tịch (hoặc người được ủy quyền) vắng mặt');
    await expect(quorumOfDay(page, day2)).toContainText('Không đủ túc số');
    // …until the chair delegates the vice-chair.
    await page
      .getByLabel('Người được Chủ tịch ủy quyền chủ trì')
      .selectOption({ label: 'Trần Thị Bình (Phó Chủ tịch)' });
    await expect(quorumOfDay(page, day2)).toContainText('Đủ túc số');
    await expectGoodLook(page, 'council');
    await page.screenshot({ path: '/tmp/council.png', fullPage: true });
    // The Rounds screen says it too, for the current round.
    await gotoScreen(page, 'Đợt đánh giá');
    const badges = page.getByRole('list', { name: 'Túc số' });
    await expect(badges.getByRole('listitem').first()).toContainText(
      'Ngày họp 05/12/2026: Không đủ túc số (4/7 thành viên có mặt)',
    );
    await expect(badges.getByRole('listitem').nth(1)).toContainText('Ngày họp 06/12/2026: Đủ túc số');
    await gotoScreen(page, 'Hội đồng');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Hội đồng' })).toBeVisible();
    await expect(page.getByText('Đợt đang làm việc: Đợt 2 năm 2026')).toBeVisible();
    await expect(members.getByRole('row')).toHaveCount(8);
    await expect(names.nth(4)).toHaveText('Lê Văn Cường');
    await expect(attendanceOf(page, 'Hoàng Văn Em', day1)).toHaveValue('absent');
    await expect(attendanceOf(page, 'Đặng Văn Giang', day1)).toHaveValue('excused');
    await expect(attendanceOf(page, 'Hoàng Văn Em', day2)).toHaveValue('present');
    await expect(quorumOfDay(page, day1)).toContainText('Không đủ túc số');
    await expect(page.getByLabel('Người được Chủ tịch ủy quyền chủ trì')).toHaveValue(/.+/);
  });

  test('people directory: search without diacritics, correct a person, remove a member', async ({ page }) => {
    await page.goto('/');
    await createRoundViaUi(page, { name: 'Đợt thử', province: 'Huế', meetingDates: [day1] });
    await addMemberViaUi(page, {
      fullName: 'Đặng Văn Giang',
      role: 'member',
      organisation: 'Sở Văn hóa, Thể thao và Du lịch',
    });
    await addMemberViaUi(page, { fullName: 'Phạm Thị Dung', role: 'chair', phone: '0905 111 222' });

    await gotoScreen(page, 'Hội đồng');
    const directory = page.getByRole('table', { name: 'Danh bạ' });
    await page.getByLabel('Tìm trong danh bạ').fill('dang van');
    await expect(directory.getByRole('rowheader')).toHaveText(['Đặng Văn Giang']);
    await page.getByLabel('Tìm trong danh bạ').fill('van hoa');
    await expect(directory.getByRole('rowheader')).toHaveText(['Đặng Văn Giang']);
    await page.getByLabel('Tìm trong danh bạ').fill('');

    // A wrong phone number is refused with its message; a correction shows in the council.
    await directory.getByRole('button', { name: 'Sửa thông tin Phạm Thị Dung' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông tin người' });
    await dialog.getByLabel('Số điện thoại').fill('09ab');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText('Số điện thoại chỉ gồm chữ số', { exact: false })).toBeVisible();
    await dialog.getByLabel('Số điện thoại').fill('0905 111 333');
    await dialog.getByLabel('Chức vụ').fill('Phó Chủ tịch UBND tỉnh');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
    const members = page.getByRole('table', { name: 'Danh sách thành viên hội đồng' });
    await expect(members.getByRole('row', { name: /Phạm Thị Dung/ })).toContainText('Phó Chủ tịch UBND tỉnh');

    await members.getByRole('button', { name: 'Bỏ Đặng Văn Giang khỏi hội đồng' }).click();
    await expect(members.getByRole('rowheader', { name: 'Đặng Văn Giang' })).toHaveCount(0);
    // Still in the directory for later rounds.
    await expect(directory.getByRole('rowheader', { name: 'Đặng Văn Giang' })).toBeVisible();
  });
});
