import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { countRows, snap, watchErrors } from './helpers';
import { setUpEmptyWard } from './screens5.helpers';

async function pickUnit(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Đơn vị' }).fill(name);
  await page.getByRole('option', { name, exact: true }).click();
}

/** Saves the package prepared in the form, checks its file name and keeps it as an artifact; returns its path. */
async function savePackage(page: Page, testInfo: TestInfo, expectedName: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu gói trao đổi…' }).click();
  expect((await download).suggestedFilename()).toBe(expectedName);
  const path = testInfo.outputPath(expectedName);
  await (await download).saveAs(path);
  return path;
}

const PEOPLE_CSV = [
  'Họ và tên,Năm sinh,Giới tính,Chức vụ,Đơn vị',
  'Nguyễn Thị Hoà,1980,Nữ,Tổ trưởng,Tổ dân phố 1',
  'Trần Văn Bình,19x5,Nam,Tổ phó,Tổ dân phố 1',
  ',1990,Nam,,Tổ dân phố 2',
  'Lê Văn Tâm,1975,Nam,Bí thư chi bộ,Tổ dân phố 2',
].join('\n');

const NOMINATIONS_CSV = [
  'Họ và tên,Đơn vị đề nghị,Danh hiệu/hình thức,Năm',
  'Nguyễn Thị Hoà,Tổ dân phố 1,Lao động tiên tiến,2026',
  'Lê Văn Tâm,Tổ dân phố 2,LĐTT,2026',
].join('\n');

