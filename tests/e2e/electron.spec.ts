/**
 * The desktop app itself (issue 12.24): Playwright's `_electron.launch` starts the built main process
 * with its sandboxed preload. Runs wherever the Electron binary is installed and a display exists;
 * elsewhere it is reported as skipped with the reason (`npm test` prints it), never counted as passed.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from '@playwright/test';
import { expect, test } from './fixtures';

/** The Electron executable, or why there is none to run. */
function electronExecutable(): { path: string } | { missing: string } {
  let path: string;
  try {
    path = createRequire(import.meta.url)('electron') as string;
  } catch {
    return { missing: 'Chưa có tệp chạy Electron (npm cài với ELECTRON_SKIP_BINARY_DOWNLOAD=1); chạy `node node_modules/electron/install.js` để tải về.' };
  }
  if (!existsSync(path)) return { missing: `Không tìm thấy tệp chạy Electron tại ${path}.` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { missing: 'Không có màn hình (DISPLAY) để mở cửa sổ Electron; hãy chạy trong xvfb-run.' };
  }
  return { path };
}

const executable = electronExecutable();
const main = join(import.meta.dirname, '../../out/main/index.js');

test('the desktop window opens on app://, its preload bridge answers, writes a backup and prints to PDF', async () => {
  test.skip('missing' in executable, 'missing' in executable ? `Không chạy được ứng dụng Electron trên máy này: ${executable.missing}` : '');
  if (!('path' in executable)) return;
  test.setTimeout(90_000);
  const home = mkdtempSync(join(tmpdir(), 'thidua-electron-'));
  const app = await electron.launch({
    executablePath: executable.path,
    args: [main, `--user-data-dir=${join(home, 'profile')}`],
    env: { ...process.env, XDG_CONFIG_HOME: home, APPDATA: home, ELECTRON_RENDERER_URL: '' },
  });
  try {
    const win = await app.firstWindow();
    await win.waitForLoadState('domcontentloaded');
    expect(win.url()).toMatch(/^app:\/\/[^/]+\/index\.html/);
    await expect(win.getByText('ThiDua — Thi đua, Khen thưởng').or(win.getByRole('heading', { name: 'Ai đang làm việc trên máy này?' }))).toBeVisible({ timeout: 30_000 });

    // The preload's bridge answers from the main process.
    const info = await win.evaluate(() => (window as unknown as { thidua: { getAppInfo(): Promise<{ electron: string | null; platform: string }> } }).thidua.getAppInfo());
    expect(info.electron).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.platform).toBe(process.platform);

    // A backup written by the main process lands in the backup folder.
    const entry = await win.evaluate(async () => {
      const bridge = (window as unknown as { thidua: { backups: { writeNow(bytes: Uint8Array): Promise<{ name: string; size: number }> } } }).thidua;
      return bridge.backups.writeNow(new TextEncoder().encode('{"format":"thidua-backup"}'));
    });
    expect(entry.name).toMatch(/^thidua-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
    const userData = await app.evaluate(({ app: host }) => host.getPath('userData'));
    expect(readdirSync(join(userData, 'backups'))).toContain(entry.name);

    // Print to PDF: the save dialog answers with a path; the file holds a PDF.
    const pdfPath = join(home, 'ban-in.pdf');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, pdfPath);
    const saved = await win.evaluate(() =>
      (window as unknown as { thidua: { printToPdf(r: { suggestedName: string }): Promise<{ saved: boolean; path?: string }> } }).thidua.printToPdf({ suggestedName: 'ThiDua.pdf' }),
    );
    expect(saved).toEqual({ saved: true, path: pdfPath });
    const pdf = readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
