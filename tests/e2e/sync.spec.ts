import { expect, test } from './fixtures';
import { snap, storeRows, watchErrors } from './helpers';
import { HUB, TestHub, closePcs, joinHub, openPc } from './hub';
import { addUnit, setUpEmptyWard } from './screens5.helpers';
import type { Page } from '@playwright/test';

// Each journey has its own hub on the one test port.
test.describe.configure({ mode: 'serial' });

let hub: TestHub;
test.beforeEach(async () => {
  hub = new TestHub();
  await hub.start();
});
test.afterEach(async () => {
  await closePcs();
  await hub.stop();
});

const byId = (rows: unknown[]) => [...(rows as { id: string }[])].sort((x, y) => x.id.localeCompare(y.id));

/** Two PCs of the office on the same hub: A set the ward up, B joined and received it. */
async function twoPcs(browser: import('@playwright/test').Browser) {
  const a = await openPc(browser, { name: 'Lê Thị Thủy', role: 'standing' });
  const b = await openPc(browser, { name: 'Trần Văn An', role: 'standing' });
  await setUpEmptyWard(a.page);
  await joinHub(a.page);
  await b.page.goto('/');
  await joinHub(b.page);
  await b.page.getByRole('link', { name: 'Thông tin đơn vị' }).click();
  await expect(b.page.getByLabel('Tên phường/xã')).toHaveValue('Phường Ninh Hà');
  for (const pc of [a, b]) await pc.page.getByRole('link', { name: 'Đơn vị, khối thi đua' }).click();
  return { a, b };
}

async function unitNames(page: Page): Promise<string[]> {
  return (await storeRows(page, 'units')).map((u) => (u as { name: string }).name).sort();
}

