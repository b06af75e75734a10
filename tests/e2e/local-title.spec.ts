/**
 * Issue 20: a city's pack adds its own title — 90 % of the WHOLE council, barred from "khiển trách"
 * up, not awarded posthumously, 0,3 × lương cơ sở. Through the screens: a disciplined person and a
 * person recorded as deceased are refused, another is voted at 6
 * of 7 (85,71 % — not enough), then at 7 of 7, decided by the ward chairman and paid by the pack's
 * coefficient in the decision's .docx.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { snap, typeDate, watchErrors } from './helpers';
import {
  addPerson, addUnit, chooseOption, createMeeting, nominatePerson, openVotesWithAgenda, pickRecord, receiveAndAppraise, reportGoodDeed, saveVotesAndMoveOne, setUpEmptyWard,
} from './screens5.helpers';

const COUNCIL = ['Trần Văn Hùng', 'Lê Thị Thủy', 'Phạm Minh Quang', 'Hoàng Thị Lan', 'Võ Đức Thắng', 'Đặng Ngọc Mai', 'Bùi Quốc Sơn'];
const ROLES = ['Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng', 'Ủy viên thường trực', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Thư ký'];
const UNIT = 'Văn phòng HĐND và UBND phường';

const pack = {
  format: 'thidua-province-pack', formatVersion: 1, province: { name: 'Thử Nghiệm', kind: 'city' }, revision: 1, issuedOn: '2026-10-01',
  regulation: { number: '5/2025/QĐ-UBND', date: '2025-10-01', issuer: 'Ủy ban nhân dân thành phố Thử Nghiệm', title: 'Ban hành Quy chế công tác thi đua, khen thưởng' },
  verificationNote: '', citations: { quorum: 'Đ8' }, settings: {}, titleDeadlines: {},
  submission: { channel: 'Gửi Sở Nội vụ thành phố', formats: ['docx'] }, movementQuotas: [],
  localTitles: [{
    id: 'guong-mat-tieu-bieu', label: 'Gương mặt tiêu biểu của phường', shortLabel: 'Gương mặt tiêu biểu', subjectKinds: ['person'],
    conferredBy: 'ward', prerequisites: [], voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true,
    disciplineBar: 'khien_trach', capPerYear: null, oncePerLifetime: false, posthumous: false, coefficient: { person: 0.3 },
    certificate: true, fromGoodDeeds: false, deadline: null, citation: 'Đ12',
  }, {
    // Conferred by the ward chairman from the good-deeds register (0,3 × lương cơ sở and a certificate).
    id: 'nguoi-tot-viec-tot', label: 'Người tốt, việc tốt của phường', shortLabel: 'Người tốt, việc tốt', subjectKinds: ['person'],
    conferredBy: 'ward', prerequisites: [], voteThresholdPercent: null, voteBase: 'presentMembers', secretBallot: false,
    disciplineBar: null, capPerYear: null, oncePerLifetime: false, posthumous: false, coefficient: { person: 0.3 },
    certificate: true, fromGoodDeeds: true, deadline: null, citation: 'Đ14',
  }],
};

/** The city's TĐKT office sent one file: its changes are shown, then applied. */
async function applyPack(page: Page) {
  await page.getByRole('tab', { name: 'Quy định của thành phố' }).click();
  await page.getByLabel('Chọn tệp gói quy định').setInputFiles({ name: 'goi-quy-dinh.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  const apply = page.getByRole('dialog', { name: 'Áp dụng gói quy định' });
  await expect(apply.getByRole('list', { name: 'Thay đổi của gói' })).toContainText('Thêm danh hiệu, hình thức riêng: “Gương mặt tiêu biểu của phường” (Chủ tịch UBND cấp xã tặng; phiếu 90 % tổng số thành viên, không xét khi bị kỷ luật từ khiển trách; thưởng cá nhân 0,3 lần lương cơ sở).');
  await apply.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByText(/Đang áp dụng quy định của thành phố Thử Nghiệm/)).toBeVisible();
}

test('a pack\'s own title: refused for discipline, 6/7 not enough at 90 % of the whole council, 7/7 decided and paid by the pack\'s coefficient', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const watch = watchErrors(page);
  await setUpEmptyWard(page, 'Phường Thử Nghiệm', 'Hà Nội');

  await applyPack(page);

  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, UNIT, 'Ban, ngành');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await expect(page.getByRole('heading', { name: 'Cá nhân', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Nhập danh sách' }).click();
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách cá nhân' });
  const people = [...COUNCIL, 'Nguyễn Văn Kỷ', 'Phạm Thị Hiền', 'Lê Văn Mất'];
  const pasted = ['Họ và tên\tGiới tính\tNăm sinh\tĐơn vị', ...people.map((name, i) => [name, /Thị|Ngọc/.test(name) ? 'Nữ' : 'Nam', String(1970 + i), UNIT].join('\t'))].join('\n');
  await importDialog.getByLabel('Hoặc dán các ô đã sao chép từ Excel (dòng đầu là tiêu đề cột)').fill(pasted);
  await importDialog.getByRole('button', { name: 'Đọc dữ liệu đã dán' }).click();
  await importDialog.getByRole('button', { name: `Nhập ${people.length} cá nhân` }).click();
  await expect(page.getByText(`Đã nhập ${people.length} cá nhân.`)).toBeVisible();

  // Nguyễn Văn Kỷ was reprimanded ("khiển trách") this year.
  await page.getByRole('gridcell', { name: 'Nguyễn Văn Kỷ' }).click();
  const person = page.getByRole('dialog', { name: 'Sửa thông tin cá nhân' });
  await person.getByRole('button', { name: 'Thêm kỷ luật' }).click();
  await expect(person.getByRole('combobox', { name: 'Hình thức kỷ luật (dòng 1)' })).toHaveText('Khiển trách');
  await person.getByRole('button', { name: 'Lưu' }).click();
  await expect(person).toBeHidden();

  // Lê Văn Mất died in May: a date of death in the future is refused, then the real one is saved.
  await page.getByRole('gridcell', { name: 'Lê Văn Mất' }).click();
  await typeDate(person, 'Ngày mất (nếu đã mất)', '20122026');
  await person.getByRole('button', { name: 'Lưu' }).click();
  await expect(person.getByText('Ngày mất không được sau ngày hôm nay.')).toBeVisible();
  await snap(page, testInfo, 'local-title-death-date');
  await typeDate(person, 'Ngày mất (nếu đã mất)', '20052026');
  await person.getByRole('button', { name: 'Lưu' }).click();
  await expect(person).toBeHidden();

  await page.getByRole('link', { name: 'Hội đồng' }).click();
  for (const [i, name] of COUNCIL.entries()) {
    await page.getByRole('button', { name: 'Thêm thành viên' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm thành viên Hội đồng' });
    await pickRecord(page, dialog, 'Cá nhân', name, new RegExp(name));
    await chooseOption(page, dialog, 'Vai trò trong Hội đồng', ROLES[i]);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId('council-summary')).toContainText('Hội đồng có 7 thành viên');

  // The disciplined person is refused, citing the city's own article.
  const TITLE = 'Gương mặt tiêu biểu của phường';
  const HINT = 'Gương mặt tiêu biểu của phường: Chủ tịch Ủy ban nhân dân cấp xã quyết định (QĐ 5/2025/QĐ-UBND Đ12).';
  await nominatePerson(page, 'nguyen van ky', /Nguyễn Văn Kỷ/, TITLE, HINT);
  const eligibility = page.getByTestId('eligibility-verdict');
  await expect(eligibility).toContainText('Chưa đủ điều kiện đề nghị “Gương mặt tiêu biểu của phường” năm 2026');
  await expect(eligibility).toContainText('Bị kỷ luật khiển trách trong năm 2026; “Gương mặt tiêu biểu của phường” không xét khi bị kỷ luật từ khiển trách trở lên.');
  await expect(page.getByText('QĐ 5/2025/QĐ-UBND Đ12').first()).toBeVisible();
  await snap(page, testInfo, 'local-title-refused');

  // The city's title is not awarded posthumously: the deceased person is refused, citing the same article.
  await nominatePerson(page, 'le van mat', /Lê Văn Mất/, TITLE, HINT);
  await expect(eligibility).toContainText('Đã mất ngày 20/05/2026; “Gương mặt tiêu biểu của phường” không truy tặng.');
  await snap(page, testInfo, 'local-title-posthumous');

  await nominatePerson(page, 'pham thi hien', /Phạm Thị Hiền/, TITLE, HINT);
  await expect(eligibility).toContainText('Đủ điều kiện đề nghị “Gương mặt tiêu biểu của phường” năm 2026.');
  await receiveAndAppraise(page);

  // All 7 present; the secret ballot of the city's title: 6/7 = 85,71 % < 90 % of the whole council.
  await createMeeting(page);
  await expect(page.getByTestId('quorum-verdict')).toContainText('Có 7/7 thành viên dự họp');
  const votes = await openVotesWithAgenda(page);
  await votes.getByLabel('Đồng ý: Phạm Thị Hiền', { exact: true }).fill('6');
  await votes.getByLabel('Không đồng ý: Phạm Thị Hiền', { exact: true }).fill('1');
  const result = votes.getByTestId('ballot-result');
  await expect(result).toContainText('Không đạt');
  await expect(result).toContainText('6/7 tổng số thành viên Hội đồng đồng ý (85,71 %); cần từ 90 %, tức ít nhất 7 phiếu');
  await snap(page, testInfo, 'local-title-six-of-seven');
  await votes.getByLabel('Đồng ý: Phạm Thị Hiền', { exact: true }).fill('7');
  await votes.getByLabel('Không đồng ý: Phạm Thị Hiền', { exact: true }).fill('0');
  await expect(result).toContainText('Đạt');
  await expect(result).toContainText('7/7 tổng số thành viên Hội đồng đồng ý (100 %)');
  await saveVotesAndMoveOne(page, votes);

  // The ward chairman's decision for the city's title, paid 0,3 × 2.530.000 = 759.000 → 760.000 đ.
  await page.getByRole('tablist', { name: 'Các phần của phiên họp' }).getByRole('tab', { name: 'Văn bản' }).click();
  await page.getByRole('button', { name: 'Quyết định Gương mặt tiêu biểu (1)' }).click();
  const dialog = page.getByRole('dialog', { name: /Quyết định số 01\/QĐ-UBND/ });
  await expect(dialog.getByRole('document', { name: 'Xem trước văn bản' }).locator('section').first()).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Lưu .docx' })).toBeEnabled();
  await snap(page, testInfo, 'local-title-decision');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lưu .docx' }).click()]);
  await download.saveAs(testInfo.outputPath('quyet-dinh-guong-mat-tieu-bieu.docx'));
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']);
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('Về việc tặng Gương mặt tiêu biểu của phường');
  expect(text).toContain('Phạm Thị Hiền');
  expect(text).toContain('760.000');
  expect(text).not.toContain('Nguyễn Văn Kỷ');

  // The pack says the ward chairman confers the title with a certificate: it prints on its default template.
  await dialog.getByRole('button', { name: 'Đóng' }).click();
  await page.getByRole('link', { name: 'Giấy khen' }).click();
  await page.getByRole('combobox', { name: 'Quyết định khen thưởng' }).click();
  await page.getByRole('option', { name: /Quyết định số 01\/QĐ-UBND/ }).click();
  await page.getByRole('button', { name: 'Xem trước và in (1)' }).click();
  const preview = page.getByRole('dialog', { name: /1 tờ, in màu/ });
  await expect(preview.getByRole('img', { name: 'Trang 1' })).toBeVisible({ timeout: 30_000 });
  await snap(page, testInfo, 'local-title-certificate');
  const [pdf] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: 'Tải PDF' }).click()]);
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  await expect(preview.getByText(/Giấy khen đã ghi vào sổ cấp phát/)).toBeVisible();
  const certificate = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(certificate).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THỬ NGHIỆM');
  expect(certificate).toContain('GƯƠNG MẶT TIÊU BIỂU CỦA PHƯỜNG');
  expect(certificate).toContain('Phạm Thị Hiền');
  expect(certificate).toContain('Số sổ vàng: 1');
  watch.expectNone();
});

