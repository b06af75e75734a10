import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addUnit, chooseOption, pickRecord, setUpEmptyWard } from './screens5.helpers';

/** Fills the "Thêm cá nhân" dialog and presses Lưu; the caller checks what follows. */
async function enterPerson(page: Page, name: string, position: string) {
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await dialog.getByLabel('Họ và tên').fill(name);
  await chooseOption(page, dialog, 'Giới tính', 'Nữ');
  await dialog.getByLabel('Năm sinh').fill('1980');
  await chooseOption(page, dialog, 'Đơn vị', 'Tổ dân phố 1');
  await dialog.getByLabel('Chức vụ').fill(position);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  return dialog;
}

/** One award entered on the person's own history ("Lịch sử khen thưởng" › "Theo đối tượng"). */
async function addAward(page: Page, person: RegExp, year: string, title: string) {
  await pickRecord(page, page.locator('main'), 'Cá nhân', 'le thi hoa', person);
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khen thưởng' });
  await dialog.getByRole('textbox', { name: 'Năm' }).fill(year);
  await chooseOption(page, dialog, 'Danh hiệu / hình thức', title);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

// Issue 12.5: "Lê Thị Hòa" and "Lê Thị Hoà", born 1980, of Tổ dân phố 1, are probably one person.
test('a probable duplicate is asked about when added, warned on import, and merged with both award histories', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 1', 'Tổ dân phố, khu phố, thôn');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  const first = await enterPerson(page, 'Lê Thị Hòa', 'Tổ trưởng');
  await expect(first).toBeHidden();

  // Adding her again, with the tone mark placed the other way: asked before saving, naming who is there.
  const second = await enterPerson(page, 'Lê Thị Hoà', 'Tổ phó');
  const ask = page.getByRole('dialog', { name: 'Có thể trùng với người đã có' });
  await expect(ask).toContainText('“Lê Thị Hòa” (sinh 1980, Tổ dân phố 1), Tổ trưởng');
  await snap(page, testInfo, 'duplicates-add-asked');
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await expect(ask).toBeHidden();
  await expect(second).toBeVisible();
  await second.getByRole('button', { name: 'Lưu' }).click();
  await ask.getByRole('button', { name: 'Vẫn thêm' }).click();
  await expect(ask).toBeHidden();
  await expect(second).toBeHidden();
  await expect(page.getByRole('gridcell', { name: 'Lê Thị Hoà', exact: true })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'Lê Thị Hòa', exact: true })).toBeVisible();

  // A list holding her a third time: the row is warned, and the clerk chooses before anything is written.
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách cá nhân' });
  await importDialog.getByLabel('Chọn tệp dữ liệu').setInputFiles({
    name: 'ca-nhan.csv', mimeType: 'text/csv',
    buffer: Buffer.from('Họ và tên,Giới tính,Năm sinh,Đơn vị\nLÊ THỊ HOÀ,Nữ,1980,Tổ dân phố 1\nTrần Văn Bình,Nam,1975,Tổ dân phố 1\n'),
  });
  // Both records are named (in the order entered; the journeys' clock is fixed, so either order here).
  const warning = importDialog.getByRole('gridcell', { name: /^Có thể trùng với .* đã có trong danh mục\.$/ });
  await expect(warning).toContainText('“Lê Thị Hòa” (sinh 1980, Tổ dân phố 1)');
  await expect(warning).toContainText('“Lê Thị Hoà” (sinh 1980, Tổ dân phố 1)');
  await expect(importDialog.getByRole('gridcell', { name: 'Có thể trùng', exact: true })).toBeVisible();
  const commit = importDialog.getByRole('button', { name: /^Nhập \d+ cá nhân$/ });
  await expect(commit).toBeDisabled();
  await importDialog.getByRole('radiogroup', { name: 'Các dòng có thể trùng' }).scrollIntoViewIfNeeded();
  await snap(page, testInfo, 'duplicates-import-warned');
  await importDialog.getByLabel('Bỏ qua các dòng này (người đã có trong danh mục)').check();
  await expect(commit).toHaveText('Nhập 1 cá nhân');
  await commit.click();
  // The snackbar is brief (and may pass unseen on a busy machine): the register itself shows the result.
  await expect(page.getByRole('gridcell', { name: 'Trần Văn Bình' })).toBeVisible();
  await expect(page.getByText('3 người', { exact: true })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: 'LÊ THỊ HOÀ', exact: true })).toHaveCount(0);

  // Each record has its own award history.
  await page.getByRole('link', { name: 'Lịch sử khen thưởng' }).click();
  await page.getByRole('tab', { name: 'Theo đối tượng' }).click();
  await addAward(page, /^Lê Thị Hòa \(1980\) – Tổ trưởng$/, '2024', 'Lao động tiên tiến');
  await page.getByRole('combobox', { name: 'Cá nhân' }).clear();
  await addAward(page, /^Lê Thị Hoà \(1980\) – Tổ phó$/, '2025', 'Chiến sĩ thi đua cơ sở');

  // "Có thể trùng": the pair, then "Gộp" keeping the first record.
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByRole('button', { name: 'Có thể trùng' }).click();
  const pair = page.getByRole('region', { name: /^Cặp Lê Thị H(ò|o)/ });
  await expect(pair).toContainText('Khen thưởng: Lao động tiên tiến 2024');
  await expect(pair).toContainText('Khen thưởng: Chiến sĩ thi đua cơ sở 2025');
  await snap(page, testInfo, 'duplicates-view');
  await pair.getByRole('button', { name: 'Gộp…' }).click();
  const merge = page.getByRole('dialog', { name: 'Gộp hai hồ sơ' });
  await merge.getByLabel(/^“Lê Thị Hòa” \(sinh 1980, Tổ dân phố 1\)/).check();
  await expect(merge).toContainText('Hồ sơ “Lê Thị Hoà” sẽ được lưu trữ (không xóa).');
  await snap(page, testInfo, 'duplicates-merge-dialog');
  await merge.getByRole('button', { name: 'Gộp', exact: true }).click();
  await expect(page.getByText('Không có cặp hồ sơ nào có thể trùng.')).toBeVisible();

  // The kept person shows both histories; the merged record is archived, not deleted.
  await page.getByRole('link', { name: 'Lịch sử khen thưởng' }).click();
  await page.getByRole('tab', { name: 'Theo đối tượng' }).click();
  await pickRecord(page, page.locator('main'), 'Cá nhân', 'le thi hoa', /^Lê Thị Hòa \(1980\) – Tổ trưởng$/);
  const history = page.getByRole('grid', { name: 'Các lần được khen thưởng' });
  await expect(history.getByRole('gridcell', { name: 'Lao động tiên tiến' })).toBeVisible();
  await expect(history.getByRole('gridcell', { name: 'Chiến sĩ thi đua cơ sở' })).toBeVisible();
  await snap(page, testInfo, 'duplicates-kept-history');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await expect(page.getByRole('gridcell', { name: 'Lê Thị Hoà', exact: true })).toHaveCount(0);
  await page.getByLabel('Hiện cả bản ghi đã lưu trữ').check();
  await expect(page.getByRole('gridcell', { name: 'Lê Thị Hoà', exact: true })).toBeVisible();

  // A record edited into someone already registered is asked about too, and nothing is saved on Hủy.
  await page.getByRole('gridcell', { name: 'Trần Văn Bình' }).click();
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await edit.getByLabel('Họ và tên').fill('Lê Thị Hoà');
  await edit.getByLabel('Năm sinh').fill('1980');
  await edit.getByRole('button', { name: 'Lưu' }).click();
  await expect(ask).toContainText('“Lê Thị Hòa” (sinh 1980, Tổ dân phố 1)');
  await expect(ask.getByRole('button', { name: 'Vẫn lưu' })).toBeVisible();
  await ask.getByRole('button', { name: 'Hủy' }).click();
  await edit.getByRole('button', { name: 'Hủy' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('gridcell', { name: 'Trần Văn Bình' })).toBeVisible();
  watch.expectNone();
});
