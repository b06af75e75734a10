import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

test('a backup file restores the ward as it was; a damaged file is refused and changes nothing', async ({
  page,
}, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Ninh Hà');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan' })).toBeVisible();

  await page.getByRole('link', { name: 'Sao lưu, khôi phục' }).click();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu tệp sao lưu…' }).click();
  const download = await downloadPromise;
  // The office's clock (the fixed 20/11/2026 09:00 in Asia/Ho_Chi_Minh), not UTC's 02:00.
  expect(download.suggestedFilename()).toBe('thidua-sao-luu-2026-11-20-0900.json');
  const backupPath = testInfo.outputPath('backup.json');
  await download.saveAs(backupPath);

  // Change the ward after the backup.
  await page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Đổi Tên');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByText('Phường Đổi Tên').first()).toBeVisible();

  // A file whose content was altered fails its checksum: refused, nothing changed.
  const damaged = readFileSync(backupPath, 'utf8').replace('Phường Ninh Hà', 'Phường Giả Mạo');
  const damagedPath = testInfo.outputPath('damaged.json');
  writeFileSync(damagedPath, damaged);
  await page.getByRole('link', { name: 'Sao lưu, khôi phục' }).click();
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(damagedPath);
  await expect(page.getByRole('alert').filter({ hasText: 'Mã kiểm tra của tệp sao lưu' })).toBeVisible();
  await page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await expect(page.getByLabel('Tên phường/xã')).toHaveValue('Phường Đổi Tên');

  // The real file restores after confirmation.
  await page.getByRole('link', { name: 'Sao lưu, khôi phục' }).click();
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(backupPath);
  const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' });
  await expect(confirm).toContainText('Bản sao lưu tạo lúc');
  await snap(page, testInfo, 'restore-confirm');
  await confirm.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByText(/Đã khôi phục dữ liệu/)).toBeVisible();
  await page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await expect(page.getByLabel('Tên phường/xã')).toHaveValue('Phường Ninh Hà');
  watch.expectNone();
});
