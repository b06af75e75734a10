import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openDemoMeeting, putRows, snap, storeRows, watchErrors } from './helpers';

/** Rows given to the stored tờ trình's list: several preview parts (25 rows each) beyond the first. */
const LIST_ROWS = 80;

/** Gives the issued tờ trình a list of `rows` people, in the stored register row (as a big ward's meeting would issue it). */
async function lengthenStoredList(page: Page, rows: number) {
  type Stored = { kind: string; model: { list: { groups: { rows: { name: string }[] }[] } } };
  const doc = ((await storeRows(page, 'documents')) as Stored[]).find((d) => d.kind === 'submission')!;
  const [group] = doc.model.list.groups;
  group.rows = Array.from({ length: rows }, (_, i) => ({ ...group.rows[0], name: `Người được đề nghị thứ ${i + 1}` }));
  doc.model.list.groups = [group];
  await putRows(page, 'documents', [doc]);
}

test('a long list is previewed in parts: the first pages show, then every row follows in order, and “In” prints them all', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await openDemoMeeting(page, 'Văn bản');
  await page.getByRole('region', { name: 'Văn bản' }).getByRole('button', { name: 'Tờ trình Bằng khen tỉnh (1)' }).click();
  let dialog = page.getByRole('dialog', { name: /Tờ trình số 01\/TTr-UBND/ });
  await expect(dialog.getByRole('document')).toContainText('cho 01 cá nhân');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();

  await lengthenStoredList(page, LIST_ROWS);
  await page.reload();
  await page.getByRole('link', { name: 'Văn bản' }).click();
  await page.getByRole('grid', { name: 'Danh sách văn bản đã tạo' }).getByRole('gridcell', { name: '01/TTr-UBND', exact: true }).click();
  dialog = page.getByRole('dialog', { name: /Tờ trình số 01\/TTr-UBND/ });
  const preview = dialog.getByRole('document', { name: 'Xem trước văn bản' });
  await expect(preview).toContainText('Kính gửi');
  await expect(preview).toContainText(`Người được đề nghị thứ ${LIST_ROWS}`);
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);

  // One list table holding every row once, in order, under its header row (as docx-preview draws the whole file).
  const names = await preview.locator('article table').evaluateAll((tables) => {
    const list = tables.find((t) => t.textContent?.includes('Người được đề nghị thứ 1'));
    return list ? [...list.querySelectorAll(':scope > tr')].map((tr) => tr.children[1]?.textContent?.trim() ?? '') : [];
  });
  expect(names[0]).toBe('Họ và tên / Tên tập thể');
  const people = names.filter((n) => n.startsWith('Người được đề nghị'));
  expect(people).toEqual(Array.from({ length: LIST_ROWS }, (_, i) => `Người được đề nghị thứ ${i + 1}`));
  await preview.getByText(`Người được đề nghị thứ ${LIST_ROWS}`, { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('preview-long-list-end.png') });

  // Printing takes the whole document, the rows drawn last included.
  await dialog.getByRole('button', { name: 'In' }).click();
  await expect(page.frameLocator('iframe[title="Bản in văn bản"]').locator('body')).toContainText(`Người được đề nghị thứ ${LIST_ROWS}`);
  await snap(page, testInfo, 'preview-long-list');
  watch.expectNone();
});
