import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { canonicalJson, sha256Hex } from '../../src-renderer/data/fileFormat';
import { expect, test } from './fixtures';
import { countRows, snap, watchErrors } from './helpers';
import { setUpEmptyWard } from './screens5.helpers';

/** Audit entries added to the test backup: enough that checking and writing it take seconds. */
const EXTRA_AUDIT = 60_000;

/** An empty ward's backup file, saved through the Sao lưu screen; returns the parsed file. */
async function savedBackup(page: Page, path: string) {
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Sao lưu, khôi phục' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu tệp sao lưu…' }).click();
  await (await download).saveAs(path);
  return JSON.parse(readFileSync(path, 'utf8')) as { tables: Record<string, unknown[]>; checksum?: string };
}

test('a big restore runs in the background worker: the window answers a navigation click while it runs, then shows the restored data', async ({
  page,
}, testInfo) => {
  const watch = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const file = await savedBackup(page, testInfo.outputPath('backup.json'));
  // The backup was written in the worker, not in the window.
  expect(workers.some((url) => /worker-[\w-]+\.js$/.test(url))).toBe(true);

  // The same backup with a long audit trail, checksum recomputed as the app does.
  const at = new Date().toISOString();
  for (let i = 0; i < EXTRA_AUDIT; i += 1) {
    file.tables.audit.push({
      id: `0000test-${String(i).padStart(6, '0')}`, at, actor: 'Kiểm thử', table: 'people', recordId: `p${i}`, action: 'update',
      before: { fullName: `Nguyễn Văn Thử ${i}` }, after: { fullName: `Nguyễn Văn Thử ${i + 1}` }, note: 'Nhật ký thử của một bản sao lưu lớn.',
    });
  }
  const { checksum: _old, ...content } = file;
  const bigPath = testInfo.outputPath('big-backup.json');
  writeFileSync(bigPath, JSON.stringify({ ...content, checksum: await sha256Hex(canonicalJson(content)) }));
  const before = await countRows(page, 'audit');
  expect(before).toBeLessThan(EXTRA_AUDIT);

  // Checking the file shows its progress with a Hủy button, then asks for confirmation.
  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(bigPath);
  await expect(page.getByRole('status')).toContainText('Đang kiểm tra tệp sao lưu');
  await expect(page.getByRole('status').getByRole('button', { name: 'Hủy' })).toBeVisible();
  const confirm = page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' });
  await expect(confirm).toContainText('Bản sao lưu tạo lúc', { timeout: 60_000 });
  await confirm.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('status')).toContainText('Đang khôi phục');
  await snap(page, testInfo, 'restore-running');

  // While the worker checks and writes, the window answers a click on the navigation…
  await page.getByRole('link', { name: 'Phiên họp' }).click();
  await expect(page.getByRole('heading', { name: 'Phiên họp' })).toBeVisible();
  // …and the restore had not finished yet: the restored trail is not there.
  expect(await countRows(page, 'audit')).toBeLessThan(EXTRA_AUDIT);

  // It finishes in the background; the screens then show the restored data.
  await expect.poll(() => countRows(page, 'audit'), { timeout: 90_000 }).toBeGreaterThanOrEqual(EXTRA_AUDIT);
  await page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await expect(page.getByLabel('Tên phường/xã')).toHaveValue('Phường Ninh Hà');
  watch.expectNone();
});

test('checking a backup can be cancelled: nothing is asked, nothing changes, the page is usable again', async ({ page }, testInfo) => {
  const file = await savedBackup(page, testInfo.outputPath('backup.json'));
  // A file this size takes seconds to check; its checksum need not match: cancelled before that matters.
  for (let i = 0; i < EXTRA_AUDIT; i += 1) file.tables.audit.push({ id: `x${i}`, note: 'Nhật ký thử '.repeat(60) });
  const bigPath = testInfo.outputPath('big-backup.json');
  writeFileSync(bigPath, JSON.stringify(file));

  await page.getByLabel('Chọn tệp sao lưu').setInputFiles(bigPath);
  await page.getByRole('status').getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Mã kiểm tra' })).toHaveCount(0);
  // The next task starts a new worker.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu tệp sao lưu…' }).click();
  expect((await again).suggestedFilename()).toMatch(/^thidua-sao-luu-/);
});

test('“Kiểm tra điều kiện cả năm” checks every nomination of the year in the worker and lists those that fail or are on hold', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  const section = page.getByRole('region', { name: 'Kiểm tra điều kiện cả năm' });
  await section.getByRole('button', { name: 'Kiểm tra điều kiện cả năm' }).click();
  await expect(section).toContainText(/Năm 2026: \d+ đề nghị — \d+ đạt, [1-9]\d* không đạt, [1-9]\d* tạm dừng xét/);
  expect(workers.some((url) => /worker-[\w-]+\.js$/.test(url))).toBe(true);
  const list = section.getByRole('grid', { name: 'Đề nghị không đạt hoặc tạm dừng xét' });
  // The household that broke urban-order rules fails; the nomination under a complaint is on hold, listed first.
  await expect(list.getByRole('row').filter({ hasText: 'Hộ ông Huỳnh Văn Tư' })).toContainText('Không đạt');
  const held = list.getByRole('row').filter({ hasText: 'Tạm dừng xét' }).first();
  await expect(held).toBeVisible();
  await expect(list.getByRole('row').nth(1)).toContainText('Tạm dừng xét');
  await snap(page, testInfo, 'year-check');
  // Nothing passing is listed.
  await expect(list.getByRole('row').filter({ hasText: /^(?!.*(Không đạt|Tạm dừng xét)).*Đạt/ })).toHaveCount(0);
  await held.click();
  await expect(page).toHaveURL(/#\/de-nghi\/[\w-]+$/);
  watch.expectNone();
});
