import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

async function open(page: Page, link: string) {
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: link, exact: true }).click();
  await expect(page.getByText('Đang dùng dữ liệu mẫu (phường Ninh Hà).')).toBeVisible();
}

test('the demo ward loads from the first screen, every screen shows its data, and it can be removed', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();

  await open(page, 'Thông tin đơn vị');
  await expect(page.getByLabel('Tên phường/xã')).toHaveValue('Phường Ninh Hà');
  await page.getByRole('tab', { name: 'Thiết lập quy định' }).click();
  await expect(page.getByLabel('Ngưỡng phiếu CSTĐCS (%)')).toHaveValue('80');
  await snap(page, testInfo, 'demo-settings');

  await open(page, 'Đơn vị, khối thi đua');
  const units = page.getByRole('grid', { name: 'Danh sách đơn vị' });
  await expect(units.getByRole('gridcell', { name: 'Tổ dân phố 2', exact: true })).toBeVisible();
  await expect(units.getByRole('gridcell', { name: 'Trạm Y tế phường' })).toBeVisible();
  await page.getByRole('tab', { name: /Khối thi đua/ }).click();
  await expect(page.getByRole('grid', { name: 'Danh sách khối thi đua' }).getByRole('gridcell', { name: 'Khối Tổ dân phố' })).toBeVisible();
  await snap(page, testInfo, 'demo-units');

  await open(page, 'Cá nhân');
  const people = page.getByRole('grid', { name: 'Danh sách cá nhân' });
  await page.getByLabel('Tìm theo họ tên').fill('le thi thuy');
  await expect(people.getByRole('gridcell', { name: 'Lê Thị Thủy' }).first()).toBeVisible();
  await snap(page, testInfo, 'demo-people');

  await open(page, 'Hội đồng');
  await expect(page.getByTestId('council-summary')).toContainText('Hội đồng có 9 thành viên');
  await expect(page.getByRole('grid', { name: 'Thành viên Hội đồng' }).getByRole('gridcell', { name: 'Chủ tịch Hội đồng', exact: true })).toBeVisible();

  await open(page, 'Phong trào');
  const movements = page.getByRole('grid', { name: 'Danh sách phong trào thi đua' });
  await expect(movements.getByRole('row')).toHaveCount(3);
  // A renamed movement is still found by its old name.
  await page.getByLabel('Tìm phong trào (cả tên cũ)').fill('nong thon moi');
  await expect(movements.getByRole('row')).toHaveCount(2);

  await open(page, 'Lịch sử khen thưởng');
  // The year's awards across people and units, then one person's history.
  await page.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  const yearAwards = page.getByRole('grid', { name: 'Khen thưởng năm 2025' });
  await expect(yearAwards.getByRole('gridcell', { name: 'Chiến sĩ thi đua cơ sở' }).first()).toBeVisible();
  await snap(page, testInfo, 'demo-awards-year');
  await page.getByRole('combobox', { name: 'Danh hiệu / hình thức' }).click();
  await page.getByRole('option', { name: 'Tập thể lao động tiên tiến', exact: true }).click();
  await expect(yearAwards.getByRole('gridcell', { name: 'Tập thể', exact: true }).first()).toBeVisible();
  await expect(yearAwards.getByRole('gridcell', { name: 'Cá nhân', exact: true })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Theo đối tượng' }).click();
  await page.getByRole('combobox', { name: 'Cá nhân' }).fill('le thi thuy');
  await page.getByRole('option', { name: /Lê Thị Thủy/ }).first().click();
  await expect(page.getByRole('grid', { name: 'Các lần được khen thưởng' }).getByRole('row').nth(1)).toBeVisible();
  await snap(page, testInfo, 'demo-awards');

  await open(page, 'Đề nghị khen thưởng');
  const nominations = page.getByRole('grid', { name: 'Danh sách đề nghị khen thưởng' });
  await expect(nominations.getByRole('row').nth(5)).toBeVisible();
  await snap(page, testInfo, 'demo-nominations');
  await nominations.getByRole('row').nth(1).click();
  await expect(page.getByTestId('eligibility-verdict')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Các điều kiện' }).getByRole('row').nth(1)).toBeVisible();

  await open(page, 'Phiên họp');
  const meetings = page.getByRole('grid', { name: 'Danh sách phiên họp' });
  await meetings.getByRole('gridcell', { name: /Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026/ }).click();
  await expect(page.getByTestId('quorum-verdict')).toContainText('Có 8/9 thành viên dự họp');
  await page.getByRole('tab', { name: 'Biểu quyết' }).click();
  await expect(page.getByRole('table', { name: 'Kết quả biểu quyết' }).getByTestId('ballot-result').first()).toBeVisible();
  await snap(page, testInfo, 'demo-meeting');

  // Demo data is removable; the first screen comes back.
  await page.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
  await page.getByRole('dialog', { name: 'Xóa dữ liệu mẫu?' }).getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Thông tin đơn vị', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Bắt đầu với phường trống' })).toBeVisible();
  watch.expectNone();
});
