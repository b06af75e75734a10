/**
 * Certificates from a signed decision (issue 17.1): the demo ward's Giấy khen decision (three
 * recipients) is issued, the ward keeps its templates and a printer, downloads the calibration page,
 * prints on blanks with the printer's offset and then in colour as a re-issue; both PDFs are read back
 * with poppler; the register (sổ cấp phát) shows both prints with the same order numbers. Bad input is
 * refused in Vietnamese and saves nothing: a decision waiting for its number, a field off the page,
 * a "scan" that is not an image, a reprint without its reason.
 */
import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { countRows, openDemoMeeting, snap, storeRows, watchErrors } from './helpers';

function pdfFacts(path: string): { text: string; pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    size: /Page size:\s+([\d.]+ x [\d.]+) pts/.exec(info)![1],
  };
}

/** The downloaded PDF as poppler reads it, kept with the test's artifacts to be looked at. */
async function downloadPdf(page: Page, testInfo: TestInfo, click: () => Promise<void>): Promise<{ name: string; text: string; pages: number; size: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), ...pdfFacts(path) };
}

test('a decision with three recipients: certificates on blanks, then in colour as a re-issue, the calibration page, the register', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const watch = watchErrors(page);
  // The decision: issued from the meeting, so it has its number and date.
  await openDemoMeeting(page, 'Văn bản');
  await page.getByRole('button', { name: 'Quyết định Giấy khen (3)' }).click();
  const issued = page.getByRole('dialog', { name: /Quyết định số 01\/QĐ-UBND/ });
  await expect(issued.getByRole('button', { name: 'Lưu .docx' })).toBeEnabled({ timeout: 30_000 });
  await issued.getByRole('button', { name: 'Đóng' }).click();
  await expect(issued).toBeHidden();
  // A copy of it waiting for its number, as when the office hub was out of reach.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('thidua');
    open.onsuccess = () => {
      const store = open.result.transaction('documents', 'readwrite').objectStore('documents');
      const all = store.getAll();
      all.onsuccess = () => {
        const decision = (all.result as { kind: string; id: string }[]).find((d) => d.kind === 'decision')!;
        store.put({ ...decision, id: 'cho-cap-so', number: 0, numberText: '', numberRequest: 'req-1', title: 'Về việc tặng Giấy khen (bản chờ số)' });
        store.transaction.oncomplete = () => { open.result.close(); resolve(); };
      };
    };
    open.onerror = () => reject(open.error);
  }));

  await page.getByRole('link', { name: 'Giấy khen' }).click();
  await expect(page.getByRole('heading', { name: 'Giấy khen, giấy chứng nhận', level: 1 })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Các phần của giấy khen' });

  // Setup: the defaults kept as ward data, a printer, the calibration page.
  await tabs.getByRole('tab', { name: 'Mẫu, máy in, quốc huy' }).click();
  await page.getByRole('button', { name: 'Thêm các mẫu mặc định' }).click();
  await expect(page.getByText(/Đã thêm \d+ mẫu mặc định\./)).toBeVisible();
  const templates = page.getByRole('table', { name: 'Danh sách mẫu giấy khen' });
  await expect(templates.getByRole('row', { name: /Giấy khen \(cá nhân\)/ })).toBeVisible();
  await expect(templates.getByRole('row', { name: /^Lao động tiên tiến/ })).toHaveCount(0);

  // A "scan" that is not an image is refused, and nothing is kept.
  await page.getByLabel('Chọn ảnh quốc huy').setInputFiles({ name: 'quoc-huy.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 không phải ảnh') });
  await expect(page.getByText('Tệp “quoc-huy.png” không phải ảnh PNG hoặc JPEG.')).toBeVisible();
  expect(await countRows(page, 'certificateImages')).toBe(0);

  await page.getByRole('button', { name: 'Thêm máy in' }).click();
  let dialog = page.getByRole('dialog', { name: 'Thêm máy in' });
  await dialog.getByLabel('Tên máy in').fill('Canon LBP 2900');
  await dialog.getByLabel('Lệch ngang (mm)').fill('-1,5');
  await dialog.getByLabel('Lệch dọc (mm)').fill('2');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  const cal = await downloadPdf(page, testInfo, () => page.getByRole('button', { name: 'Trang căn chỉnh Canon LBP 2900' }).click());
  expect(cal.name).toBe('Trang-can-chinh-Canon-LBP-2900.pdf');
  expect(cal.pages).toBe(2);
  expect(cal.size).toBe('841.89 x 595.276');
  expect(cal.text).toContain('TRANG CĂN CHỈNH MÁY IN: CANON LBP 2900');
  expect(cal.text).toContain('(148.5; 105) mm');

  // The template editor: a field dragged moves by millimetres; a field off the page is refused, nothing saved.
  await page.getByRole('button', { name: 'Sửa mẫu Giấy khen (cá nhân)' }).click();
  dialog = page.getByRole('dialog', { name: /Sửa mẫu: Giấy khen \(cá nhân\)/ });
  const x = dialog.getByLabel('Vị trí ngang (mm)');
  await expect(x).toHaveValue('38');
  const box = await dialog.locator('[data-field="recipient"]').boundingBox();
  await page.mouse.move(box!.x + 20, box!.y + 10);
  await page.mouse.down();
  await page.mouse.move(box!.x + 20 + 51.2, box!.y + 10, { steps: 4 }); // 760 px for 297 mm: 51.2 px ≈ 20 mm
  await page.mouse.up();
  await expect(x).toHaveValue('58');
  await snap(page, testInfo, 'template-editor');
  await x.fill('290');
  await dialog.getByRole('button', { name: 'Lưu mẫu' }).click();
  await expect(dialog.getByText('Ô “Họ tên / tên tập thể” nằm ngoài trang 297 × 210 mm: hãy kéo ô vào trong trang.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  const stored = (await storeRows(page, 'certificateTemplates')) as { name: string; version: number; fields: { key: string; xMm: number }[] }[];
  const personal = stored.find((t) => t.name === 'Giấy khen (cá nhân)')!;
  expect(personal.version).toBe(1);
  expect(personal.fields.find((f) => f.key === 'recipient')!.xMm).toBe(38);

  // Print: a decision waiting for its number is refused with the reason.
  await tabs.getByRole('tab', { name: 'In giấy khen' }).click();
  await page.getByRole('combobox', { name: 'Quyết định khen thưởng' }).click();
  await page.getByRole('option', { name: /Quyết định chờ cấp số/ }).click();
  await expect(page.getByText('Quyết định đang chờ cấp số: chỉ in giấy khen khi quyết định đã có số.')).toBeVisible();

  await page.getByRole('combobox', { name: 'Quyết định khen thưởng' }).click();
  await page.getByRole('option', { name: /Quyết định số 01\/QĐ-UBND/ }).click();
  const recipients = page.getByRole('table', { name: 'Người, tập thể được khen theo quyết định' });
  await expect(recipients.getByRole('row')).toHaveCount(4);
  const names = (await recipients.locator('tbody tr td:nth-child(3)').allTextContents());
  expect(await recipients.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['1', '2', '3']);

  // On the blanks, with the printer's offset.
  await page.getByLabel('In lên phôi in sẵn (chỉ in phần thông tin)').check();
  await page.getByRole('combobox', { name: 'Máy in' }).click();
  await page.getByRole('option', { name: /Canon LBP 2900/ }).click();
  await page.getByRole('button', { name: 'Xem trước và in (3)' }).click();
  dialog = page.getByRole('dialog', { name: /Giấy khen theo Quyết định số 01\/QĐ-UBND — 3 tờ, in lên phôi/ });
  await expect(dialog.getByRole('img', { name: 'Trang 3' })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('preview-blank.png') });
  const onBlank = await downloadPdf(page, testInfo, () => dialog.getByRole('button', { name: 'Tải PDF' }).click());
  expect(onBlank.name).toBe('Giay-khen-phoi-01-QD-UBND-2026.pdf');
  await expect(dialog.getByText(/Giấy khen đã ghi vào sổ cấp phát/)).toBeVisible();
  expect(onBlank.pages).toBe(3);
  expect(onBlank.size).toBe('841.89 x 595.276');
  for (const name of names) expect(onBlank.text).toContain(name);
  expect(onBlank.text).not.toContain('CỘNG HÒA'); // only the variable fields go onto a blank
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  expect(await countRows(page, 'certificates')).toBe(3);

  // In colour: a reprint is a re-issue; without a reason it is refused and nothing is saved.
  await page.getByLabel('In màu trên giấy trắng (A4 ngang)').check();
  await expect(page.getByText('Chưa có ảnh quốc huy: giấy khen in màu để trống chỗ quốc huy.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Xem trước và in (3)' }).click();
  dialog = page.getByRole('dialog', { name: /3 tờ, in màu/ });
  await expect(dialog.getByRole('img', { name: 'Trang 1' })).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Tải PDF' }).click();
  await expect(dialog.getByText(/Số sổ vàng 1 \(.+\) đã in ngày 20\/11\/2026: in lại là cấp lại, hãy ghi lý do cấp lại\./)).toBeVisible();
  expect(await countRows(page, 'certificates')).toBe(3);
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await page.getByLabel('Lý do cấp lại').fill('In bản màu để trao tại hội nghị tổng kết');
  await page.getByRole('button', { name: 'Xem trước và in (3)' }).click();
  dialog = page.getByRole('dialog', { name: /3 tờ, in màu/ });
  await expect(dialog.getByRole('img', { name: 'Trang 1' })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('preview-colour.png') });
  const inColour = await downloadPdf(page, testInfo, () => dialog.getByRole('button', { name: 'Tải PDF' }).click());
  expect(inColour.name).toBe('Giay-khen-mau-01-QD-UBND-2026.pdf');
  expect(inColour.pages).toBe(3);
  expect(inColour.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(inColour.text).toContain('GIẤY KHEN');
  expect(inColour.text).toContain('Quyết định số 01/QĐ-UBND');
  for (const n of [1, 2, 3]) expect(inColour.text).toContain(`Số sổ vàng: ${n}`);
  await dialog.getByRole('button', { name: 'Đóng' }).click();

  // The register: both prints of each line, the same order numbers, the re-issue's reason.
  const rows = (await storeRows(page, 'certificates')) as { order: number; reissueOfId: string | null; id: string; printedBy: string }[];
  expect(rows).toHaveLength(6);
  for (const order of [1, 2, 3]) {
    const prints = rows.filter((r) => r.order === order);
    expect(prints).toHaveLength(2);
    const first = prints.find((r) => r.reissueOfId === null)!;
    expect(prints.find((r) => r.reissueOfId !== null)!.reissueOfId).toBe(first.id);
  }
  expect(rows.every((r) => r.printedBy === 'Lê Thị Thủy')).toBe(true);
  await tabs.getByRole('tab', { name: 'Sổ cấp phát' }).click();
  const register = page.getByRole('grid', { name: 'Sổ cấp phát giấy khen' });
  await expect(register.getByRole('row')).toHaveCount(7);
  await expect(register.getByText('Cấp lại (in màu): In bản màu để trao tại hội nghị tổng kết')).toHaveCount(3);
  await expect(register.getByText('Cấp lần đầu (lên phôi)')).toHaveCount(3);
  // The clerk records who received the paper: only that changes, the print stays as printed.
  await register.getByRole('gridcell', { name: 'Cấp lần đầu (lên phôi)' }).first().click();
  dialog = page.getByRole('dialog', { name: /Giao giấy khen số sổ vàng 1/ });
  await dialog.getByLabel('Người nhận giấy').fill('Nguyễn Văn Bình (Bí thư Đoàn phường)');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(register.getByText('Nguyễn Văn Bình (Bí thư Đoàn phường)')).toBeVisible();
  await snap(page, testInfo, 'register');
  watch.expectNone();
});
