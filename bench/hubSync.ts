/**
 * Office-hub benchmark operations (issue 13), next to plain PouchDB replication of the same documents:
 * - hubFirstSync: an empty PC joins the hub that holds the big ward (pull, apply into Dexie);
 *   baseline: PouchDB.replicate(hub → empty local database) alone.
 * - hubRoundTrip: one edit on PC 1 reaches PC 2 (PC 1 cycle, PC 2 cycle);
 *   baseline: one document put locally, replicated to the hub, replicated to a second local database.
 * The hub is scripts/hub.mjs started by bench/run.mjs; the harness page gets its URL through setHub.
 */
import PouchDB from 'pouchdb-browser';
import { createDb, openDatabase } from '../src-renderer/data/db';
import type { ThiDuaDb } from '../src-renderer/data/db';
import { personRepo } from '../src-renderer/data/registers';
import { setCapturing } from '../src-renderer/data/sync/capture';
import { HubSync } from '../src-renderer/data/sync/engine';

interface Sample {
  ms: number;
  detail?: string;
}

interface HubState {
  url: string;
  user: string;
  password: string;
  pc1: HubSync | null;
  pc2: { db: ThiDuaDb; sync: HubSync } | null;
  plain: [PouchDB, PouchDB] | null;
}

let hub: HubState | null = null;
let serial = 0;

export function setHub(url: string, user: string, password: string): void {
  hub = { url, user, password, pc1: null, pc2: null, plain: null };
}

function remote(): PouchDB {
  if (!hub) throw new Error('No hub: bench/run.mjs starts one and calls thiduaBench.setHub().');
  return new PouchDB(hub.url, { skip_setup: true, auth: { username: hub.user, password: hub.password } });
}

/** PC 1 is the loaded big ward; its first cycle sends it all to the hub (setup, not timed). */
async function pc1(db: ThiDuaDb): Promise<HubSync> {
  if (hub!.pc1) return hub!.pc1;
  setCapturing(true);
  const sync = new HubSync(db, new PouchDB('bench-pc1-replica'), remote());
  await sync.cycle();
  hub!.pc1 = sync;
  return sync;
}

async function emptyPc(): Promise<{ db: ThiDuaDb; sync: HubSync }> {
  serial += 1;
  const db = createDb(`bench-pc2-${serial}`);
  const opened = await openDatabase(db);
  if (!opened.ok) throw new Error(opened.message);
  return { db, sync: new HubSync(db, new PouchDB(`bench-pc2-replica-${serial}`), remote()) };
}

async function rowCount(db: ThiDuaDb): Promise<number> {
  return (await Promise.all(db.tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
}

export async function firstSync(db: ThiDuaDb): Promise<Sample> {
  await pc1(db);
  const pc = await emptyPc();
  const start = performance.now();
  await pc.sync.cycle();
  const ms = performance.now() - start;
  const rows = await rowCount(pc.db);
  // Kept as PC 2 for the round trip; the previous PC 2 is thrown away.
  await hub!.pc2?.db.delete();
  hub!.pc2 = pc;
  return { ms, detail: `${rows} rows into an empty PC` };
}

export async function firstSyncBaseline(): Promise<Sample> {
  serial += 1;
  const target = new PouchDB(`bench-plain-${serial}`);
  const start = performance.now();
  const result = await PouchDB.replicate(remote(), target, { batch_size: 500 });
  const ms = performance.now() - start;
  await target.destroy();
  return { ms, detail: `${result.docs_written} documents, PouchDB.replicate alone` };
}

export async function roundTrip(db: ThiDuaDb): Promise<Sample> {
  const sync1 = await pc1(db);
  if (!hub!.pc2) await firstSync(db);
  const { db: db2, sync: sync2 } = hub!.pc2!;
  const person = (await db.people.limit(1).toArray())[0];
  const note = `Sửa lúc ${performance.now().toFixed(0)}`;
  await personRepo.update(db, person, { note });
  const start = performance.now();
  await sync1.cycle();
  await sync2.cycle();
  const ms = performance.now() - start;
  if ((await db2.people.get(person.id))?.note !== note) throw new Error('the edit did not reach PC 2');
  return { ms, detail: 'one person edited on PC 1, read on PC 2' };
}

export async function roundTripBaseline(): Promise<Sample> {
  hub!.plain ??= [new PouchDB('bench-plain-a'), new PouchDB('bench-plain-b')];
  const [a, b] = hub!.plain;
  const id = 'people:bench';
  const existing = await a.get(id).catch(() => null);
  const start = performance.now();
  await a.bulkDocs([{ _id: id, ...(existing?._rev ? { _rev: existing._rev } : {}), table: 'people', record: { note: String(performance.now()) } }]);
  await PouchDB.replicate(a, remote());
  await PouchDB.replicate(remote(), b);
  return { ms: performance.now() - start, detail: 'one document: local → hub → other local' };
}
