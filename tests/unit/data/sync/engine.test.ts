import './browserGlobals';
import BrowserPouchDB from 'pouchdb-browser';
import memoryAdapter from 'pouchdb-adapter-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { auditOf } from '../../../../src-renderer/data/audit';
import type { ThiDuaDb } from '../../../../src-renderer/data/db';
import { personRepo } from '../../../../src-renderer/data/registers';
import { setCapturing } from '../../../../src-renderer/data/sync/capture';
import { CONFLICT_PREFIX, HubSync } from '../../../../src-renderer/data/sync/engine';
import type { SyncConflict } from '../../../../src-renderer/data/sync/engine';
import { addPerson, addUnit, current, freshDb } from '../helpers';

// The browser build's IndexedDB adapter needs a real browser; in Node the replicas live in memory.
const PouchDB = BrowserPouchDB.plugin(memoryAdapter);
let serial = 0;
const opened: BrowserPouchDB[] = [];

function pouch(name: string): BrowserPouchDB {
  serial += 1;
  const db = new PouchDB(`${name}-${serial}`, { adapter: 'memory' });
  opened.push(db);
  return db;
}

/** Two PCs and a hub in one process: the hub is a PouchDB database reached without HTTP. */
function office() {
  setCapturing(true);
  const hub = pouch('hub');
  const pc = (): { db: ThiDuaDb; sync: HubSync } => {
    const db = freshDb();
    return { db, sync: new HubSync(db, pouch('replica'), hub) };
  };
  return { hub, a: pc(), b: pc() };
}

afterEach(async () => {
  setCapturing(false);
  await Promise.all(opened.splice(0).map((d) => d.destroy()));
});

async function conflictsOf(db: ThiDuaDb): Promise<SyncConflict[]> {
  return (await db.meta.where('key').startsWith(CONFLICT_PREFIX).toArray()).map((r) => r.value as SyncConflict);
}

describe('replication through the hub', () => {
  it('brings one PC’s rows and audit to another, and deletions too', async () => {
    const { a, b } = office();
    const unit = await addUnit(a.db, 'Tổ dân phố 7');
    const person = await addPerson(a.db, unit.id, 'Phạm Thị Mai');
    await a.sync.cycle();
    await b.sync.cycle();
    expect(await b.db.people.get(person.id)).toEqual(person);
    expect((await auditOf(b.db, 'people', person.id)).map((e) => e.action)).toEqual(['create']);
    expect(await b.db.audit.count()).toBe(await a.db.audit.count());
    expect(b.sync.getStatus()).toMatchObject({ state: 'idle', pending: 0, error: null });

    await personRepo.remove(b.db, await current(b.db, 'people', person.id));
    await b.sync.cycle();
    await a.sync.cycle();
    expect(await a.db.people.get(person.id)).toBeUndefined();
    expect((await auditOf(a.db, 'people', person.id)).map((e) => e.action)).toEqual(['delete', 'create']);
  });

  it('merges different fields edited on two PCs while apart, and lists the same field edited differently', async () => {
    const { a, b } = office();
    const person = await addPerson(a.db, null, 'Phạm Thị Mai');
    await a.sync.cycle();
    await b.sync.cycle();
    // Apart: A changes the phone, B the note → merged. Then both change the position → conflict.
    await personRepo.update(a.db, await current(a.db, 'people', person.id), { phone: '0905123456' });
    await personRepo.update(b.db, await current(b.db, 'people', person.id), { note: 'Chuyển về tổ 3' });
    await a.sync.cycle();
    await b.sync.cycle();
    await a.sync.cycle();
    await b.sync.cycle();
    for (const pc of [a, b]) expect(await pc.db.people.get(person.id)).toMatchObject({ phone: '0905123456', note: 'Chuyển về tổ 3' });
    expect(await conflictsOf(a.db)).toEqual([]);

    await personRepo.update(a.db, await current(a.db, 'people', person.id), { position: 'Bí thư chi bộ' });
    await personRepo.update(b.db, await current(b.db, 'people', person.id), { position: 'Tổ phó' });
    await a.sync.cycle();
    await b.sync.cycle();
    await a.sync.cycle();
    const [conflict] = await conflictsOf(a.db);
    expect(conflict).toMatchObject({ table: 'people', key: person.id, reason: 'field', fields: ['position'] });
    expect(conflict.versions.map((v) => v.record?.position).sort()).toEqual(['Bí thư chi bộ', 'Tổ phó']);

    const chosen = conflict.versions.find((v) => v.record?.position === 'Tổ phó')!;
    await a.sync.resolve(conflict, chosen.rev);
    await a.sync.cycle();
    await b.sync.cycle();
    await a.sync.cycle();
    for (const pc of [a, b]) {
      expect((await pc.db.people.get(person.id))?.position).toBe('Tổ phó');
      expect(await conflictsOf(pc.db)).toEqual([]);
    }
  });

  it('reports a hub it cannot reach as offline, keeps the change noted, and sends it once the hub is back', async () => {
    const db = freshDb();
    setCapturing(true);
    const hub = pouch('hub');
    const unreachable = new PouchDB('http://127.0.0.1:9/none', { skip_setup: true });
    const replica = pouch('replica');
    const sync = new HubSync(db, replica, unreachable);
    await addUnit(db, 'Tổ dân phố 1');
    await expect(sync.cycle()).rejects.toBeTruthy();
    const retried = new HubSync(db, replica, hub);
    await retried.cycle();
    expect((await hub.allDocs({ startkey: 'units:', endkey: 'units:\uffff' })).rows).toHaveLength(1);
  });
});
