import { beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { FakeBrowserWindow, electron, resetElectronMock } from './electron-mock';

vi.mock('electron', async () => (await import('./electron-mock')).electron);

const { createMainWindow, devServerUrl, isTrustedUrl, trustedOrigins } = await import('../../../src-main/window');
const { CONTENT_SECURITY_POLICY } = await import('../../../src-main/protocol');

const mainDir = join('/opt', 'thidua', 'out', 'main');

function open(env: NodeJS.ProcessEnv = {}): FakeBrowserWindow {
  createMainWindow(mainDir, env);
  const win = FakeBrowserWindow.instances.at(-1);
  if (!win) throw new Error('no window created');
  return win;
}

function fire(win: FakeBrowserWindow, event: string, url?: string): boolean {
  let prevented = false;
  win.webContents.emit(event, { url, preventDefault: () => (prevented = true) });
  return prevented;
}

beforeEach(resetElectronMock);

describe('main window', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ])('sets the security preference %s = %s', (name, value) => {
    expect(open().options.webPreferences[name]).toBe(value);
  });

  it('loads the sandbox-safe CommonJS preload next to the main bundle', () => {
    expect(open().options.webPreferences.preload).toBe(join('/opt', 'thidua', 'out', 'preload', 'index.cjs'));
  });

  it('loads the renderer from the app:// origin, never file://', () => {
    expect(open().loadURL).toHaveBeenCalledWith('app://thidua/index.html');
  });

  it('loads the local dev server when electron-vite provides one, and only a local one', () => {
    expect(open({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }).loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(open({ ELECTRON_RENDERER_URL: 'https://evil.example/' }).loadURL).toHaveBeenCalledWith('app://thidua/index.html');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'not a url' })).toBeNull();
  });

  it('shows itself only when ready, to avoid a white flash', () => {
    const win = open();
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledOnce();
  });

  it('refuses navigation and redirects to other origins but not within the app', () => {
    const win = open();
    expect(fire(win, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(fire(win, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(win, 'will-redirect', 'http://localhost:5173/')).toBe(true);
    expect(fire(win, 'will-navigate', 'app://thidua/index.html#/meetings')).toBe(false);
  });

  it('refuses new windows and webviews', () => {
    const win = open();
    const handler = win.webContents.setWindowOpenHandler.mock.calls[0]?.[0];
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'app://thidua/index.html' })).toEqual({ action: 'deny' });
    expect(fire(win, 'will-attach-webview')).toBe(true);
  });

  it('denies every permission request except sanitised clipboard writes', () => {
    open();
    const request = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0];
    const check = electron.session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem']) {
      const callback = vi.fn();
      request(null, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission, 'app://thidua', {})).toBe(false);
    }
    const callback = vi.fn();
    request(null, 'clipboard-sanitized-write', callback, {});
    expect(callback).toHaveBeenCalledWith(true);
  });

  it('trusts the app origin, and the dev server only in development', () => {
    expect(trustedOrigins({})).toEqual(['app://thidua']);
    expect(trustedOrigins({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' })).toEqual(['app://thidua', 'http://127.0.0.1:5173']);
    expect(isTrustedUrl('app://thidua/x', ['app://thidua'])).toBe(true);
    expect(isTrustedUrl('app://other/x', ['app://thidua'])).toBe(false);
    expect(isTrustedUrl('::', ['app://thidua'])).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
    // Only fetches may leave the app: to the office hub, whose address the office chooses (issue 13).
    for (const [name, values] of directives) if (name !== 'connect-src') expect(values.join(' ')).not.toMatch(/https?:/);
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'http:', 'https:']);
  });

  it('allows inline styles (emotion) and blob/data images, nothing embeddable', () => {
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });
});
