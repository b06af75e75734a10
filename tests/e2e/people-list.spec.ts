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
