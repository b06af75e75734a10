/** UI steps shared by the registers, nominations and meetings journeys (issue 5). */
import { expect, type Locator, type Page } from '@playwright/test';

/** Picks an option of a MUI select inside `scope` (a text matches the whole option). */
export async function chooseOption(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a search-as-you-type picker (people, units) and takes the option that matches. */
export async function pickRecord(page: Page, scope: Locator, label: string, typed: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** First run from an empty database: "Bắt đầu với phường trống", then the ward's name and province. */
export async function setUpEmptyWard(page: Page) {
  await page.goto('/#/don-vi');
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Ninh Hà');
  await page.getByLabel('Tỉnh/thành phố').fill('Khánh Hòa');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await expect(page.getByRole('heading', { name: 'Thông tin đơn vị', level: 1 })).toBeVisible();
}

/** Adds a unit from its list page, optionally in an emulation block (matched by its name). */
export async function addUnit(page: Page, name: string, kind: string, block?: RegExp) {
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đơn vị' });
  await expect(dialog.getByLabel('Tên đơn vị')).toBeFocused();
  await dialog.getByLabel('Tên đơn vị').fill(name);
  await chooseOption(page, dialog, 'Loại đơn vị', kind);
  if (block) await chooseOption(page, dialog, 'Khối thi đua', block);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** From an empty ward: an emulation block and residential groups in it, on the units page. */
export async function addBlockWithGroups(page: Page, block: string, groups: readonly string[]) {
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await page.getByRole('tab', { name: /Khối thi đua/ }).click();
  await page.getByRole('button', { name: 'Thêm khối' }).click();
  const blockDialog = page.getByRole('dialog', { name: 'Thêm khối thi đua' });
  await blockDialog.getByLabel('Tên khối thi đua').fill(block);
  await blockDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(blockDialog).toBeHidden();
  await page.getByRole('tab', { name: /Đơn vị/ }).first().click();
  for (const name of groups) await addUnit(page, name, 'Tổ dân phố, khu phố, thôn', new RegExp(`^${block}`));
}

export interface PersonEntry {
  name: string;
  gender: 'Nam' | 'Nữ';
  birthYear: string;
  unit: string;
  position?: string;
  /** Checks "Cán bộ, công chức, viên chức" and sets this year's rating. */
  rating?: string;
}

export async function addPerson(page: Page, person: PersonEntry) {
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm cá nhân' });
  await dialog.getByLabel('Họ và tên').fill(person.name);
  await chooseOption(page, dialog, 'Giới tính', person.gender);
  await dialog.getByLabel('Năm sinh').fill(person.birthYear);
  await chooseOption(page, dialog, 'Đơn vị', person.unit);
  if (person.position) await dialog.getByLabel('Chức vụ').fill(person.position);
  if (person.rating) {
    await dialog.getByLabel('Cán bộ, công chức, viên chức (được xếp loại hằng năm)').check();
    await dialog.getByRole('button', { name: 'Thêm xếp loại' }).click();
    await chooseOption(page, dialog, 'Xếp loại năm (dòng 1)', person.rating);
  }
  // Enter submits the dialog.
  await dialog.getByLabel('Năm sinh').press('Enter');
  await expect(dialog).toBeHidden();
}
