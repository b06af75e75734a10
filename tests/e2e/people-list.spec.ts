import { expect, test } from './fixtures';
import { snap, watchErrors } from './helpers';
import { setUpEmptyWard } from './screens5.helpers';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng', 'Võ', 'Bùi', 'Hoàng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Quốc', 'Thanh', 'Đức', 'Hữu'];
const GIVEN = ['An', 'Ánh', 'Bình', 'Chi', 'Dũng', 'Đức', 'Hòa', 'Lan', 'Sơn', 'Yến'];
/** 80 people, born 1940–2019: more than the list draws at once. */
const PEOPLE = Array.from({ length: 80 }, (_, i) => ({
  name: `${FAMILY[i % 8]} ${MIDDLE[(i >> 3) % 8]} ${GIVEN[i % 10]}`,
  birthYear: 1940 + ((i * 37) % 80),
}));

test('the people register of 80: sorted by a column header, walked with the keyboard, a row opened with Enter', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách cá nhân' });
  const csv = ['Họ và tên,Giới tính,Năm sinh', ...PEOPLE.map((p, i) => `${p.name},${i % 2 ? 'Nữ' : 'Nam'},${p.birthYear}`)].join('\n');
  await importDialog.getByLabel('Chọn tệp dữ liệu').setInputFiles({ name: 'ca-nhan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await importDialog.getByRole('button', { name: 'Nhập 80 cá nhân' }).click();
  await expect(page.getByText('80 người', { exact: true })).toBeVisible();

  const grid = page.getByRole('grid', { name: 'Danh sách cá nhân' });
  const rows = grid.getByRole('row');
  // Every person counted for assistive technology, though only those in view are drawn.
  await expect(grid).toHaveAttribute('aria-rowcount', '81');
  await expect(rows.nth(1)).toBeVisible();
  expect(await rows.count()).toBeLessThan(81);
  // The register's own order: by tên (An, Ánh, Bình…), then tên đệm (Đức after every D, before Hữu), then họ.
  await expect(rows.nth(1).getByRole('gridcell').first()).toHaveText('Lê Đức An');
  await expect(rows.nth(2).getByRole('gridcell').first()).toHaveText('Đặng Hữu An');

  // A click on a column's header sorts by it; again, the other way; a third time, back to the register's order.
  const yearHeader = grid.getByRole('columnheader', { name: 'Năm sinh' });
  await yearHeader.getByRole('button').click();
  await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(1)).toContainText('1940');
  await expect(rows.nth(2)).toContainText('1941');
  await snap(page, testInfo, 'people-list-sorted-by-year');

  // The keyboard: the list is one tab stop; arrows move between rows, End to the last, Enter opens it.
  await rows.nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await expect(edit.getByLabel('Năm sinh')).toHaveValue('1941');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();

  await rows.filter({ hasText: '1941' }).focus();
  await page.keyboard.press('End');
  const last = grid.locator('[role="row"]:focus');
  await expect(last).toContainText('2019');
  await expect(last).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(edit.getByLabel('Năm sinh')).toHaveValue('2019');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();

  await yearHeader.getByRole('button').click();
  await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(1)).toContainText('2019');
  await yearHeader.getByRole('button').click();
  await expect(yearHeader).toHaveAttribute('aria-sort', 'none');
  await expect(rows.nth(1).getByRole('gridcell').first()).toHaveText('Lê Đức An');

  // By Họ và tên, the other way: tên from Yến back, then tên đệm (Văn after Thị).
  const nameHeader = grid.getByRole('columnheader', { name: 'Họ và tên' });
  await nameHeader.getByRole('button').click();
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(1).getByRole('gridcell').first()).toHaveText('Võ Văn Yến');
  watch.expectNone();
});

test('a row of a file being imported is corrected with the keyboard alone: F2 opens its first cell, Tab the next, Enter saves and the file is checked again', async ({ page }) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách cá nhân' });
  const csv = 'Họ và tên,Giới tính,Năm sinh\nTrần Văn Bình,Nam,19x5\nLê Thị Ánh,Nữ,1990\n';
  await importDialog.getByLabel('Chọn tệp dữ liệu').setInputFiles({ name: 'ca-nhan.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const grid = importDialog.getByRole('grid', { name: 'Các dòng của tệp' });
  const bad = grid.getByRole('row').filter({ hasText: 'Trần Văn Bình' });
  await expect(bad.getByRole('gridcell', { name: 'Năm sinh “19x5” không hợp lệ.' })).toBeVisible();
  await expect(bad.getByRole('gridcell', { name: 'Có lỗi', exact: true })).toBeVisible();

  await bad.focus();
  await page.keyboard.press('F2');
  await expect(grid.getByRole('textbox', { name: 'Họ và tên' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(grid.getByRole('textbox', { name: 'Giới tính' })).toBeFocused();
  await page.keyboard.press('Tab');
  const year = grid.getByRole('textbox', { name: 'Năm sinh' });
  await expect(year).toBeFocused();
  await expect(year).toHaveValue('19x5');
  await year.fill('1985');
  await page.keyboard.press('Enter');
  await expect(importDialog.getByText('Tất cả 2 dòng đều hợp lệ.')).toBeVisible();
  await expect(bad.getByRole('gridcell', { name: 'Hợp lệ', exact: true })).toBeVisible();
  // The keyboard is back on the row; Escape in a field leaves the cell as it was.
  await expect(bad).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Trần Văn Sai');
  await page.keyboard.press('Escape');
  await expect(bad.getByRole('gridcell', { name: 'Trần Văn Bình', exact: true })).toBeVisible();
  await importDialog.getByRole('button', { name: 'Nhập 2 cá nhân' }).click();
  await expect(page.getByRole('grid', { name: 'Danh sách cá nhân' }).getByRole('row').filter({ hasText: 'Trần Văn Bình' })).toContainText('1985');
  watch.expectNone();
});
