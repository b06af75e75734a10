// The actions of issue 18 done through the screens of the built app, as a clerk would, with the main
// thread watched: each action's longest task (Long Tasks API), longest animation frame (Long Animation
// Frames), time to a usable screen and peak JS heap. Driven by bench/run.mjs after the harness has
// loaded the big ward (with its council meetings) into the shared IndexedDB.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Who is signed in on the bench's PC (the app asks at first run otherwise). */
export const BENCH_USER = { name: 'Người đo hiệu năng', role: 'standing' };

/**
 * Installed before any app script: records every long task and long animation frame, and signs the
 * bench user in. `window.__benchBlocks.since(t)` is the longest of each that overlaps [t, now].
 */
export function installBlockProbe(user) {
  try {
    if (!localStorage.getItem('thidua.user')) localStorage.setItem('thidua.user', JSON.stringify(user));
  } catch {
    // about:blank has no storage; the app's own page gets this script again
  }
  const entries = [];
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) entries.push({ type: e.entryType, start: e.startTime, duration: e.duration });
      }).observe({ type, buffered: true });
    } catch {
      // this Chromium lacks the entry type: its column stays empty
    }
  }
  window.__benchBlocks = {
    since(t) {
      const longest = (type) => entries.filter((e) => e.type === type && e.start + e.duration >= t).reduce((m, e) => Math.max(m, e.duration), 0);
      return { task: longest('longtask'), frame: longest('long-animation-frame'), tasksOver200: entries.filter((e) => e.type === 'longtask' && e.start + e.duration >= t && e.duration > 200).length };
    },
  };
}

/** The actions, in the order run; each gets a fresh page unless it continues the previous one's. */
export const SCREEN_ACTIONS = {
  coldStartBlocks: 'Cold start → dashboard',
  peopleFirstVisit: 'First visit to Cá nhân (10,000 people)',
  meetingBig: 'Open a meeting with 500 ballots (tab Biểu quyết)',
  submissionBig: 'Tờ trình + danh sách (500) from that meeting → preview',
  meetingSmall: 'Open a meeting with 120 ballots',
  scoreGrid: 'Open Chấm điểm thi đua (200 × 60 grid)',
  rankingTab: 'Tab Kết quả, xếp hạng',
  yearCheck: 'Kiểm tra điều kiện cả năm (the year’s nominations)',
  backupSave: 'Full backup (save the file)',
  restoreCheck: 'Restore: pick the file → checked',
  restoreRun: 'Restore: Khôi phục → done (with a navigation click meanwhile)',
  peopleImport: 'Import 10,000 people from a .csv through the screen',
};

/**
 * One action: `perform` does the clicks, `ready` waits for the usable screen; then the page is let
 * settle (no DOM change for `quiet` ms) so work after the screen appears (a preview drawing) counts too.
 */
async function timeAction(page, settle, withHeapPeak, perform, ready) {
  const t0 = await page.evaluate(() => performance.now());
  const { result, peakMb } = await withHeapPeak(page, async () => {
    await perform();
    await ready();
    const readyAt = await page.evaluate(() => performance.now());
    await settle(page);
    const blocks = await page.evaluate((t) => window.__benchBlocks.since(t), t0);
    return { readyMs: readyAt - t0, ...blocks };
  });
  return { ...result, peakMb };
}

function csvOfPeople(count) {
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
  const given = ['Văn An', 'Thị Bình', 'Văn Cường', 'Thị Dung', 'Minh Em', 'Thị Giang', 'Quốc Hùng', 'Ngọc Lan'];
  const rows = ['Họ và tên,Giới tính,Năm sinh,Chức vụ'];
  for (let i = 0; i < count; i += 1) rows.push(`${family[i % 8]} ${given[(i >> 3) % 8]} ${i + 1},${i % 2 ? 'Nữ' : 'Nam'},${1950 + (i % 55)},Hội viên`);
  return `${rows.join('\n')}\n`;
}

/**
 * Runs every selected action once against the app at `appUrl` (big ward already loaded), returning
 * { id, label, readyMs, task, frame, tasksOver200, peakMb } or { id, label, error }.
 */
