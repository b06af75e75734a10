import { expect, test } from '@playwright/test';
import { snap, watchErrors } from './helpers';

test('the shell starts without console errors and shows Vietnamese text', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await expect(page.getByText('ThiDua — Thi đua, Khen thưởng')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Các mục' })).toBeVisible();
  // The database opened (no recovery screen) and persistence was asked for.
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('storage-status')).not.toHaveAttribute('data-state', 'pending');
  await snap(page, testInfo, 'shell');
  watch.expectNone();
});
