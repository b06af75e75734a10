import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { effectiveSettings } from '../../../src-renderer/data/registers';
import { describe, expect, it } from 'vitest';
import { validateBackup } from '../../../src-renderer/data/backup';
import { ThiDuaDb, openDatabase } from '../../../src-renderer/data/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, currentTableNames } from '../../../src-renderer/data/schema';
import type { SchemaVersion } from '../../../src-renderer/data/schema';
import { TABLE_SCHEMAS } from '../../../src-renderer/data/tables';
import type { TableName } from '../../../src-renderer/data/db';

const readFixture = (version: number) => JSON.parse(readFileSync(new URL(`../../fixtures/backup-v${version}.json`, import.meta.url), 'utf8'));
const fixture = readFixture(1);
/** Backups written by each released schema version; add backup-vN.json with every new version. */
const FIXTURES: Record<number, typeof fixture> = { 1: fixture, 2: readFixture(2), 3: readFixture(3), 4: readFixture(4), 5: readFixture(5), 7: readFixture(7), 8: readFixture(8), 9: readFixture(9), 10: readFixture(10), 11: readFixture(11) };

/** The units store as the newest version that touches it declares it. */
const unitsStore = SCHEMA_VERSIONS.map((v) => v.stores.units).filter((s): s is string => typeof s === 'string').at(-1);
/** A would-be next version, to prove the mechanism: a new index and a record migration. */
const next: SchemaVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  stores: { units: `${unitsStore}, active` },
  migrate: (table, record) => (table === 'units' ? { ...record, note: `${record.note} (nâng cấp tiếp)`.trim() } : record),
};
const withNext = [...SCHEMA_VERSIONS, next];

function options() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A database written by schema v`version` from its fixture, then handed to the current schema (not yet opened). */
async function openedAfter(version: number, name: string): Promise<ThiDuaDb> {
  const opts = options();
  const old = new ThiDuaDb(name, opts, SCHEMA_VERSIONS.filter((v) => v.version <= version));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(FIXTURES[version].tables as Record<string, object[]>)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return new ThiDuaDb(name, opts);
}

