/**
 * Issue 17.4: the year's figures (Biểu 0601–0603 of TT 02/2023/TT-BNV) from the record. Awards are
 * recorded in "Lịch sử khen thưởng", the figures exported as .xlsx (read back with exceljs: the totals
 * agree with the register) and .docx (its text read), and the dashboard names the 15/12 deadline.
 */
import { readFileSync } from 'node:fs';
import ExcelJS, { type Worksheet } from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { chooseOption, setUpEmptyWard } from './screens5.helpers';

/** An award of a household, recorded from "Theo đối tượng"; `other` types a form outside the catalogue. */
async function recordAward(page: Page, household: string, title: string, other?: string) {
  await page.getByRole('tab', { name: 'Theo đối tượng' }).click();
  await chooseOption(page, page.locator('main'), 'Đối tượng', 'Hộ gia đình');
  await page.getByLabel('Tên hộ (chủ hộ)').fill(household);
  await page.getByLabel('Địa chỉ').fill('Tổ dân phố 1');
  await page.getByRole('button', { name: 'Thêm khen thưởng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm khen thưởng' });
  await dialog.getByRole('textbox', { name: 'Năm', exact: true }).fill('2026');
  await chooseOption(page, dialog, 'Danh hiệu / hình thức', title);
  if (other) await dialog.getByLabel('Tên danh hiệu / hình thức (in trên văn bản)').fill(other);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** The values of the row whose first cell is `label`. */
function rowByLabel(sheet: Worksheet, label: string): unknown[] {
  const rows: unknown[][] = [];
  sheet.eachRow((row) => { if (row.getCell(1).value === label) rows.push((row.values as unknown[]).slice(1)); });
  expect(rows.length, `${sheet.name}: ${label}`).toBeGreaterThan(0);
  return rows[0];
}

test('the year\'s figures are counted from the award register, exported as .xlsx and .docx, and due on 15/12', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Lịch sử khen thưởng' }).click();
  await recordAward(page, 'Hộ ông Nguyễn Văn Bình', 'Giấy khen của Chủ tịch Ủy ban nhân dân phường');
  await recordAward(page, 'Hộ ông Nguyễn Văn Bình', 'Hình thức khác (ghi tên bên dưới)', 'Huân chương Lao động hạng Ba');
  await recordAward(page, 'Hộ bà Trần Thị Lan', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  await page.getByRole('tab', { name: 'Theo năm' }).click();
  await expect(page.getByText('3 lượt khen thưởng')).toBeVisible();

  await page.getByRole('link', { name: 'Thống kê năm (Biểu 0601–0603)' }).click();
  await expect(page.getByRole('heading', { name: 'Thống kê thi đua, khen thưởng năm', level: 1 })).toBeVisible();
  await expect(page.getByText(/Lịch sử khen thưởng năm 2026: 3 lượt = 1 cấp Nhà nước \(Biểu 0602\) \+ 1 cấp bộ, tỉnh \(Biểu 0603\) \+ 1 cấp cơ sở \+ 0 chưa rõ cấp/)).toBeVisible();
  const state = page.getByRole('table', { name: 'Biểu số 0602.N/BNV-TĐKT: SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC' });
  // Tổng số, Mã số 1, no Đơn vị tính, then the total and the Huân chương column: 1 each, the other forms 0.
  await expect(state.getByRole('row').filter({ hasText: /^Tổng số/ }).getByRole('cell')).toHaveText(['Tổng số', '1', '', '1', '1', '0', '0', '0', '0', '0', '0', '0', '0']);
  await snap(page, testInfo, 'year-figures');

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('Bieu-0601-0603-thong-ke-TDKT-nam-2026.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
  const sheet = (name: string) => workbook.getWorksheet(name)!;
  expect(sheet('Biểu 0602').getCell('A1').value).toBe('Biểu số: 0602.N/BNV-TĐKT');
  // Tổng số of each form (column D of 0602/0603 after Mã số and Đơn vị tính; C of the ward's table).
  const total0602 = rowByLabel(sheet('Biểu 0602'), 'Tổng số')[3];
  const total0603 = rowByLabel(sheet('Biểu 0603'), 'Tổng số')[3];
  const totalWard = rowByLabel(sheet('Khen thưởng cấp cơ sở'), 'Tổng số')[2];
  expect([total0602, total0603, totalWard]).toEqual([1, 1, 1]);
  expect(Number(total0602) + Number(total0603) + Number(totalWard)).toBe(3);
  expect(rowByLabel(sheet('Biểu 0602'), '- Hộ gia đình').slice(3, 5)).toEqual([1, 1]);
  expect(rowByLabel(sheet('Biểu 0601'), 'Tổng số')[2]).toBe(0);

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Word' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toBe('Bieu-0601-0603-thong-ke-TDKT-nam-2026.docx');
  const xml = strFromU8(unzipSync(readFileSync(await docx.path()))['word/document.xml']);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  for (const expected of [
    'Biểu số: 0601.N/BNV-TĐKT', 'Biểu số: 0602.N/BNV-TĐKT', 'Biểu số: 0603.N/BNV-TĐKT', 'Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo',
    'Đơn vị báo cáo: Ủy ban nhân dân phường Ninh Hà', 'Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Khánh Hòa', 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC', 'Năm 2026',
  ]) expect(text).toContain(expected);
  await expect(page.getByText(/Đã xuất Biểu 0601–0603 năm 2026 \(Word\)/)).toBeVisible();

  await page.getByRole('link', { name: 'Tổng quan' }).click();
  const todo = page.getByRole('list', { name: 'Việc cần làm' });
  const due = todo.getByText('Báo cáo thống kê TĐKT năm (Biểu 0601–0603): hạn 15/12/2026 (còn 25 ngày).');
  await expect(due).toBeVisible();
  await snap(page, testInfo, 'year-figures-dashboard');
  await todo.getByRole('listitem').filter({ hasText: 'Báo cáo thống kê TĐKT năm' }).getByRole('link', { name: 'Mở' }).click();
  await expect(page.getByRole('heading', { name: 'Thống kê thi đua, khen thưởng năm', level: 1 })).toBeVisible();
  watch.expectNone();
});
