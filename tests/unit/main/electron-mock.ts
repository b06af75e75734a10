import { vi } from 'vitest';

/**
 * A recording stand-in for the `electron` module (the binary is not installed here).
 * Test files install it with `vi.mock('electron', async () => (await import('./electron-mock')).electron)`
 * and import the same instance to inspect calls.
 */

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = this.on;
  removeListener = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  });
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
}

export class FakeWebContents extends Emitter {
  mainFrame: { url: string; parent: unknown } = { url: 'app://thidua/index.html', parent: null };
  setWindowOpenHandler = vi.fn();
  send = vi.fn();
  print = vi.fn();
  printToPDF = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
}

export class FakeBrowserWindow extends Emitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isDestroyed = vi.fn(() => this.destroyed);
  close = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    this.emit('close', event);
    if (!event.defaultPrevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  });
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
}

const appEvents = new Emitter();

export const electron = {
  BrowserWindow: FakeBrowserWindow,
  app: {
    events: appEvents,
    on: appEvents.on,
    isPackaged: false,
    getName: vi.fn(() => 'ThiDua'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((name: string) => `/fake/${name}`),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    setAppUserModelId: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
  },
  // Stand-in for the OS keychain: reversible, but never the clear text on disk.
  safeStorage: {
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn((text: string) => Buffer.from(`enc:${Buffer.from(text).toString('base64')}`)),
    decryptString: vi.fn((data: Buffer) => Buffer.from(data.toString().replace(/^enc:/, ''), 'base64').toString()),
  },
  session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: {
    handlers: new Map<string, Listener>(),
    handle: vi.fn((channel: string, handler: Listener) => {
      electron.ipcMain.handlers.set(channel, handler);
    }),
  },
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
  shell: { openPath: vi.fn(async () => '') },
  Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: Object.assign(new Emitter(), { invoke: vi.fn(async () => undefined) }),
};

export function resetElectronMock(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  appEvents.listeners.clear();
  electron.ipcRenderer.listeners.clear();
  electron.ipcMain.handlers.clear();
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
}

/** An IPC event as Electron builds it: from the window's top-level page unless a URL or sub-frame is given. */
export function eventFrom(win: FakeBrowserWindow, url = win.webContents.mainFrame.url, subFrame = false) {
  return { sender: win.webContents, senderFrame: { url, parent: subFrame ? win.webContents.mainFrame : null } };
}