describe('schema versions', () => {
  it('declares every table with a record schema, and versions in increasing order', () => {
    expect(currentTableNames().sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort());
    // Numbers are allocated to parallel branches, so gaps are fine; the order is not.
    expect(SCHEMA_VERSIONS.every((v, i) => i === 0 || v.version > SCHEMA_VERSIONS[i - 1].version)).toBe(true);
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

  it('runs every newer version’s migration on open (v1 data → current → next) and keeps every row', async () => {
    const opts = options();
    const v1db = new ThiDuaDb('mechanism', opts, [SCHEMA_VERSIONS[0]]);
    await v1db.open();
    await v1db.units.bulkAdd(fixture.tables.units);
    await v1db.people.bulkAdd(fixture.tables.people);
    v1db.close();
    const nextDb = new ThiDuaDb('mechanism', opts, withNext);
    await nextDb.open();
    expect(nextDb.verno).toBe(next.version);
    const units = await nextDb.units.where('active').equals(1).toArray();
    expect(units.length).toBe(0); // booleans are not indexable: the new index is sparse, rows are still there
    const all = await nextDb.units.toArray();
    expect(all.map((u) => u.note)).toEqual(fixture.tables.units.map((u: { note: string }) => `${u.note} (nâng cấp tiếp)`.trim()));
    expect(await nextDb.people.count()).toBe(fixture.tables.people.length);
  });

  it('v4 gives people, units and initiatives of an older database their new fields, on open and on restore', async () => {
    const opts = options();
    const old = new ThiDuaDb('v4', opts, [SCHEMA_VERSIONS[0]]);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [name, rows] of Object.entries(fixture.tables as Record<string, object[]>)) await old.table(name).bulkAdd(rows);
    });
    old.close();
    const db = new ThiDuaDb('v4', opts);
    await db.open();
    const person = (await db.people.toArray())[0];
    expect(person).toMatchObject({ birthDate: null, hometown: '', residence: '', education: '', mergedFromIds: [], mergedIntoId: null, notDuplicateOfIds: [] });
    expect((await db.units.toArray())[0]).toMatchObject({ memberCount: null, womenCount: null });
    expect(await db.cultureReviews.count()).toBe(0);
    const restored = await validateBackup(JSON.stringify(fixture));
    expect(restored.tables.people[0]).toMatchObject({ hometown: '', mergedFromIds: [] });
    expect(restored.tables.cultureReviews).toEqual([]);
  });

  it('v8 adds the certificate tables empty to an older database; a v8 backup keeps its certificates, templates, images and printers', async () => {
    const opts = options();
    const old = new Dexie('v8', opts);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 7)) old.version(v.version).stores(v.stores);
    await old.transaction('rw', old.tables, async () => {
      for (const [name, rows] of Object.entries(readFixture(7).tables as Record<string, object[]>)) await old.table(name).bulkAdd(rows);
    });
    old.close();
    const db = new ThiDuaDb('v8', opts);
    expect(await openDatabase(db)).toEqual({ ok: true });
    for (const table of ['certificateTemplates', 'certificateImages', 'certificatePrinters', 'certificates'] as const) expect(await db[table].count()).toBe(0);
    expect(await db.documents.count()).toBe(readFixture(7).tables.documents.length);
    const backup = await validateBackup(JSON.stringify(readFixture(8)));
    expect(backup.tables.certificates).toEqual([expect.objectContaining({ order: 1, recipientName: 'Nguyễn Thị Hoà', reissueOfId: null })]);
    expect(backup.tables.certificatePrinters).toEqual([expect.objectContaining({ dxMm: -1.5, dyMm: 2 })]);
    expect(backup.tables.certificateTemplates.length).toBeGreaterThan(3);
    expect(backup.tables.certificateImages).toHaveLength(2);
  });

  it('v5: good-deeds reports of an older database became no nomination, on open and on restore; the index finds a linked one', async () => {
    const opts = options();
    const old = new Dexie('v5', opts);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 4)) old.version(v.version).stores(v.stores);
    await old.transaction('rw', old.tables, async () => {
      for (const [name, rows] of Object.entries(FIXTURES[4].tables as Record<string, object[]>)) await old.table(name).bulkAdd(rows);
    });
    old.close();
    const db = new ThiDuaDb('v5', opts);
    await db.open();
    const deeds = await db.goodDeeds.toArray();
    expect(deeds.length).toBeGreaterThan(0);
    for (const deed of deeds) expect(deed).toHaveProperty('nominationId', null);
    expect((await validateBackup(JSON.stringify(FIXTURES[4]))).tables.goodDeeds[0]).toHaveProperty('nominationId', null);
    const linked = FIXTURES[5].tables.goodDeeds[0] as { nominationId: string };
    await db.goodDeeds.put(linked as never);
    expect(await db.goodDeeds.where('nominationId').equals(linked.nominationId).count()).toBe(1);
  });

  it('v9 gives movements recorded before an empty plan and the regular form, and adds the registrations and giao ước tables', async () => {
    const v4 = readFixture(4);
    const db = await openedAfter(4, 'v9');
    await db.open();
    const empty = { objectives: '', scope: '', participants: '', contentAndCriteria: '', timeline: '', measures: '' };
    expect((await db.movements.toArray())[0]).toMatchObject({ name: v4.tables.movements[0].name, form: 'regular', plan: empty });
    expect(await db.registrations.count()).toBe(0);
    expect(await db.pledges.count()).toBe(0);
    const restored = await validateBackup(JSON.stringify(v4));
    expect(restored.tables.movements[0]).toMatchObject({ form: 'regular', plan: empty });
    expect(restored.tables.registrations).toEqual([]);
  });

  it('v11 gives people recorded before no date of death, on open and on restore; a v11 backup keeps one', async () => {
    const v10 = readFixture(10);
    const opts = options();
    const old = new ThiDuaDb('v11', opts, SCHEMA_VERSIONS.filter((v) => v.version <= 10));
    await old.open();
    await old.people.bulkAdd(v10.tables.people);
    old.close();
    const db = new ThiDuaDb('v11', opts);
    await db.open();
    const people = await db.people.toArray();
    expect(people.length).toBe(v10.tables.people.length);
    for (const person of people) expect(person).toMatchObject({ deathDate: null, fullName: expect.any(String) });
    expect((await validateBackup(JSON.stringify(v10))).tables.people.every((p) => (p as { deathDate?: unknown }).deathDate === null)).toBe(true);
    expect((await validateBackup(JSON.stringify(FIXTURES[11]))).tables.people[0]).toHaveProperty('deathDate', '2026-02-01');
  });

  it('v3: register rows written before get an empty “người lập” and wait for no number', async () => {
    const backup = await validateBackup(JSON.stringify(readFixture(2)));
    expect(backup.tables.documents.length).toBeGreaterThan(0);
    for (const row of backup.tables.documents) expect(row).toMatchObject({ createdBy: '', numberRequest: '' });
  });

  it('upgrades an older backup with the same migrations when it is read', async () => {
    const backup = await validateBackup(JSON.stringify(fixture), withNext);
    expect(backup.schemaVersion).toBe(1);
    expect((backup.tables.units[0] as { note: string }).note).toContain('(nâng cấp tiếp)');
  });

  it('v2 gives every entity record of a v1 database version 1, and leaves meta, counters and audit alone', async () => {
    const opts = options();
    const v1db = new ThiDuaDb('versions', opts, [SCHEMA_VERSIONS[0]]);
    await v1db.open();
    await v1db.transaction('rw', v1db.tables, async () => {
      for (const [name, rows] of Object.entries(fixture.tables as Record<string, object[]>)) await v1db.table(name).bulkAdd(rows);
    });
    v1db.close();
    const db = new ThiDuaDb('versions', opts);
    await db.open();
    const entityTables = currentTableNames().filter((t) => !['meta', 'counters', 'audit'].includes(t));
    for (const name of entityTables) {
      for (const row of await db.table(name).toArray()) expect(row).toMatchObject({ version: 1 });
    }
    expect(await db.people.count()).toBeGreaterThan(0);
    for (const name of ['meta', 'counters', 'audit']) {
      for (const row of await db.table(name).toArray()) expect(row).not.toHaveProperty('version');
    }
    // …and a v1 backup read today is migrated the same way.
    const backup = await validateBackup(JSON.stringify(fixture));
    expect(backup.tables.people.every((p) => (p as { version?: number }).version === 1)).toBe(true);
  });

  it('reports a database from a newer app as a version problem, in Vietnamese', async () => {
    const opts = options();
    const newer = new ThiDuaDb('newer', opts, withNext);
    await newer.open();
    newer.close();
    const outcome = await openDatabase(new ThiDuaDb('newer', opts));
    expect(outcome).toMatchObject({ ok: false, kind: 'version' });
    expect(outcome.ok === false && outcome.message).toContain('phiên bản ThiDua mới hơn');
  });
});

