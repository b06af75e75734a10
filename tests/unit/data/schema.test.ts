import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { validateBackup } from '../../../src-renderer/data/backup';
import { ThiDuaDb, openDatabase } from '../../../src-renderer/data/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, currentTableNames } from '../../../src-renderer/data/schema';
import type { SchemaVersion } from '../../../src-renderer/data/schema';
import { TABLE_SCHEMAS } from '../../../src-renderer/data/tables';
import type { TableName } from '../../../src-renderer/data/db';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/backup-v1.json', import.meta.url), 'utf8'));
/** Backups written by each released schema version; add backup-vN.json with every new version. */
const FIXTURES: Record<number, typeof fixture> = { 1: fixture };

/** A would-be version 2, to prove the mechanism: a new index and a record migration. */
const v2: SchemaVersion = {
  version: 2,
  stores: { ...SCHEMA_VERSIONS[0].stores, units: `${SCHEMA_VERSIONS[0].stores.units}, active` },
  migrate: (table, record) => (table === 'units' ? { ...record, note: `${record.note} (nâng cấp v2)`.trim() } : record),
};

function options() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

describe('schema versions', () => {
  it('declares every table with a record schema, and versions in increasing order', () => {
    expect(currentTableNames().sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort());
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    expect(Object.keys(FIXTURES).map(Number)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))('a database written by schema v%i opens with the current schema, data intact and valid', async (version) => {
    const opts = options();
    const old = new Dexie('upgrade', opts);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) old.version(v.version).stores(v.stores);
    const tables = FIXTURES[version].tables as Record<string, object[]>;
    await old.transaction('rw', old.tables, async () => {
      for (const [name, rows] of Object.entries(tables)) await old.table(name).bulkAdd(rows);
    });
    old.close();

    const db = new ThiDuaDb('upgrade', opts);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const name of currentTableNames() as TableName[]) {
      const rows = await db.table(name).toArray();
      expect(rows.length).toBe((tables[name] ?? []).length);
      for (const row of rows) expect(TABLE_SCHEMAS[name].safeParse(row).success).toBe(true);
    }
  });

  it('runs a new version’s migration on open (v1 data → v2) and keeps every row', async () => {
    const opts = options();
    const v1db = new ThiDuaDb('mechanism', opts, [SCHEMA_VERSIONS[0]]);
    await v1db.open();
    await v1db.units.bulkAdd(fixture.tables.units);
    await v1db.people.bulkAdd(fixture.tables.people);
    v1db.close();
    const v2db = new ThiDuaDb('mechanism', opts, [SCHEMA_VERSIONS[0], v2]);
    await v2db.open();
    expect(v2db.verno).toBe(2);
    const units = await v2db.units.where('active').equals(1).toArray();
    expect(units.length).toBe(0); // booleans are not indexable: the new index is sparse, rows are still there
    const all = await v2db.units.toArray();
    expect(all.map((u) => u.note)).toEqual(fixture.tables.units.map((u: { note: string }) => `${u.note} (nâng cấp v2)`.trim()));
    expect(await v2db.people.count()).toBe(fixture.tables.people.length);
  });

  it('upgrades an older backup with the same migrations when it is read', async () => {
    const backup = await validateBackup(JSON.stringify(fixture), [SCHEMA_VERSIONS[0], v2]);
    expect(backup.schemaVersion).toBe(1);
    expect((backup.tables.units[0] as { note: string }).note).toContain('(nâng cấp v2)');
  });

  it('reports a database from a newer app as a version problem, in Vietnamese', async () => {
    const opts = options();
    const newer = new ThiDuaDb('newer', opts, [SCHEMA_VERSIONS[0], v2]);
    await newer.open();
    newer.close();
    const outcome = await openDatabase(new ThiDuaDb('newer', opts));
    expect(outcome).toMatchObject({ ok: false, kind: 'version' });
    expect(outcome.ok === false && outcome.message).toContain('phiên bản ThiDua mới hơn');
  });
});

describe('openDatabase', () => {
  it('reports a blocked upgrade at once instead of waiting', async () => {
    const opts = options();
    const old = new ThiDuaDb('blocked', opts, [SCHEMA_VERSIONS[0]]);
    await old.open();
    old.close();
    // A raw connection that ignores versionchange, like a stale window of an older build.
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const request = opts.indexedDB.open('blocked');
      request.onsuccess = () => resolve(request.result);
    });
    const outcome = await openDatabase(new ThiDuaDb('blocked', opts, [SCHEMA_VERSIONS[0], v2]));
    expect(outcome).toMatchObject({ ok: false, kind: 'blocked' });
    expect(outcome.ok === false && outcome.message).toContain('cửa sổ ThiDua khác');
    raw.close();
  });
});
