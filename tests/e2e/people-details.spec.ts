import { expect, test } from './fixtures';
import { snap, typeDate, watchErrors } from './helpers';
import { addUnit, chooseOption, setUpEmptyWard } from './screens5.helpers';

// Issue 12.22: the people register holds what the achievement report's "Sơ lược lý lịch" prints (NĐ 152/2025 Mẫu 05).
test('the people register keeps full date of birth, quê quán, trú quán and trình độ for the achievement reports', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Trường Tiểu học Ninh Hà', 'Trường học');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Thanh Hương');
  await chooseOption(page, dialog, 'Giới tính', 'Nữ');
  await chooseOption(page, dialog, 'Đơn vị', 'Trường Tiểu học Ninh Hà');
  await typeDate(dialog, 'Ngày sinh (đầy đủ)', '05031985');
  await dialog.getByLabel('Quê quán').fill('xã Ninh Thọ, tỉnh Khánh Hòa');
  await dialog.getByLabel('Trú quán').fill('Tổ dân phố Phước Thuận, phường Ninh Hà');
  await dialog.getByLabel('Trình độ chuyên môn, lý luận chính trị').fill('Đại học Sư phạm; Trung cấp lý luận chính trị');
  await snap(page, testInfo, 'person-details');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('gridcell', { name: 'Nguyễn Thị Thanh Hương' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  // The year comes from the full date when it was left empty.
  await expect(edit.getByLabel('Năm sinh')).toHaveValue('1985');
  await expect(edit.getByRole('group', { name: 'Ngày sinh (đầy đủ)' })).toContainText('05/03/1985');
  await expect(edit.getByLabel('Quê quán')).toHaveValue('xã Ninh Thọ, tỉnh Khánh Hòa');
  await expect(edit.getByLabel('Trú quán')).toHaveValue('Tổ dân phố Phước Thuận, phường Ninh Hà');
  await expect(edit.getByLabel('Trình độ chuyên môn, lý luận chính trị')).toHaveValue('Đại học Sư phạm; Trung cấp lý luận chính trị');

  // A correction is kept in the record's history: who, when, which field from what to what.
  await edit.getByLabel('Trú quán').fill('Tổ dân phố Phước Thuận 2, phường Ninh Hà');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(edit).toBeHidden();
  await page.getByRole('gridcell', { name: 'Nguyễn Thị Thanh Hương' }).click();
  await edit.getByRole('button', { name: 'Lịch sử thay đổi' }).click();
  const history = edit.getByRole('list', { name: 'Lịch sử thay đổi' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText(/^Sửa lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} · /);
  await expect(history.first()).toContainText('Trú quán: Tổ dân phố Phước Thuận, phường Ninh Hà → Tổ dân phố Phước Thuận 2, phường Ninh Hà');
  await expect(history.last()).toContainText(/^Thêm lúc /);
  await snap(page, testInfo, 'person-history');
  watch.expectNone();
});
