/**
 * A movement's Kế hoạch phát động (issue 17 item 3): entered through the movement form with its form
 * (thường xuyên / chuyên đề) and the parts of Luật TĐKT 2022 Điều 17.1; with a part left empty the KH is
 * refused by name and no number is used; once complete it is issued as "NN/KH-UBND", previewed, saved
 * as .docx and read back. The province's per-ward quota for the movement (issue 20), entered in the
 * pack's settings, shows on the movement form and is stated in the plan.
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

test('a movement’s plan entered through the form: refused by name while a part is empty, then issued as KH with the province’s quota and read back', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const watch = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu (phường Ninh Hà)' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible({ timeout: 30_000 });
  const nav = page.getByRole('navigation', { name: 'Các mục' });

  // The province's plan gives each ward a quota: entered in the pack's settings, an empty name refused.
  await nav.getByRole('link', { name: 'Thông tin đơn vị', exact: true }).click();
  await page.getByRole('tab', { name: 'Quy định của tỉnh' }).click();
  const quotas = page.getByRole('region', { name: 'Chỉ tiêu phong trào cho mỗi phường, xã' });
  await quotas.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const quota = page.getByRole('dialog', { name: 'Thêm chỉ tiêu phong trào' });
  await quota.getByRole('textbox', { name: 'Chỉ tiêu mỗi phường, xã' }).fill('5');
  await quota.getByRole('textbox', { name: 'Đơn vị tính' }).fill('tuyến đường văn minh');
  await quota.getByRole('button', { name: 'Lưu' }).click();
  await expect(quota.getByText(/Tên phong trào có chỉ tiêu/)).toBeVisible();
  await quota.getByRole('textbox', { name: 'Tên phong trào' }).fill('xây dựng đô thị văn minh');
  await quota.getByRole('textbox', { name: 'Căn cứ (điều, khoản)' }).fill('Đ12');
  await quota.getByRole('button', { name: 'Lưu' }).click();
  await expect(quota).toBeHidden();
  await expect(quotas.getByRole('row', { name: /xây dựng đô thị văn minh 05 tuyến đường văn minh QĐ 9\/2024\/QĐ-UBND Đ12/ })).toBeVisible();
  await snap(page, testInfo, 'movement-quotas');
  await nav.getByRole('link', { name: 'Phong trào', exact: true }).click();

  // The movement with its plan, "Thời gian" left empty.
  await page.getByRole('button', { name: 'Thêm phong trào' }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm phong trào thi đua' });
  await dialog.getByLabel('Tên phong trào').fill(NAME);
  await chooseOption(page, dialog, 'Hình thức tổ chức', 'Thi đua theo chuyên đề');
  for (const [label, text] of PARTS) await dialog.getByRole('textbox', { name: label, exact: true }).fill(text);
  await expect(dialog.getByText('Kế hoạch phát động còn thiếu: Thời gian.')).toBeVisible();
  await expect(dialog.getByRole('alert', { name: 'Chỉ tiêu được giao' })).toContainText('xây dựng đô thị văn minh: 05 tuyến đường văn minh (QĐ 9/2024/QĐ-UBND Đ12)');
  await dialog.getByRole('alert', { name: 'Chỉ tiêu được giao' }).scrollIntoViewIfNeeded();
  // The dialog is fixed to the viewport, so this one is not a full-page shot.
  await page.screenshot({ path: testInfo.outputPath('movement-form.png') });
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
    '100% tổ dân phố ra mắt tuyến đường văn minh', 'Chỉ tiêu: phường Ninh Hà phấn đấu đạt ít nhất 05 tuyến đường văn minh', 'IV. THỜI GIAN THỰC HIỆN', TIMELINE, 'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN', PARTS[4][1], 'Nơi nhận'];
  const at = order.map((t) => text.indexOf(t));
  expect(at.filter((i) => i < 0), order.filter((_, i) => at[i] < 0).join(' | ')).toEqual([]);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).toMatch(/Số: \d{2}\/KH-UBND/);
  expect(await countRows(page, 'documents')).toBe(documentsBefore + 1);
  await preview.getByRole('button', { name: 'Đóng' }).click();
  const issued = dialog.getByRole('region', { name: 'Văn bản của phong trào' });
  await expect(issued.getByRole('button', { name: /Kế hoạch phát động phong trào thi đua số \d{2}\/KH-UBND/ })).toBeVisible();
  await issued.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('movement-documents.png') });
  watch.expectNone();
});