describe('schema v7 (the dossier sent upward)', () => {
  it('opens a v4 database with an empty upwardDossiers table and the channel’s default, and keeps a v7 backup’s dossier', async () => {
    const opts = options();
    const old = new ThiDuaDb('v7', opts, SCHEMA_VERSIONS.filter((v) => v.version <= 4));
    await old.open();
    await old.wardProfile.bulkAdd(FIXTURES[4].tables.wardProfile);
    old.close();
    const db = new ThiDuaDb('v7', opts);
    expect(await openDatabase(db)).toEqual({ ok: true });
    expect(await db.upwardDossiers.count()).toBe(0);
    expect(effectiveSettings(await db.wardProfile.toCollection().first()).upwardDossier).toEqual({ format: 'wordAndPdf', paperCopies: 1 });
    const fromV4 = await validateBackup(JSON.stringify(FIXTURES[4]));
    expect(fromV4.tables.upwardDossiers).toEqual([]);
    const fromV7 = await validateBackup(JSON.stringify(FIXTURES[7]));
    expect(fromV7.tables.upwardDossiers).toEqual([expect.objectContaining({ titleCode: 'BANG_KHEN_TINH', status: 'draft', signed: [], lastPackage: null })]);
  });
});

describe('schema v10 (the dossier’s attachments kept in its record)', () => {
  it('gives a dossier written by v9 no attachments, on open and on restore, and keeps a v10 backup’s attachment', async () => {
    const v9 = readFixture(9);
    const db = await openedAfter(9, 'v10');
    expect(await openDatabase(db)).toEqual({ ok: true });
    const [dossier] = await db.upwardDossiers.toArray();
    expect(v9.tables.upwardDossiers[0]).not.toHaveProperty('attachments');
    expect(dossier).toMatchObject({ id: v9.tables.upwardDossiers[0].id, attachments: [] });
    expect((await validateBackup(JSON.stringify(v9))).tables.upwardDossiers[0]).toMatchObject({ attachments: [] });
    const fromV10 = await validateBackup(JSON.stringify(FIXTURES[10]));
    expect(fromV10.tables.upwardDossiers[0]).toMatchObject({ attachments: [expect.objectContaining({ name: 'Xác nhận sáng kiến.pdf', mediaType: 'application/pdf' })] });
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
    const outcome = await openDatabase(new ThiDuaDb('blocked', opts, withNext));
    expect(outcome).toMatchObject({ ok: false, kind: 'blocked' });
    expect(outcome.ok === false && outcome.message).toContain('cửa sổ ThiDua khác');
    raw.close();
  });
});
