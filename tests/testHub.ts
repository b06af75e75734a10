/**
 * The test office hub, started as `npm run hub` and CI start it (scripts/hub.mjs) on HUB_PORT
 * (default 5985; never CouchDB's 5984): in memory, or on disk in `dir` so it can be restarted.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export const HUB_PORT = Number(process.env.HUB_PORT ?? 5985);
export const HUB_URL = `http://127.0.0.1:${HUB_PORT}/thidua`;
export const HUB_AUTH = `Basic ${Buffer.from('vanphong:thidua').toString('base64')}`;

export async function startTestHub(dir?: string): Promise<ChildProcess> {
  const args = ['scripts/hub.mjs', '--port', String(HUB_PORT), '--quiet', ...(dir ? ['--dir', dir] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('HUB READY')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`test hub exited (${code})`)));
  });
  return child;
}

export function stopTestHub(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
