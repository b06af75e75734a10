/**
 * Caps are visible (issue 12 item 3): a bonus and a deduction entered over the set's caps are cut, and
 * the grid, the results and the score table (.docx) say so next to the unit:
 * "cộng điểm: nhập 7, tính 5 (tối đa 5)".
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addBlockWithGroups, chooseOption, setUpEmptyWard } from './screens5.helpers';

const BONUS_NOTE = 'cộng điểm: nhập 7, tính 5 (tối đa 5)';
const DEDUCTION_NOTE = 'trừ điểm: nhập 7, tính 5 (tối đa 5)';

test('a bonus and a deduction over the caps are cut, and the grid, results and score table say so', async ({ page }, testInfo) => {
  // A long journey: two minutes on CI's two busy cores, like the other long journeys.
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await addBlockWithGroups(page, 'Khối Tổ dân phố', ['Tổ dân phố Phước Thuận', 'Tổ dân phố Vạn Thiện']);

  // One item, two bonus items of 5 each under a bonus cap of 5, two deduction items under a cap of 5.
  await page.getByRole('link', { name: 'Tiêu chí chấm điểm' }).click();
  await page.getByRole('button', { name: 'Tạo bộ tiêu chí' }).click();
  const newSet = page.getByRole('dialog', { name: 'Tạo bộ tiêu chí' });
  await chooseOption(page, newSet, 'Khối thi đua', 'Khối Tổ dân phố');
  await newSet.getByRole('button', { name: 'Tạo' }).click();
  await page.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
  await expect(page.getByLabel('Nội dung tiêu chí I', { exact: true })).toBeFocused();
  await page.keyboard.type('Thực hiện các chỉ tiêu, nhiệm vụ');
  await page.getByRole('button', { name: 'Thêm tiêu chí con vào I', exact: true }).click();
  await expect(page.getByLabel('Nội dung tiêu chí I.1')).toBeFocused();
  await page.keyboard.type('Vận động đóng góp các quỹ');
  await page.getByLabel('Điểm chuẩn I.1').fill('10');
  await page.getByLabel('Điểm chuẩn I.1').press('Enter');
  const extras: [string, string, string][] = [
    ['Thêm mục điểm thưởng', 'II', 'Được cấp tỉnh khen thưởng'],
    ['Thêm mục điểm thưởng', 'III', 'Có mô hình mới được nhân rộng'],
    ['Thêm mục điểm trừ', 'IV', 'Nộp báo cáo trễ hạn'],
    ['Thêm mục điểm trừ', 'V', 'Để xảy ra vụ việc phức tạp'],
  ];
  for (const [button, code, label] of extras) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByLabel(`Nội dung tiêu chí ${code}`, { exact: true })).toBeFocused();
    await page.keyboard.type(label);
    await page.getByLabel(`Điểm chuẩn ${code}`, { exact: true }).fill('5');
    await page.getByLabel(`Điểm chuẩn ${code}`, { exact: true }).press('Enter');
  }
  for (const cap of ['Tối đa điểm thưởng', 'Tối đa điểm trừ']) {
    await page.getByLabel(cap, { exact: true }).fill('5');
    await page.getByLabel(cap, { exact: true }).press('Enter');
  }
  await page.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
  await expect(page.getByRole('button', { name: 'Đã lưu' })).toBeVisible();

  // Council scores: Phước Thuận 4 + 3 bonus (7, counted 5) and 4 + 3 deductions (7, counted 5); Vạn Thiện under the caps.
  await page.getByRole('link', { name: 'Chấm điểm thi đua' }).click();
  const grid = page.getByRole('table', { name: 'Bảng chấm điểm' });
  await grid.getByRole('textbox', { name: 'Tổ dân phố Phước Thuận, tiêu chí I.1, Tự chấm', exact: true }).focus();
  //                    I.1      II       III      IV       V
  for (const value of ['8', '8', '4', '4', '3', '3', '4', '4', '3', '3', '9', '9', '2', '2', '1', '1', '0', '0', '1', '1']) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  await expect(grid.getByLabel('Tổng điểm Tổ dân phố Phước Thuận')).toHaveText('8');
  await expect(grid.getByLabel('Tổng điểm Tổ dân phố Vạn Thiện')).toHaveText('11');
  // The row's bonus and deduction cells are marked, and the note under the grid names the unit.
  await expect(grid.getByLabel(`Điểm thưởng Tổ dân phố Phước Thuận: ${BONUS_NOTE}`)).toHaveText('5*');
  await expect(grid.getByLabel(`Điểm trừ Tổ dân phố Phước Thuận: ${DEDUCTION_NOTE}`)).toHaveText('5*');
  await expect(grid.getByLabel('Điểm thưởng Tổ dân phố Vạn Thiện: 3')).toHaveText('3');
  const capsNote = page.getByLabel('Điểm bị giới hạn bởi mức tối đa');
  await expect(capsNote).toContainText(`Tổ dân phố Phước Thuận: ${BONUS_NOTE}; ${DEDUCTION_NOTE}.`);
  await expect(capsNote).not.toContainText('Vạn Thiện');
  await snap(page, testInfo, 'score-grid-caps');

  // Results: the sentence sits in the unit's own row.
  await page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
  const results = page.getByRole('table', { name: 'Kết quả xếp hạng Khối Tổ dân phố' });
  const rowOf = (unit: string) => results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: unit, exact: true }) });
  await expect(rowOf('Tổ dân phố Phước Thuận')).toContainText('Cộng điểm: nhập 7, tính 5 (tối đa 5).');
  await expect(rowOf('Tổ dân phố Phước Thuận')).toContainText('Trừ điểm: nhập 7, tính 5 (tối đa 5).');
  await expect(rowOf('Tổ dân phố Vạn Thiện')).not.toContainText('Cộng điểm');
  await snap(page, testInfo, 'score-results-caps');

  // The score table says it too: in the preview and in the saved .docx.
  await page.getByRole('button', { name: 'Bảng tổng hợp điểm' }).click();
  const dialog = page.getByRole('dialog', { name: /Bảng tổng hợp điểm/ });
  const preview = dialog.getByRole('document', { name: 'Xem trước văn bản' });
  await expect(preview).toContainText('Cộng điểm: nhập 7, tính 5 (tối đa 5).');
  await expect(dialog.getByRole('button', { name: 'Lưu .docx' })).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lưu .docx' }).click()]);
  await download.saveAs(testInfo.outputPath('score-table-caps.docx'));
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']);
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(`Tổ dân phố Phước Thuận`);
  expect(text).toContain('Cộng điểm: nhập 7, tính 5 (tối đa 5). Trừ điểm: nhập 7, tính 5 (tối đa 5).');
  watch.expectNone();
});
