/**
 * A movement's Kế hoạch phát động (issue 17 item 3): entered through the movement form with its form
 * (thường xuyên / chuyên đề) and the parts of Luật TĐKT 2022 Điều 17.1; with a part left empty the KH is
 * refused by name and no number is used; once complete it is issued as "NN/KH-UBND", previewed, saved
 * as .docx and read back.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { countRows, snap, watchErrors } from './helpers';
import { chooseOption } from './screens5.helpers';

const NAME = 'Chung sức xây dựng đô thị văn minh';
const PARTS: [label: string, text: string][] = [
  ['Mục tiêu', 'Huy động Nhân dân chung sức chỉnh trang đô thị, giữ gìn vệ sinh môi trường.'],
  ['Phạm vi', 'Trên địa bàn phường Ninh Hà.'],
  ['Đối tượng', 'Các tổ dân phố, cơ quan, trường học và hộ gia đình.'],
  ['Nội dung và tiêu chí', '- 100% tổ dân phố ra mắt tuyến đường văn minh;\n- Không còn điểm tập kết rác tự phát.'],
  ['Biện pháp tổ chức thực hiện', 'Các tổ dân phố ra quân hằng tháng; Phòng Văn hóa - Xã hội theo dõi, tổng hợp.'],
];
const TIMELINE = 'Sơ kết 6 tháng vào tháng 7; tổng kết vào tháng 12.';

test('a movement’s plan entered through the form: refused by name while a part is empty, then issued as KH and read back', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('navigation', { name: 'Các mục' }).getByRole('link', { name: 'Phong trào', exact: true }).click();

  // The movement with its plan, "Thời gian" left empty.
  await page.getByRole('button', { name: 'Thêm phong trào' }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm phong trào thi đua' });
  await dialog.getByLabel('Tên phong trào').fill(NAME);
  await chooseOption(page, dialog, 'Hình thức tổ chức', 'Thi đua theo chuyên đề');
  for (const [label, text] of PARTS) await dialog.getByRole('textbox', { name: label, exact: true }).fill(text);
  await expect(dialog.getByText('Kế hoạch phát động còn thiếu: Thời gian.')).toBeVisible();
  await snap(page, testInfo, 'movement-form');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // Refused by name; nothing enters the register.
  const documentsBefore = await countRows(page, 'documents');
  await page.getByRole('gridcell', { name: NAME }).click();
  dialog = page.getByRole('dialog', { name: 'Sửa phong trào thi đua' });
  await expect(dialog.getByRole('combobox', { name: 'Hình thức tổ chức' })).toHaveText('Thi đua theo chuyên đề');
  await dialog.getByRole('button', { name: 'Kế hoạch phát động (KH)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Kế hoạch chưa có phần “Thời gian”.' })).toBeVisible();
  expect(await countRows(page, 'documents')).toBe(documentsBefore);

  // The missing part written and saved: the KH is issued with the next number of the ward's KH series.
  await dialog.getByRole('textbox', { name: 'Thời gian', exact: true }).fill(TIMELINE);
  await expect(dialog.getByRole('button', { name: 'Kế hoạch phát động (KH)' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('gridcell', { name: NAME }).click();
  dialog = page.getByRole('dialog', { name: 'Sửa phong trào thi đua' });
  await dialog.getByRole('button', { name: 'Kế hoạch phát động (KH)' }).click();
  const preview = page.getByRole('dialog', { name: /Kế hoạch phát động phong trào thi đua số \d{2}\/KH-UBND/ });
  await expect(preview.getByRole('document', { name: 'Xem trước văn bản' }).locator('section').first()).toBeVisible();
  await expect(preview.getByRole('document')).toContainText('KẾ HOẠCH');
  await page.screenshot({ path: testInfo.outputPath('movement-plan-preview.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Lưu .docx' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Ke-hoach-phat-dong-phong-trao-thi-dua-\d{2}-KH-UBND-2026\.docx$/);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  const order = ['KẾ HOẠCH', `Phát động phong trào thi đua “${NAME}”`, 'Căn cứ Luật Thi đua, khen thưởng', 'thi đua theo chuyên đề',
    'I. MỤC TIÊU', PARTS[0][1], 'II. PHẠM VI VÀ ĐỐI TƯỢNG THI ĐUA', PARTS[1][1], PARTS[2][1], 'III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA',
    '100% tổ dân phố ra mắt tuyến đường văn minh', 'IV. THỜI GIAN THỰC HIỆN', TIMELINE, 'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN', PARTS[4][1], 'Nơi nhận'];
  const at = order.map((t) => text.indexOf(t));
  expect(at.filter((i) => i < 0), order.filter((_, i) => at[i] < 0).join(' | ')).toEqual([]);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).toMatch(/Số: \d{2}\/KH-UBND/);
  expect(await countRows(page, 'documents')).toBe(documentsBefore + 1);
  watch.expectNone();
});
