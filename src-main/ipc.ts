import { app, dialog, ipcMain, shell } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { IPC_CHANNELS } from './bridge';
import type { AppInfo, FileFilter, IpcChannel, PrintResult, SaveFileResult } from './bridge';
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
  parsePrintToPdfRequest,
  parseSaveFileRequest,
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

/** Plain Vietnamese for what users meet most: the .docx still open in Word, a read-only folder, a full disk. */
export function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return 'Không ghi được tệp: tệp đang mở trong chương trình khác (ví dụ Word) hoặc thư mục không cho phép ghi.';
  }
  if (code === 'ENOSPC') return 'Không ghi được tệp: ổ đĩa đã đầy.';
  return `Không ghi được tệp: ${error instanceof Error ? error.message : String(error)}`;
}

function printView(win: BrowserWindow): Promise<PrintResult> {
  return new Promise((resolve) => {
    win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
      // A cancelled dialog is not an error to report.
      if (success || failureReason === 'cancelled') resolve({ printed: success });
      else resolve({ printed: false, error: `Không in được: ${failureReason}` });
    });
  });
}

export async function openBackupFolder(backups: BackupStore): Promise<void> {
  await mkdir(backups.dir, { recursive: true });
  const problem = await shell.openPath(backups.dir);
  if (problem) throw new Error(`Không mở được thư mục sao lưu: ${problem}`);
}

/** One handler per allow-listed channel; `Record<IpcChannel, …>` makes a missing one a type error. */
export function createIpcHandlers(context: IpcContext): Record<IpcChannel, Handler> {
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
