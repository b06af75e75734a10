/**
 * Gia đình văn hóa under NĐ 86/2023 (issue 12 item 4), from an empty ward: a tổ dân phố, its review
 * with households pasted and edited, the posting and its 10-day period, the warning when a posting
 * would end after 25/11, the dossier complete and the chairman's 10-day deadline, Mẫu 02 downloaded
 * and read, the decision. The journey's clock is 20/11/2026.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { snap, storeRows, typeDate, watchErrors } from './helpers';
import { addUnit, setUpEmptyWard } from './screens5.helpers';

/** The visible text of a .docx body: runs joined, paragraphs on their own lines. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

test('a tổ dân phố’s review: households, posting and its period, the late-posting warning, the dossier, its deadline, Mẫu 02', async ({ page }, testInfo) => {
  // A long journey; on two busy cores it needs more than the default minute.
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 5', 'Tổ dân phố, khu phố, thôn');

  await page.getByRole('link', { name: 'Gia đình văn hóa' }).click();
  await expect(page.getByRole('heading', { name: 'Gia đình văn hóa', level: 1 })).toBeVisible();
  await expect(page.getByText('Năm 2026: hoàn thành bình xét đến ngày 25/11/2026; danh sách niêm yết lấy ý kiến 10 ngày, nên niêm yết chậm nhất ngày 16/11/2026')).toBeVisible();
  const list = page.getByRole('grid', { name: 'Bình xét Gia đình văn hóa năm 2026' });
  await list.getByRole('row').filter({ hasText: 'Tổ dân phố 5' }).getByRole('button', { name: 'Lập bình xét' }).click();
  await expect(page.getByRole('heading', { name: 'Tổ dân phố 5: Gia đình văn hóa năm 2026', level: 1 })).toBeVisible();
  await expect(page.getByTestId('culture-stage')).toHaveText('Chưa niêm yết');
  // 20/11 is past the last posting day that ends the comments by 25/11.
  await expect(page.getByText(/^Chưa niêm yết: niêm yết từ hôm nay thì 10 ngày lấy ý kiến kết thúc sau thời hạn hoàn thành bình xét 25\/11\/2026/)).toBeVisible();

  // The tổ dân phố's list, pasted from a spreadsheet (STT, name, address); a repeated line is not added twice.
  await page.getByRole('button', { name: 'Dán danh sách' }).click();
  let dialog = page.getByRole('dialog', { name: 'Dán danh sách hộ gia đình' });
  await dialog.getByLabel('Danh sách hộ').fill(
    ['1\tNguyễn Văn An\tSố 3, hẻm 12', '2\tLê Thị Hòa\tSố 7, hẻm 12', '3\tTrần Văn Bình\tSố 9, hẻm 12', '4\tLê Thị Hoà\tSố 7, hẻm 12'].join('\n'),
  );
  await expect(dialog.getByText('Sẽ thêm 3 hộ.')).toBeVisible();
  await expect(dialog.getByText('Dòng 4: “Lê Thị Hoà” đã có trong danh sách.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Thêm 3 hộ' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('household-count')).toHaveText('3 hộ trong danh sách, 3 hộ đề nghị xét tặng.');

  // One more typed, then the residents' comments recorded on two households; one is withdrawn.
  await page.getByRole('button', { name: 'Thêm hộ' }).click();
  dialog = page.getByRole('dialog', { name: 'Thêm hộ gia đình' });
  await dialog.getByLabel('Tên chủ hộ').fill('Phạm Thị Mai');
  await dialog.getByLabel('Địa chỉ').fill('Số 11, hẻm 12');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const households = page.getByRole('grid', { name: 'Danh sách hộ gia đình' });
  await households.getByRole('gridcell', { name: 'Lê Thị Hòa' }).click();
  dialog = page.getByRole('dialog', { name: 'Hộ Lê Thị Hòa' });
  await dialog.getByLabel('Ý kiến của người dân').fill('Đề nghị xem lại việc để xe trên vỉa hè; hộ đã khắc phục');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await households.getByRole('gridcell', { name: 'Trần Văn Bình' }).click();
  dialog = page.getByRole('dialog', { name: 'Hộ Trần Văn Bình' });
  await dialog.getByLabel('Ý kiến của người dân').fill('Con trong độ tuổi đi học nhưng không đến trường');
  await dialog.getByLabel('Vẫn đề nghị xét tặng sau khi lấy ý kiến').uncheck();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('household-count')).toHaveText('4 hộ trong danh sách, 3 hộ đề nghị xét tặng.');
  await expect(households.getByRole('row').filter({ hasText: 'Trần Văn Bình' }).getByText('Không đề nghị')).toBeVisible();

  // Posting today would end the comments on 29/11: the screen says so before anything is saved.
  const posting = page.getByRole('region', { name: '2. Niêm yết lấy ý kiến người dân' });
  await typeDate(posting, 'Ngày niêm yết', '20112026');
  await expect(posting.getByTestId('posting-period')).toHaveText('Thời gian lấy ý kiến: 10 ngày, từ ngày 20/11/2026 đến hết ngày 29/11/2026.');
  await expect(posting.getByText(/^Niêm yết 10 ngày kết thúc ngày 29\/11\/2026, sau thời hạn hoàn thành bình xét 25\/11\/2026: cần niêm yết chậm nhất ngày 16\/11\/2026/)).toBeVisible();
  await snap(page, testInfo, 'culture-late-posting');
  // The list was in fact posted on 05/11: ten days to 14/11, in time.
  await typeDate(posting, 'Ngày niêm yết', '05112026');
  await expect(posting.getByTestId('posting-period')).toHaveText('Thời gian lấy ý kiến: 10 ngày, từ ngày 05/11/2026 đến hết ngày 14/11/2026.');
  await expect(posting.getByText(/^Niêm yết 10 ngày kết thúc/)).toHaveCount(0);
  await posting.getByRole('button', { name: 'Lưu ngày niêm yết' }).click();
  await expect(page.getByText('Đã ghi ngày niêm yết 05/11/2026.')).toBeVisible();
  await expect(page.getByTestId('culture-stage')).toHaveText('Hết niêm yết, lập hồ sơ');
  await expect(page.getByText(/^Chưa niêm yết:/)).toHaveCount(0);

  // The dossier: a day without all three parts is refused, naming what is missing; complete, the 10 days run.
  const dossier = page.getByRole('region', { name: '3. Hồ sơ trình Chủ tịch UBND phường' });
  await typeDate(dossier, 'Ngày nhận đủ hồ sơ', '16112026');
  await dossier.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText(/^Hồ sơ chưa đủ, còn thiếu: Văn bản đề nghị \(Mẫu 01\)/)).toBeVisible();
  await dossier.getByLabel('Văn bản đề nghị (Mẫu 01)').check();
  await dossier.getByLabel('Danh sách hộ đạt chuẩn kèm ý kiến của người dân (Mẫu 02)').check();
  await dossier.getByLabel('Biên bản họp bình xét của tổ dân phố (Mẫu 03)').check();
  await dossier.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(dossier.getByTestId('decision-due')).toHaveText(
    'Hạn quyết định của Chủ tịch UBND phường: 26/11/2026 (10 ngày kể từ ngày nhận đủ hồ sơ 16/11/2026).',
  );
  await expect(page.getByTestId('culture-stage')).toHaveText('Đủ hồ sơ, chờ quyết định');
  await snap(page, testInfo, 'culture-review');

  // Mẫu 02 issued, previewed and saved: the households still proposed with the comments, the withdrawn one apart.
  await dossier.getByRole('button', { name: 'Mẫu 02: Danh sách hộ' }).click();
  const preview = page.getByRole('dialog', { name: /Danh sách hộ Gia đình văn hóa ngày 20\/11\/2026/ });
  await expect(preview.getByRole('document', { name: 'Xem trước văn bản' }).locator('section').first()).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Lưu .docx' })).toBeEnabled();
  await page.screenshot({ path: testInfo.outputPath('culture-preview.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Lưu .docx' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Danh-sach-ho-Gia-dinh-van-hoa-2026-11-20-.*\.docx$/);
  const text = docxText(new Uint8Array(await readFile((await download.path())!)));
  for (const expected of [
    'TỔ DÂN PHỐ 5',
    'DANH SÁCH',
    'Hộ gia đình đề nghị xét tặng danh hiệu “Gia đình văn hóa” năm 2026',
    'Danh sách gồm 3 hộ gia đình, đã được thông báo công khai tại Tổ dân phố 5 để lấy ý kiến người dân trong 10 ngày, từ ngày 05/11/2026 đến ngày 14/11/2026.',
    'Đề nghị xem lại việc để xe trên vỉa hè; hộ đã khắc phục',
    'Hộ gia đình không tiếp tục đề nghị sau khi lấy ý kiến:',
  ]) expect(text).toContain(expected);
  expect(text.indexOf('Trần Văn Bình')).toBeGreaterThan(text.indexOf('Hộ gia đình không tiếp tục đề nghị'));
  expect(text).not.toMatch(/60\s?%/);
  await preview.getByRole('button', { name: 'Đóng' }).click();
  await expect(preview).toBeHidden();

  // The chairman decides on 24/11, within the 10 days.
  const decision = page.getByRole('region', { name: '4. Quyết định công nhận' });
  await decision.getByLabel('Số quyết định').fill('125/QĐ-UBND');
  await typeDate(decision, 'Ngày quyết định', '24112026');
  await decision.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByTestId('culture-stage')).toHaveText('Đã có quyết định');
  // The three households still proposed enter the award history.
  await expect(page.getByText('Đã lưu quyết định; 3 hộ được ghi vào lịch sử khen thưởng.')).toBeVisible();
  const awards = (await storeRows(page, 'awards')) as { householdName: string; titleLabel: string; decisionNo: string; issuer: string }[];
  expect(awards.map((a) => [a.householdName, a.titleLabel, a.decisionNo, a.issuer]).sort()).toEqual([
    ['Lê Thị Hòa', 'Gia đình văn hóa', '125/QĐ-UBND', 'Chủ tịch UBND phường Ninh Hà'],
    ['Nguyễn Văn An', 'Gia đình văn hóa', '125/QĐ-UBND', 'Chủ tịch UBND phường Ninh Hà'],
    ['Phạm Thị Mai', 'Gia đình văn hóa', '125/QĐ-UBND', 'Chủ tịch UBND phường Ninh Hà'],
  ]);
  // A mistyped number corrected: the households' history cites the decision as signed.
  await decision.getByLabel('Số quyết định').fill('126/QĐ-UBND');
  await decision.getByRole('button', { name: 'Lưu quyết định' }).click();
  await expect(page.getByText('Đã lưu quyết định; đã sửa số, ngày quyết định trong lịch sử khen thưởng của 3 hộ.')).toBeVisible();
  const correctedAwards = (await storeRows(page, 'awards')) as { decisionNo: string }[];
  expect(correctedAwards.map((a) => a.decisionNo)).toEqual(['126/QĐ-UBND', '126/QĐ-UBND', '126/QĐ-UBND']);

  // The year's list shows where the tổ dân phố stands.
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  const row = page.getByRole('grid', { name: 'Bình xét Gia đình văn hóa năm 2026' }).getByRole('row').filter({ hasText: 'Tổ dân phố 5' });
  await expect(row).toContainText('05/11/2026 – 14/11/2026');
  await expect(row).toContainText('Đã có quyết định');
  await expect(row).toContainText('QĐ 24/11/2026');
  await snap(page, testInfo, 'culture-list');
  watch.expectNone();
});
