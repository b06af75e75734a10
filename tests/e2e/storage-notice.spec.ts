import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

test('a browser that will not promise to keep the data is explained once, in plain words, with what to do', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  // The browser refuses persistent storage (as Chromium does for a site not yet installed or bookmarked).
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
    Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });

  // Once: what it means and what to do; no alarm words, nothing red.
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Hãy sao lưu dữ liệu định kỳ');
  await expect(notice).toContainText('vẫn được ghi bình thường');
  await expect(notice).toContainText('sao lưu ít nhất mỗi tuần');
  await expect(notice).toHaveClass(/MuiAlert-colorInfo/);
  await expect(page.getByText(/bị từ chối/)).toHaveCount(0);
  await snap(page, testInfo, 'storage-notice');

  // Read and closed: it does not come back on other screens or after a restart.
  await notice.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Cá nhân', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Cá nhân', level: 1 })).toBeVisible();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cá nhân', level: 1 })).toBeVisible();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);

  // The backup screen keeps the same plain explanation.
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Sao lưu, khôi phục', exact: true }).click();
  const status = page.getByTestId('storage-status');
  await expect(status).toHaveAttribute('data-state', 'denied');
  await expect(status).toContainText('sao lưu ít nhất mỗi tuần');
  await snap(page, testInfo, 'storage-on-backup');
  watch.expectNone();
});
