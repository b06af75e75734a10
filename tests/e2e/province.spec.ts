/**
 * Issue 20: a ward of a centrally-run city set up through the screens says "thành phố" where the
 * province level is named; a province pack is applied only after its changes are shown, and a bad
 * pack is refused with every reason while nothing changes.
 */
import { expect, test } from './fixtures';
import { snap, typeDate, watchErrors } from './helpers';
import { setUpEmptyWard } from './screens5.helpers';

/** "tỉnh" that names the province level, not the generic "tỉnh, thành phố" / "Tỉnh/thành phố". */
const PROVINCE_WORD = /tỉnh(?!\s*[,/]\s*thành phố)/i;


test('a city ward set up through the screens names the city level "thành phố" on every ward screen', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await setUpEmptyWard(page, 'Phường Thử Nghiệm', 'Hà Nội');
  await expect(page.getByLabel('Hội đồng cấp trên')).toHaveValue('Hội đồng Thi đua - Khen thưởng thành phố Hà Nội');
  await expect(page.getByLabel('Người có thẩm quyền khen thưởng')).toHaveValue('Chủ tịch Ủy ban nhân dân thành phố Hà Nội');
  await expect(page.getByLabel('Cơ quan thường trực (nơi nhận hồ sơ)')).toHaveValue('Sở Nội vụ thành phố Hà Nội');
  await expect(page.getByLabel('Tên cơ quan chủ quản (dòng trên)')).toHaveValue('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI');
  await page.getByLabel('Địa chỉ nhận hồ sơ của cấp trên').fill('Số 1 phố Thử Nghiệm');
  await page.getByLabel('Số quyết định ban hành quy chế').fill('1/2025/QĐ-UBND');
  await typeDate(page, 'Ngày ban hành quy chế', '01122025');
  await page.getByLabel('Cơ quan ban hành quy chế').fill('Ủy ban nhân dân thành phố Hà Nội');
  await page.getByLabel('Trích yếu quy chế').fill('Ban hành Quy chế công tác thi đua, khen thưởng');
  await page.getByRole('button', { name: 'Lưu thông tin' }).click();
  await expect(page.getByText('Đã lưu thông tin đơn vị.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Địa chỉ nhận hồ sơ của cấp trên')).toHaveValue('Số 1 phố Thử Nghiệm');
  await expect(page.getByLabel('Số quyết định ban hành quy chế')).toHaveValue('1/2025/QĐ-UBND');

  const screens: [string, () => Promise<void>][] = [
    ['profile', async () => {}],
    ['province', async () => { await page.getByRole('tab', { name: 'Quy định của thành phố' }).click(); }],
    ['settings', async () => { await page.getByRole('tab', { name: 'Thiết lập quy định' }).click(); }],
    ['dossier', async () => { await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click(); }],
    ['yearFigures', async () => {
      await page.goto('/#/thong-ke-nam');
      await expect(page.getByRole('table', { name: /^Biểu số 0603\.N\/BNV-TĐKT/ })).toBeVisible();
    }],
    ['nominations', async () => {
      await page.goto('/#/de-nghi');
      await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
      await page.getByRole('combobox', { name: 'Danh hiệu / hình thức đề nghị' }).click();
    }],
  ];
  for (const [name, open] of screens) {
    await open();
    await page.waitForTimeout(300);
    const text = await page.locator('body').innerText();
    const hits = text.split('\n').filter((line) => PROVINCE_WORD.test(line));
    expect(hits, `${name}: "tỉnh" where "thành phố" is due`).toEqual([]);
    expect(text, name).not.toMatch(/Ninh Hà|Khánh Hòa|Bắc Ninh/);
    await snap(page, testInfo, `city-${name}`);
  }
  await expect(page.getByRole('option', { name: 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường' })).toBeVisible();
  watch.expectNone();
});

test('a province pack is applied after its changes are shown; a bad pack is refused with every reason and nothing changes', async ({ page }, testInfo) => {
  const watch = watchErrors(page);
  await page.goto('/#/don-vi');
  await page.getByRole('button', { name: 'Bắt đầu với phường trống' }).click();
  await page.getByLabel('Tên phường/xã').fill('Phường Thử Nghiệm');
  await page.getByRole('button', { name: 'Lưu và bắt đầu' }).click();
  await page.getByRole('tab', { name: 'Quy định của tỉnh' }).click();
  await expect(page.getByText(/Đang dùng mặc định toàn quốc/)).toBeVisible();

  await page.getByRole('combobox', { name: 'Gói có sẵn' }).click();
  await page.getByRole('option', { name: /Bắc Ninh/ }).click();
  await page.getByRole('button', { name: 'Xem thay đổi và áp dụng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Áp dụng gói quy định' });
  const changes = dialog.getByRole('list', { name: 'Thay đổi của gói' });
  await expect(changes).toContainText('Áp dụng quy định của tỉnh Bắc Ninh (lần 1) thay cho mặc định toàn quốc.');
  await expect(changes).toContainText('Tỷ lệ dự phiên xét khen thưởng: không áp dụng → 80.');
  await snap(page, testInfo, 'pack-changes');
  await dialog.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByText(/Đang áp dụng quy định của tỉnh Bắc Ninh \(gói lần 1/)).toBeVisible();

  // The settings screen now cites Bắc Ninh's own article beside the quorum.
  await page.getByRole('tab', { name: 'Thiết lập quy định' }).click();
  await expect(page.getByText(/QĐ 86\/2025\/QĐ-UBND Đ8\.4/).first()).toBeVisible();
  await page.getByRole('tab', { name: 'Quy định của tỉnh' }).click();

  const bad = {
    format: 'thidua-province-pack', formatVersion: 1, province: { name: 'Bắc Ninh', kind: 'province' }, revision: 2, issuedOn: '2026-12-01',
    regulation: { number: '86/2025/QĐ-UBND', date: '2025-12-03', issuer: 'Ủy ban nhân dân tỉnh Bắc Ninh', title: 'Quy chế' },
    verificationNote: '', citations: {}, settings: { ballotThresholdPercent: { CSTDCS: 120 }, secretRule: true },
    titleDeadlines: {}, submission: { channel: 'Gửi Sở Nội vụ', formats: ['pdf'] }, movementQuotas: [],
    localTitles: [{ id: 'x', label: 'Danh hiệu X', shortLabel: 'X', subjectKinds: ['person'], conferredBy: 'ward', prerequisites: [],
      voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true, disciplineBar: null, capPerYear: null, oncePerLifetime: false,
      posthumous: false, coefficient: {}, certificate: false, fromGoodDeeds: false, deadline: null }],
  };
  await page.getByLabel('Chọn tệp gói quy định').setInputFiles({ name: 'goi-xau.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const reasons = page.getByRole('list', { name: 'Lý do từ chối gói' });
  await expect(reasons).toContainText('không được quá 100');
  await expect(reasons).toContainText('secretRule');
  await expect(reasons).toContainText('Danh hiệu riêng thứ 1');
  await snap(page, testInfo, 'pack-refused');
  await expect(page.getByText(/Đang áp dụng quy định của tỉnh Bắc Ninh \(gói lần 1/)).toBeVisible();
  watch.expectNone();
});
