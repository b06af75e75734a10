import { expect, test, E2E_NOW, E2E_USER } from './fixtures';
import { snap, typeDate, watchErrors } from './helpers';
import { addPerson, addUnit, chooseOption, pickRecord, setUpEmptyWard } from './screens5.helpers';

test('a person who does not qualify sees the failing rule with its reason and law, then passes once the record is corrected', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(E2E_NOW);
  await setUpEmptyWard(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 2', 'Tổ dân phố, khu phố, thôn');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  // A civil servant rated only "Hoàn thành nhiệm vụ" this year: not enough for Lao động tiên tiến.
  await addPerson(page, { name: 'Nguyễn Thị Hoà', gender: 'Nữ', birthYear: '1985', unit: 'Tổ dân phố 2', position: 'Công chức Văn hóa - Xã hội', rating: 'Hoàn thành nhiệm vụ' });

  await page.getByRole('link', { name: 'Đề nghị khen thưởng' }).click();
  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
  await pickRecord(page, dialog, 'Cá nhân được đề nghị', 'nguyen thi hoa', /Nguyễn Thị Hoà/);
  await chooseOption(page, dialog, 'Danh hiệu / hình thức đề nghị', 'Lao động tiên tiến');
  // The person's unit is proposed by default.
  await expect(dialog.getByRole('combobox', { name: 'Đơn vị đề nghị' })).toHaveValue('Tổ dân phố 2');
  await dialog.getByLabel('Tóm tắt thành tích').fill('Hoàn thành các nhiệm vụ được giao; tích cực trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();

  // The nomination page: the failing rule, its plain reason and its legal reference.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Nguyễn Thị Hoà — Lao động tiên tiến năm ${year}`);
  const ratingRule = page.getByRole('row').filter({ hasText: 'Xếp loại từ Hoàn thành tốt nhiệm vụ trở lên' });
  await expect(ratingRule.getByText('Không đạt')).toBeVisible();
  await expect(ratingRule).toContainText(`Năm ${year} xếp loại “Hoàn thành nhiệm vụ”.`);
  await expect(ratingRule).toContainText('Luật TĐKT 2022 Đ24');
  await expect(page.getByTestId('eligibility-verdict')).toContainText('Kết quả: Không đạt');
  await snap(page, testInfo, 'eligibility-fail');
  const nominationUrl = page.url();

  // Correct the record: the year's rating was in fact "Hoàn thành tốt nhiệm vụ".
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await page.getByRole('gridcell', { name: 'Nguyễn Thị Hoà' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await chooseOption(page, personDialog, 'Xếp loại năm (dòng 1)', 'Hoàn thành tốt nhiệm vụ');
  await personDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(personDialog).toBeHidden();

  await page.goto(nominationUrl);
  await expect(ratingRule.getByText('Đạt', { exact: true })).toBeVisible();
  await expect(ratingRule).toContainText(`Năm ${year} xếp loại “Hoàn thành tốt nhiệm vụ”.`);
  // What needs a person's judgement is recorded with its evidence, not guessed.
  await expect(page.getByTestId('eligibility-verdict')).toContainText('Kết quả: Cần đánh giá');
  const conductRule = page.getByRole('row').filter({ hasText: 'Tự lực, đoàn kết, tích cực thi đua' });
  await conductRule.getByRole('button', { name: 'Đánh giá' }).click();
  const judgement = page.getByRole('dialog', { name: 'Ghi đánh giá của Hội đồng' });
  await judgement.getByLabel('Căn cứ đánh giá').fill('Biên bản họp bình xét của Tổ dân phố 2 ngày 20/11.');
  await judgement.getByRole('button', { name: 'Lưu' }).click();
  await expect(judgement).toBeHidden();
  await expect(page.getByTestId('eligibility-verdict')).toContainText('Kết quả: Đạt');
  await snap(page, testInfo, 'eligibility-pass');

  // Lifecycle: receive, then send back with a reason; both steps show who and when.
  await page.getByRole('tab', { name: 'Quá trình xử lý' }).click();
  await page.getByRole('button', { name: 'Tiếp nhận' }).click();
  await expect(page.getByTestId('nomination-status')).toHaveText('Đã tiếp nhận');
  await page.getByRole('button', { name: 'Trả lại đơn vị' }).click();
  const sendBack = page.getByRole('dialog', { name: 'Trả lại đơn vị' });
  await sendBack.getByRole('button', { name: 'Trả lại đơn vị' }).click();
  await expect(sendBack.getByText('Lý do không được để trống.')).toBeVisible();
  await sendBack.getByLabel('Lý do').fill('Thiếu biên bản họp bình xét của đơn vị.');
  await sendBack.getByLabel('Lý do').press('Enter');
  await expect(page.getByTestId('nomination-status')).toHaveText('Dự thảo');
  const history = page.getByRole('table', { name: 'Quá trình xử lý' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history).toContainText('Thiếu biên bản họp bình xét của đơn vị.');
  await expect(history).toContainText(E2E_USER.name);
  await snap(page, testInfo, 'lifecycle');

  // A discipline review holds the nomination; when it ends, its date is recorded (NĐ 152/2025 Đ4).
  await page.getByRole('tab', { name: /Tạm dừng xét/ }).click();
  await page.getByLabel('Lý do, văn bản liên quan').fill('Đang xem xét kỷ luật theo Thông báo số 12/TB-UBND');
  await page.getByRole('button', { name: 'Tạm dừng xét', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Tạm dừng xét (đang áp dụng)' })).toBeVisible();
  // On hold is its own state, never "Không đạt" (NĐ 152/2025 Đ4.4).
  await expect(page.getByTestId('nomination-status')).toHaveText('Tạm dừng xét (dự thảo)');
  await page.getByLabel('Đang áp dụng').click();
  const endHold = page.getByRole('dialog', { name: 'Kết thúc tạm dừng xét' });
  await expect(endHold.getByText('Sau khi hết kỷ luật, chỉ tính thành tích đạt được sau ngày kết thúc')).toBeVisible();
  await endHold.getByRole('button', { name: 'Kết thúc tạm dừng xét' }).click();
  await expect(endHold).toBeHidden();
  await expect(page.getByText(/Đã kết thúc ngày \d{2}\/\d{2}\/\d{4}: chỉ tính thành tích đạt được sau ngày này/)).toBeVisible();
  await expect(page.getByTestId('nomination-status')).toHaveText('Dự thảo');
  await page.getByRole('tab', { name: 'Điều kiện' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Chỉ tính thành tích sau khi hết kỷ luật' })).toBeVisible();

  // An inspection whose end is known: on hold until then, and the review resumes by itself that day.
  await page.getByRole('tab', { name: /Tạm dừng xét/ }).click();
  await chooseOption(page, page.getByRole('main'), 'Trường hợp tạm dừng xét', 'đang bị thanh tra, kiểm tra');
  await page.getByLabel('Lý do, văn bản liên quan').fill('Kết luận thanh tra dự kiến ngày 01/12');
  await typeDate(page, 'Xét tiếp từ ngày (nếu đã biết)', `0112${year}`);
  await page.getByRole('button', { name: 'Tạm dừng xét', exact: true }).click();
  await expect(page.getByText(`Tạm dừng đến hết ngày 30/11/${year}; từ ngày 01/12/${year} đề nghị tự xét tiếp.`)).toBeVisible();
  await page.getByRole('tab', { name: 'Điều kiện' }).click();
  await expect(page.getByTestId('eligibility-verdict')).toContainText('Tạm dừng xét khen thưởng (không phải không đạt)');
  await expect(page.getByTestId('eligibility-verdict')).toContainText(`Tạm dừng xét đề nghị “Lao động tiên tiến” năm ${year}`);
  await expect(page.getByTestId('eligibility-verdict')).not.toContainText('Không đạt');
  await snap(page, testInfo, 'on-hold');
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  const heldRow = page.getByRole('grid', { name: 'Danh sách đề nghị khen thưởng' }).getByRole('row').filter({ hasText: 'Nguyễn Thị Hoà' });
  await expect(heldRow).toContainText('Tạm dừng xét (dự thảo)');
  await expect(heldRow.getByText('Tạm dừng xét', { exact: true })).toBeVisible();
  await snap(page, testInfo, 'on-hold-list');
  // 02/12: the hold has ended by itself; the nomination is back in its state, nothing to click.
  await page.clock.setFixedTime(new Date(`${year}-12-02T09:00:00+07:00`));
  await page.reload();
  await expect(heldRow).toContainText('Dự thảo');
  await expect(heldRow).not.toContainText('Tạm dừng xét (dự thảo)');
  await page.goto(nominationUrl);
  await expect(page.getByTestId('nomination-status')).toHaveText('Dự thảo');
  await page.clock.setFixedTime(E2E_NOW);

  // The list filters by title and status.
  await page.getByRole('link', { name: 'Về danh sách' }).click();
  const grid = page.getByRole('grid', { name: 'Danh sách đề nghị khen thưởng' });
  await expect(grid.getByRole('gridcell', { name: 'Nguyễn Thị Hoà' })).toBeVisible();
  await chooseOption(page, page.getByRole('main'), 'Trạng thái', 'Đã tiếp nhận');
  await expect(grid.getByRole('gridcell', { name: 'Nguyễn Thị Hoà' })).toHaveCount(0);
  watch.expectNone();
});
