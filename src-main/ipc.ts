import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import type { IpcMainInvokeEvent, WebContentsPrintOptions } from 'electron';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_CHANNELS } from './bridge';
import type { AppInfo, ChooseFolderResult, FileFilter, IpcChannel, PrintPagesRequest, PrintResult, SaveFileResult, SaveFolderResult, WriteFolderRequest } from './bridge';
import { writeFileAtomic } from './backup';
import type { BackupStore, RendererBackupRequests } from './backup';
import { loadHubPassword, saveHubPassword } from './hubPassword';
import { isTrustedUrl } from './window';
import {
  IpcValidationError,
  expectBytes,
  expectNoArguments,
  expectOneArgument,
  expectString,
  parseBackupReply,
  parsePrintPagesRequest,
  parsePrintToPdfRequest,
  parseSaveFileRequest,
  parseWriteFolderRequest,
} from './validate';

export interface IpcContext {
  /** The application window, or null while there is none. */
  window(): BrowserWindow | null;
  backups: BackupStore;
  backupRequests: RendererBackupRequests;
  /** Origins allowed to call the Bridge (see window.ts `trustedOrigins`). */
  trustedOrigins: readonly string[];
}

type Handler = (args: readonly unknown[]) => Promise<unknown>;

const PDF_FILTERS: FileFilter[] = [{ name: 'Tài liệu PDF', extensions: ['pdf'] }];

function requireWindow(context: IpcContext): BrowserWindow {
  const win = context.window();
  if (!win || win.isDestroyed()) throw new Error('Cửa sổ ứng dụng chưa sẵn sàng');
  return win;
}

/**
 * The save dialog is the only way a path reaches a write: the renderer suggests a bare file
 * name, the user chooses where it goes.
 */
