/** A backup in ThiDua's own layout is read a batch at a time (issue 14 item 4), refusing exactly what the whole-file reader refuses. */
import { describe, expect, it } from 'vitest';
import { checkBackupFile, exportBackup, restoreBackup, validateBackup } from '../../../src-renderer/data/backup';
import { canonicalLayout } from '../../../src-renderer/data/backupStream';
import { FileRejectedError, encodeChecksummed } from '../../../src-renderer/data/fileFormat';
import { decode, freshDb, populateEveryTable, signed, snapshot } from './helpers';

/** A ward whose people table spans several batches (~3 MB at 6,000 extra people), as its backup's parsed content. */
async function bigFile(extraPeople = 6000) {
  const source = freshDb();
  await populateEveryTable(source);
  const file = decode(await exportBackup(source));
  const [person] = file.tables.people;
  const extra = Array.from({ length: extraPeople }, (_, i) => ({
    ...person,
    id: `nguoi-${String(i).padStart(5, '0')}`,
    position: `Tổ viên tổ dân phố số ${i}, phụ trách công tác dân vận và khuyến học `.repeat(4).trim(),
  }));
  file.tables.people = [...file.tables.people, ...extra];
  return file;
}

/** The file as ThiDua writes it (canonical, checksum last): the batch reader takes it. */
function canonical(file: Record<string, unknown>): Promise<Uint8Array> {
  const { checksum: _old, ...content } = file;
  return encodeChecksummed(content);
}

async function refusal(work: Promise<unknown>): Promise<FileRejectedError> {
  const error = await work.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileRejectedError);
  return error as FileRejectedError;
}

describe('a backup read a batch at a time', () => {
  it('cuts a big table into batches and restores the same rows as the whole-file reader', async () => {
    const file = await bigFile();
    const bytes = await canonical(file);
    const layout = canonicalLayout(bytes);
    expect(layout).not.toBeNull();
    expect(layout!.tables.find((t) => t.name === 'people')!.cuts.length).toBeGreaterThan(3);
    expect(canonicalLayout(new TextEncoder().encode(JSON.stringify(decode(bytes), null, 1)))).toBeNull();

    const batched = freshDb();
    const summary = await restoreBackup(batched, bytes);
    expect(summary.counts.people).toBe(6001);
    const whole = freshDb();
    await restoreBackup(whole, await signed(file));
    expect(await snapshot(batched, ['audit'])).toEqual(await snapshot(whole, ['audit']));
    expect(await checkBackupFile(freshDb(), bytes)).toEqual({ ...summary, issuedAfter: [] });
  });

  it('a problem in the last batch, found after the first batches were written, leaves the database as it was', async () => {
    for (const [tamper, code, message] of [
      [(f: any) => { f.tables.people[6000].unitId = 'to-mat'; }, 'references', /Cá nhân, dòng 6001: Đơn vị \(mã to-mat\)/],
      [(f: any) => { f.tables.people[6000].gender = 'x'; }, 'records', /Cá nhân, dòng 6001/],
      [(f: any) => { f.tables.people[6000].note = 'x'.repeat(1_100_000); }, 'hostile', /chuỗi dài bất thường/],
    ] as const) {
      const file = await bigFile();
      tamper(file);
      const db = freshDb();
      await populateEveryTable(db);
      const before = await snapshot(db);
      const error = await refusal(restoreBackup(db, await canonical(file)));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
    }
  }, 120_000);

  it('refuses with the same words as the whole-file reader', async () => {
    const tampers: ((f: any) => void)[] = [
      (f) => { f.tables.units[0].name = 123; },
      (f) => { f.tables.nominations[0].nominee.personId = 'nguoi-khong-co'; f.tables.awards[0].personId = 'nguoi-mat'; },
      (f) => { f.tables.units.push({ ...f.tables.units[0] }); },
      (f) => { f.tables.documents[0].model = { a: { prototype: 1 } }; },
      (f) => { f.tables.people = []; },
    ];
    for (const tamper of tampers) {
      const file = await bigFile(2500);
      tamper(file);
      const batched = await refusal(restoreBackup(freshDb(), await canonical(file)));
      const checked = await refusal(checkBackupFile(freshDb(), await canonical(file)));
      const whole = await refusal(validateBackup(await signed(file)));
      expect([batched.code, batched.message]).toEqual([whole.code, whole.message]);
      expect([checked.code, checked.message]).toEqual([whole.code, whole.message]);
    }
  }, 120_000);

  it('a file whose bytes do not match its checksum is read whole and refused as before', async () => {
    const bytes = await canonical(await bigFile());
    const text = new TextDecoder().decode(bytes).replace('Tổ viên tổ dân phố số 17,', 'Tổ viên tổ dân phố số 71,');
    const error = await refusal(restoreBackup(freshDb(), new TextEncoder().encode(text)));
    expect(error.code).toBe('checksum');
  });
});
