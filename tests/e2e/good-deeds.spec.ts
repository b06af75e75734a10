import { expect, test, E2E_NOW } from './fixtures';
import { snap, watchErrors } from './helpers';
import { addUnit, chooseOption, reportGoodDeed, setUpEmptyWard } from './screens5.helpers';

const year = E2E_NOW.getFullYear();

test('monthly good deeds: a late unit, vetting, a return with its reason, a radio broadcast, the yearly count', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page);

  // Two reporting units, through the registers screen.
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 1', 'Tổ dân phố, khu phố, thôn');
  await addUnit(page, 'Đoàn Thanh niên phường', 'Mặt trận, đoàn thể');

  await page.getByRole('link', { name: 'Người tốt, việc tốt' }).click();
  await expect(page.getByRole('heading', { name: 'Người tốt, việc tốt', level: 1 })).toBeVisible();
  await expect(page.getByTestId('yearly-count')).toHaveText('0 / 5');

  // March reports: one on the 10th (on time), one on the 20th (after the 15th: late).
  await reportGoodDeed(page, {
    unit: 'Tổ dân phố 1', month: `${year}-03`, date: `1003${year}`, name: 'Nguyễn Văn An',
    field: 'Phòng chống tội phạm', text: 'Phát hiện, báo công an bắt giữ đối tượng trộm xe máy.',
  });
  await reportGoodDeed(page, {
    unit: 'Đoàn Thanh niên phường', month: `${year}-03`, date: `2003${year}`, name: 'Lê Thị Thủy',
    field: 'Từ thiện, nhân đạo', text: 'Nhặt được ví tiền, trả lại người đánh rơi.',
  });
  const list = page.getByRole('grid', { name: 'Danh sách báo cáo người tốt, việc tốt' });
  await expect(list.getByRole('row')).toHaveCount(3);
  const lateRow = list.getByRole('row').filter({ hasText: 'Lê Thị Thủy' });
  await expect(lateRow.getByText('Muộn')).toBeVisible();
  await expect(list.getByRole('row').filter({ hasText: 'Nguyễn Văn An' }).getByText('Muộn')).toHaveCount(0);
  await snap(page, testInfo, 'good-deeds-list');

  // Vetting: approve the first, return the second with a reason.
  await list.getByRole('gridcell', { name: 'Nguyễn Văn An' }).click();
  let detail = page.getByRole('dialog', { name: /Nguyễn Văn An/ });
  await detail.getByRole('button', { name: 'Thẩm định đạt' }).click();
  await expect(detail.getByText('Thẩm định đạt', { exact: true })).toBeVisible();
  await expect(page.getByTestId('yearly-count')).toHaveText('1 / 5');

  // Publicity: a radio broadcast, logged with its date and link.
  await detail.getByRole('button', { name: 'Ghi nhận tuyên truyền' }).click();
  const publication = page.getByRole('dialog', { name: 'Ghi nhận tuyên truyền' });
  await expect(publication.getByRole('combobox', { name: 'Kênh tuyên truyền' })).toBeFocused();
  await chooseOption(page, publication, 'Kênh tuyên truyền', 'Đài truyền thanh');
  await publication.getByLabel('Đường dẫn').fill('https://ninhha.gov.vn/tin-tuc/nguoi-tot-viec-tot');
  await publication.getByLabel('Ghi chú').press('Enter');
  await expect(publication).toBeHidden();
  const log = detail.getByRole('table', { name: 'Nhật ký tuyên truyền' });
  await expect(log.getByRole('cell', { name: 'Đài truyền thanh' })).toBeVisible();
  await expect(log.getByRole('link', { name: 'https://ninhha.gov.vn/tin-tuc/nguoi-tot-viec-tot' })).toBeVisible();
  await snap(page, testInfo, 'good-deed-published');
  await detail.getByRole('button', { name: 'Đóng' }).click();

  await list.getByRole('gridcell', { name: 'Lê Thị Thủy' }).click();
  detail = page.getByRole('dialog', { name: /Lê Thị Thủy/ });
  await expect(detail.getByText(/Nộp muộn/)).toBeVisible();
  await detail.getByRole('button', { name: 'Trả lại' }).click();
  const confirm = page.getByRole('dialog', { name: 'Trả lại báo cáo' });
  await confirm.getByRole('button', { name: 'Trả lại' }).click();
  await expect(confirm.getByText('Lý do trả lại không được để trống.')).toBeVisible();
  await confirm.getByLabel('Lý do trả lại').fill('Chưa có xác nhận của người được giúp đỡ.');
  await confirm.getByLabel('Lý do trả lại').press('Enter');
  await expect(confirm).toBeHidden();
  await expect(detail.getByText('Chưa có xác nhận của người được giúp đỡ.')).toBeVisible();
  await detail.getByRole('button', { name: 'Đóng' }).click();
  await expect(lateRow.getByText('Trả lại', { exact: true })).toBeVisible();
  // A returned report does not count toward the target.
  await expect(page.getByTestId('yearly-count')).toHaveText('1 / 5');

  // Deadlines: March shows one unit on time and one late.
  await page.getByRole('tab', { name: 'Tình hình nộp theo tháng' }).click();
  const matrix = page.getByRole('table', { name: `Tình hình nộp báo cáo năm ${year}` });
  const marchCell = (unit: string) => matrix.getByRole('row', { name: new RegExp(unit) }).getByRole('cell').nth(2);
  await expect(marchCell('Tổ dân phố 1')).toHaveText('Đúng hạn');
  await expect(marchCell('Đoàn Thanh niên phường')).toHaveText('Muộn');
  await snap(page, testInfo, 'good-deeds-deadlines');

  await page.getByRole('tab', { name: 'Tổng hợp theo đơn vị' }).click();
  const perUnit = page.getByRole('grid', { name: 'Tổng hợp theo đơn vị' });
  await expect(perUnit.getByRole('row').filter({ hasText: 'Tổ dân phố 1' })).toContainText('1');
  watch.expectNone();
});
