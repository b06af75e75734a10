import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { putRows, snap, storeRows, watchErrors } from './helpers';

/** The element actually drawn at the centre of `box` (what the user sees there), as its cell. */
async function cellSeenAt(page: Page, x: number, y: number) {
  return page.evaluate(([px, py]) => {
    const cell = document.elementFromPoint(px, py)?.closest('th, td');
    return cell ? { className: cell.className, text: (cell as HTMLElement).innerText.trim() } : null;
  }, [x, y] as const);
}

/** The demo ward (phường Ninh Hà), opened at Chấm điểm thi đua through the navigation. */
async function openDemoGrid(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Chấm điểm thi đua', exact: true }).click();
}

async function centre(locator: Locator) {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box };
}

test('the score grid at 1366 px: criterion names are whole, “Tổng” is a column of its own and hides no score', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await openDemoGrid(page);
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

/** Adds four groups of ten criteria (IV–VII) to the demo's criteria set, in the stored row: a big ward's 50-odd criteria. */
async function widenDemoCriteria(page: Page) {
  type Node = { id: string; kind: string };
  const [set] = (await storeRows(page, 'criteriaSets')) as { definition: { nodes: Node[] } }[];
  const groups = ['IV', 'V', 'VI', 'VII'].map((code) => ({
    id: `W${code}`, code, label: `Nhóm tiêu chí mở rộng ${code}`, kind: 'section', maxPoints: 20,
    children: Array.from({ length: 10 }, (_, i) => ({ id: `W${code}.${i + 1}`, code: `${i + 1}`, label: `Tiêu chí mở rộng ${code}.${i + 1}`, kind: 'item', maxPoints: 2 })),
  }));
  const { nodes } = set.definition;
  set.definition.nodes = [...nodes.filter((n) => n.kind === 'section'), ...groups, ...nodes.filter((n) => n.kind !== 'section')];
  await putRows(page, 'criteriaSets', [set]);
}

test('a grid of 51 criteria draws only the criteria in view, keeps every header over its own scores, and the keyboard reaches both ends', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  await widenDemoCriteria(page);
  await page.reload();
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Chấm điểm thi đua', exact: true }).click();
  const grid = page.getByRole('table', { name: 'Bảng chấm điểm' });
  await expect(grid.getByLabel('Tổng điểm Tổ dân phố 1', { exact: true })).toBeVisible();

  // 51 criteria are 102 score inputs a row; the row draws those in view and a few more.
  const drawn = await grid.locator('tbody tr').first().locator('input').count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(40);

  /** Each drawn criterion's header and its two score cells in the first row start and end together. */
  const misaligned = () =>
    grid.evaluate((table) => {
      const firstRow = table.querySelector('tbody tr:not([aria-hidden])')!;
      const out: string[] = [];
      for (const input of firstRow.querySelectorAll('input')) {
        const [, ref, side] = /tiêu chí (\S+), (.+)$/.exec(input.getAttribute('aria-label') ?? '') ?? [];
        if (side !== 'Tự chấm') continue;
        const header = [...table.querySelectorAll('thead th')].find((th) => th.querySelector('.criterion-label')?.textContent?.startsWith(`${ref}. `));
        const cell = input.closest('td')!.getBoundingClientRect();
        const next = (input.closest('td')!.nextElementSibling as HTMLElement).getBoundingClientRect();
        const box = header?.getBoundingClientRect();
        if (!box || Math.abs(box.left - cell.left) > 1 || Math.abs(box.right - next.right) > 1) out.push(ref);
      }
      return out;
    });
  expect(await misaligned()).toEqual([]);

  // Scrolled to the middle: other criteria are drawn, still under their own headers.
  await grid.evaluate((table) => table.parentElement!.scrollTo({ left: table.parentElement!.scrollWidth / 2 }));
  await expect(grid.getByLabel('Tổ dân phố 1, tiêu chí VI.1, Tự chấm', { exact: true })).toBeAttached();
  await expect(grid.getByLabel('Tổ dân phố 1, tiêu chí I.1, Tự chấm', { exact: true })).toHaveCount(0);
  expect(await misaligned()).toEqual([]);
  await snap(page, testInfo, 'wide-grid-middle');

  // End goes to the row's last score, drawn and in view beside "Tổng"; Home comes back to the first.
  await grid.evaluate((table) => table.parentElement!.scrollTo({ left: 0 }));
  const first = grid.getByLabel('Tổ dân phố 1, tiêu chí I.1, Tự chấm', { exact: true });
  await first.focus();
  await page.keyboard.press('End');
  const last = grid.getByLabel('Tổ dân phố 1, tiêu chí C, Hội đồng chấm', { exact: true });
  await expect(last).toBeFocused();
  const { x, y } = await centre(last);
  expect(await cellSeenAt(page, x, y)).toMatchObject({ className: expect.stringContaining('council') });
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await expect(grid.getByLabel('Tổng điểm Tổ dân phố 1', { exact: true })).toBeVisible();
  expect(await misaligned()).toEqual([]);
  watch.expectNone();
});

test('a score typed the moment the grid shows keeps every keystroke while the rest of the grid is drawn', async ({ page }) => {
  const watch = watchErrors(page);
  await openDemoGrid(page);
  // The rows are drawn once the scroll box is laid out, the widths corrected after: the cell is used as
  // soon as it exists, and typing goes on while those later renders run.
  const grid = page.getByRole('table', { name: 'Bảng chấm điểm' });
  const cell = grid.getByLabel('Tổ dân phố 1, tiêu chí I.1, Hội đồng chấm', { exact: true });
  await cell.click();
  await page.keyboard.type('12,5');
  await expect(cell).toHaveValue('12,5');
  await page.keyboard.press('Enter');
  await expect(grid.getByLabel('Tổ dân phố 2, tiêu chí I.1, Hội đồng chấm', { exact: true })).toBeFocused();
  await expect(cell).toHaveValue('12,5');
  // Stored (the grid is no longer busy saving it): the page opened again shows it.
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  await page.reload();
  await expect(grid.getByLabel('Tổ dân phố 1, tiêu chí I.1, Hội đồng chấm', { exact: true })).toHaveValue('12,5');
  watch.expectNone();
});
