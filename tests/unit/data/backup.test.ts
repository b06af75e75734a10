import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backupFileName, exportBackup, restoreBackup, validateBackup } from '../../../src-renderer/data/backup';
import { loadDemoWard } from '../../../src-renderer/data/demo';
import { FileRejectedError } from '../../../src-renderer/data/fileFormat';
import { CancelledError } from '../../../src-renderer/data/errors';
import { CURRENT_SCHEMA_VERSION, currentTableNames } from '../../../src-renderer/data/schema';
import { decode, freshDb, populateEveryTable, signed, snapshot } from './helpers';



async function validFile() {
  const source = freshDb();
  await populateEveryTable(source);
  return decode(await exportBackup(source));
}

describe('backup file name', () => {
  it('is in office time (Asia/Ho_Chi_Minh), as the restore dialog shows it, not UTC', () => {
    // 20:30 UTC on 20/11 is 03:30 on 21/11 in the office.
    expect(backupFileName(new Date('2026-11-20T20:30:00Z'))).toBe('thidua-sao-luu-2026-11-21-0330.json');
    expect(backupFileName(new Date('2026-12-31T17:05:00Z'))).toBe('thidua-sao-luu-2027-01-01-0005.json');
  });
});

describe('writing a backup in slices (issue 14)', () => {
  it('reports its progress table by table, from 0 towards 1, and the file is whole', async () => {
    const source = freshDb();
    await populateEveryTable(source);
    const fractions: number[] = [];
    const bytes = await exportBackup(source, { onProgress: (f) => fractions.push(f) });
    // populateEveryTable writes every table, each smaller than one batch: one step per table.
    expect(fractions).toHaveLength(currentTableNames().length);
    expect(fractions[0]).toBe(0);
    expect(fractions.every((f, i) => f >= 0 && f < 1 && (i === 0 || f > fractions[i - 1]))).toBe(true);
    await expect(validateBackup(bytes)).resolves.toBeTruthy();
  });

  it('stops at the next table once cancelled, with CancelledError, and leaves the database as it was', async () => {
    const source = freshDb();
    await populateEveryTable(source);
    const before = await snapshot(source, []);
    const controller = new AbortController();
    let encoded = 0;
    const written = exportBackup(source, {
      signal: controller.signal,
      onProgress: () => {
        encoded += 1;
        if (encoded === 3) controller.abort();
      },
    });
    await expect(written).rejects.toBeInstanceOf(CancelledError);
    // Three tables begun of all of them: the cancel was seen before the fourth, not after the last.
    expect(encoded).toBe(3);
    expect(currentTableNames().length).toBeGreaterThan(3);
    expect(await snapshot(source, [])).toEqual(before);
  });
});

