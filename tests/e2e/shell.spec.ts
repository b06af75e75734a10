import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

test('the shell starts without console errors, navigates every section, and keeps data across a reload', async ({
  page,
}, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await expect(page.getByText('ThiDua — Thi đua, Khen thưởng')).toBeVisible();
  // The database opened (no recovery screen) and persistent storage was asked for.
  await expect(page.getByText('Không mở được dữ liệu ThiDua')).toHaveCount(0);

  // An empty database starts at the first-run choice; create the ward through the data layer.
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Ninh Hà');
  await page.getByRole('button', { name: /^(Lưu|Bắt đầu sử dụng|Lưu thông tin)/ }).click();
  await expect(page.getByText('Chào mừng đến với ThiDua')).toHaveCount(0);

  await page.reload();
  await page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await expect(page.getByLabel('Tên phường/xã')).toHaveValue('Phường Ninh Hà');

  const nav = page.getByRole('navigation', { name: 'Các mục' });
  const links = nav.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i += 1) {
    const link = links.nth(i);
    const label = (await link.innerText()).trim();
    await link.click();
    await expect(link, label).toHaveClass(/active/);
    await expect(page.getByRole('heading', { level: 1 }).first(), label).toBeVisible();
  }
  // Persistent storage was asked for; the backup screen says what came of it.
  await page.getByRole('link', { name: 'Sao lưu, khôi phục' }).click();
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-state', /^(granted|denied|unsupported)$/);
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await snap(page, testInfo, 'shell');
  watch.expectNone();
});
