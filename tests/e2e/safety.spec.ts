/** Data safety journeys (issue 15): what a second window can break. */
import { E2E_NOW, expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addUnit, setUpEmptyWard } from './screens5.helpers';

test('a stale edit form in a second window is refused with the time of the other save, and reloads', async ({ page, context }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 1', 'Tổ dân phố, khu phố, thôn');

  // A second window of the same app (same origin, same database).
  const other = await context.newPage();
  await other.clock.setFixedTime(E2E_NOW);
  await other.goto(page.url());
  const gridOf = (p: typeof page) => p.getByRole('grid', { name: 'Danh sách đơn vị' });
  await gridOf(page).getByRole('gridcell', { name: 'Tổ dân phố 1' }).click();
  await gridOf(other).getByRole('gridcell', { name: 'Tổ dân phố 1' }).click();
  const dialogA = page.getByRole('dialog', { name: 'Sửa đơn vị' });
  const dialogB = other.getByRole('dialog', { name: 'Sửa đơn vị' });

  await dialogA.getByLabel('Người đứng đầu').fill('Trần Văn Hùng');
  await dialogA.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialogA).toBeHidden();

  await dialogB.getByLabel('Địa chỉ').fill('Số 5 đường Trần Phú');
  await dialogB.getByRole('button', { name: 'Lưu' }).click();
  const alert = dialogB.getByRole('alert');
  await expect(alert).toContainText(/Bản ghi đã được sửa ở cửa sổ\/máy khác lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
  await expect(alert).toContainText('Thay đổi của bạn chưa được lưu');
  await snap(other, testInfo, 'stale-edit-refused');

  // Reload brings the other window's save into the form; saving again keeps both changes.
  await alert.getByRole('button', { name: 'Tải lại bản mới nhất' }).click();
  await expect(dialogB.getByLabel('Người đứng đầu')).toHaveValue('Trần Văn Hùng');
  await expect(dialogB.getByRole('alert')).toHaveCount(0);
  await dialogB.getByLabel('Địa chỉ').fill('Số 5 đường Trần Phú');
  await dialogB.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialogB).toBeHidden();

  await gridOf(page).getByRole('gridcell', { name: 'Tổ dân phố 1' }).click();
  await expect(dialogA.getByLabel('Người đứng đầu')).toHaveValue('Trần Văn Hùng');
  await expect(dialogA.getByLabel('Địa chỉ')).toHaveValue('Số 5 đường Trần Phú');
  watch.expectNone();
});
