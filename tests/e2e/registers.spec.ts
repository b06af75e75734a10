import { expect, test } from './fixtures';
import { snap, storeRows, watchErrors } from './helpers';
import { addPerson, addUnit, setUpEmptyWard } from './screens5.helpers';

test('set up a ward, add units and people, find “Nguyễn Thị Hoà” by typing without diacritics', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  // First run: an empty ward, then the ward profile form.
  await setUpEmptyWard(page);
  // Blank lines were derived from the name: issuing body, council, date-line place, province upper level.
  await expect(page.getByLabel('Tên cơ quan ban hành (dòng dưới)')).toHaveValue('ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ');
  await expect(page.getByLabel('Địa danh ghi ngày tháng')).toHaveValue('Ninh Hà');
  await expect(page.getByLabel('Hội đồng cấp trên')).toHaveValue('Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa');
  await snap(page, testInfo, 'ward-profile');

  // Settings: how names sort, and a dossier part the province adds for Lao động tiên tiến.
  await page.getByRole('tab', { name: 'Thiết lập quy định' }).click();
  await page.getByRole('combobox', { name: 'Cách xếp họ tên cá nhân' }).click();
  await page.getByRole('option', { name: /^Tên, rồi họ và tên đệm/ }).click();
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Đã lưu các thiết lập.')).toBeVisible();
  await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
  await page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }).click();
  await page.getByRole('option', { name: 'Lao động tiên tiến', exact: true }).click();
  const checklist = page.getByRole('region', { name: 'Thành phần hồ sơ Lao động tiên tiến' });
  await checklist.getByLabel('Thành phần mới').fill('Bản đăng ký thi đua đầu năm');
  await checklist.getByLabel('Thành phần mới').press('Enter');
  await checklist.getByRole('button', { name: 'Lưu thành phần hồ sơ' }).click();
  await expect(page.getByText('Đã lưu thành phần hồ sơ.')).toBeVisible();
  await expect(checklist.getByRole('textbox', { name: 'Thành phần 3', exact: true })).toHaveValue('Bản đăng ký thi đua đầu năm');
  await snap(page, testInfo, 'dossier-settings');
  await page.getByRole('tab', { name: 'Thiết lập quy định' }).click();
  await expect(page.getByRole('combobox', { name: 'Cách xếp họ tên cá nhân' })).toContainText('Tên, rồi họ và tên đệm');

  // Units, in natural Vietnamese order.
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 10', 'Tổ dân phố, khu phố, thôn');
  await addUnit(page, 'Tổ dân phố 2', 'Tổ dân phố, khu phố, thôn');
  await addUnit(page, 'Hội Liên hiệp Phụ nữ phường', 'Mặt trận, đoàn thể');
  const unitGrid = page.getByRole('grid', { name: 'Danh sách đơn vị' });
  await expect(unitGrid.getByRole('row')).toHaveCount(4);
  const unitNames = await unitGrid.getByRole('gridcell').filter({ hasText: /^(Tổ dân phố \d+|Hội .*)$/ }).allTextContents();
  expect(unitNames).toEqual(['Hội Liên hiệp Phụ nữ phường', 'Tổ dân phố 2', 'Tổ dân phố 10']);
  await snap(page, testInfo, 'units');

  // A unit entered by mistake is deleted from its edit form: the confirmation deletes it and does
  // not also save what was typed in the form behind it.
  await addUnit(page, 'Tổ dân phố 99', 'Tổ dân phố, khu phố, thôn');
  await unitGrid.getByRole('gridcell', { name: 'Tổ dân phố 99', exact: true }).click();
  const editUnit = page.getByRole('dialog', { name: 'Sửa đơn vị' });
  await editUnit.getByLabel('Tên đơn vị').fill('Tổ dân phố 99 (sửa dở)');
  await editUnit.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa bản ghi?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đã xóa đơn vị “Tổ dân phố 99”.')).toBeVisible();
  await expect(editUnit).toBeHidden();
  await expect(unitGrid.getByRole('row')).toHaveCount(4);
  await expect(unitGrid.getByRole('gridcell', { name: /Tổ dân phố 99/ })).toHaveCount(0);
  expect(await storeRows(page, 'units')).toHaveLength(3);

  // People with Vietnamese names.
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await addPerson(page, { name: 'Nguyễn Thị Hoà', gender: 'Nữ', birthYear: '1985', unit: 'Tổ dân phố 2' });
  await addPerson(page, { name: 'Trần Văn Hùng', gender: 'Nam', birthYear: '1979', unit: 'Tổ dân phố 10' });
  await addPerson(page, { name: 'Nguyễn Thị Hòa Bình', gender: 'Nữ', birthYear: '1990', unit: 'Hội Liên hiệp Phụ nữ phường' });
  await addPerson(page, { name: 'Lê Thị Thủy', gender: 'Nữ', birthYear: '1992', unit: 'Tổ dân phố 2' });
  const peopleGrid = page.getByRole('grid', { name: 'Danh sách cá nhân' });
  await expect(peopleGrid.getByRole('row')).toHaveCount(5);

  // A validation message shows next to its field.
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await dialog.getByLabel('Năm sinh').fill('năm ngoái');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Họ và tên không được để trống.')).toBeVisible();
  await expect(dialog.getByText('Năm sinh phải là số.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Search ignores diacritics and case.
  await page.getByLabel('Tìm theo họ tên').fill('nguyen thi hoa');
  await expect(peopleGrid.getByRole('row')).toHaveCount(3);
  await expect(peopleGrid.getByRole('gridcell', { name: 'Nguyễn Thị Hoà', exact: true })).toBeVisible();
  await expect(peopleGrid.getByRole('gridcell', { name: 'Trần Văn Hùng' })).toHaveCount(0);
  await page.getByLabel('Tìm theo họ tên').fill('nguyen thi hoa binh');
  await expect(peopleGrid.getByRole('row')).toHaveCount(2);
  await expect(peopleGrid.getByRole('gridcell', { name: 'Nguyễn Thị Hòa Bình' })).toBeVisible();
  await page.getByLabel('Tìm theo họ tên').fill('nguyen thi hoa');
  await snap(page, testInfo, 'people-search');

  // A unit people belong to is archived instead, and what was typed in the form behind is not saved.
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await unitGrid.getByRole('gridcell', { name: 'Tổ dân phố 10', exact: true }).click();
  await editUnit.getByLabel('Tên đơn vị').fill('Tổ dân phố 10 (sửa dở)');
  await editUnit.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog', { name: 'Xóa bản ghi?' }).getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Đơn vị “Tổ dân phố 10” đang được dùng ở nơi khác nên đã được lưu trữ thay vì xóa.')).toBeVisible();
  await expect(editUnit).toBeHidden();
  const archived = (await storeRows(page, 'units')) as { name: string; archived: number }[];
  expect(archived.filter((u) => u.archived === 1).map((u) => u.name)).toEqual(['Tổ dân phố 10']);
  watch.expectNone();
});
