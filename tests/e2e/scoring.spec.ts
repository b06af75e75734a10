import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addBlockWithGroups, chooseOption, setUpEmptyWard } from './screens5.helpers';

/** Types one value per cell with Tab between them; an empty string just moves on. */
async function typeRow(page: Page, values: string[], lastKey = 'Tab') {
  for (const [i, value] of values.entries()) {
    if (value) await page.keyboard.type(value);
    await page.keyboard.press(i === values.length - 1 ? lastKey : 'Tab');
  }
}

/** What Excel puts on the clipboard, pasted into the focused cell (a real paste event with its data). */
async function pasteIntoFocused(page: Page, text: string) {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

test('criteria set with bonus and deduction, keyboard scoring, Excel paste, over-maximum refused, a shared rank', async ({ page }, testInfo) => {
  // A long journey: two minutes on CI's two busy cores, like the other long journeys.
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await setUpEmptyWard(page);

  // A block and three residential groups in it.
  await addBlockWithGroups(page, 'Khối Tổ dân phố', ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3']);

  // The criteria set: three groups of two items, a bonus and a deduction item.
  await page.getByRole('link', { name: 'Tiêu chí chấm điểm' }).click();
  await page.getByRole('button', { name: 'Tạo bộ tiêu chí' }).click();
  const newSet = page.getByRole('dialog', { name: 'Tạo bộ tiêu chí' });
  await chooseOption(page, newSet, 'Khối thi đua', 'Khối Tổ dân phố');
  await newSet.getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('table', { name: 'Cây tiêu chí' })).toBeVisible();

  const sections: [string, string, [string, string][]][] = [
    ['I', 'Thực hiện các chỉ tiêu, nhiệm vụ', [['Vận động đóng góp các quỹ', '10'], ['Bảo đảm an ninh trật tự', '10']]],
    ['II', 'Công tác thi đua, khen thưởng', [['Phát động phong trào', '10'], ['Báo cáo người tốt, việc tốt', '10']]],
    ['III', 'Xây dựng tổ chức', [['Sinh hoạt định kỳ', '10'], ['Chuyển đổi số', '10']]],
  ];
  for (const [code, title, items] of sections) {
    await page.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
    await expect(page.getByLabel(`Nội dung tiêu chí ${code}`, { exact: true })).toBeFocused();
    await page.keyboard.type(title);
    for (const [i, [label, max]] of items.entries()) {
      await page.getByRole('button', { name: `Thêm tiêu chí con vào ${code}`, exact: true }).click();
      await expect(page.getByLabel(`Nội dung tiêu chí ${code}.${i + 1}`)).toBeFocused();
      await page.keyboard.type(label);
      await page.getByLabel(`Điểm chuẩn ${code}.${i + 1}`).fill(max);
      await page.getByLabel(`Điểm chuẩn ${code}.${i + 1}`).press('Enter');
    }
  }
  await page.getByRole('button', { name: 'Thêm mục điểm thưởng' }).click();
  await page.keyboard.type('Được cấp tỉnh khen thưởng');
  await page.getByLabel('Điểm chuẩn IV', { exact: true }).fill('5');
  await page.getByLabel('Điểm chuẩn IV', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Thêm mục điểm trừ' }).click();
  await page.keyboard.type('Nộp báo cáo trễ hạn');
  await page.getByLabel('Điểm chuẩn V', { exact: true }).fill('5');
  await page.getByLabel('Điểm chuẩn V', { exact: true }).press('Enter');
  await chooseOption(page, page.locator('body'), 'Nhóm tiêu chí chính (xét khi bằng điểm)', /^I\. Thực hiện/);
  await expect(page.getByLabel('Tổng hợp điểm chuẩn')).toContainText('Tổng điểm chuẩn các tiêu chí: 60');
  await page.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
  await expect(page.getByRole('button', { name: 'Đã lưu' })).toBeVisible();
  await snap(page, testInfo, 'criteria-set');

  // Scoring with the keyboard alone: Tab across a row wraps to the next unit.
  await page.getByRole('link', { name: 'Chấm điểm thi đua' }).click();
  const grid = page.getByRole('table', { name: 'Bảng chấm điểm' });
  const cell = (unit: string, ref: string, side: 'Tự chấm' | 'Hội đồng chấm') => grid.getByRole('textbox', { name: `${unit}, tiêu chí ${ref}, ${side}`, exact: true });
  const total = (unit: string) => grid.getByLabel(`Tổng điểm ${unit}`);
  await cell('Tổ dân phố 1', 'I.1', 'Tự chấm').focus();
  //          I.1      I.2      II.1  II.2   III.1    III.2    IV bonus V deduction
  await typeRow(page, ['9', '8', '9', '9', '', '', '', '', '8', '8', '7', '7', '2', '2', '0', '0']);
  await typeRow(page, ['8', '9', '9', '8', '', '', '', '', '9', '8', '8', '7', '2', '3', '1', '1']);
  // Enter on the bottom row commits and stays (Tab at the grid's last cell would leave the grid).
  await typeRow(page, ['5', '6', '6', '6', '', '', '', '', '6', '6', '5', '5', '0', '0', '0', '0'], 'Enter');
  await expect(cell('Tổ dân phố 3', 'V', 'Hội đồng chấm')).toBeFocused();
  await expect(total('Tổ dân phố 1')).toHaveText('34');
  await expect(total('Tổ dân phố 2')).toHaveText('34');
  await expect(total('Tổ dân phố 3')).toHaveText('23');

  // Paste a 3×4 block copied from Excel (Vietnamese decimal comma) at Tổ dân phố 1, II.1 self-score.
  await page.keyboard.press('Control+Home');
  await expect(cell('Tổ dân phố 1', 'I.1', 'Tự chấm')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(cell('Tổ dân phố 1', 'II.1', 'Tự chấm')).toBeFocused();
  await pasteIntoFocused(page, '9\t9\t8\t8\r\n9,5\t8\t9\t9\r\n7\t7\t6\t6\r\n');
  await expect(cell('Tổ dân phố 2', 'II.1', 'Tự chấm')).toHaveValue('9,5');
  await expect(cell('Tổ dân phố 3', 'II.2', 'Hội đồng chấm')).toHaveValue('6');
  await expect(total('Tổ dân phố 1')).toHaveText('51');
  await expect(total('Tổ dân phố 2')).toHaveText('51');
  await expect(total('Tổ dân phố 3')).toHaveText('36');

  // A paste is all or nothing: one value above the maximum and not a single cell is written.
  await pasteIntoFocused(page, '7\t12\r\n');
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa dán ô nào: 1 ô bị từ chối.' })).toContainText('vượt quá điểm chuẩn 10');
  await expect(cell('Tổ dân phố 1', 'II.1', 'Tự chấm')).toHaveValue('9');
  await expect(cell('Tổ dân phố 1', 'II.1', 'Hội đồng chấm')).toHaveAttribute('aria-invalid', 'true');
  await expect(total('Tổ dân phố 1')).toHaveText('51');
  await snap(page, testInfo, 'score-grid-paste-refused');
  await page.keyboard.press('Escape');

  // Totals follow the typing before the value is committed; Escape gives the stored value back.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(cell('Tổ dân phố 3', 'II.1', 'Hội đồng chấm')).toBeFocused();
  await page.keyboard.type('10');
  await expect(total('Tổ dân phố 3')).toHaveText('39');
  await page.keyboard.press('Escape');
  await expect(total('Tổ dân phố 3')).toHaveText('36');

  // A value above the item's maximum is refused at the cell, with the reason.
  await page.keyboard.press('ArrowUp');
  await expect(cell('Tổ dân phố 2', 'II.1', 'Hội đồng chấm')).toBeFocused();
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'vượt quá điểm chuẩn 10' })).toBeVisible();
  await expect(cell('Tổ dân phố 2', 'II.1', 'Hội đồng chấm')).toBeFocused();
  await expect(cell('Tổ dân phố 2', 'II.1', 'Hội đồng chấm')).toHaveAttribute('aria-invalid', 'true');
  await snap(page, testInfo, 'score-grid-refused');
  await page.keyboard.press('Escape');
  await expect(cell('Tổ dân phố 2', 'II.1', 'Hội đồng chấm')).toHaveValue('8');
  await page.keyboard.press('Enter');
  await expect(cell('Tổ dân phố 3', 'II.1', 'Hội đồng chấm')).toBeFocused();

  // The evidence note of the active cell.
  await page.getByLabel(/^Minh chứng — Tổ dân phố 3 — tiêu chí II\.1/).fill('Biên bản phát động phong trào ngày 15/3.');
  await page.keyboard.press('Tab');
  await snap(page, testInfo, 'score-grid');

  // Results: Tổ dân phố 1 and 2 tie on 51 and share rank 1; the tie-break is stated.
  await page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
  const results = page.getByRole('table', { name: 'Kết quả xếp hạng Khối Tổ dân phố' });
  await expect(results.getByLabel('Hạng của Tổ dân phố 1')).toHaveText(/^1/);
  await expect(results.getByLabel('Hạng của Tổ dân phố 2')).toHaveText(/^1/);
  await expect(results.getByLabel('Hạng của Tổ dân phố 3')).toHaveText(/^3/);
  const second = results.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tổ dân phố 2', exact: true }) });
  await expect(second).toContainText('đồng hạng');
  await expect(second).toContainText('ít điểm trừ hơn');
  await expect(page.getByText(/^Khi bằng tổng điểm, xếp trước đơn vị có/)).toBeVisible();
  await snap(page, testInfo, 'score-results');

  // The set is now locked: it changes by a revision in place, with the reason logged.
  await page.getByRole('link', { name: 'Tiêu chí chấm điểm' }).click();
  await page.getByRole('gridcell', { name: /^Bộ tiêu chí chấm điểm thi đua năm/ }).click();
  await expect(page.getByLabel('Nội dung tiêu chí I.1', { exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Sửa đổi bộ tiêu chí' }).click();
  await expect(page.getByLabel('Nội dung tiêu chí I.1', { exact: true })).toBeEnabled();
  // The set's own bands, on its 60 points; they start from the ward's bands rescaled.
  await page.getByLabel('Dùng mức xếp loại riêng cho bộ tiêu chí này').check();
  await expect(page.getByLabel('Từ điểm (mức 1)')).toHaveValue('54');
  await page.getByLabel('Từ điểm (mức 1)').fill('50');
  await page.getByRole('button', { name: 'Lưu sửa đổi' }).click();
  const revise = page.getByRole('dialog', { name: 'Lưu sửa đổi bộ tiêu chí' });
  await expect(revise).toContainText('3 phiếu đã chấm vẫn ghi lần sửa lúc chấm');
  await revise.getByLabel('Lý do sửa đổi').fill('Mức xếp loại riêng theo hướng dẫn của tỉnh');
  await revise.getByLabel('Lý do sửa đổi').press('Enter');
  await expect(page.getByRole('region', { name: 'Lịch sử sửa đổi' })).toContainText('Lý do: Mức xếp loại riêng theo hướng dẫn của tỉnh');
  await expect(page.getByText(/· lần sửa 3 · đã khóa, 3 phiếu chấm/)).toBeVisible();
  await expect(page.getByLabel('Nội dung tiêu chí I.1', { exact: true })).toBeDisabled();
  await snap(page, testInfo, 'criteria-revision');

  // Results read the set's own bands (51 of 60 ≥ 50: Xuất sắc); the sheets keep the revision they were scored on.
  await page.getByRole('link', { name: 'Chấm điểm thi đua' }).click();
  await expect(page.getByText(/Phiếu chấm theo lần sửa trước: Tổ dân phố 1 \(lần sửa 2\)/)).toBeVisible();
  await page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click();
  const first = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Tổ dân phố 1', exact: true }) });
  await expect(first).toContainText('Xuất sắc');
  await expect(page.getByText('Xếp loại theo các mức riêng của bộ tiêu chí: Xuất sắc từ 50;', { exact: false })).toBeVisible();
  watch.expectNone();
});