test('units pasted from Excel, then a CSV of people with bad rows: corrected in the grid, one skipped, all found in the register', async ({
  page,
}, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Trao đổi, nhập dữ liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Trao đổi, nhập dữ liệu' })).toBeVisible();

  // The template of each kind downloads with the expected name.
  await page.getByRole('button', { name: 'Cá nhân', exact: true }).click();
  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải tệp mẫu cá nhân (.xlsx)' }).click();
  expect((await templateDownload).suggestedFilename()).toBe('mau-nhap-ca-nhan.xlsx');

  // Units pasted as tab-separated cells.
  await page.getByRole('button', { name: 'Đơn vị', exact: true }).click();
  await page.getByLabel('Hoặc dán các ô đã sao chép từ Excel (dòng đầu là tiêu đề cột)').fill(
    'Tên đơn vị\tLoại đơn vị\nTổ dân phố 1\tTổ dân phố, khu phố, thôn\nTổ dân phố 2\t',
  );
  await page.getByRole('button', { name: 'Đọc dữ liệu đã dán' }).click();
  await expect(page.getByText('Tất cả 2 dòng đều hợp lệ.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 2 đơn vị' }).click();
  await expect(page.getByText('Đã nhập 2 đơn vị.')).toBeVisible();

  // People from a CSV file: the headers are mapped by their Vietnamese names.
  await page.getByRole('button', { name: 'Cá nhân', exact: true }).click();
  await page.getByLabel('Chọn tệp dữ liệu').setInputFiles({ name: 'ca-nhan.csv', mimeType: 'text/csv', buffer: Buffer.from(PEOPLE_CSV) });
  await expect(page.getByText('Đã đọc tệp ca-nhan.csv: 4 dòng dữ liệu, 5 cột.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Cột “Năm sinh”' })).toHaveText('Năm sinh');
  const grid = page.getByRole('grid', { name: 'Các dòng của tệp' });
  await expect(grid.getByRole('gridcell', { name: 'Năm sinh “19x5” không hợp lệ.' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: /Họ và tên/ })).toBeVisible();
  await expect(page.getByText(/^2 dòng hợp lệ, 2 dòng có lỗi\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập 2 cá nhân' })).toBeDisabled();
  await snap(page, testInfo, 'import-errors');

  // Correct the year of birth in place: the file is checked again.
  await grid.getByRole('gridcell', { name: '19x5', exact: true }).dblclick();
  await grid.getByRole('textbox').fill('1985');
  await grid.getByRole('textbox').press('Enter');
  await expect(page.getByText(/^3 dòng hợp lệ, 1 dòng có lỗi\./)).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Năm sinh “19x5” không hợp lệ.' })).toHaveCount(0);

  // Only the diacritics-insensitive search and the error filter narrow the grid.
  await page.getByRole('combobox', { name: 'Hiển thị' }).click();
  await page.getByRole('option', { name: 'Chỉ dòng có lỗi' }).click();
  await expect(page.getByText('Đang hiện 1/4 dòng')).toBeVisible();
  await page.getByRole('combobox', { name: 'Hiển thị' }).click();
  await page.getByRole('option', { name: 'Tất cả các dòng' }).click();
  await page.getByLabel('Tìm trong các dòng').fill('tran van binh');
  await expect(page.getByText('Đang hiện 1/4 dòng')).toBeVisible();
  await page.getByLabel('Tìm trong các dòng').fill('');

  // The nameless row is skipped on purpose; the rest goes in at once.
  await expect(page.getByRole('button', { name: 'Nhập 3 cá nhân' })).toBeDisabled();
  await page.getByLabel('Bỏ qua 1 dòng có lỗi, chỉ nhập các dòng hợp lệ').check();
  await page.getByRole('button', { name: 'Nhập 3 cá nhân' }).click();
  await expect(page.getByText('Đã nhập 3 cá nhân.')).toBeVisible();
  await snap(page, testInfo, 'import-done');

  await page.getByRole('link', { name: 'Xem danh sách cá nhân' }).click();
  const people = page.getByRole('grid', { name: 'Danh sách cá nhân' });
  await expect(people.getByRole('row')).toHaveCount(4);
  for (const name of ['Nguyễn Thị Hoà', 'Trần Văn Bình', 'Lê Văn Tâm']) await expect(people.getByRole('gridcell', { name, exact: true })).toBeVisible();
  await expect(people.getByRole('row').filter({ hasText: 'Trần Văn Bình' })).toContainText('1985');

  // The blank template itself imports nothing and says why.
  await page.getByRole('link', { name: 'Trao đổi, nhập dữ liệu' }).click();
  const templatePath = testInfo.outputPath('mau-nhap-ca-nhan.xlsx');
  await (await templateDownload).saveAs(templatePath);
  await page.getByLabel('Chọn tệp dữ liệu').setInputFiles(templatePath);
  await expect(page.getByText('Không có dòng dữ liệu nào dưới dòng tiêu đề.')).toBeVisible();

  // The nominations list's own intake is the same import, fixed to its kind, here from a file.
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  await expect(page.getByRole('heading', { name: 'Nhập danh sách đề nghị khen thưởng' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Loại dữ liệu cần nhập' })).toHaveCount(0);
  await page.getByLabel('Chọn tệp dữ liệu').setInputFiles({ name: 'de-nghi.csv', mimeType: 'text/csv', buffer: Buffer.from(NOMINATIONS_CSV) });
  await expect(page.getByText('Tất cả 2 dòng đều hợp lệ.')).toBeVisible();
  await page.getByRole('button', { name: 'Nhập 2 đề nghị khen thưởng' }).click();
  await expect(page.getByText('Đã nhập 2 đề nghị khen thưởng.')).toBeVisible();
  await snap(page, testInfo, 'nominations-intake-done');
  await page.getByRole('button', { name: 'Về danh sách' }).click();
  const nominations = page.getByRole('grid', { name: 'Danh sách đề nghị khen thưởng' });
  for (const name of ['Nguyễn Thị Hoà', 'Lê Văn Tâm']) await expect(nominations.getByRole('gridcell', { name, exact: true })).toBeVisible();
  watch.expectNone();
});

test('a unit’s nominations package: exported, re-imported with duplicates shown, new ones accepted, a damaged file refused', async ({
  page,
}, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Trao đổi, nhập dữ liệu' }).click();
  await page.getByRole('tab', { name: 'Gói trao đổi giữa các đơn vị' }).click();

  await pickUnit(page, 'Tổ dân phố 12');
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2026' }).click();
  await expect(page.getByText('Gói sẽ gồm 4 đề nghị năm 2026 của Tổ dân phố 12.')).toBeVisible();
  const packagePath = await savePackage(page, testInfo, 'trao-doi-de-nghi-to-dan-pho-12-2026.json');

  // Re-imported on the same ward: two already exist; the two the council turned down count as new.
  const packageInput = page.getByLabel('Chọn tệp gói trao đổi');
  await packageInput.setInputFiles(packagePath);
  await expect(page.getByText(/4 đề nghị — 2 mới, 2 trùng, 0 không hợp lệ\./)).toContainText('Đề nghị khen thưởng năm 2026 của Tổ dân phố 12');
  await page.getByRole('tab', { name: 'Trùng (2)' }).click();
  const duplicates = page.getByRole('grid', { name: 'Danh sách bản ghi trùng' });
  await expect(duplicates.getByRole('link', { name: /^Đã có: .+, do Tổ dân phố 12 đề nghị$/ })).toHaveCount(2);
  await snap(page, testInfo, 'package-duplicates');
  await page.getByRole('tab', { name: 'Mới (2)' }).click();
  await expect(page.getByRole('grid', { name: 'Danh sách bản ghi mới' }).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Nhận 2 đề nghị mới' }).click();
  await expect(page.getByText('Đã nhận 2 đề nghị mới từ gói của Tổ dân phố 12.')).toBeVisible();

  // An altered package is refused with the reason, and changes nothing.
  const damagedPath = testInfo.outputPath('damaged.json');
  writeFileSync(damagedPath, readFileSync(packagePath, 'utf8').replace('Tổ dân phố 12', 'Tổ dân phố 99'));
  await packageInput.setInputFiles(damagedPath);
  await expect(page.getByRole('alert').filter({ hasText: 'Mã kiểm tra của tệp trao đổi không khớp' })).toBeVisible();
  await snap(page, testInfo, 'package-refused');

  // The same package again: everything is now a duplicate.
  await packageInput.setInputFiles(packagePath);
  await expect(page.getByText(/4 đề nghị — 0 mới, 4 trùng, 0 không hợp lệ\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhận 0 đề nghị mới' })).toBeDisabled();

  // A month of good-deed reports travels the same way.
  await pickUnit(page, 'Tổ dân phố 5');
  await page.getByRole('combobox', { name: 'Loại dữ liệu' }).click();
  await page.getByRole('option', { name: 'Báo cáo Người tốt, việc tốt của một tháng' }).click();
  await page.getByLabel('Tháng').fill('2026-02');
  await expect(page.getByText('Gói sẽ gồm 2 báo cáo tháng 02/2026 của Tổ dân phố 5.')).toBeVisible();
  const deedsPath = await savePackage(page, testInfo, 'trao-doi-nguoi-tot-viec-tot-to-dan-pho-5-2026-02.json');
  await packageInput.setInputFiles(deedsPath);
  await expect(page.getByText(/2 báo cáo — 0 mới, 2 trùng, 0 không hợp lệ\./)).toContainText('Báo cáo Người tốt, việc tốt tháng 02/2026 của Tổ dân phố 5');
  await expect(page.getByRole('grid', { name: 'Danh sách bản ghi trùng' }).getByRole('gridcell', { name: /^Báo cáo tháng 02\/2026: / })).toHaveCount(2);
  watch.expectNone();
});

test('a people file with a formula-like name and a birth year in the future: the name is warned about, the year refused', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Trao đổi, nhập dữ liệu' }).click();
  await page.getByRole('button', { name: 'Cá nhân', exact: true }).click();
  const next = new Date().getFullYear() + 1;
  const csv = `Họ và tên,Năm sinh,Giới tính\n"=HYPERLINK(""http://x.invalid"",""bấm"")",1980,Nam\nLê Văn Tâm,${next + 5},Nam\n`;
  await page.getByLabel('Chọn tệp dữ liệu').setInputFiles({ name: 'ca-nhan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const grid = page.getByRole('grid', { name: 'Các dòng của tệp' });
  await expect(grid.getByRole('gridcell', { name: 'Lưu ý: ô “Họ và tên” bắt đầu bằng “=”, sẽ được lưu như chữ thường, không phải công thức.' })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: `Năm sinh ${next + 5} không hợp lệ (muộn hơn năm ${next}).` })).toBeVisible();
  await expect(page.getByText(/^1 dòng hợp lệ, 1 dòng có lỗi\./)).toBeVisible();
  await snap(page, testInfo, 'import-formula-and-future-year');
  watch.expectNone();
});

test('a long people file is read, checked and written in the background worker', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const watch = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await setUpEmptyWard(page);
  const before = await countRows(page, 'people');
  await page.getByRole('link', { name: 'Trao đổi, nhập dữ liệu' }).click();
  await page.getByRole('button', { name: 'Cá nhân', exact: true }).click();
  const rows = 3_000;
  const csv = ['Họ và tên,Năm sinh,Giới tính', ...Array.from({ length: rows }, (_, i) => `Người nhập thử ${i + 1},${1950 + (i % 50)},${i % 2 ? 'Nữ' : 'Nam'}`)].join('\n');
  await page.getByLabel('Chọn tệp dữ liệu').setInputFiles({ name: 'ca-nhan-dai.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByText('Tất cả 3.000 dòng đều hợp lệ.')).toBeVisible({ timeout: 60_000 });
  expect(workers.some((url) => /worker-[\w-]+\.js$/.test(url))).toBe(true);

  // Written in one transaction in the worker.
  await page.getByRole('button', { name: 'Nhập 3.000 cá nhân' }).click();
  await expect(page.getByRole('link', { name: 'Xem danh sách cá nhân' })).toBeVisible({ timeout: 120_000 });
  expect(await countRows(page, 'people')).toBe(before + rows);
  await snap(page, testInfo, 'import-long-file-done');
  watch.expectNone();
});
