import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeBrowserWindow, electron, eventFrom, resetElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

const { describeWriteError, registerIpc } = await import('../../../src-main/ipc');
const { BackupStore, RendererBackupRequests } = await import('../../../src-main/backup');
const { IPC_CHANNELS } = await import('../../../src-main/bridge');
const { sanitizeFileName } = await import('../../../src-main/validate');

let dir: string;
let win: FakeBrowserWindow;
let backupRequests: InstanceType<typeof RendererBackupRequests>;

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

beforeEach(async () => {
  resetElectronMock();
  dir = await mkdtemp(join(tmpdir(), 'thidua-ipc-'));
  win = new FakeBrowserWindow({});
  backupRequests = new RendererBackupRequests();
  registerIpc({
    window: () => win as never,
    backups: new BackupStore(join(dir, 'backups'), () => new Date(2026, 10, 21, 9, 0, 0)),
    backupRequests,
    trustedOrigins: ['app://thidua'],
  });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Calls a channel the way Electron would for a message from the app's own page. */
function invoke(channel: string, ...args: unknown[]): Promise<unknown> {
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
  return Promise.resolve().then(() => handler(eventFrom(win), ...args));
}

function chooseSavePath(path: string | undefined) {
  electron.dialog.showSaveDialog.mockResolvedValue(path ? { canceled: false, filePath: path } : { canceled: true, filePath: '' });
}

describe('IPC allow-list', () => {
  it('registers exactly the Bridge channels', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('refuses unknown channels', async () => {
    await expect(invoke('fs:write', '/etc/passwd', 'x')).rejects.toThrow('No handler');
    await expect(invoke('shell:openExternal', 'https://example.com')).rejects.toThrow('No handler');
  });

  it('refuses calls from another origin, a sub-frame or another window', async () => {
    const handler = electron.ipcMain.handlers.get(IPC_CHANNELS.getAppInfo)!;
    expect(() => handler(eventFrom(win, 'https://evil.example/'))).toThrow('nguồn không được phép');
    const other = new FakeBrowserWindow({});
    expect(() => handler(eventFrom(other))).toThrow('nguồn không được phép');
    expect(() => handler(eventFrom(win, 'app://thidua/index.html', true))).toThrow('nguồn không được phép');
    expect(() => handler({ sender: win.webContents, senderFrame: null })).toThrow('nguồn không được phép');
    await expect(handler(eventFrom(win))).resolves.toMatchObject({ name: 'ThiDua' });
  });
});

describe('app:info', () => {
  it('answers name, version, platform', async () => {
    expect(await invoke(IPC_CHANNELS.getAppInfo)).toMatchObject({ name: 'ThiDua', version: '0.1.0', platform: process.platform });
  });

  it('refuses arguments', async () => {
    await expect(invoke(IPC_CHANNELS.getAppInfo, 'extra')).rejects.toThrow('không nhận tham số');
  });
});

describe('file:save', () => {
  const good = { suggestedName: 'To-trinh-05/TTr-UBND.docx', bytes: new Uint8Array([80, 75, 3, 4]) };

  it('writes the bytes only to the path the user chose in the dialog', async () => {
    const chosen = join(dir, 'chosen', '..', 'To trinh.docx');
    chooseSavePath(chosen);
    expect(await invoke(IPC_CHANNELS.saveFile, good)).toEqual({ saved: true, path: chosen });
    expect(new Uint8Array(await readFile(chosen))).toEqual(good.bytes);
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[1];
    // The slash of the document number never becomes a directory.
    expect(options.defaultPath).toBe(join('/fake/documents', 'To-trinh-05-TTr-UBND.docx'));
  });

  it('writes nothing when the user cancels', async () => {
    chooseSavePath(undefined);
    expect(await invoke(IPC_CHANNELS.saveFile, good)).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('explains a failed write in Vietnamese and leaves nothing behind', async () => {
    chooseSavePath(join(dir, 'missing-folder', 'a.docx'));
    await expect(invoke(IPC_CHANNELS.saveFile, good)).rejects.toThrow('Không ghi được tệp');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['EBUSY', 'tệp đang mở trong chương trình khác'],
    ['EPERM', 'tệp đang mở trong chương trình khác'],
    ['ENOSPC', 'ổ đĩa đã đầy'],
  ])('names the cause of %s', (code, text) => {
    expect(describeWriteError(Object.assign(new Error(code), { code }))).toContain(text);
  });

  it('passes validated filters to the dialog', async () => {
    chooseSavePath(undefined);
    await invoke(IPC_CHANNELS.saveFile, { ...good, filters: [{ name: 'Word', extensions: ['docx'] }] });
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[1].filters).toEqual([{ name: 'Word', extensions: ['docx'] }]);
  });

  const polluted = JSON.parse('{"suggestedName":"a.docx","bytes":null,"__proto__":{"x":1}}');
  polluted.bytes = new Uint8Array([1]);

  it.each([
    ['nothing', []],
    ['two arguments', [good, good]],
    ['a string', ['a.docx']],
    ['null', [null]],
    ['an array', [[good]]],
    ['no bytes', [{ suggestedName: 'a.docx' }]],
    ['bytes as a plain array', [{ suggestedName: 'a.docx', bytes: [1, 2, 3] }]],
    ['bytes as a string', [{ suggestedName: 'a.docx', bytes: 'PK' }]],
    ['empty bytes', [{ suggestedName: 'a.docx', bytes: new Uint8Array() }]],
    ['empty name', [{ suggestedName: '', bytes: good.bytes }]],
    ['a name too long', [{ suggestedName: 'a'.repeat(201), bytes: good.bytes }]],
    ['a numeric name', [{ suggestedName: 42, bytes: good.bytes }]],
    ['an unknown key (a path)', [{ ...good, path: '/etc/cron.d/x' }]],
    ['a prototype key', [polluted]],
    ['filters not a list', [{ ...good, filters: 'docx' }]],
    ['a filter extension with a dot', [{ ...good, filters: [{ name: 'x', extensions: ['.docx'] }] }]],
    ['a filter with no extensions', [{ ...good, filters: [{ name: 'x', extensions: [] }] }]],
    ['too many filters', [{ ...good, filters: Array(11).fill({ name: 'x', extensions: ['a'] }) }]],
  ])('refuses %s before any dialog opens', async (_label, args) => {
    await expect(invoke(IPC_CHANNELS.saveFile, ...(args as unknown[]))).rejects.toThrow();
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('folder:choose and folder:write', () => {
  const files = [
    { name: '01-to-trinh.docx', bytes: new Uint8Array([80, 75, 3, 4]) },
    { name: '01-to-trinh.pdf', bytes: pdfBytes },
    { name: 'manifest.json', bytes: new TextEncoder().encode('{}') },
  ];
  const folderName = 'Ho-so-gui-cap-tren-01/TTr-UBND-2026';

  function chooseFolder(path: string | undefined) {
    electron.dialog.showOpenDialog.mockResolvedValue(path ? { canceled: false, filePaths: [path] } : { canceled: true, filePaths: [] });
  }

  /** What the preload does: the folder dialog, then the files with the token it gave. */
  async function saveFolder(request: { folderName: unknown; files: unknown }) {
    const choice = (await invoke(IPC_CHANNELS.chooseFolder)) as { chosen: boolean; token?: string };
    return choice.chosen ? invoke(IPC_CHANNELS.writeFolder, { token: choice.token, ...request }) : { saved: false };
  }

  it('makes the named folder inside the one the user chose and writes every file there', async () => {
    chooseFolder(dir);
    const made = join(dir, 'Ho-so-gui-cap-tren-01-TTr-UBND-2026');
    expect(await saveFolder({ folderName, files })).toEqual({ saved: true, path: made });
    expect((await readdir(made)).sort()).toEqual(['01-to-trinh.docx', '01-to-trinh.pdf', 'manifest.json']);
    for (const f of files) expect(new Uint8Array(await readFile(join(made, f.name)))).toEqual(f.bytes);
    expect(electron.dialog.showOpenDialog.mock.calls[0]?.[1].properties).toEqual(['openDirectory', 'createDirectory']);
  });

  it('never writes into a folder that exists: a second save makes “(2)”', async () => {
    chooseFolder(dir);
    await saveFolder({ folderName, files });
    expect(await saveFolder({ folderName, files: files.slice(0, 1) })).toEqual({ saved: true, path: join(dir, 'Ho-so-gui-cap-tren-01-TTr-UBND-2026 (2)') });
    expect(await readdir(join(dir, 'Ho-so-gui-cap-tren-01-TTr-UBND-2026'))).toHaveLength(3);
  });

  it('writes nothing when the user cancels; a token is good for one write only, and only the host’s', async () => {
    chooseFolder(undefined);
    expect(await invoke(IPC_CHANNELS.chooseFolder)).toEqual({ chosen: false });
    chooseFolder(dir);
    const { token } = (await invoke(IPC_CHANNELS.chooseFolder)) as { token: string };
    await expect(invoke(IPC_CHANNELS.writeFolder, { token: '00000000-0000-4000-8000-000000000000', folderName, files })).rejects.toThrow('Chưa chọn thư mục');
    await invoke(IPC_CHANNELS.writeFolder, { token, folderName, files });
    await expect(invoke(IPC_CHANNELS.writeFolder, { token, folderName, files })).rejects.toThrow('Chưa chọn thư mục');
    expect(await readdir(dir)).toEqual(['Ho-so-gui-cap-tren-01-TTr-UBND-2026']);
  });

  it('explains a failed write in Vietnamese and removes the folder it made', async () => {
    chooseFolder(join(dir, 'missing-parent'));
    await expect(saveFolder({ folderName, files })).rejects.toThrow('Không ghi được tệp');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['no files', { folderName: 'a', files: [] }],
    ['files not a list', { folderName: 'a', files: 'x' }],
    ['a file with a path key', { folderName: 'a', files: [{ ...files[0], path: '/etc/x' }] }],
    ['a file without bytes', { folderName: 'a', files: [{ name: 'a.pdf' }] }],
    ['bytes as a plain array', { folderName: 'a', files: [{ name: 'a.pdf', bytes: [1] }] }],
    ['two files of one name once made safe', { folderName: 'a', files: [{ name: 'a/b.pdf', bytes: pdfBytes }, { name: 'A-B.PDF', bytes: pdfBytes }] }],
    ['an empty folder name', { folderName: '', files }],
    ['too many files', { folderName: 'a', files: Array.from({ length: 1001 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdfBytes })) }],
  ])('refuses %s and writes nothing', async (_label, request) => {
    chooseFolder(dir);
    await expect(saveFolder(request)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses arguments to the dialog and a write with an unknown key (a path)', async () => {
    await expect(invoke(IPC_CHANNELS.chooseFolder, '/etc')).rejects.toThrow('không nhận tham số');
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
    chooseFolder(dir);
    await expect(saveFolder({ folderName, files, parent: '/etc' } as never)).rejects.toThrow('trường không được phép');
  });

  it('keeps a file name bare: a slash or “..” never leaves the folder', async () => {
    chooseFolder(dir);
    await saveFolder({ folderName: '..', files: [{ name: '../../evil.pdf', bytes: pdfBytes }] });
    expect(await readdir(dir)).toEqual(['tai-lieu']);
    expect(await readdir(join(dir, 'tai-lieu'))).toEqual(['-..-evil.pdf']);
  });
});

describe('view:print and view:print-to-pdf', () => {
  it('prints through the system dialog and reports the outcome', async () => {
    win.webContents.print.mockImplementation((_options, callback) => callback(true, ''));
    expect(await invoke(IPC_CHANNELS.printView)).toEqual({ printed: true });
    expect(win.webContents.print.mock.calls[0]?.[0]).toMatchObject({ silent: false, printBackground: true });

    win.webContents.print.mockImplementation((_options, callback) => callback(false, 'cancelled'));
    expect(await invoke(IPC_CHANNELS.printView)).toEqual({ printed: false });

    win.webContents.print.mockImplementation((_options, callback) => callback(false, 'Print job failed'));
    expect(await invoke(IPC_CHANNELS.printView)).toEqual({ printed: false, error: 'Không in được: Print job failed' });
  });

  it('renders A4 PDF and saves it where the user chose', async () => {
    const chosen = join(dir, 'Bien ban.pdf');
    chooseSavePath(chosen);
    expect(await invoke(IPC_CHANNELS.printToPdf, { suggestedName: 'Biên bản 03/BB-HĐTĐKT' })).toEqual({ saved: true, path: chosen });
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(new Uint8Array(await readFile(chosen))).toEqual(pdfBytes);
    const options = electron.dialog.showSaveDialog.mock.calls[0]?.[1];
    expect(options.defaultPath).toBe(join('/fake/documents', 'Biên bản 03-BB-HĐTĐKT.pdf'));
    expect(options.filters).toEqual([{ name: 'Tài liệu PDF', extensions: ['pdf'] }]);
  });

  it('does not render when the user cancels', async () => {
    chooseSavePath(undefined);
    expect(await invoke(IPC_CHANNELS.printToPdf, { suggestedName: 'a.pdf' })).toEqual({ saved: false });
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses bad arguments', async () => {
    await expect(invoke(IPC_CHANNELS.printView, { silent: true })).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.printToPdf)).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.printToPdf, { suggestedName: 'a.pdf', landscape: true })).rejects.toThrow();
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
  });
});

describe('view:print-pages (certificates at their paper’s exact size)', () => {
  const png = (n: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, n]);
  const sheet = { title: 'Giấy khen theo Quyết định số 01/QĐ-UBND <màu>', widthMm: 297, heightMm: 210, pages: [png(1), png(2)] };

  it('prints the pages from a hidden window without script, edge to edge at the sheet’s size, then removes them', async () => {
    electron.app.getPath.mockReturnValueOnce(dir);
    const result = invoke(IPC_CHANNELS.printPages, sheet);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances[1]?.webContents.print).toHaveBeenCalled());
    const hidden = FakeBrowserWindow.instances[1]!;
    expect(hidden.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });

    // While the job is handed over, the folder holds the page and the pictures in order.
    const page = fileURLToPath((hidden.loadURL.mock.calls as unknown as string[][])[0]![0]!);
    const folder = dirname(page);
    expect(dirname(folder)).toBe(dir);
    const html = await readFile(page, 'utf8');
    expect(html).toContain('@page { size: 297mm 210mm; margin: 0; }');
    expect(html).toContain('<title>Giấy khen theo Quyết định số 01/QĐ-UBND &lt;màu&gt;</title>');
    expect([...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1])).toEqual(['trang-0001.png', 'trang-0002.png']);
    expect(html).not.toContain('<script');
    expect(new Uint8Array(await readFile(join(folder, 'trang-0002.png')))).toEqual(png(2));

    const [options, callback] = hidden.webContents.print.mock.calls[0]!;
    expect(options).toEqual({
      silent: false, printBackground: true, margins: { marginType: 'none' }, scaleFactor: 100, landscape: true, pageSize: { width: 210_000, height: 297_000 },
    });
    callback(true, '');
    expect(await result).toEqual({ printed: true });
    expect(hidden.close).toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
    expect(win.webContents.print).not.toHaveBeenCalled(); // the app's own window is never printed
  });

  it('reports a failed job in Vietnamese, and still removes the pages', async () => {
    electron.app.getPath.mockReturnValueOnce(dir);
    const result = invoke(IPC_CHANNELS.printPages, { ...sheet, widthMm: 210, heightMm: 297 });
    await vi.waitFor(() => expect(FakeBrowserWindow.instances[1]?.webContents.print).toHaveBeenCalled());
    const [options, callback] = FakeBrowserWindow.instances[1]!.webContents.print.mock.calls[0]!;
    expect(options).toMatchObject({ landscape: false, pageSize: { width: 210_000, height: 297_000 } });
    callback(false, 'Printer offline');
    expect(await result).toEqual({ printed: false, error: 'Không in được: Printer offline' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses what is not a sheet of PNG pages, and opens no window', async () => {
    await expect(invoke(IPC_CHANNELS.printPages)).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.printPages, { ...sheet, pages: [] })).rejects.toThrow('pages: cần từ 1 đến 1000 trang');
    await expect(invoke(IPC_CHANNELS.printPages, { ...sheet, pages: [new TextEncoder().encode('%PDF-1.7')] })).rejects.toThrow('pages[0]: không phải ảnh PNG');
    await expect(invoke(IPC_CHANNELS.printPages, { ...sheet, widthMm: 10 })).rejects.toThrow('widthMm: cần số milimét từ 50 đến 1000');
    await expect(invoke(IPC_CHANNELS.printPages, { ...sheet, silent: true })).rejects.toThrow();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });
});