test('two PCs work offline, reconnect and converge: the same records and the same audit trail', async ({ browser }, testInfo) => {
  const { a, b } = await twoPcs(browser);
  const watch = watchErrors(a.page);
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await addUnit(a.page, 'Tổ dân phố 1', 'Tổ dân phố, khu phố, thôn');
  await addUnit(b.page, 'Tổ dân phố 2', 'Tổ dân phố, khu phố, thôn');
  await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline');
  await expect(a.page.getByTestId('sync-status')).toContainText('chưa gửi');
  await snap(a.page, testInfo, 'offline');

  await a.context.setOffline(false);
  await b.context.setOffline(false);
  for (const pc of [a, b]) {
    await expect(pc.page.getByRole('grid', { name: 'Danh sách đơn vị' }).getByRole('row')).toHaveCount(3, { timeout: 15_000 });
  }
  await expect.poll(async () => JSON.stringify(byId(await storeRows(b.page, 'audit'))), { timeout: 15_000 }).toBe(
    JSON.stringify(byId(await storeRows(a.page, 'audit'))),
  );
  expect(byId(await storeRows(a.page, 'units'))).toEqual(byId(await storeRows(b.page, 'units')));
  expect(await unitNames(a.page)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2']);
  // Each PC's audit names who did what.
  const actors = (await storeRows(a.page, 'audit')).filter((e) => (e as { table: string }).table === 'units').map((e) => (e as { actor: string }).actor).sort();
  expect(actors).toEqual(['Lê Thị Thủy', 'Trần Văn An']);
  await expect(a.page.getByTestId('sync-status')).toHaveText('Đã đồng bộ');
  await snap(a.page, testInfo, 'converged');
  // The browser logs each request that failed while offline; anything else is a defect.
  expect(watch.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
});

test('the same field changed on two PCs goes to “Xung đột đồng bộ”; the standing member keeps one version on every PC', async ({ browser }, testInfo) => {
  const { a, b } = await twoPcs(browser);
  await addUnit(a.page, 'Tổ dân phố 5', 'Tổ dân phố, khu phố, thôn');
  await expect(b.page.getByRole('grid', { name: 'Danh sách đơn vị' }).getByRole('row')).toHaveCount(2, { timeout: 15_000 });
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  for (const [pc, head] of [[a, 'Nguyễn Văn Tư'], [b, 'Phạm Văn Năm']] as const) {
    await pc.page.getByRole('grid', { name: 'Danh sách đơn vị' }).getByText('Tổ dân phố 5').click();
    const dialog = pc.page.getByRole('dialog', { name: 'Sửa đơn vị' });
    await dialog.getByLabel('Người đứng đầu').fill(head);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }
  await a.context.setOffline(false);
  await b.context.setOffline(false);
  await expect(a.page.getByTestId('sync-status')).toContainText('1 xung đột', { timeout: 15_000 });
  await a.page.getByTestId('sync-status').click();
  const conflict = a.page.getByRole('region', { name: 'Xung đột: Tổ dân phố 5' });
  await expect(conflict).toContainText('Cùng một trường được sửa khác nhau trên hai máy.');
  await expect(conflict).toContainText('Nguyễn Văn Tư');
  await expect(conflict).toContainText('Phạm Văn Năm');
  await snap(a.page, testInfo, 'conflict');
  const versions = conflict.getByRole('table');
  const column = (await versions.getByRole('cell', { name: 'Phạm Văn Năm' }).first().evaluate((cell) => (cell as HTMLTableCellElement).cellIndex));
  await conflict.getByRole('button', { name: `Giữ phiên bản ${column}` }).click();
  await expect(a.page.getByRole('region', { name: 'Xung đột đồng bộ' })).toHaveCount(0);
  for (const pc of [a, b]) {
    await expect.poll(async () => (await storeRows(pc.page, 'units')).map((u) => (u as { headName: string }).headName), { timeout: 15_000 }).toEqual(['Phạm Văn Năm']);
    await expect(pc.page.getByTestId('sync-status')).not.toContainText('xung đột', { timeout: 15_000 });
  }
  const audit = (await storeRows(b.page, 'audit')) as { note: string; after: { headName?: string } }[];
  expect(audit.find((e) => e.note.startsWith('Xử lý xung đột đồng bộ'))?.after.headName).toBe('Phạm Văn Năm');
});

test('the hub stopped and restarted while PCs keep working: nothing is lost', async ({ browser }) => {
  const { a, b } = await twoPcs(browser);
  await addUnit(a.page, 'Tổ dân phố 1', 'Tổ dân phố, khu phố, thôn');
  await expect.poll(() => unitNames(b.page), { timeout: 15_000 }).toEqual(['Tổ dân phố 1']);
  await hub.stop();
  await addUnit(a.page, 'Tổ dân phố 2', 'Tổ dân phố, khu phố, thôn');
  await addUnit(b.page, 'Tổ dân phố 3', 'Tổ dân phố, khu phố, thôn');
  await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-state', 'offline');
  await hub.start();
  for (const pc of [a, b]) {
    await expect.poll(() => unitNames(pc.page), { timeout: 20_000 }).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3']);
  }
});

test('a clerk may not set up the office hub: the screen says why and joining is refused', async ({ browser }) => {
  const { page } = await openPc(browser, { name: 'Ngô Thị Bình', role: 'clerk' });
  await page.goto('/#/may-chu');
  await expect(page.getByTestId('role-notice')).toContainText('Ngô Thị Bình (Văn thư) không có quyền cài đặt máy chủ văn phòng');
  await page.getByLabel('Địa chỉ cơ sở dữ liệu').fill(HUB.url);
  await page.getByLabel('Tên đăng nhập').fill(HUB.user);
  await page.getByLabel('Mật khẩu').fill(HUB.password);
  await page.getByRole('button', { name: 'Lưu và đồng bộ' }).click();
  await expect(page.getByRole('form', { name: 'Kết nối máy chủ văn phòng' }).getByRole('alert')).toContainText('không có quyền cài đặt máy chủ văn phòng');
  await expect(page.getByTestId('sync-status')).toHaveCount(0);
});

test('restoring a backup on a synced PC asks first, explains what the office would lose, and only then replaces it everywhere', async ({ browser }, testInfo) => {
  const { a, b } = await twoPcs(browser);
  await a.page.getByRole('link', { name: 'Sao lưu, khôi phục' }).click();
  const downloading = a.page.waitForEvent('download');
  await a.page.getByRole('button', { name: 'Lưu tệp sao lưu…' }).click();
  const backupPath = testInfo.outputPath('before-unit.json');
  await (await downloading).saveAs(backupPath);
  // Newer office data, made after the backup on the other PC.
  await addUnit(b.page, 'Tổ dân phố 9', 'Tổ dân phố, khu phố, thôn');
  await expect.poll(() => unitNames(a.page), { timeout: 15_000 }).toEqual(['Tổ dân phố 9']);

  await a.page.getByLabel('Chọn tệp sao lưu').setInputFiles(backupPath);
  const confirm = a.page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' });
  await expect(confirm.getByTestId('restore-hub-warning')).toContainText('Máy này đang đồng bộ với máy chủ văn phòng');
  await snap(a.page, testInfo, 'restore-synced');
  await confirm.getByRole('button', { name: 'Hủy' }).click();
  await expect.poll(() => unitNames(b.page)).toEqual(['Tổ dân phố 9']);

  await a.page.getByLabel('Chọn tệp sao lưu').setInputFiles(backupPath);
  await confirm.getByRole('button', { name: 'Khôi phục, thay dữ liệu của văn phòng' }).click();
  await expect(a.page.getByText(/Đã khôi phục dữ liệu/)).toBeVisible();
  for (const pc of [a, b]) await expect.poll(() => unitNames(pc.page), { timeout: 20_000 }).toEqual([]);
});
