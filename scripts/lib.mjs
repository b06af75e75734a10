// Shared helpers for the start and test scripts: only Node built-ins, so they run before `npm ci`.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '..');
export const bin = (name) => join(root, 'node_modules', '.bin', name);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

export function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Installs the locked dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Đang cài các gói phụ thuộc (npm ci)…');
  const status = run('npm', ['ci', '--no-audit', '--no-fund'], {
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', npm_config_loglevel: 'error' },
  });
  if (status !== 0) {
    console.error('npm ci thất bại.');
    process.exit(status);
  }
}

/** The Electron binary is present only where its release host could be reached at install time. */
export function electronBinaryInstalled() {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  return existsSync(pathFile) && existsSync(join(root, 'node_modules', 'electron', 'dist'));
}

export function serveWeb(port = 4173) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    bin('vite'),
    ['preview', '--outDir', 'out/renderer', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`ThiDua (bản web) đang chạy tại ${url} — mở địa chỉ này trong trình duyệt; Ctrl+C để dừng.`);
  child.on('exit', (code) => process.exit(code ?? 0));
}
