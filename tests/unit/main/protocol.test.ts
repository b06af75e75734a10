import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  mimeTypeOf,
  resolveAppPath,
} from '../../../src-main/protocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'thidua-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ThiDua</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'roboto-vietnamese.woff2'), new Uint8Array([1, 2, 3]));
  // A sibling of the root that traversal must never reach.
  await writeFile(join(base, 'secret.txt'), 'secret');
  // Links inside the folder: two leading out (a file and a folder), one staying in.
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'leak.txt'));
  await symlink(base, join(root, 'outside'), 'dir');
  await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'assets', 'alias.js'));
  // The app folder itself reached through a link (an installer's shortcut folder).
  await symlink(root, join(base, 'renderer-link'), 'dir');
});

afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppRequestHandler(root)(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is registered as standard and secure with fetch support (stable IndexedDB origin)', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });

  it('serves the renderer with its MIME type and the CSP header', async () => {
    const response = await get('app://thidua/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the root and for client-side routes, 404 for missing assets', async () => {
    expect(await (await get('app://thidua/')).text()).toContain('<title>ThiDua</title>');
    const route = await get('app://thidua/meetings/2026');
    expect(route.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await route.text()).toContain('<title>ThiDua</title>');
    expect((await get('app://thidua/assets/missing.js')).status).toBe(404);
  });

  it('refuses other methods and HEAD has no body', async () => {
    expect((await get('app://thidua/index.html', 'POST')).status).toBe(405);
    const head = await get('app://thidua/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    'app://thidua/../secret.txt',
    'app://thidua/%2e%2e/secret.txt',
    'app://thidua/assets/..%2F..%2Fsecret.txt',
    'app://thidua/..%5Csecret.txt',
    'app://thidua/index.html%00.js',
    'app://thidua/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
  ])('never serves a file outside the renderer: %s', async (url) => {
    const response = await get(url);
    // 403 when refused outright, 404 when URL normalisation already kept it inside the root.
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toBe('secret');
  });

  it('does not follow a link out of the app folder (real paths are compared)', async () => {
    for (const url of ['app://thidua/assets/leak.txt', 'app://thidua/outside/secret.txt', 'app://thidua/outside']) {
      const response = await get(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toBe('secret');
    }
  });

  it('follows links that stay inside, also when the app folder itself is reached through a link', async () => {
    expect(await (await get('app://thidua/assets/alias.js')).text()).toBe('console.log(1)');
    const viaLink = createAppRequestHandler(join(base, 'renderer-link'));
    expect(await (await viaLink(new Request('app://thidua/assets/index-abc.js'))).text()).toBe('console.log(1)');
    expect(await (await viaLink(new Request('app://thidua/assets/leak.txt'))).text()).not.toBe('secret');
  });

  it('maps traversal attempts to null or to a path inside the root', () => {
    expect(resolveAppPath(root, 'app://thidua/assets/..%2F..%2Fsecret.txt')).toBeNull();
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppPath(root, 'app://thidua/a/../index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://thidua/T%E1%BB%95%20d%C3%A2n%20ph%E1%BB%91.png')).toBe(join(root, 'Tổ dân phố.png'));
  });

  it('knows the MIME types the build produces', () => {
    expect(mimeTypeOf('a.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('A.SVG')).toBe('image/svg+xml');
    expect(mimeTypeOf('a.wasm')).toBe('application/wasm');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
