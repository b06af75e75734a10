// The test office hub, started as `npm run hub` and CI start it (scripts/hub.mjs) on HUB_PORT
// (default 5985; never CouchDB's 5984): in memory, or on disk in `dir` so it can be restarted.
// Shared by the unit tests, the e2e journeys and the benchmark (hence plain JavaScript).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const HUB_PORT = Number(process.env.HUB_PORT ?? 5985);
export const HUB_URL = `http://127.0.0.1:${HUB_PORT}/thidua`;
export const HUB_AUTH = `Basic ${Buffer.from('vanphong:thidua').toString('base64')}`;

const script = join(import.meta.dirname, '..', 'scripts', 'hub.mjs');

export async function startTestHub(dir) {
  const args = [script, '--port', String(HUB_PORT), '--quiet', ...(dir ? ['--dir', dir] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk.toString();
      if (out.includes('HUB READY')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`test hub exited (${code})`)));
  });
  return child;
}

export function stopTestHub(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
