// `npm run hub`: a CouchDB-compatible office hub for trials and tests (pouchdb-server, in memory
// unless --dir is given). Production offices run Apache CouchDB 3 (docs/office-hub.md); this hub
// is set up the same way: an admin, one database, one office account that is its only member.
//   node scripts/hub.mjs [--port 5984] [--dir PATH] [--db thidua] [--user vanphong] [--password thidua]
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync } from 'node:fs';
import { bin, ensureDependencies } from './lib.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.HUB_PORT ?? '5984' },
    dir: { type: 'string' },
    db: { type: 'string', default: 'thidua' },
    user: { type: 'string', default: 'vanphong' },
    password: { type: 'string', default: 'thidua' },
    quiet: { type: 'boolean', default: false },
  },
});

const ADMIN = { name: 'admin', password: 'admin-thu-nghiem' };
const base = `http://127.0.0.1:${values.port}`;

// Installs only when nothing is installed: tests start this script while the suite runs, and a
// reinstall then (a lockfile newer than node_modules) would pull the ground from under them.
if (!existsSync(bin('pouchdb-server'))) ensureDependencies();
// pouchdb-server writes its config.json and log.txt into its working directory: keep them out of the repo.
const work = values.dir ?? mkdtempSync(join(tmpdir(), 'thidua-hub-'));
const args = ['--port', values.port, '--host', '127.0.0.1', '--no-stdout-logs', '--config', join(work, 'config.json')];
if (values.dir) args.push('--dir', values.dir);
else args.push('--in-memory');
const server = spawn(bin('pouchdb-server'), args, { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

async function request(method, path, body, auth) {
  const headers = { 'content-type': 'application/json' };
  if (auth) headers.authorization = `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}`;
  const response = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

async function waitForServer() {
  for (let i = 0; i < 200; i += 1) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Máy chủ thử nghiệm không khởi động được trên cổng ${values.port}.`);
}

await waitForServer();
// Leave "admin party" first, as a CouchDB 3 install does, then the database, the account and the membership.
const admin = await request('GET', '/_config/admins', undefined, ADMIN);
if (admin.status !== 200 || !admin.body?.[ADMIN.name]) await request('PUT', `/_config/admins/${ADMIN.name}`, ADMIN.password);
await request('PUT', `/${values.db}`, undefined, ADMIN);
const userId = `org.couchdb.user:${values.user}`;
const existing = await request('GET', `/_users/${encodeURIComponent(userId)}`, undefined, ADMIN);
if (existing.status === 404) {
  await request('PUT', `/_users/${encodeURIComponent(userId)}`, { _id: userId, name: values.user, password: values.password, roles: [], type: 'user' }, ADMIN);
}
await request('PUT', `/${values.db}/_security`, { admins: { names: [], roles: [] }, members: { names: [values.user], roles: [] } }, ADMIN);
if (!values.quiet) {
  console.log(`Máy chủ văn phòng thử nghiệm: ${base}/${values.db}`);
  console.log(`Tài khoản: ${values.user} / mật khẩu: ${values.password}${values.dir ? ` · dữ liệu tại ${values.dir}` : ' · dữ liệu trong bộ nhớ, mất khi tắt'}`);
}
console.log('HUB READY');
