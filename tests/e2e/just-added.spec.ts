import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addPerson, addUnit, chooseOption } from './screens5.helpers';

async function useDemoWard(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
}

async function openSection(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: label, exact: true }).click();
}

/** The row just added is marked and in view (the list turned to its page and scrolled to it). */
async function expectJustAdded(grid: Locator, text: string) {
  const row = grid.locator('[role="row"].just-added');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(text);
  await expect(row).toBeInViewport();
}

/** No part of the word runs (letters, digits) of `link` is split over two lines. */
async function wordsSplitAcrossLines(link: Locator): Promise<string[]> {
  return link.evaluate((element) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(match[0]);
      }
    }
    return split;
  });
}

test('every add shows the new record: units, people, movements and council marked in their lists, a good-deeds report opened', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await useDemoWard(page);

  await openSection(page, 'Đơn vị, khối thi đua');
  await addUnit(page, 'Tổ dân phố 15', 'Tổ dân phố, khu phố, thôn');
  await expectJustAdded(page.getByRole('grid', { name: 'Danh sách đơn vị' }), 'Tổ dân phố 15');

  // A long register: the new person is far down the sorted list, yet shown.
  await openSection(page, 'Cá nhân');
  await addPerson(page, { name: 'Vũ Thị Yến', gender: 'Nữ', birthYear: '1990', unit: 'Tổ dân phố 15' });
  await expectJustAdded(page.getByRole('grid', { name: 'Danh sách cá nhân' }), 'Vũ Thị Yến');
  await snap(page, testInfo, 'person-just-added');

  await openSection(page, 'Phong trào');
  await page.getByRole('button', { name: 'Thêm phong trào' }).click();
  const movement = page.getByRole('dialog', { name: 'Thêm phong trào' });
  await movement.getByLabel('Tên phong trào').fill('Chung tay xây dựng đô thị văn minh');
  await movement.getByRole('button', { name: 'Lưu' }).click();
  await expect(movement).toBeHidden();
  await expectJustAdded(page.getByRole('grid', { name: 'Danh sách phong trào thi đua' }), 'Chung tay xây dựng đô thị văn minh');

  await openSection(page, 'Hội đồng');
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const member = page.getByRole('dialog', { name: 'Thêm thành viên Hội đồng' });
  await member.getByRole('combobox', { name: 'Cá nhân' }).fill('vu thi yen');
  await page.getByRole('option', { name: /Vũ Thị Yến/ }).first().click();
  await chooseOption(page, member, 'Vai trò trong Hội đồng', 'Ủy viên');
  await member.getByRole('button', { name: 'Lưu' }).click();
  await expect(member).toBeHidden();
  await expectJustAdded(page.getByRole('grid', { name: 'Thành viên Hội đồng' }), 'Vũ Thị Yến');

  // A good-deeds report, sent after the due day: it opens at once.
  await openSection(page, 'Người tốt, việc tốt');
  const list = page.getByRole('grid', { name: 'Danh sách báo cáo người tốt, việc tốt' });
  await expect(list.getByRole('row').nth(1)).toBeVisible();
  // First display: no column collapsed to a sliver.
  for (const width of await list.getByRole('columnheader').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width))) {
    expect(width).toBeGreaterThan(70);
  }
  await page.getByRole('button', { name: 'Thêm báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm báo cáo người tốt, việc tốt' });
  await chooseOption(page, dialog, 'Đơn vị báo cáo', 'Tổ dân phố 15');
  await dialog.getByLabel('Tháng báo cáo').fill('2026-10');
  await dialog.getByLabel('Họ và tên').fill('Vũ Thị Yến');
  await dialog.getByLabel('Lĩnh vực').fill('Từ thiện, nhân đạo');
  await dialog.getByLabel('Việc làm, cách làm hay').fill('Nhặt được ví tiền, trả lại người đánh rơi.');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const detail = page.getByRole('dialog', { name: /Vũ Thị Yến/ });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('Nộp muộn');

  // Vetted, then publicised: a long link wraps between its parts, never inside a word.
  await detail.getByRole('button', { name: 'Thẩm định đạt' }).click();
  await detail.getByRole('button', { name: 'Ghi nhận tuyên truyền' }).click();
  const publication = page.getByRole('dialog', { name: 'Ghi nhận tuyên truyền' });
  await chooseOption(page, publication, 'Kênh tuyên truyền', 'Đài truyền thanh');
  const address = 'https://ninhha.khanhhoa.gov.vn/tin-tuc/nguoi-tot-viec-tot/chi-hoi-phu-nu-to-dan-pho-15-nhat-duoc-vi-tien-tra-lai-nguoi-danh-roi-thang-10-2026.html';
  await publication.getByLabel('Đường dẫn').fill(address);
  await publication.getByRole('button', { name: 'Lưu' }).click();
  await expect(publication).toBeHidden();
  const link = detail.getByRole('table', { name: 'Nhật ký tuyên truyền' }).getByRole('link');
  await expect(link).toHaveAttribute('href', address);
  expect((await link.boundingBox())!.height).toBeGreaterThan(30); // it does wrap
  expect(await wordsSplitAcrossLines(link)).toEqual([]);
  await snap(page, testInfo, 'good-deed-opened');
  await detail.getByRole('button', { name: 'Đóng' }).click();

  // In the list the late marker shows whole next to the date.
  await page.getByLabel('Tìm kiếm').fill('vu thi yen');
  const cell = list.getByRole('row').filter({ hasText: 'Vũ Thị Yến' }).getByTestId('submitted-cell');
  const marker = cell.getByText('Muộn');
  await expect(marker).toBeVisible();
  const gridCell = cell.locator('xpath=ancestor::*[@role="gridcell"][1]');
  const [markerBox, cellBox] = [(await marker.boundingBox())!, (await gridCell.boundingBox())!];
  expect(markerBox.x + markerBox.width).toBeLessThanOrEqual(cellBox.x + cellBox.width);
  await snap(page, testInfo, 'good-deeds-late-marker');
  watch.expectNone();
});
