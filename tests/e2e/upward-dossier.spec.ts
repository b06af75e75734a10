/**
 * The dossier sent upward as one package (issue 17 item 2): from the demo meeting's nominations passed
 * upward, "Sẵn sàng gửi" is refused naming the missing parts; the parts are made from the dossier; the
 * package is downloaded, unzipped, and its manifest read back: every file named in order, every hash
 * matching its file, every PDF a PDF; then "Sẵn sàng gửi" is accepted and a signed PDF is recorded.
 * The ward's own files are kept in the dossier; the package is saved as a folder (the browser's folder
 * picker answered with the origin's private folder, which the test reads back); the paper sets are
 * printed as one PDF of N sets.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { expect, test } from './fixtures';
import { openDemoMeeting, snap, watchErrors } from './helpers';

test('a package made from a meeting’s nominations sent upward, its manifest read back; “Sẵn sàng gửi” refused until complete', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  const watch = watchErrors(page);
  // A folder picker cannot be clicked by a test: it answers with the origin's private folder (OPFS).
  await page.addInitScript(() => {
    Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
  });
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
  const scan = await PDFDocument.create();
  scan.addPage([595.28, 841.89]);
  await addFile.setInputFiles({ name: 'Xác nhận sáng kiến.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await scan.save()) });
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

  // As a folder: the same files under the same names, in a folder named like the .zip.
  await dossier.getByRole('button', { name: 'Lưu thành thư mục' }).click();
  await expect(page.getByText(`Đã lưu ${names.length} tệp của hồ sơ vào thư mục`)).toBeVisible({ timeout: 150_000 });
  const saved = await page.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('Ho-so-gui-cap-tren-01-TTr-UBND-2026');
    const hashes: Record<string, string> = {};
    for await (const [name, handle] of folder as unknown as AsyncIterable<[string, FileSystemFileHandle]>) {
      const digest = await crypto.subtle.digest('SHA-256', await (await handle.getFile()).arrayBuffer());
      hashes[name] = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    }
    const json = await (await (await folder.getFileHandle('manifest.json')).getFile()).text();
    return { hashes, manifest: JSON.parse(json) as typeof manifest };
  });
  expect(Object.keys(saved.hashes).sort()).toEqual([...names].sort());
  expect(saved.manifest.files.map((f) => f.file)).toEqual(manifest.files.map((f) => f.file));
  for (const row of saved.manifest.files) expect(saved.hashes[row.file], row.file).toBe(row.sha256);

  // Paper: the province wants 2 sets; one print of 2 × the set's pages.
  await page.getByRole('spinbutton', { name: 'Số bộ bản giấy' }).fill('2');
  await dossier.getByRole('button', { name: 'In 2 bộ' }).click();
  const printed = dossier.getByRole('alert').filter({ hasText: 'Đã gửi lệnh in 2 bộ' });
  await expect(printed).toBeVisible({ timeout: 150_000 });
  const [, setPages, total] = /mỗi bộ (\d+) trang \(tổng (\d+) trang\)/u.exec((await printed.textContent()) ?? '')!.map(Number);
  let pdfPages = 0;
  for (const name of names.filter((n) => n.endsWith('.pdf'))) pdfPages += (await PDFDocument.load(entries[name])).getPageCount();
  expect([setPages, total]).toEqual([pdfPages, 2 * pdfPages]);
  await expect(printed).not.toContainText('Không có trong bản in');
  await expect(page.frameLocator('iframe[title="Bản in văn bản"]').locator('img')).toHaveCount(total);
  await snap(page, testInfo, 'upward-printed');
  watch.expectNone();
});