test('a vetted good-deeds report becomes the nomination of the title the ward confers from the register, linked both ways', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page, 'Phường Thử Nghiệm', 'Hà Nội');
  await applyPack(page);
  await page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  await addUnit(page, 'Tổ dân phố 1', 'Tổ dân phố, khu phố, thôn');
  await page.getByRole('link', { name: 'Cá nhân' }).click();
  await addPerson(page, { name: 'Nguyễn Văn An', gender: 'Nam', birthYear: '1985', unit: 'Tổ dân phố 1' });

  // The report names the person in words only; vetted, it offers the city's title.
  await page.getByRole('link', { name: 'Người tốt, việc tốt' }).click();
  await reportGoodDeed(page, {
    unit: 'Tổ dân phố 1', month: '2026-03', date: '10032026', name: 'Nguyễn Văn An',
    field: 'Phòng chống tội phạm', text: 'Phát hiện, báo công an bắt giữ đối tượng trộm xe máy.',
  });
  const list = page.getByRole('grid', { name: 'Danh sách báo cáo người tốt, việc tốt' });
  await list.getByRole('gridcell', { name: 'Nguyễn Văn An' }).click();
  const detail = page.getByRole('dialog', { name: /Nguyễn Văn An/ });
  const nominate = detail.getByRole('button', { name: 'Đề nghị “Người tốt, việc tốt của phường”' });
  await expect(nominate).toHaveCount(0);
  await detail.getByRole('button', { name: 'Thẩm định đạt' }).click();
  await nominate.click();
  const choose = page.getByRole('dialog', { name: 'Đề nghị “Người tốt, việc tốt của phường”' });
  await choose.getByRole('button', { name: 'Lập đề nghị' }).click();
  await expect(choose.getByText('Hãy chọn cá nhân.')).toBeVisible();
  await pickRecord(page, choose, 'Cá nhân trong danh mục', 'nguyen van an', /Nguyễn Văn An \(1985\)/);
  await snap(page, testInfo, 'good-deed-choose-person');
  await choose.getByRole('button', { name: 'Lập đề nghị' }).click();

  // The nomination opens: the city's title for the person, the deed as its achievement.
  await expect(page.getByRole('heading', { name: 'Nguyễn Văn An — Người tốt, việc tốt của phường năm 2026', level: 1 })).toBeVisible();
  await expect(page.getByText('Lập từ báo cáo người tốt, việc tốt tháng 03/2026 về “Nguyễn Văn An” (Phòng chống tội phạm).')).toBeVisible();
  await expect(page.getByTestId('eligibility-verdict')).toContainText('Đủ điều kiện đề nghị “Người tốt, việc tốt của phường” năm 2026.');
  await snap(page, testInfo, 'good-deed-nomination');

  // Back on the report (through the nomination's own link to the register): the link to its nomination, and no second "Đề nghị".
  await page.getByRole('link', { name: 'Xem sổ Người tốt, việc tốt' }).click();
  await list.getByRole('gridcell', { name: 'Nguyễn Văn An' }).click();
  await expect(nominate).toHaveCount(0);
  await snap(page, testInfo, 'good-deed-linked');
  await detail.getByRole('link', { name: 'Xem đề nghị khen thưởng đã lập từ báo cáo này' }).click();
  await expect(page.getByRole('heading', { name: 'Nguyễn Văn An — Người tốt, việc tốt của phường năm 2026', level: 1 })).toBeVisible();
  watch.expectNone();
});
