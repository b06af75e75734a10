import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The `app://thidua/` origin that serves the built renderer. A registered, standard, secure scheme
 * gives IndexedDB a stable origin (file:// origins are opaque and may lose data between versions)
 * and lets the CSP name `'self'`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'thidua';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Content-Security-Policy of every response. No remote content at all (the office hub is reached by
 * fetch only: connect-src allows http(s), since its address is the office's own choice); MUI/emotion inject
 * <style> tags, hence 'unsafe-inline' for styles only; images and downloads use blob:/data: URLs.
 * Keep in step with the meta tag in src-renderer/index.html: both are enforced, the stricter wins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data: http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeOf(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL leaves the root
 * (path traversal, encoded separators, another host or scheme).
 */
export function resolveAppPath(rootDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // Encoded backslashes or NUL would be separators or terminators on some platforms.
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = resolve(rootDir);
  const target = resolve(join(root, pathname === '/' ? 'index.html' : pathname));
  return isStrictlyInside(root, target) ? target : null;
}

function isStrictlyInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return !(rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel));
}

/** Where a path really leads (symbolic links followed), or null when nothing is there. */
async function realPathOf(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

function headersFor(path: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeOf(path),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The protocol handler: serves files from `rootDir`. A path without an extension that is not a
 * file gets index.html, so a reload on a client-side route still opens the app.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method Not Allowed', { status: 405 });
    }
    const target = resolveAppPath(rootDir, request.url);
    if (target === null) return new Response('Forbidden', { status: 403 });
    // The URL stays inside the folder, but a link inside it may lead out: compare real paths.
    const realRoot = (await realPathOf(rootDir)) ?? resolve(rootDir);
    const real = await realPathOf(target);
    if (real !== null && !isStrictlyInside(realRoot, real)) return new Response('Forbidden', { status: 403 });
    let file = real;
    if (file === null || !(await isFile(file))) {
      if (extname(target) !== '') return new Response('Not Found', { status: 404 });
      file = join(realRoot, 'index.html');
    }
    const body = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: headersFor(file) });
  };
}
