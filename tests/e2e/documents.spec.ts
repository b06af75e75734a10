/**
 * Documents from a council meeting (issue 7): from the demo ward's meeting with ballots, issue the
 * minutes, the vote-count minutes and the tờ trình; each is previewed, saved as .docx (a browser
 * download here) and enters the register, which lists the three new numbers and reopens them as issued.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { snap, watchErrors } from './helpers';

async function documentXml(page: Page, button: string): Promise<{ name: string; xml: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const entries = unzipSync(bytes);
  const main = entries['word/document.xml'] ?? entries['xl/worksheets/sheet1.xml'];
  return { name: download.suggestedFilename(), xml: strFromU8(main) };
}

async function issue(page: Page, button: string | RegExp, title: RegExp) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toBeVisible();
  // The preview is drawn by docx-preview once the .docx is built.
  await expect(dialog.getByRole('document', { name: 'Xem trước văn bản' }).locator('section').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Lưu .docx' })).toBeEnabled();
  return dialog;
}

test('from a meeting with ballots: minutes, vote-count minutes and tờ trình, then the register', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });

  await page.getByRole('link', { name: 'Phiên họp' }).click();
  await page.getByRole('gridcell', { name: 'Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026' }).click();
  await expect(page.getByRole('heading', { name: 'Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm 2026', level: 1 })).toBeVisible();
  const parts = page.getByRole('tablist', { name: 'Các phần của phiên họp' });
  // The counting of the CSTĐCS ballot has its own times (issue 19 item 3): the clerk corrects the start.
  await parts.getByRole('tab', { name: 'Kiểm phiếu' }).click();
  const start = page.getByRole('textbox', { name: 'Giờ bắt đầu kiểm phiếu Chiến sĩ thi đua cơ sở' });
  await expect(start).toHaveValue('09:40');
  await start.fill('09:45');
  await page.getByRole('button', { name: 'Lưu giờ kiểm phiếu' }).click();
  await expect(page.getByText('Đã lưu giờ kiểm phiếu.')).toBeVisible();
  await snap(page, testInfo, 'counting-times');
  await parts.getByRole('tab', { name: 'Văn bản' }).click();
  const documents = page.getByRole('region', { name: 'Văn bản' });

  // 1. Biên bản họp: the council's own series.
  let dialog = await issue(page, 'Biên bản họp', /Biên bản họp Hội đồng số 01\/BB-HĐTĐKT/);
  await expect(dialog.getByRole('document')).toContainText('BIÊN BẢN');
  // The dialog is fixed to the viewport, so this one is not a full-page shot.
  await page.screenshot({ path: testInfo.outputPath('preview-minutes.png') });
  let saved = await documentXml(page, 'Lưu .docx');
  expect(saved.name).toBe('Bien-ban-hop-Hoi-dong-01-BB-HDTDKT-2026.docx');
  expect(saved.xml).toContain('01/BB-HĐTĐKT');
  expect(saved.xml).toContain('Hồ Thị Ngọc Trang');
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();

  // 2. Biên bản kiểm phiếu: next number of the same series.
  dialog = await issue(page, 'Biên bản kiểm phiếu (CSTĐCS)', /Biên bản kiểm phiếu số 02\/BB-HĐTĐKT/);
  await expect(dialog.getByRole('document')).toContainText('Vào lúc 09 giờ 45 phút, ngày 12 tháng 11 năm 2026');
  await expect(dialog.getByRole('document')).toContainText('8 phiếu đồng ý + 1 ý kiến bằng văn bản = 9/9 thành viên, 100 %, đạt');
  saved = await documentXml(page, 'Lưu .docx');
  expect(saved.name).toBe('Bien-ban-kiem-phieu-02-BB-HDTDKT-2026.docx');
  expect(saved.xml).toContain('Chiến sĩ thi đua cơ sở');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // 3. One tờ trình per form passed upward, naming it, also as .xlsx.
  await expect(documents.getByRole('button', { name: /^Tờ trình / })).toHaveCount(3);
  dialog = await issue(page, 'Tờ trình Bằng khen tỉnh (1)', /Tờ trình số 01\/TTr-UBND/);
  await expect(dialog.getByRole('document')).toContainText('Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa');
  await expect(dialog.getByRole('document')).toContainText('xem xét, tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2026 cho 01 cá nhân');
  saved = await documentXml(page, 'Lưu .docx');
  expect(saved.name).toBe('To-trinh-01-TTr-UBND-2026.docx');
  const xlsx = await documentXml(page, 'Xuất .xlsx');
  expect(xlsx.name).toBe('Danh-sach-To-trinh-01-TTr-UBND-2026.xlsx');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // 4. One quyết định per form or title decided by the ward (issue 19 item 2).
  for (const label of ['Quyết định CSTĐCS (2)', 'Quyết định Giấy khen (3)', 'Quyết định LĐTT (4)']) {
    await expect(documents.getByRole('button', { name: label })).toBeVisible();
  }
  dialog = await issue(page, 'Quyết định CSTĐCS (2)', /Quyết định số 01\/QĐ-UBND/);
  await expect(dialog.getByRole('document')).toContainText('Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026 cho 02 cá nhân (có danh sách kèm theo).');
  await expect(dialog.getByRole('document')).not.toContainText('Lao động tiên tiến');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // The meeting lists what was issued from it.
  for (const label of ['Biên bản họp Hội đồng số 01/BB-HĐTĐKT', 'Biên bản kiểm phiếu số 02/BB-HĐTĐKT', 'Tờ trình số 01/TTr-UBND', 'Quyết định số 01/QĐ-UBND']) {
    await expect(documents.getByRole('button', { name: label })).toBeVisible();
  }
  // Issuing the minutes again asks first: a new number would be taken.
  await documents.getByRole('button', { name: 'Biên bản họp', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Tạo văn bản mới?' });
  await expect(confirm).toContainText('01/BB-HĐTĐKT');
  await confirm.getByRole('button', { name: 'Hủy' }).click();

  // The register: three new numbers; reopening keeps the number.
  await page.getByRole('link', { name: 'Văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Văn bản đã tạo', level: 1 })).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Danh sách văn bản đã tạo' });
  for (const number of ['01/BB-HĐTĐKT', '02/BB-HĐTĐKT', '01/TTr-UBND', '01/QĐ-UBND']) {
    await expect(grid.getByRole('gridcell', { name: number, exact: true })).toBeVisible();
  }
  await expect(grid.getByRole('row')).toHaveCount(5);
  await snap(page, testInfo, 'register');

  await page.getByRole('combobox', { name: 'Loại văn bản' }).click();
  await page.getByRole('option', { name: 'Tờ trình', exact: true }).click();
  await expect(grid.getByRole('row')).toHaveCount(2);
  await grid.getByRole('gridcell', { name: '01/TTr-UBND', exact: true }).click();
  dialog = page.getByRole('dialog', { name: /Tờ trình số 01\/TTr-UBND/ });
  await expect(dialog.getByRole('document').locator('section').first()).toBeVisible();
  await expect(dialog.getByRole('document')).toContainText('01/TTr-UBND');
  await snap(page, testInfo, 'register-reopened');
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  watch.expectNone();
});
