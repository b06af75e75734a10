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
    await bridge.printView();
    expect(win.print).toHaveBeenCalledOnce();
  });
});
