import { expect, test, E2E_NOW } from './fixtures';
import { countRows, snap, storeRows, typeDate, watchErrors } from './helpers';
import { addPerson, addUnit, chooseOption, pickRecord, setUpEmptyWard } from './screens5.helpers';

const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(E2E_NOW));
const csv = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });

test('a unit’s registration: a file with bad rows is refused whole, a good list is imported, received with its minutes, and shown on the nomination as information; a block signs its giao ước', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await page.getByRole('tab', { name: /Khối thi đua/ }).click();
  await page.getByRole('button', { name: 'Thêm khối' }).click();
  const blockDialog = page.getByRole('dialog', { name: 'Thêm khối thi đua' });
  await blockDialog.getByLabel('Tên khối thi đua').fill('Khối Tổ dân phố');
  await blockDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(blockDialog).toBeHidden();
  await page.getByRole('tab', { name: /Đơn vị/ }).first().click();
  await addUnit(page, 'Tổ dân phố 2', 'Tổ dân phố, khu phố, thôn', /^Khối Tổ dân phố/);
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await addPerson(page, { name: 'Nguyễn Thị Hoà', gender: 'Nữ', birthYear: '1985', unit: 'Tổ dân phố 2' });

  await page.getByRole('link', { name: 'Đăng ký thi đua, giao ước' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng ký thi đua, giao ước', level: 1 })).toBeVisible();
  await expect(page.getByText('không phải là điều kiện xét khen thưởng (Luật Thi đua, khen thưởng 2022 Điều 7)')).toBeVisible();
  const unitRow = page.getByRole('row').filter({ hasText: 'Tổ dân phố 2' });
  await expect(unitRow).toContainText('Chưa có');
  await unitRow.getByRole('gridcell', { name: 'Tổ dân phố 2' }).click();
  const dialog = page.getByRole('dialog', { name: `Đăng ký thi đua năm ${year} — Tổ dân phố 2` });

  // A file with a bad row: every bad row named, nothing saved.
  await dialog.getByLabel('Chọn tệp danh sách đăng ký').setInputFiles(
    csv('dang-ky-loi.csv', ['Họ và tên / Tên tập thể,Danh hiệu đăng ký', 'Nguyễn Thị Hòa,Lao động tiên tiến', 'Lê Văn Tâm,Huân chương Lao động', ',Lao động tiên tiến']),
  );
  const errors = dialog.getByTestId('registration-import-errors');
  await expect(errors).toContainText('Chưa nhập tệp “dang-ky-loi.csv”');
  await expect(errors).toContainText('Dòng 3: Danh hiệu “Huân chương Lao động” không rõ.');
  await expect(errors).toContainText('Dòng 4: Thiếu họ và tên / tên tập thể.');
  expect(await countRows(page, 'registrations')).toBe(0);
  await snap(page, testInfo, 'registration-import-refused');

  // The corrected file: imported at once into the unit's registration.
  await dialog.getByLabel('Chọn tệp danh sách đăng ký').setInputFiles(
    csv('dang-ky.csv', ['Họ và tên / Tên tập thể,Danh hiệu đăng ký', 'Nguyễn Thị Hòa,Lao động tiên tiến', 'Tổ dân phố 2,Tập thể lao động tiên tiến']),
  );
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Đã nhập 2 dòng đăng ký từ tệp “dang-ky.csv” cho Tổ dân phố 2.')).toBeVisible();
  await expect(unitRow).toContainText('Chưa gửi');

  // Received, with the unit meeting's minutes attached.
  await unitRow.getByRole('gridcell', { name: 'Tổ dân phố 2' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Họ và tên / Tên tập thể (dòng 1)' })).toHaveValue('Nguyễn Thị Hòa');
  await chooseOption(page, dialog, 'Tình trạng', 'Đã nhận');
  await typeDate(dialog, 'Ngày nhận', `20/03/${year}`);
  await dialog.getByLabel('Chọn tệp biên bản họp').setInputFiles({ name: 'bien-ban-hop-to-2.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% biên bản\n') });
  await expect(dialog).toContainText('Biên bản họp đơn vị: bien-ban-hop-to-2.pdf');
  await dialog.getByLabel('Nội dung cam kết').fill('Hoàn thành 100 % chỉ tiêu được giao.');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(unitRow).toContainText(`Đã nhận 20/03/${year}`);
  await expect(unitRow).toContainText('bien-ban-hop-to-2.pdf');
  const [stored] = (await storeRows(page, 'registrations')) as { state: string; minutes: { name: string; sha256: string }; entries: { personId: string | null }[] }[];
  expect(stored.state).toBe('received');
  expect(stored.minutes.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(stored.entries[0].personId).not.toBeNull();
  await snap(page, testInfo, 'registrations-list');

  // The block's giao ước.
  await page.getByRole('tab', { name: 'Giao ước của khối' }).click();
  await page.getByRole('gridcell', { name: 'Khối Tổ dân phố' }).click();
  const pledge = page.getByRole('dialog', { name: `Giao ước thi đua năm ${year} — Khối Tổ dân phố` });
  await expect(pledge.getByRole('checkbox', { name: 'Tổ dân phố 2' })).toBeChecked();
  await typeDate(pledge, 'Ngày ký giao ước', `28/03/${year}`);
  await pledge.getByLabel('Nội dung giao ước').fill('Các tổ dân phố thi đua hoàn thành chỉ tiêu năm.');
  await pledge.getByRole('button', { name: 'Lưu' }).click();
  await expect(pledge).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'Khối Tổ dân phố' })).toContainText(`28/03/${year}`);

  // The nomination shows the registration as information, beside (never inside) its verdict.
  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const nominationDialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
  await pickRecord(page, nominationDialog, 'Cá nhân được đề nghị', 'nguyen thi hoa', /Nguyễn Thị Hoà/);
  await chooseOption(page, nominationDialog, 'Danh hiệu / hình thức đề nghị', 'Lao động tiên tiến');
  await nominationDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(nominationDialog).toBeHidden();
  const note = page.getByTestId('registration-note');
  await expect(note).toHaveText(`Nguyễn Thị Hoà đã được Tổ dân phố 2 đăng ký “Lao động tiên tiến” năm ${year} (nhận ngày 20/03/${year}).`);
  await snap(page, testInfo, 'nomination-registration-note');
  watch.expectNone();
});