describe('backup → restore', () => {
  it('round-trips the demo ward: every table identical, plus one restore entry in the log', async () => {
    const source = freshDb();
    await loadDemoWard(source);
    const bytes = await exportBackup(source);
    const file = decode(bytes);
    expect(file).toMatchObject({ format: 'thidua-backup', formatVersion: 1, schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(file.checksum).toMatch(/^[0-9a-f]{64}$/);

    const target = freshDb();
    await populateEveryTable(target);
    const trailBefore = await target.audit.count();
    const summary = await restoreBackup(target, bytes);
    expect(summary.counts.people).toBe(await source.people.count());
    // The register and counters keep what the target had issued (issue 15.2); the rest is the backup's.
    expect(await snapshot(target, ['audit', 'documents', 'counters'])).toEqual(await snapshot(source, ['audit', 'documents', 'counters']));
    const kept = (await target.documents.toArray()).filter((d) => d.issuedAfterBackup);
    expect(kept.map((d) => d.numberText)).toEqual(summary.issuedAfter);
    expect((await target.documents.toArray()).filter((d) => !d.issuedAfterBackup)).toEqual(await source.documents.toArray());
    const audit = await target.audit.toArray();
    expect(audit).toHaveLength((await source.audit.count()) + trailBefore + 1);
    expect(audit.find((a) => a.action === 'restore')?.note).toContain('Khôi phục');
  });

  it('round-trips every table, including counters, meta and nested models', async () => {
    const source = freshDb();
    await populateEveryTable(source);
    const target = freshDb();
    await restoreBackup(target, await exportBackup(source));
    expect(await snapshot(target, ['audit'])).toEqual(await snapshot(source, ['audit']));
  });

  it('accepts a file with a byte-order mark or given as text', async () => {
    const file = JSON.stringify(await validFile());
    await expect(validateBackup(`\ufeff${file}`)).resolves.toBeTruthy();
    await expect(validateBackup(new TextEncoder().encode(file))).resolves.toBeTruthy();
  });

  it('restores the committed v1 fixture (files written by every earlier release must stay readable)', async () => {
    const bytes = readFileSync(new URL('../../fixtures/backup-v1.json', import.meta.url));
    const db = freshDb();
    const summary = await restoreBackup(db, new Uint8Array(bytes));
    expect(summary.schemaVersion).toBe(1);
    expect((await db.people.toArray())[0].fullName).toBe('Nguyễn Thị Hoà');
    expect(await db.nominations.count()).toBe(1);
  });
});

type Mutation = (file: any) => Promise<string | Uint8Array> | string | Uint8Array;

const resign = (change: (file: any) => void): Mutation => async (file) => {
  change(file);
  return signed(file);
};

const MALFORMED: [string, string, Mutation][] = [
  ['empty file', 'empty', () => new Uint8Array()],
  ['not UTF-8', 'encoding', () => new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0xc3, 0x28])],
  ['bad JSON', 'json', () => '{"format": "thidua-backup",'],
  ['truncated file', 'json', (f) => JSON.stringify(f).slice(0, Math.floor(JSON.stringify(f).length / 2))],
  ['top-level array', 'format', () => '[]'],
  ['top-level null', 'format', () => 'null'],
  ['top-level string', 'format', () => '"thidua-backup"'],
  ['another format', 'format', resign((f) => { f.format = 'other-app'; })],
  ['missing checksum', 'format', (f) => { delete f.checksum; return JSON.stringify(f); }],
  ['checksum not hex', 'format', (f) => JSON.stringify({ ...f, checksum: 'xyz' })],
  ['wrong checksum', 'checksum', (f) => JSON.stringify({ ...f, checksum: f.checksum.replace(/^./, (c: string) => (c === '0' ? '1' : '0')) })],
  ['data changed after signing', 'checksum', (f) => { f.tables.units[0].name = 'Tổ dân phố giả'; return JSON.stringify(f); }],
  ['createdAt changed after signing', 'checksum', (f) => JSON.stringify({ ...f, createdAt: '2020-01-01T00:00:00.000Z' })],
  ['newer schema version', 'newer', resign((f) => { f.schemaVersion = 99; })],
  ['newer format version', 'newer', resign((f) => { f.formatVersion = 2; })],
  ['missing table', 'tables', resign((f) => { delete f.tables.people; })],
  ['unknown table', 'tables', resign((f) => { f.tables.hackers = []; })],
  ['table is not an array', 'format', resign((f) => { f.tables.units = {}; })],
  ['wrong field type', 'records', resign((f) => { f.tables.units[0].name = 123; })],
  ['missing field', 'records', resign((f) => { delete f.tables.units[0].kind; })],
  ['unexpected field', 'records', resign((f) => { f.tables.people[0].script = '<script>'; })],
  ['invalid enum', 'records', resign((f) => { f.tables.people[0].gender = 'x'; })],
  ['impossible date', 'records', resign((f) => { f.tables.awards[0].decisionDate = '2025-02-30'; })],
  ['boolean where 0/1 is stored', 'records', resign((f) => { f.tables.units[0].archived = true; })],
  ['id with path characters', 'records', resign((f) => { f.tables.units[0].id = '../../etc/passwd'; })],
  ['duplicate ids', 'records', resign((f) => { f.tables.units.push({ ...f.tables.units[0] }); })],
  ['negative counter', 'records', resign((f) => { f.tables.counters[0].last = -1; })],
  ['unknown audit action', 'records', resign((f) => { f.tables.audit[0].action = 'hack'; })],
  ['record is a string', 'records', resign((f) => { f.tables.people[0] = 'Nguyễn Thị Hoà'; })],
  ['huge string', 'hostile', resign((f) => { f.tables.units[0].note = 'x'.repeat(2_000_000); })],
  ['__proto__ key', 'hostile', (f) => JSON.stringify(f).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},')],
  ['constructor key', 'hostile', resign((f) => { f.tables.units[0].constructor = { prototype: { polluted: true } }; })],
  ['prototype key nested in a model', 'hostile', resign((f) => { f.tables.documents[0].model = { a: { prototype: 1 } }; })],
  ['absurd nesting', 'hostile', resign((f) => {
    let deep: unknown = 1;
    for (let i = 0; i < 200; i += 1) deep = [deep];
    f.tables.documents[0].model = deep;
  })],
  ['extra top-level key', 'format', resign((f) => { f.extra = 1; })],
  ['missing createdAt', 'format', resign((f) => { delete f.createdAt; })],
];

/** What a user must never read: camelCase or table identifiers, zod's type words, dotted paths ("entries.0.selfScore"). */
const IDENTIFIER = /\b[a-z]+[A-Z]\w*|\b(string|number|boolean|object|array|people|units|awards|tables|hackers|undefined)\b|mong đợi|\w\.\d+\.\w/;

describe('restore refuses malformed files and changes nothing', () => {
  it.each(MALFORMED)('%s', async (_name, code, mutate) => {
    const file = await validFile();
    const db = freshDb();
    await populateEveryTable(db);
    const before = await snapshot(db);
    const error = await restoreBackup(db, await mutate(file)).catch((e) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as FileRejectedError).code).toBe(code);
    expect((error as Error).message).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/);
    expect(await snapshot(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(MALFORMED)('%s: says it in Vietnamese words, with no table or field identifier', async (_name, _code, mutate) => {
    const error = await validateBackup(await mutate(await validFile())).catch((e) => e);
    expect((error as Error).message).not.toMatch(IDENTIFIER);
  });

  it('lists which rows are invalid, by table and line', async () => {
    const file = await validFile();
    file.tables.people[0].fullName = '';
    const error = await validateBackup(await signed(file)).catch((e) => e);
    expect(error.message).toContain('Cá nhân, dòng 1: Họ và tên không được để trống.');
  });
});