export async function measureScreens({ context, appUrl, openApp, settle, withHeapPeak, selected, meetings, importRows, workDir, log, profiled }) {
  const results = [];
  // openApp installs installBlockProbe (signed in, blocks recorded) before the app's scripts.
  const pageAt = async (route) => {
    const page = await openApp(context, `${appUrl}#/`);
    await settle(page);
    if (route) {
      await page.evaluate((hash) => (location.hash = hash), route);
      await settle(page);
    }
    return page;
  };
  const go = (page, hash) => () => page.evaluate((h) => (location.hash = h), hash);
  const run = async (id, body) => {
    if (!selected(id)) return;
    current = id;
    part = 0;
    try {
      const r = await body();
      results.push({ id, label: SCREEN_ACTIONS[id], ...r });
      log(`${id}: usable after ${r.readyMs.toFixed(0)} ms, longest task ${r.task.toFixed(0)} ms, longest frame ${r.frame.toFixed(0)} ms, heap ${r.peakMb.toFixed(0)} MB`);
    } catch (error) {
      results.push({ id, label: SCREEN_ACTIONS[id], error: error.message.split('\n')[0] });
      log(`${id} failed: ${error.message.split('\n')[0]}`);
    }
  };
  // With --profile, each timed action runs under a CPU profile named after it.
  let current = '';
  let part = 0;
  const time = (page, perform, ready) => {
    const measure = () => timeAction(page, settle, withHeapPeak, perform, ready);
    part += 1;
    return profiled ? profiled(page, `screen-${current}${part > 1 ? `-${part}` : ''}`, measure) : measure();
  };

  await run('coldStartBlocks', async () => {
    const page = await openApp(context, 'about:blank');
    const r = await time(page, () => page.goto(`${appUrl}#/`), () => page.getByRole('heading', { name: 'Tổng quan' }).waitFor());
    await page.close();
    return r;
  });
  await run('peopleFirstVisit', async () => {
    const page = await pageAt(null);
    const r = await time(page, go(page, '#/danh-muc/ca-nhan'), () => page.getByRole('grid', { name: 'Danh sách cá nhân' }).getByRole('row').nth(1).waitFor());
    await page.close();
    return r;
  });
  const votes = (page) => page.getByRole('table', { name: 'Kết quả biểu quyết' }).locator('tbody tr[data-nomination]').first();
  if (meetings[0]) {
    const page = await pageAt(null);
    await run('meetingBig', () => time(page, go(page, `#/phien-hop/${meetings[0]}?muc=bieu-quyet`), () => votes(page).waitFor({ timeout: 120_000 })));
    await run('submissionBig', async () => {
      await page.evaluate((h) => (location.hash = h), `#/phien-hop/${meetings[0]}?muc=van-ban`);
      await settle(page);
      return time(
        page,
        async () => {
          await page.getByRole('button', { name: /^Tờ trình/ }).first().click();
          const again = page.getByRole('button', { name: 'Tạo văn bản mới' });
          if (await again.isVisible({ timeout: 1_000 }).catch(() => false)) await again.click();
        },
        () => page.getByRole('document', { name: 'Xem trước văn bản' }).locator('section, article, .docx').first().waitFor({ timeout: 120_000 }),
      );
    });
    await page.close();
  }
  if (meetings[1]) {
    const page = await pageAt(null);
    await run('meetingSmall', () => time(page, go(page, `#/phien-hop/${meetings[1]}?muc=bieu-quyet`), () => votes(page).waitFor({ timeout: 120_000 })));
    await page.close();
  }
  {
    const page = await pageAt(null);
    await run('scoreGrid', () => time(page, go(page, '#/cham-diem'), () => page.getByRole('table', { name: 'Bảng chấm điểm' }).locator('tbody input').first().waitFor({ timeout: 120_000 })));
    await run('rankingTab', () => time(page, () => page.getByRole('tab', { name: 'Kết quả, xếp hạng' }).click(), () => page.getByRole('table', { name: /^Kết quả xếp hạng/ }).first().waitFor({ timeout: 120_000 })));
    await page.close();
  }
  {
    const page = await pageAt('#/de-nghi');
    const section = page.getByRole('region', { name: 'Kiểm tra điều kiện cả năm' });
    await run('yearCheck', () => time(page, () => section.getByRole('button', { name: 'Kiểm tra điều kiện cả năm' }).click(), () => section.getByText(/^Năm \d+: /).waitFor({ timeout: 120_000 })));
    await page.close();
  }
  const backupPath = join(workDir, 'bench-backup.json');
  {
    const page = await pageAt('#/sao-luu');
    await run('backupSave', async () => {
      let download;
      const r = await time(
        page,
        async () => {
          download = page.waitForEvent('download', { timeout: 300_000 });
          await page.getByRole('button', { name: 'Lưu tệp sao lưu…' }).click();
        },
        async () => (download = await download),
      );
      await download.saveAs(backupPath);
      return r;
    });
    await run('restoreCheck', () =>
      time(page, () => page.getByLabel('Chọn tệp sao lưu').setInputFiles(backupPath), () => page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).waitFor({ timeout: 300_000 })),
    );
    await run('restoreRun', async () => {
      // Restores leave an audit entry ("meta"/"backup"); the harness's own restores left some already.
      const restores = () => page.evaluate(() => new Promise((resolve, reject) => {
        const open = indexedDB.open('thidua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('audit', 'readonly').objectStore('audit').index('[table+recordId]').count(IDBKeyRange.only(['meta', 'backup']));
          req.onsuccess = () => { open.result.close(); resolve(req.result); };
        };
      }));
      const before = await restores();
      let navigationMs = null;
      const r = await time(
        page,
        async () => {
          await page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục' }).click();
          // Until the progress shows — or the restore is over: a small ward's ends before its progress can show.
          const progress = page.getByRole('status').filter({ hasText: 'Đang khôi phục' });
          while (!(await progress.isVisible()) && (await restores()) <= before) await page.waitForTimeout(20);
          // A click on the navigation while the worker restores: how long until the screen answers.
          const clickAt = await page.evaluate(() => performance.now());
          await page.getByRole('link', { name: 'Phiên họp' }).click();
          await page.getByRole('heading', { name: 'Phiên họp' }).waitFor();
          navigationMs = (await page.evaluate(() => performance.now())) - clickAt;
        },
        // Done when this restore's audit entry is written (the page itself has moved on).
        async () => {
          const deadline = Date.now() + 600_000;
          while ((await restores()) <= before) {
            if (Date.now() > deadline) throw new Error('the restore did not finish within 10 minutes');
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        },
      );
      return { ...r, note: `navigation answered in ${navigationMs?.toFixed(0)} ms during the restore` };
    });
    await page.close();
  }
  await run('peopleImport', async () => {
    const csvPath = join(workDir, 'bench-people.csv');
    mkdirSync(workDir, { recursive: true });
    writeFileSync(csvPath, csvOfPeople(importRows));
    const page = await pageAt('#/trao-doi');
    await page.getByRole('button', { name: 'Cá nhân', exact: true }).click();
    const commit = page.getByRole('button', { name: /^Nhập [\d.]+ cá nhân$/ });
    const pick = await time(page, () => page.getByLabel('Chọn tệp dữ liệu').setInputFiles(csvPath), () => commit.waitFor({ timeout: 300_000 }));
    const write = await time(page, () => commit.click(), () => page.getByRole('link', { name: 'Xem danh sách cá nhân' }).waitFor({ timeout: 300_000 }));
    await page.close();
    return {
      readyMs: pick.readyMs + write.readyMs, task: Math.max(pick.task, write.task), frame: Math.max(pick.frame, write.frame),
      tasksOver200: pick.tasksOver200 + write.tasksOver200, peakMb: Math.max(pick.peakMb, write.peakMb),
      note: `${importRows} rows: read and checked in ${pick.readyMs.toFixed(0)} ms (longest task ${pick.task.toFixed(0)}), written in ${write.readyMs.toFixed(0)} ms (longest task ${write.task.toFixed(0)})`,
    };
  });
  return results;
}
