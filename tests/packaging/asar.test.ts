import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';

/**
 * Builds the unpacked Linux app with electron-builder against a stand-in Electron directory
 * (the real binary cannot be downloaded here, toolchain.md §7) and checks what app.asar ships.
 */
const asar = createRequire(import.meta.url)('@electron/asar') as {
  listPackage(path: string, options: { isPack: boolean }): string[];
  extractFile(path: string, file: string): Buffer;
};

const root = join(import.meta.dirname, '../..');
const electronVersion = (createRequire(import.meta.url)('electron/package.json') as { version: string }).version;
let work: string;
let appDir: string;
let entries: string[];
let asarPath: string;

beforeAll(async () => {
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run "npx electron-vite build" first`);
  }
  work = await mkdtemp(join(tmpdir(), 'thidua-packaging-'));
  const electronDist = join(work, 'electron');
  await mkdir(join(electronDist, 'locales'), { recursive: true });
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
  await chmod(join(electronDist, 'electron'), 0o755);
  await writeFile(join(electronDist, 'version'), electronVersion);
  await writeFile(join(electronDist, 'LICENSE'), 'MIT');
  for (const locale of ['vi', 'en-US', 'fr', 'zh-CN']) await writeFile(join(electronDist, 'locales', `${locale}.pak`), '');

  await promisify(execFile)(
    join(root, 'node_modules/.bin/electron-builder'),
    ['--dir', '--linux', '--x64', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(work, 'dist')}`],
    { cwd: root, env: { ...process.env, CI: '1' }, maxBuffer: 16 * 1024 * 1024 },
  );
  appDir = join(work, 'dist', 'linux-unpacked');
  asarPath = join(appDir, 'resources', 'app.asar');
  entries = asar.listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
});

afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

describe('packaged app (electron-builder --dir, linux x64)', () => {
  it('contains the built main, sandbox preload and renderer', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json']) {
      expect(entries).toContain(file);
    }
  });

  it('contains no node_modules, sources, tests, configs or source maps', () => {
    expect(entries.filter((e) => e.includes('node_modules'))).toEqual([]);
    expect(entries.filter((e) => e.includes('@mui'))).toEqual([]);
    expect(entries.filter((e) => /^\/(src-main|src-renderer|tests|scripts|resources|docs|\.ci)(\/|$)/.test(e))).toEqual([]);
    expect(entries.filter((e) => /\.(tsx?|map)$/.test(e))).toEqual([]);
    expect(entries.every((e) => e === '/package.json' || e === '/out' || e.startsWith('/out/'))).toBe(true);
  });

  it('ships a package.json without runtime dependencies, starting the built main', () => {
    const manifest = JSON.parse(asar.extractFile(asarPath, 'package.json').toString('utf8'));
    expect(manifest.main).toBe('./out/main/index.js');
    expect(Object.keys(manifest.dependencies ?? {})).toEqual([]);
  });

  it('has a main bundle that imports only electron and Node built-ins (nothing to install)', () => {
    const main = asar.extractFile(asarPath, 'out/main/index.js').toString('utf8');
    const specifiers = [...main.matchAll(/(?:^|\n)\s*import\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => m[1] ?? m[2] ?? m[3],
    );
    expect(specifiers).toContain('electron');
    for (const specifier of specifiers) expect(specifier === 'electron' || specifier!.startsWith('node:'), specifier).toBe(true);
  });

  it('stays small and keeps only the Vietnamese and English Chromium locales', async () => {
    expect((await stat(asarPath)).size).toBeLessThan(20 * 1024 * 1024);
    expect((await readdir(join(appDir, 'locales'))).sort()).toEqual(['en-US.pak', 'vi.pak']);
    expect(existsSync(join(appDir, 'thidua'))).toBe(true);
  });
});
