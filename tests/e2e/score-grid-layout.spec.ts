import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';

/** The element actually drawn at the centre of `box` (what the user sees there), as its cell. */
async function cellSeenAt(page: Page, x: number, y: number) {
  return page.evaluate(([px, py]) => {
    const cell = document.elementFromPoint(px, py)?.closest('th, td');
    return cell ? { className: cell.className, text: (cell as HTMLElement).innerText.trim() } : null;
  }, [x, y] as const);
}

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

test('the score grid at 1366 px: criterion names are whole, “Tổng” is a column of its own and hides no score', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Chấm điểm thi đua', exact: true }).click();
  const grid = page.getByRole('table', { name: 'Bảng chấm điểm' });
  await expect(grid.getByLabel('Tổng điểm Tổ dân phố 1', { exact: true })).toBeVisible();
  await snap(page, testInfo, 'grid-start');

  // No header is cut: every criterion's name shows whole, however long.
  const clipped = await grid.locator('.criterion-label').evaluateAll((labels) =>
    labels.filter((l) => l.scrollHeight > l.clientHeight + 1 || l.scrollWidth > l.clientWidth + 1).map((l) => (l as HTMLElement).innerText),
  );
  expect(clipped).toEqual([]);
  await expect(grid.locator('.criterion-label', { hasText: 'Hướng dẫn người dân sử dụng dịch vụ công trực tuyến' })).toBeVisible();

  // Whatever scrolls beneath it, the whole height of the "Tổng" column shows "Tổng": header rows included.
  const totalHeader = grid.locator('thead th.sticky-total');
  await expect(totalHeader).toHaveText('Tổng');
  const header = await centre(grid.locator('thead'));
  const total = await centre(totalHeader);
  for (const y of [header.box.y + 4, header.y, header.box.y + header.box.height - 4]) {
    expect(await cellSeenAt(page, total.x, y)).toMatchObject({ className: expect.stringContaining('sticky-total'), text: 'Tổng' });
  }

  // Scrolled to the end, the last criterion's council score and every total are in view, none under "Tổng".
  await grid.evaluate((table) => table.parentElement!.scrollTo({ left: 100_000 }));
  const lastScore = grid.getByLabel('Tổ dân phố 1, tiêu chí C, Hội đồng chấm', { exact: true });
  const last = await centre(lastScore);
  expect(await cellSeenAt(page, last.x, last.y)).toMatchObject({ className: expect.stringContaining('council') });
  for (const label of ['Tự chấm', 'HĐ chấm', 'Thưởng', 'Trừ']) {
    const cell = await centre(grid.locator('thead th.total', { hasText: label }).first());
    expect((await cellSeenAt(page, cell.x, cell.y))?.text).toBe(label);
    expect(cell.box.x + cell.box.width).toBeLessThanOrEqual((await totalHeader.boundingBox())!.x + 1);
  }
  await snap(page, testInfo, 'grid-end');
  watch.expectNone();
});
