/**
 * Issue 20: a ward of a centrally-run city set up through the screens says "thành phố" where the
 * province level is named, on every screen of the navigation and every tab they open, and names no
 * other province or ward (tests/cityWard.ts says what is searched, and the few legitimate "tỉnh");
 * its ballot paper and tờ trình are saved as .docx and searched the same way. Every other document
 * kind is built for the same ward in tests/unit/data/dispatch/city.test.ts. A province pack is
 * applied only after its changes are shown, and a bad pack is refused with every reason while nothing changes.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { snap, typeDate, watchErrors } from './helpers';
import { addUnit, chooseOption, createMeeting, nominatePerson, openVotesWithAgenda, pickRecord, receiveAndAppraise, saveVotesAndMoveOne, setUpEmptyWard } from './screens5.helpers';
import { CITY_WARD, docxText, foreignPlaceLines, provinceWordLines } from '../cityWard';

const UNIT = 'Văn phòng HĐND và UBND phường';
const GROUP = 'Tổ dân phố 1';
const PEOPLE = ['Trần Văn Hùng', 'Lê Thị Thủy', 'Phạm Minh Quang'];

/**
 * Reads what the user sees once nothing is loading, and files every line saying "tỉnh" where the
 * city's "thành phố" is due and every line naming another province or ward under the screen's name.
 */
function screenReader(page: Page) {
  const found: string[] = [];
  const seen: string[] = [];
  return {
    found,
    seen,
    async read(screen: string, scope: Locator = page.locator('body')) {
      await expect(page.getByRole('progressbar', { name: 'Đang tải' })).toHaveCount(0);
      const text = await scope.innerText();
      found.push(...provinceWordLines(text).map((line) => `${screen}: “tỉnh”: ${line}`));
      found.push(...foreignPlaceLines(text).map((line) => `${screen}: ${line}`));
      seen.push(screen);
    },
  };
}

/** Opens each tab inside `scope` in turn (tabs shown later by another tab included) and reads it. */
async function readTabs(screen: string, scope: Locator, reader: ReturnType<typeof screenReader>) {
  const opened = new Set<string>();
  // A dialog still closing hides the page from the accessibility tree: wait until it is gone.
  await expect(scope.page().getByRole('dialog')).toHaveCount(0);
  for (;;) {
    const labels = await scope.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.textContent ?? ''));
    const next = labels.find((label) => !opened.has(label));
    if (next === undefined) return;
    opened.add(next);
    const tab = scope.getByRole('tab', { name: next, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await reader.read(`${screen} › ${next}`);
  }
}


/** Issues a document from the meeting's "Văn bản" part: its preview is read like a screen, its .docx searched. */
async function issueAndSearch(page: Page, reader: ReturnType<typeof screenReader>, button: string, title: RegExp): Promise<string> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByRole('document', { name: 'Xem trước văn bản' }).locator('section').first()).toBeVisible();
  await reader.read(`Văn bản › ${button} (xem trước)`);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lưu .docx' }).click()]);
  const text = docxText(new Uint8Array(await readFile((await download.path())!)));
  reader.found.push(...provinceWordLines(text).map((line) => `${button} .docx: “tỉnh”: ${line}`));
  reader.found.push(...foreignPlaceLines(text).map((line) => `${button} .docx: ${line}`));
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await expect(dialog).toBeHidden();
  return text;
}

