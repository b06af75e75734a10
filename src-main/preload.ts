import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { HOST_EVENTS, IPC_CHANNELS, MENU_COMMANDS } from './bridge';
import type { BackupProducer, BackupReply, BackupRequestEvent, ChooseFolderResult, DesktopBridge, MenuCommand } from './bridge';

/**
 * Sandboxed preload: exposes the Bridge as `window.thidua`. The page never sees ipcRenderer or
 * event objects, only these functions, and each one talks to exactly one allow-listed channel.
 */

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

function isBackupRequest(value: unknown): value is BackupRequestEvent {
  if (typeof value !== 'object' || value === null) return false;
  const { id, reason } = value as Record<string, unknown>;
  return typeof id === 'string' && (reason === 'quit' || reason === 'daily');
}

function subscribe<T>(channel: string, accept: (payload: unknown) => payload is T, listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => {
    if (accept(payload)) listener(payload);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

// The page registers its producer once the database is open. Until then (or after a failure to
// open) the host gets an immediate "not ready" answer instead of waiting for its timeout on quit.
let backupProducer: BackupProducer | null = null;

subscribe(HOST_EVENTS.backupRequest, isBackupRequest, ({ id, reason }) => {
  const bytes = backupProducer ? backupProducer(reason) : Promise.reject(new Error('Giao diện chưa sẵn sàng tạo bản sao lưu'));
  bytes
    .then(
      (data): BackupReply => ({ id, bytes: data }),
      (error: unknown): BackupReply => ({ id, error: String(error) }),
    )
    .then((reply) => ipcRenderer.invoke(IPC_CHANNELS.backupReply, reply))
    // A reply after the host gave up (timeout) is refused; nothing left to do about it.
    .catch(() => undefined);
});

const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: async (request) =>
    ipcRenderer.invoke(
      IPC_CHANNELS.saveFile,
      request.bytes instanceof Blob ? { ...request, bytes: new Uint8Array(await request.bytes.arrayBuffer()) } : request,
    ),
  saveFolder: async (folderName, produce) => {
    const choice = (await ipcRenderer.invoke(IPC_CHANNELS.chooseFolder)) as ChooseFolderResult;
    if (!choice.chosen) return { saved: false };
    const files = await produce();
    return ipcRenderer.invoke(IPC_CHANNELS.writeFolder, { token: choice.token, folderName, files });
  },
  printView: () => ipcRenderer.invoke(IPC_CHANNELS.printView),
  printToPdf: (request) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  printPages: (request) => ipcRenderer.invoke(IPC_CHANNELS.printPages, request),
  backups: {
    list: () => ipcRenderer.invoke(IPC_CHANNELS.backupList),
    read: (name) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, name),
    writeNow: (bytes) => ipcRenderer.invoke(IPC_CHANNELS.backupWriteNow, bytes),
    openFolder: () => ipcRenderer.invoke(IPC_CHANNELS.backupOpenFolder),
  },
  hubPassword: {
    load: () => ipcRenderer.invoke(IPC_CHANNELS.hubPasswordLoad),
    save: (password) => ipcRenderer.invoke(IPC_CHANNELS.hubPasswordSave, password),
  },
  onMenuCommand: (listener) => subscribe(HOST_EVENTS.menuCommand, isMenuCommand, listener),
  onBackupRequest: (producer) => {
    backupProducer = producer;
    return () => {
      if (backupProducer === producer) backupProducer = null;
    };
  },
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld('thidua', api);
