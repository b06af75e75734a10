/**
 * Ties that the law breaks (issue 12 item 8): when a province's CSTĐCS cap forces a choice among equally
 * qualified nominations, the women-first rule (NĐ 152/2025 Đ4.6) is proposed on the nominations list,
 * naming whom to keep and whom to drop, instead of leaving the whole choice to the council.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

/** The province's cap on CSTĐCS as a share of LĐTT, set on the ward's settings, then back to the nominations list. */
async function capCstdcs(page: Page, percent: string) {
  await page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await page.getByRole('tab', { name: 'Thiết lập quy định' }).click();
  await page.getByLabel('Tỷ lệ tối đa CSTĐCS/LĐTT (%)').fill(percent);
  await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
  await expect(page.getByText('Đã lưu các thiết lập.')).toBeVisible();
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
}

test('a CSTĐCS cap that bites: the list proposes keeping the women’s nominations under Khoản 6 Điều 4 NĐ 152/2025', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });

  // No cap by default (Luật 2022 sets none): no warning on the list.
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await expect(page.getByRole('heading', { name: 'Đề nghị khen thưởng', level: 1 })).toBeVisible();
  await expect(page.getByText(/^CSTĐCS không quá/)).toHaveCount(0);

  // The province caps CSTĐCS at 25 % of LĐTT: 8 LĐTT nominations of 2026 leave 2 places for 4 CSTĐCS
  // nominations, two women's and two men's.
  await capCstdcs(page, '25');
  const alert = page.getByRole('alert').filter({ hasText: 'CSTĐCS không quá 25 % số LĐTT' });
  await expect(alert).toContainText('4 đề nghị CSTĐCS, vượt mức tối đa 2 (25 % của 8 LĐTT); cần bớt 2 đề nghị.');
  await expect(alert).toContainText('Đề xuất ưu tiên nữ theo Khoản 6 Điều 4 NĐ 152/2025: giữ 2 đề nghị của nữ (');
  await expect(alert).toContainText(/bớt 2 đề nghị của nam \((Nguyễn Công Thắng, Huỳnh Minh Lộc|Huỳnh Minh Lộc, Nguyễn Công Thắng)\)\./);
  await expect(alert).toContainText('Phạm Ngọc Thảo');
  await expect(alert).toContainText('Nguyễn Thị Thanh Hương');
  // The law settles this tie entirely: nothing is left to the council.
  await expect(alert).not.toContainText('Hội đồng quyết định');
  await snap(page, testInfo, 'women-first-proposal');

  // A tighter cap (1 place for the two women): the men still go by the rule; only the choice between the women is the council's.
  await capCstdcs(page, '15');
  const tighter = page.getByRole('alert').filter({ hasText: 'CSTĐCS không quá 15 % số LĐTT' });
  await expect(tighter).toContainText('Đề xuất ưu tiên nữ theo Khoản 6 Điều 4 NĐ 152/2025: bớt 2 đề nghị của nam (');
  await expect(tighter).toContainText(/Còn ngang nhau 2 đề nghị \(.*\) cho 1 suất, Hội đồng quyết định\./);
  watch.expectNone();
});
