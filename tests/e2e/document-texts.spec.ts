import { expect, test } from './fixtures';
import { snap, typeDate, watchErrors } from './helpers';
import { setUpEmptyWard } from './screens5.helpers';

test('the clerk edits a decision’s Căn cứ and Nơi nhận lines, saves, and finds them after a reload', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await expect(page.getByRole('combobox', { name: 'Loại văn bản' })).toContainText('Quyết định');
  const recipients = page.getByRole('region', { name: 'Nơi nhận Quyết định' });
  const bases = page.getByRole('region', { name: 'Căn cứ ban hành Quyết định' });
  // The defaults, placeholders explained with the ward's own names.
  await expect(recipients.getByRole('textbox', { name: 'Nơi nhận 2', exact: true })).toHaveValue('Thường trực Đảng ủy, HĐND {phường} (b/c)');
  await expect(recipients.getByText('{phường} (phần mềm điền “phường”)', { exact: false })).toBeVisible();

  // Nơi nhận: edit a line, reorder, an empty line is refused in Vietnamese.
  await recipients.getByRole('textbox', { name: 'Nơi nhận 2', exact: true }).fill('Thường trực HĐND {phường} (b/c)');
  await recipients.getByRole('button', { name: 'Đưa nơi nhận 3 lên' }).click();
  await expect(recipients.getByRole('textbox', { name: 'Nơi nhận 2', exact: true })).toHaveValue('Chủ tịch, các Phó Chủ tịch UBND {phường}');
  await recipients.getByRole('button', { name: 'Thêm dòng nơi nhận' }).click();
  await expect(page.getByText('Dòng nơi nhận không được để trống.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu văn bản' })).toBeDisabled();
  await recipients.getByRole('textbox', { name: 'Nơi nhận 4', exact: true }).fill('Ban Thường trực Ủy ban MTTQ Việt Nam {phường}');

  // Căn cứ: a line the province adds, shown as it will print; then removed one default.
  await bases.getByRole('button', { name: 'Thêm dòng căn cứ' }).click();
  await expect(page.getByText('Căn cứ thứ 6: chưa ghi loại văn bản (Luật, Nghị định, Thông tư…).')).toBeVisible();
  await bases.getByLabel('Loại văn bản 6', { exact: true }).fill('Nghị quyết');
  await bases.getByLabel('Số, ký hiệu 6', { exact: true }).fill('05/2025/NQ-HĐND');
  await typeDate(bases, 'Ngày ban hành 6', '10072025');
  await bases.getByLabel('Cơ quan ban hành 6', { exact: true }).fill('Hội đồng nhân dân phường Ninh Hà');
  await bases.getByLabel('Trích yếu 6', { exact: true }).fill('về công tác thi đua, khen thưởng năm 2026');
  const line = 'Căn cứ Nghị quyết số 05/2025/NQ-HĐND ngày 10 tháng 7 năm 2025 của Hội đồng nhân dân phường Ninh Hà về công tác thi đua, khen thưởng năm 2026;';
  await expect(bases.getByText(line)).toBeVisible();
  await bases.getByRole('button', { name: 'Xóa căn cứ 1' }).click();
  await expect(bases.getByLabel('Loại văn bản 1', { exact: true })).toHaveValue('Luật Thi đua, khen thưởng');
  await page.getByRole('button', { name: 'Lưu văn bản' }).click();
  await expect(page.getByText('Đã lưu căn cứ, nơi nhận của quyết định.')).toBeVisible();
  await snap(page, testInfo, 'document-texts');

  // Kept after a reload; another type keeps its own defaults.
  await page.reload();
  await page.getByRole('tab', { name: 'Văn bản' }).click();
  await expect(recipients.getByRole('textbox')).toHaveCount(5);
  expect(await recipients.getByRole('textbox').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual([
    'Như Điều 3',
    'Chủ tịch, các Phó Chủ tịch UBND {phường}',
    'Thường trực HĐND {phường} (b/c)',
    'Ban Thường trực Ủy ban MTTQ Việt Nam {phường}',
    'Lưu: VT, VHXH',
  ]);
  await expect(bases.getByText(line)).toBeVisible();
  await expect(bases.getByLabel('Loại văn bản 1', { exact: true })).toHaveValue('Luật Thi đua, khen thưởng');
  await page.getByRole('combobox', { name: 'Loại văn bản' }).click();
  await page.getByRole('option', { name: 'Tờ trình' }).click();
  await expect(page.getByRole('region', { name: 'Căn cứ ban hành Tờ trình' }).getByLabel('Loại văn bản 1', { exact: true })).toHaveValue('Luật Thi đua, khen thưởng');
  await expect(page.getByRole('region', { name: 'Nơi nhận Tờ trình' }).getByRole('textbox', { name: 'Nơi nhận 2', exact: true })).toHaveValue('Thường trực Đảng ủy, HĐND {phường} (b/c)');

  // Back to the defaults.
  await page.getByRole('combobox', { name: 'Loại văn bản' }).click();
  await page.getByRole('option', { name: 'Quyết định' }).click();
  await page.getByRole('button', { name: 'Khôi phục mặc định' }).click();
  await expect(page.getByText('Đã khôi phục căn cứ, nơi nhận mặc định của quyết định.')).toBeVisible();
  await expect(recipients.getByRole('textbox', { name: 'Nơi nhận 2', exact: true })).toHaveValue('Thường trực Đảng ủy, HĐND {phường} (b/c)');
  await expect(bases.getByLabel('Loại văn bản 1', { exact: true })).toHaveValue('Luật Tổ chức chính quyền địa phương');
  watch.expectNone();
});