test('a city ward set up through the screens says "thành phố" on every screen and in its documents, and names no other place', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const watch = watchErrors(page);
  const reader = screenReader(page);
  await setUpEmptyWard(page, CITY_WARD.name, CITY_WARD.city);
  await expect(page.getByLabel('Hội đồng cấp trên')).toHaveValue(`Hội đồng Thi đua - Khen thưởng thành phố ${CITY_WARD.city}`);
  await expect(page.getByLabel('Người có thẩm quyền khen thưởng')).toHaveValue(`Chủ tịch Ủy ban nhân dân thành phố ${CITY_WARD.city}`);
  await expect(page.getByLabel('Cơ quan thường trực (nơi nhận hồ sơ)')).toHaveValue(`Sở Nội vụ thành phố ${CITY_WARD.city}`);
  await expect(page.getByLabel('Tên cơ quan chủ quản (dòng trên)')).toHaveValue(`ỦY BAN NHÂN DÂN THÀNH PHỐ ${CITY_WARD.city.toLocaleUpperCase('vi')}`);
  await page.getByLabel('Địa chỉ nhận hồ sơ của cấp trên').fill(CITY_WARD.upperAddress);
  await page.getByLabel('Số quyết định ban hành quy chế').fill(CITY_WARD.regulation.number);
  await typeDate(page, 'Ngày ban hành quy chế', CITY_WARD.regulation.date.split('-').reverse().join(''));
  await page.getByLabel('Cơ quan ban hành quy chế').fill(CITY_WARD.regulation.issuer);
  await page.getByLabel('Trích yếu quy chế').fill(CITY_WARD.regulation.title);
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Địa chỉ nhận hồ sơ của cấp trên')).toHaveValue(CITY_WARD.upperAddress);
  await expect(page.getByLabel('Số quyết định ban hành quy chế')).toHaveValue(CITY_WARD.regulation.number);

  // What the screens show records of: an office and a residential group, three people, the council's chair.
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, UNIT, 'Ban, ngành');
  await addUnit(page, GROUP, 'Tổ dân phố, khu phố, thôn');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách cá nhân' });
  const pasted = ['Họ và tên\tGiới tính\tNăm sinh\tĐơn vị', ...PEOPLE.map((name, i) => [name, /Thị/.test(name) ? 'Nữ' : 'Nam', String(1975 + i), UNIT].join('\t'))].join('\n');
  await importDialog.getByLabel('Hoặc dán các ô đã sao chép từ Excel (dòng đầu là tiêu đề cột)').fill(pasted);
  await importDialog.getByRole('button', { name: 'Đọc dữ liệu đã dán' }).click();
  await importDialog.getByRole('button', { name: `Nhập ${PEOPLE.length} cá nhân` }).click();
  await expect(page.getByText(`Đã nhập ${PEOPLE.length} cá nhân.`)).toBeVisible();
  await page.getByRole('link', { name: 'Hội đồng' }).click();
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  const member = page.getByRole('dialog', { name: 'Thêm thành viên Hội đồng' });
  await pickRecord(page, member, 'Cá nhân', PEOPLE[0], new RegExp(PEOPLE[0]));
  await chooseOption(page, member, 'Vai trò trong Hội đồng', 'Chủ tịch Hội đồng');
  await member.getByRole('button', { name: 'Lưu' }).click();
  await expect(member).toBeHidden();

  // Every title the nomination form offers a person, and the hint beside the city's Cờ thi đua.
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const nominationDialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
  await nominationDialog.getByRole('combobox', { name: 'Danh hiệu / hình thức đề nghị' }).click();
  await expect(page.getByRole('option', { name: 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường', exact: true })).toBeVisible();
  await reader.read('Thêm đề nghị › danh hiệu');
  await page.keyboard.press('Escape');
  await chooseOption(page, nominationDialog, 'Đối tượng', 'Tập thể');
  await chooseOption(page, nominationDialog, 'Danh hiệu / hình thức đề nghị', 'Cờ thi đua của Ủy ban nhân dân thành phố');
  await expect(nominationDialog.getByText('Cờ thi đua của Ủy ban nhân dân thành phố: Chủ tịch Ủy ban nhân dân thành phố quyết định (Luật TĐKT 2022 Đ26).')).toBeVisible();
  await reader.read('Thêm đề nghị › Cờ thi đua');
  await nominationDialog.getByRole('button', { name: 'Hủy' }).click();

  // The city's own CSTĐ: the nomination's every tab, appraised, voted 1/1 by the one-member council.
  await nominatePerson(page, 'pham minh', /Phạm Minh Quang/, 'Chiến sĩ thi đua thành phố');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chiến sĩ thi đua thành phố');
  await readTabs('Đề nghị', page.locator('main'), reader);
  await receiveAndAppraise(page);
  await createMeeting(page);
  const votes = await openVotesWithAgenda(page);
  await votes.getByLabel('Đồng ý: Phạm Minh Quang', { exact: true }).fill('1');
  await votes.getByLabel('Không đồng ý: Phạm Minh Quang', { exact: true }).fill('0');
  await expect(votes.getByTestId('ballot-result')).toContainText('Đạt');
  await saveVotesAndMoveOne(page, votes);
  await readTabs('Phiên họp', page.getByRole('tablist', { name: 'Các phần của phiên họp' }), reader);

  // Its ballot paper and tờ trình, previewed and saved as .docx.
  await page.getByRole('tablist', { name: 'Các phần của phiên họp' }).getByRole('tab', { name: 'Văn bản' }).click();
  await expect(page.getByRole('region', { name: /Hồ sơ gửi cấp trên: Chiến sĩ thi đua thành phố/ })).toBeVisible();
  await issueAndSearch(page, reader, 'Phiếu bầu', /Phiếu bầu/);
  const submission = await issueAndSearch(page, reader, 'Tờ trình CSTĐ thành phố (1)', /Tờ trình số 01\/TTr-UBND/);
  expect(submission).toContain(`Chủ tịch Ủy ban nhân dân thành phố ${CITY_WARD.city}`);
  expect(submission).toContain('Chiến sĩ thi đua thành phố');
  await snap(page, testInfo, 'city-meeting-documents');

  // Screens a record opens: a culture review, a criteria set, the forms of the registers.
  await page.getByRole('link', { name: 'Gia đình văn hóa' }).click();
  await page.getByRole('row').filter({ hasText: GROUP }).getByRole('button', { name: 'Lập bình xét' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^${GROUP}: Gia đình văn hóa`), level: 1 })).toBeVisible();
  await reader.read('Gia đình văn hóa › bình xét');
  await page.getByRole('link', { name: 'Tiêu chí chấm điểm' }).click();
  await page.getByRole('button', { name: 'Tạo bộ tiêu chí' }).click();
  await page.getByRole('dialog', { name: 'Tạo bộ tiêu chí' }).getByRole('button', { name: 'Tạo' }).click();
  await expect(page.getByRole('table', { name: 'Cây tiêu chí' })).toBeVisible();
  await reader.read('Tiêu chí chấm điểm › bộ tiêu chí');
  const forms: [string, (main: Locator) => Locator, RegExp][] = [
    ['Đăng ký thi đua, giao ước', (main) => main.getByRole('gridcell', { name: UNIT }), /^Đăng ký thi đua năm \d+ — /],
    ['Người tốt, việc tốt', (main) => main.getByRole('button', { name: 'Thêm báo cáo', exact: true }), /^Thêm báo cáo người tốt, việc tốt$/],
  ];
  for (const [section, opener, title] of forms) {
    await page.getByRole('link', { name: section, exact: true }).click();
    await opener(page.locator('main')).click();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    await reader.read(`${section} › ${String(title)}`);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }

  // Every section of the navigation (read from it, so a new screen is searched too) and every tab it opens.
  const nav = page.getByRole('navigation', { name: 'Các mục' });
  const sections = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.textContent ?? ''));
  expect(sections.length).toBeGreaterThan(15);
  for (const section of sections) {
    // The new screen is shown once its heading replaces the last one (a lazy screen keeps the old one meanwhile).
    const heading = page.locator('main h1');
    const before = await heading.innerText();
    const link = nav.getByRole('link', { name: section, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(heading).not.toHaveText(before);
    await reader.read(section);
    await readTabs(section, page.locator('main'), reader);
  }
  await snap(page, testInfo, 'city-last-section');
  expect(reader.seen).toEqual(expect.arrayContaining(['Đề nghị › Hồ sơ', 'Phiên họp › Văn bản', 'Thông tin đơn vị › Thành phần hồ sơ']));
  expect(reader.found).toEqual([]);
  watch.expectNone();
});

test('a province pack is applied after its changes are shown; a bad pack is refused with every reason and nothing changes', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/#/don-vi');
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Thử Nghiệm');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await page.getByRole('tab', { name: 'Quy định của tỉnh' }).click();
  await expect(page.getByText(/Đang dùng mặc định toàn quốc/)).toBeVisible();

  await page.getByRole('combobox', { name: 'Gói có sẵn' }).click();
  await page.getByRole('option', { name: /Bắc Ninh/ }).click();
  await page.getByRole('button', { name: 'Xem thay đổi và áp dụng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Áp dụng gói quy định' });
  const changes = dialog.getByRole('list', { name: 'Thay đổi của gói' });
  await expect(changes).toContainText('Áp dụng quy định của tỉnh Bắc Ninh (lần 1) thay cho mặc định toàn quốc.');
  await expect(changes).toContainText('Tỷ lệ dự phiên xét khen thưởng: không áp dụng → 80.');
  await snap(page, testInfo, 'pack-changes');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByText(/Đang áp dụng quy định của tỉnh Bắc Ninh \(gói lần 1/)).toBeVisible();

  // The settings screen now cites Bắc Ninh's own article beside the quorum.
  await page.getByRole('tab', { name: 'Thiết lập quy định' }).click();
  await expect(page.getByText(/QĐ 86\/2025\/QĐ-UBND Đ8\.4/).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Quy định của tỉnh' }).click();

  const bad = {
    format: 'thidua-province-pack', formatVersion: 1, province: { name: 'Bắc Ninh', kind: 'province' }, revision: 2, issuedOn: '2026-12-01',
    regulation: { number: '86/2025/QĐ-UBND', date: '2025-12-03', issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh', title: 'Quy chế' },
    verificationNote: '', citations: {}, settings: { ballotThresholdPercent: { CSTDCS: 120 }, secretRule: true },
    titleDeadlines: {}, submission: { channel: 'Gửi Sở Nội vụ', formats: ['pdf'] }, movementQuotas: [],
    localTitles: [{ id: 'x', label: 'Danh hiệu X', shortLabel: 'X', subjectKinds: ['person'], conferredBy: 'ward', prerequisites: [],
      voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true, disciplineBar: null, capPerYear: null, oncePerLifetime: false,
      posthumous: false, coefficient: {}, certificate: false, fromGoodDeeds: false, deadline: null }],
  };
  await page.getByLabel('Chọn tệp gói quy định').setInputFiles({ name: 'goi-xau.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const reasons = page.getByRole('list', { name: 'Lý do từ chối gói' });
  await expect(reasons).toContainText('không được quá 100');
  await expect(reasons).toContainText('secretRule');
  await expect(reasons).toContainText('Danh hiệu riêng thứ 1');
  await snap(page, testInfo, 'pack-refused');
  await expect(page.getByText(/Đang áp dụng quy định của tỉnh Bắc Ninh \(gói lần 1/)).toBeVisible();
  watch.expectNone();
});
