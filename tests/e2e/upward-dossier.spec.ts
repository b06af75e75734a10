/**
 * The dossier sent upward as one package (issue 17 item 2): from the demo meeting's nominations passed
 * upward, "Sẵn sàng gửi" is refused naming the missing parts; the parts are made from the dossier; the
 * package is downloaded, unzipped, and its manifest read back: every file named in order, every hash
 * matching its file, every PDF a PDF; then "Sẵn sàng gửi" is accepted and a signed PDF is recorded.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { openDemoMeeting, snap, watchErrors } from './helpers';

test('a package made from a meeting’s nominations sent upward, its manifest read back; “Sẵn sàng gửi” refused until complete', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const watch = watchErrors(page);
  await openDemoMeeting(page, 'Văn bản');
  const dossier = page.getByRole('region', { name: /^Hồ sơ gửi cấp trên: / }).first();
  await expect(dossier).toBeVisible();
  const parts = dossier.getByRole('list', { name: 'Thành phần hồ sơ' });
  await expect(parts.getByRole('listitem').first()).toContainText('Tờ trình');
  await expect(page.getByRole('combobox', { name: 'Cấp trên yêu cầu' })).toHaveText('Tệp Word và tệp PDF (kèm bản giấy)');

  // Nothing issued yet: refused, each missing part named.
  await dossier.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
  const refusal = dossier.getByRole('alert');
  await expect(refusal).toContainText('Chưa thể chuyển sang “Sẵn sàng gửi”: còn thiếu Tờ trình; Danh sách kèm theo Tờ trình; Biên bản họp Hội đồng');
  await expect(refusal).toContainText('Báo cáo thành tích của');
  await expect(dossier.getByText('Đang chuẩn bị')).toBeVisible();
  await snap(page, testInfo, 'upward-refused');

  // Each missing part is made from the dossier itself (the list comes with its tờ trình).
  const create = dossier.getByRole('button', { name: /^Tạo / });
  const missing = await create.count();
  expect(missing).toBeGreaterThanOrEqual(3);
  for (let left = missing; left > 0; left--) {
    await create.first().click();
    await expect(create).toHaveCount(left - 1, { timeout: 30_000 });
  }
  await expect(create).toHaveCount(0);
  await expect(parts).not.toContainText('chưa tạo');
  await expect(parts).toContainText(/Tờ trình\s*số 01\/TTr-UBND/u);

  // The ward's own files: kept in the dossier, a wrong type refused with its reason, one removed.
  const addFile = dossier.getByLabel('Thêm tài liệu kèm theo');
  await addFile.setInputFiles({ name: 'bang-tinh.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('PK\x03\x04') });
  await expect(page.getByRole('alert').filter({ hasText: 'bang-tinh.xlsx' })).toContainText('phải là tệp PDF, Word (.docx) hoặc ảnh (.jpg, .png)');
  await addFile.setInputFiles({ name: 'Xác nhận sáng kiến.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% scan\n') });
  await expect(parts).toContainText('Tài liệu kèm theo: Xác nhận sáng kiến.pdf');
  await addFile.setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) });
  await expect(parts).toContainText('Tài liệu kèm theo: anh.png');
  await snap(page, testInfo, 'upward-attachments');
  await dossier.getByRole('button', { name: 'Bỏ anh.png' }).click();
  await expect(parts).not.toContainText('anh.png');

  // The package: downloaded, unzipped, its manifest read back.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 150_000 }), dossier.getByRole('button', { name: 'Lập gói hồ sơ (.zip)' }).click()]);
  expect(download.suggestedFilename()).toBe('Ho-so-gui-cap-tren-01-TTr-UBND-2026.zip');
  const entries = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  const names = Object.keys(entries);
  expect(names.slice(0, 4)).toEqual(['01-to-trinh.docx', '01-to-trinh.pdf', '02-danh-sach-kem-theo-to-trinh.docx', '02-danh-sach-kem-theo-to-trinh.pdf']);
  expect(names.slice(-3)).toEqual([expect.stringMatching(/^\d\d-xac-nhan-sang-kien\.pdf$/u), 'manifest.json', 'manifest.csv']);
  const manifest = JSON.parse(strFromU8(entries['manifest.json'])) as { files: { part: string; file: string; number: string; sha256: string }[] };
  expect(manifest.files.map((f) => f.file)).toEqual(names.slice(0, -2));
  for (const row of manifest.files) {
    expect(createHash('sha256').update(entries[row.file]).digest('hex'), row.file).toBe(row.sha256);
    if (row.file.endsWith('.pdf')) expect(strFromU8(entries[row.file].subarray(0, 5))).toBe('%PDF-');
  }
  expect(manifest.files[0]).toMatchObject({ part: 'Tờ trình', number: '01/TTr-UBND' });
  expect(strFromU8(entries['manifest.csv'])).toContain('01-to-trinh.pdf,01/TTr-UBND');
  await expect(dossier.getByText(new RegExp(`Gói gần nhất: ${manifest.files.length} tệp`, 'u'))).toBeVisible();

  // Complete now: accepted.
  await dossier.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
  await expect(dossier.getByText(/^Sẵn sàng gửi \(/u)).toBeVisible();
  await expect(dossier.getByRole('alert')).toHaveCount(0);

  // The tờ trình signed elsewhere comes back as a PDF: recorded against its number.
  await dossier.getByLabel('Bản PDF đã ký: Tờ trình').setInputFiles({ name: '01-to-trinh-da-ky.pdf', mimeType: 'application/pdf', buffer: Buffer.from(entries['01-to-trinh.pdf']) });
  await expect(dossier.getByText(/^Đã ký: 01-to-trinh-da-ky\.pdf/u)).toBeVisible();
  await snap(page, testInfo, 'upward-ready');
  watch.expectNone();
});
