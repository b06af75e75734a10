import { describe, expect, it, vi } from 'vitest';
import { selectPlatform, BRIDGE_GLOBAL } from '../../../src-renderer/platform';
import type { Bridge } from '../../../src-renderer/platform';

function fakeWindow(extra: Record<string, unknown> = {}) {
  const clicks: string[] = [];
  const doc = {
    body: { appendChild: vi.fn() },
    createElement: () => ({
      href: '',
      download: '',
      click() {
        clicks.push(this.download);
      },
      remove: vi.fn(),
    }),
  };
  return { win: { document: doc, print: vi.fn(), ...extra } as unknown as Window, clicks };
}

describe('platform selection', () => {
  it('uses the preload bridge when the desktop host exposed one', async () => {
    const bridge: Bridge = {
      getAppInfo: async () => ({ name: 'ThiDua', version: '9.9.9', electron: '40.8.5', platform: 'win32' }),
      saveFile: async () => ({ saved: false }),
      printView: async () => ({ printed: true }),
    } as Bridge;
    const { win } = fakeWindow({ [BRIDGE_GLOBAL]: bridge });
    const selected = selectPlatform(win);
    expect(selected.kind).toBe('electron');
    expect(selected.bridge).toBe(bridge);
    expect((await selected.bridge.getAppInfo()).electron).toBe('40.8.5');
  });

  it('falls back to the browser implementation without a bridge', async () => {
    const { win } = fakeWindow();
    const selected = selectPlatform(win);
    expect(selected.kind).toBe('browser');
    expect((await selected.bridge.getAppInfo()).electron).toBeNull();
  });

  it('ignores a global that does not look like a bridge', () => {
    const { win } = fakeWindow({ [BRIDGE_GLOBAL]: { hello: 'world' } });
    expect(selectPlatform(win).kind).toBe('browser');
  });

  it('browser saveFile downloads under the suggested name and browser print calls window.print', async () => {
    const { win, clicks } = fakeWindow();
    const { bridge } = selectPlatform(win);
    const result = await bridge.saveFile({ suggestedName: 'To-trinh-05.docx', bytes: new Uint8Array([1, 2, 3]) });
    expect(result).toEqual({ saved: true, path: 'To-trinh-05.docx' });
    expect(clicks).toEqual(['To-trinh-05.docx']);
    // A Blob made in the background worker is downloaded as it is.
    expect(await bridge.saveFile({ suggestedName: 'thidua.json', bytes: new Blob(['{}']) })).toEqual({ saved: true, path: 'thidua.json' });
    expect(clicks).toEqual(['To-trinh-05.docx', 'thidua.json']);
    await bridge.printView();
    expect(win.print).toHaveBeenCalledOnce();
  });
});

/** An in-memory folder with the File System Access API's calls the browser bridge uses. */
class MemoryFolder {
  readonly folders = new Map<string, MemoryFolder>();
  readonly files = new Map<string, Uint8Array>();
  constructor(readonly name: string, private readonly failOn?: string) {}
  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    const found = this.folders.get(name);
    if (found) return found;
    if (!options?.create) throw new DOMException('missing', 'NotFoundError');
    const made = new MemoryFolder(name, this.failOn);
    this.folders.set(name, made);
    return made;
  }
  async getFileHandle(name: string) {
    const files = this.files;
    const failOn = this.failOn;
    return {
      async createWritable() {
        return {
          async write(bytes: Uint8Array) {
            if (name === failOn) throw new DOMException('Ổ đĩa đầy', 'QuotaExceededError');
            files.set(name, bytes);
          },
          async close() {},
        };
      },
    };
  }
  async removeEntry(name: string) {
    this.folders.delete(name);
  }
}

describe('browser saveFolder (File System Access API)', () => {
  const files = [{ name: '01-to-trinh.pdf', bytes: new Uint8Array([37, 80]) }, { name: 'manifest.json', bytes: new Uint8Array([123, 125]) }];

  it('is absent where the browser has no folder picker, so the screen offers the .zip only', () => {
    expect(selectPlatform(fakeWindow().win).bridge.saveFolder).toBeUndefined();
  });

  it('makes the named folder in the one picked, writes every file, and never writes into an existing folder', async () => {
    const root = new MemoryFolder('Tài liệu');
    const { win } = fakeWindow({ showDirectoryPicker: vi.fn(async () => root) });
    const save = selectPlatform(win).bridge.saveFolder!;
    expect(await save('Ho-so', async () => files)).toEqual({ saved: true, path: 'Tài liệu/Ho-so' });
    expect([...root.folders.get('Ho-so')!.files]).toEqual(files.map((f) => [f.name, f.bytes]));
    expect(await save('Ho-so', async () => files)).toEqual({ saved: true, path: 'Tài liệu/Ho-so (2)' });
  });

  it('makes nothing and saves nothing when the user closes the picker; removes the folder when a write fails', async () => {
    const cancelled = fakeWindow({ showDirectoryPicker: vi.fn(async () => { throw new DOMException('cancel', 'AbortError'); }) });
    const produce = vi.fn(async () => files);
    expect(await selectPlatform(cancelled.win).bridge.saveFolder!('Ho-so', produce)).toEqual({ saved: false });
    expect(produce).not.toHaveBeenCalled();
    const root = new MemoryFolder('Tài liệu', 'manifest.json');
    const failing = fakeWindow({ showDirectoryPicker: vi.fn(async () => root) });
    await expect(selectPlatform(failing.win).bridge.saveFolder!('Ho-so', async () => files)).rejects.toThrow('Không ghi được tệp vào thư mục: Ổ đĩa đầy');
    expect(root.folders.size).toBe(0);
  });
});
