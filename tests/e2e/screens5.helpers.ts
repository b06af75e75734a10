/** UI steps shared by the registers, nominations and meetings journeys (issue 5). */
import { expect, type Locator, type Page } from '@playwright/test';
import { typeDate } from './helpers';

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
export async function setUpEmptyWard(page: Page, ward = 'Phường Ninh Hà', province = 'Khánh Hòa') {
  await page.goto('/#/don-vi');
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill(ward);
  await page.getByLabel('Tỉnh/thành phố').fill(province);
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

/** A nomination of a person for a title, from the nominations page; the detail opens after saving. */
export async function nominatePerson(page: Page, typed: string, person: RegExp, title: string, expectHint?: string) {
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
  await pickRecord(page, dialog, 'Cá nhân được đề nghị', typed, person);
  await chooseOption(page, dialog, 'Danh hiệu / hình thức đề nghị', title);
  if (expectHint) await expect(dialog.getByText(expectHint)).toBeVisible();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Received and appraised, from the open nomination's "Quá trình xử lý". */
export async function receiveAndAppraise(page: Page) {
  await page.getByRole('tab', { name: 'Quá trình xử lý' }).click();
  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  await page.getByRole('button', { name: 'Thẩm định đạt' }).click();
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã thẩm định');
}

/** A meeting with the form's defaults (today, every member in term listed present). */
export async function createMeeting(page: Page) {
  await page.getByRole('link', { name: 'Phiên họp' }).click();
  await page.getByRole('button', { name: 'Tạo phiên họp' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tạo phiên họp' });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

/** Saves the typed ballot results, then moves the agenda's one nomination on from its result. */
export async function saveVotesAndMoveOne(page: Page, votes: Locator) {
  await votes.getByRole('button', { name: 'Lưu kết quả biểu quyết' }).click();
  await expect(page.getByText('Đã lưu kết quả biểu quyết.')).toBeVisible();
  await votes.getByRole('button', { name: 'Chuyển các đề nghị theo kết quả (1)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển trạng thái' }).click();
  await expect(page.getByText('Đã chuyển 1 đề nghị theo kết quả phiên họp.')).toBeVisible();
}

/** The meeting's "Biểu quyết" part with the appraised nominations put on the agenda; its region. */
export async function openVotesWithAgenda(page: Page, count = 1): Promise<Locator> {
  await page.getByRole('tablist', { name: 'Các phần của phiên họp' }).getByRole('tab', { name: 'Biểu quyết' }).click();
  const votes = page.getByRole('region', { name: 'Chương trình và kết quả biểu quyết' });
  await votes.getByRole('button', { name: /Đưa đề nghị vào chương trình/ }).click();
  const agendaDialog = page.getByRole('dialog', { name: 'Đưa đề nghị vào chương trình họp' });
  await agendaDialog.getByRole('button', { name: `Đưa ${count} đề nghị vào` }).click();
  await expect(agendaDialog).toBeHidden();
  return votes;
}

/** A unit's monthly good-deeds report, entered on its screen; the new report opens, then is closed. */
export async function reportGoodDeed(
  page: Page,
  deed: { unit: string; month: string; date: string; name: string; field: string; text: string },
) {
  await page.getByRole('button', { name: 'Thêm báo cáo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm báo cáo người tốt, việc tốt' });
  await chooseOption(page, dialog, 'Đơn vị báo cáo', deed.unit);
  await dialog.getByLabel('Tháng báo cáo').fill(deed.month);
  await typeDate(dialog, 'Ngày nộp', deed.date);
  await dialog.getByLabel('Họ và tên').fill(deed.name);
  await dialog.getByLabel('Lĩnh vực').fill(deed.field);
  await dialog.getByLabel('Việc làm, cách làm hay').fill(deed.text);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  // The new report opens at once.
  const opened = page.getByRole('dialog', { name: new RegExp(deed.name) });
  await expect(opened).toBeVisible();
  await opened.getByRole('button', { name: 'Đóng' }).click();
  await expect(opened).toBeHidden();
}
