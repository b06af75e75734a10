import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

test('the demo ward’s dashboard lists what is due, counts by title and state, and draws its charts', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Đang dùng dữ liệu mẫu (phường Ninh Hà)')).toBeVisible();

  // The demo ward is dated 2026; choosing its year keeps the test independent of the clock.
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2026', exact: true }).click();
  await expect(page.getByRole('listbox')).toBeHidden();

  const todo = page.getByRole('list', { name: 'Việc cần làm' });
  await expect(todo.getByText('5 đề nghị khen thưởng chờ thẩm định.')).toBeVisible();
  await expect(todo.getByText(/^1 đề nghị đang tạm dừng xét/)).toBeVisible();
  await expect(todo.getByText(/báo cáo Người tốt, việc tốt chờ thẩm định\.$/)).toBeVisible();
  await expect(todo.getByText('6 đề nghị dự thảo chưa tiếp nhận.')).toBeVisible();

  const byTitle = page.getByRole('table', { name: 'Đề nghị theo danh hiệu và trạng thái' });
  await expect(byTitle.getByRole('columnheader', { name: 'Được khen thưởng', exact: true })).toBeVisible();
  await expect(byTitle.getByRole('rowheader').first()).toBeVisible();

  await expect(page.getByRole('img', { name: 'Biểu đồ khen thưởng theo năm' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Biểu đồ điểm thi đua — Bộ tiêu chí chấm điểm thi đua khối Tổ dân phố/ })).toBeVisible();
  await snap(page, testInfo, 'dashboard-demo');

  // Each item opens the screen where the work is done.
  await todo.getByRole('listitem').filter({ hasText: 'đề nghị khen thưởng chờ thẩm định' }).getByRole('link', { name: 'Mở' }).click();
  await expect(page).toHaveURL(/#\/de-nghi/);
  watch.expectNone();
});
