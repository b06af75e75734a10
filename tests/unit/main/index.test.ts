import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeBrowserWindow, electron, eventFrom, resetElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

const { BACKUP_TIMEOUT_MS, FIRST_DAILY_CHECK_MS, backupBeforeClose, startHost } = await import('../../../src-main/index');
const { HOST_EVENTS, IPC_CHANNELS } = await import('../../../src-main/bridge');
const { APP_SCHEME_PRIVILEGES } = await import('../../../src-main/protocol');

let userData: string;
const mainDir = join('/opt', 'thidua', 'out', 'main');

beforeEach(async () => {
  resetElectronMock();
  userData = await mkdtemp(join(tmpdir(), 'thidua-userdata-'));
  electron.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : `/fake/${name}`));
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(userData, { recursive: true, force: true });
});

/** Starts the host and waits for `ready` to have run. */
async function start(): Promise<FakeBrowserWindow> {
  expect(startHost(mainDir, {})).toBe(true);
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  return FakeBrowserWindow.instances[0]!;
}

/** The backup:request events sent to the renderer so far. */
const backupRequestsSent = (win: FakeBrowserWindow) =>
  win.webContents.send.mock.calls.filter(([channel]) => channel === HOST_EVENTS.backupRequest).map(([, payload]) => payload);

function reply(win: FakeBrowserWindow, payload: unknown) {
  return electron.ipcMain.handlers.get(IPC_CHANNELS.backupReply)!(eventFrom(win), payload);
}

describe('host lifecycle', () => {
  it('declares the privileged app:// scheme before ready and serves it after', async () => {
    await start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.ipcMain.handlers.size).toBe(Object.keys(IPC_CHANNELS).length);
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('a second instance quits at once and creates no window', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(startHost(mainDir, {})).toBe(false);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('the first instance comes to the front when a second one starts', async () => {
    const win = await start();
    win.isMinimized.mockReturnValue(true);
    electron.app.events.emit('second-instance');
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();
  });

  it('menu commands reach the renderer through menu:command', async () => {
    const win = await start();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]?.[0] as { submenu: { label: string; click?: () => void }[] }[];
    template[0]!.submenu.find((i) => i.label === '&In…')!.click!();
    expect(win.webContents.send).toHaveBeenCalledWith(HOST_EVENTS.menuCommand, 'print');
  });

  it('closing the window asks the renderer for a backup, writes it, then closes', async () => {
    const win = await start();
    win.close();
    expect(win.destroyed).toBe(false);
    const [request] = backupRequestsSent(win) as { id: string; reason: string }[];
    expect(request?.reason).toBe('quit');

    await reply(win, { id: request!.id, bytes: new TextEncoder().encode('{"format":"thidua-backup"}') });
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    const files = await readdir(join(userData, 'backups'));
    expect(files).toHaveLength(1);
    expect(await readFile(join(userData, 'backups', files[0]!), 'utf8')).toBe('{"format":"thidua-backup"}');
  });

  it('a renderer that never answers does not stop the window from closing', async () => {
    vi.useFakeTimers();
    const win = await start();
    win.close();
    await vi.advanceTimersByTimeAsync(BACKUP_TIMEOUT_MS);
    expect(win.destroyed).toBe(true);
    await expect(readdir(join(userData, 'backups'))).rejects.toThrow();
  });

  it('checks for the daily backup shortly after start', async () => {
    vi.useFakeTimers();
    const win = await start();
    expect(backupRequestsSent(win)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(FIRST_DAILY_CHECK_MS);
    // The check reads the backup folder (real I/O) before it asks.
    await vi.waitFor(() => expect(backupRequestsSent(win)).toHaveLength(1));
    const [request] = backupRequestsSent(win) as { id: string; reason: string }[];
    expect(request?.reason).toBe('daily');
    await reply(win, { id: request!.id, bytes: new Uint8Array([123, 125]) });
    await vi.waitFor(async () => expect(await readdir(join(userData, 'backups'))).toHaveLength(1));
  });
});

describe('backup before close', () => {
  it('ignores further close requests while the backup runs, and closes once afterwards', async () => {
    const win = new FakeBrowserWindow({});
    let finish: () => void = () => undefined;
    const runBackup = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    backupBeforeClose(win as never, runBackup);
    win.close();
    win.close();
    expect(runBackup).toHaveBeenCalledOnce();
    expect(win.destroyed).toBe(false);
    finish();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
  });

  it('still closes when the backup fails', async () => {
    const win = new FakeBrowserWindow({});
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    backupBeforeClose(win as never, () => Promise.reject(new Error('disk full')));
    win.close();
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
