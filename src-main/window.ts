import { BrowserWindow, session } from 'electron';
import type { Session, WebContents } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, APP_START_URL } from './protocol';

/** Where the built files sit relative to out/main (electron-vite's layout). */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}

/** The dev server URL electron-vite sets in development; absent in a build. */
export function devServerUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.ELECTRON_RENDERER_URL;
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // Only a local dev server: anything else would load remote content into a privileged window.
    return parsed.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Origins whose pages may use the Bridge: the app:// origin, and the local dev server in development. */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const dev = devServerUrl(env);
  return dev ? [APP_ORIGIN, new URL(dev).origin] : [APP_ORIGIN];
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  try {
    // Node's URL gives a custom scheme the opaque origin "null", so build scheme://host by hand.
    const parsed = new URL(url);
    return origins.includes(`${parsed.protocol}//${parsed.host}`);
  } catch {
    return false;
  }
}

/**
 * Refuses everything a page could do to leave the app: navigation to another origin,
 * redirects, new windows, embedded webviews.
 */
export function guardWebContents(contents: WebContents, origins: readonly string[]): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string) => {
    if (!isTrustedUrl(url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * The renderer needs no camera, location, notifications…: every permission is refused.
 * The one exception is writing (sanitised) text to the clipboard, which the grids' "copy" uses.
 */
export function denyPermissions(target: Session): void {
  const allowed = (permission: string) => permission === 'clipboard-sanitized-write';
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed(permission)));
  target.setPermissionCheckHandler((_contents, permission) => allowed(permission));
}

/** Creates the one application window and loads the renderer (built files, or the dev server). */
export function createMainWindow(mainDir: string, env: NodeJS.ProcessEnv = process.env): BrowserWindow {
  denyPermissions(session.defaultSession);
  // The options stay a literal here so static scanners (Electronegativity) can read them.
  const win = new BrowserWindow({
    title: 'ThiDua — Thi đua, Khen thưởng',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath(mainDir),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click on a link would otherwise try to open a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  guardWebContents(win.webContents, trustedOrigins(env));
  win.once('ready-to-show', () => win.show());
  const dev = devServerUrl(env);
  void win.loadURL(dev ?? APP_START_URL);
  return win;
}
