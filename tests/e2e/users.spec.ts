import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addUnit, setUpEmptyWard } from './screens5.helpers';

test.use({ user: null });

test('first run asks who works on this PC; a clerk is refused nominations with the reason, keeps the registers', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ai đang làm việc trên máy này?' })).toBeVisible();
  await page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();
  await expect(page.getByText('Hãy nhập họ và tên người dùng (ít nhất 2 ký tự).')).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Ngô Thị Bình');
  await page.getByRole('radio', { name: /^Văn thư/ }).check();
  await snap(page, testInfo, 'sign-in');
  await page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('Ngô Thị Bình · Văn thư');

  // A clerk cannot create the ward profile: the screen says so, and saving is refused with the reason.
  await expect(page.getByTestId('role-notice')).toContainText('Ngô Thị Bình (Văn thư) không có quyền sửa thông tin đơn vị và cài đặt');
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Ninh Hà');
  await page.getByLabel('Tỉnh/thành phố').fill('Khánh Hòa');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByText(/Ngô Thị Bình \(Văn thư\) không có quyền sửa thông tin đơn vị và cài đặt\. Việc này dành cho: Thường trực Hội đồng\./).last()).toBeVisible();
  await snap(page, testInfo, 'clerk-refused-ward');

  // The standing member signs in on the same PC and sets the ward up.
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: 'Đổi người dùng' }).click();
  await expect(page.getByRole('button', { name: 'Ngô Thị Bình · Văn thư' })).toBeVisible();
  await page.getByLabel('Họ và tên').fill('Lê Thị Thủy');
  await page.getByRole('radio', { name: /^Thường trực Hội đồng/ }).check();
  await page.getByRole('button', { name: 'Bắt đầu làm việc' }).click();
  await setUpEmptyWard(page);

  // Back as the clerk (one click): units are hers to keep; nominations are refused up front and on save.
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: 'Đổi người dùng' }).click();
  await page.getByRole('button', { name: 'Ngô Thị Bình · Văn thư' }).click();
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await expect(page.getByTestId('role-notice')).toHaveCount(0);
  await addUnit(page, 'Tổ dân phố 2', 'Tổ dân phố, khu phố, thôn');
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await expect(page.getByTestId('role-notice')).toHaveText(
    'Chỉ xem: Ngô Thị Bình (Văn thư) không có quyền lập và xử lý đề nghị khen thưởng. Việc này dành cho: Thường trực Hội đồng.',
  );
  await snap(page, testInfo, 'clerk-nominations');
  watch.expectNone();
});