async function saveThroughDialog(
  context: IpcContext,
  suggestedName: string,
  filters: FileFilter[] | undefined,
  produce: () => Promise<Uint8Array>,
): Promise<SaveFileResult> {
  const win = requireWindow(context);
  const choice = await dialog.showSaveDialog(win, {
    title: 'Lưu tệp',
    buttonLabel: 'Lưu',
    defaultPath: join(app.getPath('documents'), suggestedName),
    ...(filters ? { filters } : {}),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { saved: false };
  const bytes = await produce();
  try {
    await writeFileAtomic(choice.filePath, bytes);
  } catch (error) {
    throw new Error(describeWriteError(error));
  }
  return { saved: true, path: choice.filePath };
}

/** `name`, or "name (2)", "name (3)"… : the first that does not exist yet, made (never an existing folder written into). */
async function makeNewFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n <= 100; n += 1) {
    const path = join(parent, n === 1 ? name : `${name} (${n})`);
    try {
      await mkdir(path);
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException | null)?.code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Thư mục đã có quá nhiều bản “${name}”.`);
}

/**
 * Like the save dialog, the folder dialog is the only way a path reaches a write: the host keeps the
 * folder the user chose and gives the page a token for one write, with a bare folder name and bare
 * file names. One choice is pending at a time.
 */
class FolderChoices {
  private pending: { token: string; path: string } | null = null;

  async choose(context: IpcContext): Promise<ChooseFolderResult> {
    const choice = await dialog.showOpenDialog(requireWindow(context), {
      title: 'Chọn thư mục để lưu',
      buttonLabel: 'Lưu vào thư mục này',
      defaultPath: app.getPath('documents'),
      properties: ['openDirectory', 'createDirectory'],
    });
    const path = choice.filePaths[0];
    this.pending = null;
    if (choice.canceled || !path) return { chosen: false };
    this.pending = { token: randomUUID(), path };
    return { chosen: true, token: this.pending.token };
  }

  /** Writes into a new folder inside the chosen one; a failed write removes what it made. */
  async write(request: WriteFolderRequest): Promise<SaveFolderResult> {
    if (!this.pending || this.pending.token !== request.token) throw new IpcValidationError('Chưa chọn thư mục để lưu (hoặc đã lưu vào đó rồi)');
    const parent = this.pending.path;
    this.pending = null;
    let folder: string | null = null;
    try {
      folder = await makeNewFolder(parent, request.folderName);
      for (const file of request.files) await writeFileAtomic(join(folder, file.name), file.bytes);
    } catch (error) {
      if (folder) await rm(folder, { recursive: true, force: true });
      throw new Error(describeWriteError(error));
    }
    return { saved: true, path: folder };
  }
}

/** Plain Vietnamese for what users meet most: the .docx still open in Word, a read-only folder, a full disk. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return 'Không ghi được tệp: tệp đang mở trong chương trình khác (ví dụ Word) hoặc thư mục không cho phép ghi.';
  }
  if (code === 'ENOSPC') return 'Không ghi được tệp: ổ đĩa đã đầy.';
  return `Không ghi được tệp: ${error instanceof Error ? error.message : String(error)}`;
}

function printWith(win: BrowserWindow, options: WebContentsPrintOptions): Promise<PrintResult> {
  return new Promise((resolve) => {
    win.webContents.print(options, (success, failureReason) => {
      // A cancelled dialog is not an error to report.
      if (success || failureReason === 'cancelled') resolve({ printed: success });
      else resolve({ printed: false, error: `Không in được: ${failureReason}` });
    });
  });
}

const printView = (win: BrowserWindow) => printWith(win, { silent: false, printBackground: true });

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The pages as one HTML file: each picture exactly the paper's size, one per sheet, no margin; no script. */
export function printPagesHtml(request: Pick<PrintPagesRequest, 'title' | 'widthMm' | 'heightMm'>, files: readonly string[]): string {
  const size = `${request.widthMm}mm ${request.heightMm}mm`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src file:; style-src 'unsafe-inline'">
<title>${escapeHtml(request.title)}</title>
<style>
@page { size: ${size}; margin: 0; }
html, body { margin: 0; padding: 0; background: white; }
img { display: block; width: ${request.widthMm}mm; height: ${request.heightMm}mm; break-after: page; }
img:last-child { break-after: auto; }
</style></head><body>
${files.map((f) => `<img src="${escapeHtml(f)}" alt="">`).join('\n')}
</body></html>
`;
}

/**
 * Prints pages at their paper's exact size: written with an HTML page into a folder of their own,
 * shown in a hidden window without script, and printed from there through the system dialog with no
 * margin and no scaling (the printer's offset is already in the pages). The folder and the window go
 * when the job has been handed over.
 */
export async function printPages(request: PrintPagesRequest, tempDir = app.getPath('temp')): Promise<PrintResult> {
  const dir = await mkdtemp(join(tempDir, 'thidua-in-'));
  try {
    const files = request.pages.map((_, i) => `trang-${String(i + 1).padStart(4, '0')}.png`);
    await Promise.all(request.pages.map((bytes, i) => writeFile(join(dir, files[i]), bytes)));
    await writeFile(join(dir, 'in.html'), printPagesHtml(request, files));
    const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' } });
    try {
      await win.loadURL(pathToFileURL(join(dir, 'in.html')).href);
      // Chromium takes the sheet portrait-first; "landscape" turns it.
      const microns = (mm: number) => Math.round(mm * 1000);
      return await printWith(win, {
        silent: false, printBackground: true, margins: { marginType: 'none' }, scaleFactor: 100,
        landscape: request.widthMm > request.heightMm,
        pageSize: { width: microns(Math.min(request.widthMm, request.heightMm)), height: microns(Math.max(request.widthMm, request.heightMm)) },
      });
    } finally {
      if (!win.isDestroyed()) win.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function openBackupFolder(backups: BackupStore): Promise<void> {
  await mkdir(backups.dir, { recursive: true });
  const problem = await shell.openPath(backups.dir);
  if (problem) throw new Error(`Không mở được thư mục sao lưu: ${problem}`);
}

/** One handler per allow-listed channel; `Record<IpcChannel, …>` makes a missing one a type error. */
export function createIpcHandlers(context: IpcContext): Record<IpcChannel, Handler> {
  const folders = new FolderChoices();
  return {
    [IPC_CHANNELS.getAppInfo]: async (args): Promise<AppInfo> => {
      expectNoArguments(args);
      return {
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron ?? null,
        platform: process.platform,
      };
    },
    [IPC_CHANNELS.saveFile]: async (args) => {
      const request = parseSaveFileRequest(expectOneArgument(args));
      return saveThroughDialog(context, request.suggestedName, request.filters, async () => request.bytes);
    },
    [IPC_CHANNELS.chooseFolder]: async (args) => {
      expectNoArguments(args);
      return folders.choose(context);
    },
    [IPC_CHANNELS.writeFolder]: async (args) => folders.write(parseWriteFolderRequest(expectOneArgument(args))),
    [IPC_CHANNELS.printView]: async (args) => {
      expectNoArguments(args);
      return printView(requireWindow(context));
    },
    [IPC_CHANNELS.printToPdf]: async (args) => {
      const request = parsePrintToPdfRequest(expectOneArgument(args));
      const win = requireWindow(context);
      // A4 like every ND 30/2020 document; the renderer's @page rules set the margins.
      return saveThroughDialog(context, request.suggestedName, PDF_FILTERS, async () =>
        new Uint8Array(await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })),
      );
    },
    [IPC_CHANNELS.printPages]: async (args) => {
      const request = parsePrintPagesRequest(expectOneArgument(args));
      requireWindow(context);
      return printPages(request);
    },
    [IPC_CHANNELS.backupList]: async (args) => {
      expectNoArguments(args);
      return context.backups.list();
    },
    [IPC_CHANNELS.backupRead]: async (args) => {
      return context.backups.read(expectString(expectOneArgument(args), 'name', 100));
    },
    [IPC_CHANNELS.backupWriteNow]: async (args) => {
      return context.backups.write(expectBytes(expectOneArgument(args), 'bytes'));
    },
    [IPC_CHANNELS.backupOpenFolder]: async (args) => {
      expectNoArguments(args);
      await openBackupFolder(context.backups);
    },
    [IPC_CHANNELS.hubPasswordLoad]: async (args) => {
      expectNoArguments(args);
      return loadHubPassword();
    },
    [IPC_CHANNELS.hubPasswordSave]: async (args) => {
      const value = expectOneArgument(args);
      await saveHubPassword(value === null ? null : expectString(value, 'password', 500));
    },
    [IPC_CHANNELS.backupReply]: async (args) => {
      if (!context.backupRequests.settle(parseBackupReply(expectOneArgument(args)))) {
        throw new IpcValidationError('Không có yêu cầu sao lưu nào đang chờ mã này');
      }
    },
  };
}

/** Only the app's own top-level page may call: not another origin, not a sub-frame. */
export function isTrustedSender(event: IpcMainInvokeEvent, context: IpcContext): boolean {
  const frame = event.senderFrame;
  const win = context.window();
  if (!frame || !win || win.isDestroyed()) return false;
  return event.sender === win.webContents && frame.parent === null && isTrustedUrl(frame.url, context.trustedOrigins);
}

/** Registers exactly the allow-listed channels; anything else has no handler and is refused by Electron. */
export function registerIpc(context: IpcContext): void {
  const handlers = createIpcHandlers(context);
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event, context)) throw new IpcValidationError('Lời gọi từ nguồn không được phép');
      return handler(args);
    });
  }
}
