import { describe, expect, it } from 'vitest';
import { currentTableNames } from '../../../../src-renderer/data/schema';
import {
  SYNCED_TABLES, docId, fromDoc, isReplicated, keyField, parseDocId, toDoc, tombstone,
} from '../../../../src-renderer/data/sync/mapping';
import type { TableName } from '../../../../src-renderer/data/db';
import { freshDb, populateEveryTable } from '../helpers';

describe('Dexie rows ↔ replicated documents', () => {
  it('replicate every table but the local number counters and this PC’s sync bookkeeping', () => {
    expect([...SYNCED_TABLES].sort()).toEqual(currentTableNames().filter((t) => t !== 'counters').sort());
    expect(isReplicated('counters', 'TTr-UBND|2026')).toBe(false);
    expect(isReplicated('meta', 'sync:appliedSeq')).toBe(false);
    expect(isReplicated('meta', 'settings')).toBe(true);
    expect(isReplicated('people', 'p1')).toBe(true);
    expect(parseDocId('number:TTr-UBND|2026|000001')).toBeNull();
    expect(parseDocId('_design/x')).toBeNull();
    expect(parseDocId('meta:sync:out|people|p1')).toBeNull();
    expect(parseDocId('people:p1')).toEqual({ table: 'people', key: 'p1' });
  });

  it('round-trip a real row of every replicated table, archived rows included, and turn deletions into tombstones', async () => {
    const db = freshDb();
    await populateEveryTable(db);
    let checked = 0;
    for (const table of SYNCED_TABLES) {
      for (const row of (await db.table(table).toArray()) as Record<string, unknown>[]) {
        const doc = toDoc(table, row);
        expect(doc._id).toBe(docId(table, String(row[keyField(table)])));
        // Through JSON, as over the wire, with CouchDB's own fields added.
        const wire = { ...JSON.parse(JSON.stringify(doc)), _rev: '3-abc', _conflicts: ['3-def'] };
        expect(fromDoc(wire)).toEqual({ kind: 'put', table, key: String(row[keyField(table)]), record: row });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(SYNCED_TABLES.length);
    const person = (await db.people.toArray())[0];
    const archived = { ...person, archived: 1 };
    expect(fromDoc(JSON.parse(JSON.stringify(toDoc('people', archived))))).toMatchObject({ kind: 'put', record: { archived: 1 } });
    expect(fromDoc({ ...tombstone('people', person.id), _rev: '2-x' })).toEqual({ kind: 'delete', table: 'people', key: person.id });
  });

  it('refuse a document this version cannot store, with a Vietnamese reason, instead of storing it', async () => {
    const db = freshDb();
    await populateEveryTable(db);
    const unit = (await db.units.toArray())[0];
    const newer = { ...toDoc('units', unit), record: { ...unit, fieldOfANewerVersion: 1 } };
    const outcome = fromDoc(newer);
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.reason).toMatch(/^Đơn vị/);
    expect(fromDoc({ ...toDoc('units', unit), table: 'people' as TableName }).kind).toBe('invalid');
    expect(fromDoc({ _id: 'units:other-id', table: 'units', record: unit }).kind).toBe('invalid');
    expect(fromDoc({ _id: 'number:TTr|2026|000001' })).toEqual({ kind: 'skip' });
  });
});
