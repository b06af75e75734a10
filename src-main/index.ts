import { Menu, app, protocol } from 'electron';
import type { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { HOST_EVENTS } from './bridge';
import type { BackupReason } from './bridge';
import { BackupStore, RendererBackupRequests, backupIfDue } from './backup';
import { openBackupFolder, registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppRequestHandler } from './protocol';
import { createMainWindow, trustedOrigins } from './window';

/** Matches `appId` in electron-builder.config.ts: Windows groups the taskbar by it. */
export const APP_ID = 'vn.thidua.app';
/** How long the host waits for the renderer's backup bytes; quitting must not hang on a stuck page. */
export const BACKUP_TIMEOUT_MS = 20_000;
/** The daily backup is checked this often, and once shortly after start (when the data layer is open). */
export const DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000;
export const FIRST_DAILY_CHECK_MS = 60 * 1000;

function logError(what: string) {
  return (error: unknown) => console.error(`[ThiDua] ${what}:`, error);
}

/**
 * Takes a backup before the window closes (also on "Thoát", which closes the window first).
 * Further close requests while it runs are ignored; afterwards the window really closes.
 */
export function backupBeforeClose(win: BrowserWindow, runBackup: () => Promise<unknown>): void {
  let state: 'idle' | 'running' | 'done' = 'idle';
  win.on('close', (event) => {
    if (state === 'done') return;
    event.preventDefault();
    if (state === 'running') return;
    state = 'running';
    runBackup()
      .catch(logError('Sao lưu khi thoát thất bại'))
      .finally(() => {
        state = 'done';
        if (!win.isDestroyed()) win.close();
      });
  });
}

function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/**
 * Wires the whole host. Returns false when another instance already runs (this one then quits
 * and the first one comes to the front).
 */
export function startHost(mainDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  // Privileged schemes must be declared before `ready`.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.setAppUserModelId(APP_ID);

  let mainWindow: BrowserWindow | null = null;
  app.on('second-instance', () => focusWindow(mainWindow));
  // One window: closing it ends the program on every platform, after the quit backup.
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, createAppRequestHandler(join(mainDir, '../renderer')));

    const backups = new BackupStore(join(app.getPath('userData'), 'backups'));
    const backupRequests = new RendererBackupRequests(logError('Giao diện không tạo được bản sao lưu'));
    registerIpc({ window: () => mainWindow, backups, backupRequests, trustedOrigins: trustedOrigins(env) });

    const sendToRenderer = (channel: string, payload: unknown) => {
      if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
    };
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          send: (command) => sendToRenderer(HOST_EVENTS.menuCommand, command),
          openBackupFolder: () => void openBackupFolder(backups).catch(logError('Mở thư mục sao lưu')),
          developerTools: !app.isPackaged,
        }),
      ),
    );

    const win = createMainWindow(mainDir, env);
    mainWindow = win;
    const produce = (reason: BackupReason) =>
      win.isDestroyed()
        ? Promise.resolve(null)
        : backupRequests.request((event) => sendToRenderer(HOST_EVENTS.backupRequest, event), reason, BACKUP_TIMEOUT_MS);

    backupBeforeClose(win, async () => {
      const bytes = await produce('quit');
      if (bytes) await backups.write(bytes);
    });

    const dailyCheck = () => void backupIfDue(backups, produce, new Date()).catch(logError('Sao lưu hằng ngày thất bại'));
    const first = setTimeout(dailyCheck, FIRST_DAILY_CHECK_MS);
    const hourly = setInterval(dailyCheck, DAILY_CHECK_INTERVAL_MS);
    win.on('closed', () => {
      clearTimeout(first);
      clearInterval(hourly);
      mainWindow = null;
    });
  });
  return true;
}

if (process.versions.electron && !process.env.VITEST) startHost(import.meta.dirname);