describe('backups over IPC', () => {
  it('writes now, lists, reads back and opens the folder', async () => {
    const entry = (await invoke(IPC_CHANNELS.backupWriteNow, new TextEncoder().encode('{"format":"thidua-backup"}'))) as { name: string };
    expect(entry.name).toBe('thidua-2026-11-21-090000.json');
    expect(await invoke(IPC_CHANNELS.backupList)).toMatchObject([{ name: entry.name, date: '2026-11-21' }]);
    expect(new TextDecoder().decode((await invoke(IPC_CHANNELS.backupRead, entry.name)) as Uint8Array)).toBe(
      '{"format":"thidua-backup"}',
    );
    await invoke(IPC_CHANNELS.backupOpenFolder);
    expect(electron.shell.openPath).toHaveBeenCalledWith(join(dir, 'backups'));
  });

  it('reports a folder that cannot be opened', async () => {
    electron.shell.openPath.mockResolvedValueOnce('Failed to open path');
    await expect(invoke(IPC_CHANNELS.backupOpenFolder)).rejects.toThrow('Không mở được thư mục sao lưu');
  });

  it('refuses bad arguments', async () => {
    await expect(invoke(IPC_CHANNELS.backupRead, '../../.ssh/id_rsa')).rejects.toThrow('không hợp lệ');
    await expect(invoke(IPC_CHANNELS.backupRead, 7)).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.backupWriteNow, 'text')).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.backupWriteNow, new Uint8Array())).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.backupList, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('accepts a reply only for a pending request, in the expected shape', async () => {
    let id = '';
    const pending = backupRequests.request((event) => (id = event.id), 'quit', 60_000);
    await expect(invoke(IPC_CHANNELS.backupReply, { id, bytes: new Uint8Array([1]), error: 'x' })).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.backupReply, { id })).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.backupReply, { id: 'not-a-uuid', bytes: new Uint8Array([1]) })).rejects.toThrow();
    await expect(invoke(IPC_CHANNELS.backupReply, { id: crypto.randomUUID(), bytes: new Uint8Array([1]) })).rejects.toThrow(
      'Không có yêu cầu sao lưu',
    );
    await invoke(IPC_CHANNELS.backupReply, { id, bytes: new Uint8Array([7]) });
    expect(await pending).toEqual(new Uint8Array([7]));
  });
});

describe('suggested file names', () => {
  it.each([
    ['Quyết định 12/QĐ-UBND.docx', 'Quyết định 12-QĐ-UBND.docx'],
    ['..\\..\\windows\\system.ini', '-..-windows-system.ini'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h'],
    ['CON', 'tai-lieu'],
    ['...', 'tai-lieu'],
    ['Hoa\u0300.docx', 'Hoà.docx'],
  ])('%s becomes %s', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });
});
