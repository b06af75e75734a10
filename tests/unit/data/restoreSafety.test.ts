/** What a restore must not break (issue 15: items 1, 2, 7). */
import { describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup, restoreImpact, validateBackup } from '../../../src-renderer/data/backup';
import { reserveDocument } from '../../../src-renderer/data/documents';
import { FileRejectedError } from '../../../src-renderer/data/fileFormat';
import { localTimeText } from '../../../src-renderer/data/ids';
import { decode, freshDb, populateEveryTable, signed, snapshot } from './helpers';



async function populatedFile() {
  const source = freshDb();
  const refs = await populateEveryTable(source);
  return { file: decode(await exportBackup(source)), refs };
}

type Tamper = (file: any) => void;

/** Hostile backups whose rows point at records the file does not contain (every reference the save path checks). */
const DANGLING: [string, Tamper, RegExp][] = [
  ['a nomination’s person', (f) => { f.tables.nominations[0].nominee.personId = 'nguoi-khong-co'; }, /Đề nghị khen thưởng, dòng 1: Cá nhân được đề nghị \(mã nguoi-khong-co\) không có trong bảng “Cá nhân” của tệp\./],
  ['a nomination’s proposing unit', (f) => { f.tables.nominations[0].proposingUnitId = 'don-vi-mat'; }, /Đề nghị khen thưởng, dòng 1: Đơn vị đề nghị \(mã don-vi-mat\)/],
  ['a nomination’s movement', (f) => { f.tables.nominations[0].movementId = 'phong-trao-mat'; }, /Phong trào thi đua \(mã phong-trao-mat\)/],
  ['a unit’s block', (f) => { f.tables.units[0].blockId = 'khoi-mat'; }, /Đơn vị, dòng 1: Khối thi đua \(mã khoi-mat\)/],
  ['a person’s unit', (f) => { f.tables.people[0].unitId = 'to-mat'; }, /Cá nhân, dòng 1: Đơn vị \(mã to-mat\)/],
  ['an award’s person', (f) => { f.tables.awards[0].personId = 'nguoi-mat'; }, /Lịch sử khen thưởng, dòng 1: Cá nhân \(mã nguoi-mat\)/],
  ['a good deed’s unit', (f) => { f.tables.goodDeeds[0].unitId = 'to-mat'; }, /Người tốt, việc tốt, dòng 1: Đơn vị \(mã to-mat\)/],
  ['a good deed’s person', (f) => { f.tables.goodDeeds[0].personId = 'nguoi-mat'; }, /Người tốt, việc tốt, dòng 1: Cá nhân \(mã nguoi-mat\)/],
  ['a meeting’s nominations', (f) => { f.tables.meetings[0].agendaNominationIds = ['de-nghi-mat']; }, /Phiên họp, dòng 1: Đề nghị trong chương trình họp \(mã de-nghi-mat\)/],
  ['a meeting’s ballot', (f) => { f.tables.meetings[0].ballots[0].nominationId = 'de-nghi-mat'; }, /Phiên họp, dòng 1: Đề nghị được biểu quyết \(mã de-nghi-mat\)/],
  ['a meeting’s member', (f) => { f.tables.meetings[0].attendance[0].memberId = 'thanh-vien-mat'; }, /Thành viên Hội đồng \(mã thanh-vien-mat\)/],
  ['a council member’s person', (f) => { f.tables.councilMembers[0].personId = 'nguoi-mat'; }, /Thành viên Hội đồng, dòng 1: Cá nhân \(mã nguoi-mat\)/],
  ['a score sheet’s criteria set', (f) => { f.tables.scoreSheets[0].setId = 'bo-mat'; }, /Phiếu chấm điểm, dòng 1: Bộ tiêu chí \(mã bo-mat\)/],
  ['a criteria set’s block', (f) => { f.tables.criteriaSets[0].blockId = 'khoi-mat'; }, /Bộ tiêu chí, dòng 1: Khối thi đua \(mã khoi-mat\)/],
  ['the people table emptied while others point at it', (f) => { f.tables.people = []; }, /Cá nhân được đề nghị \(mã [^)]+\) không có trong bảng “Cá nhân” của tệp/],
];

describe('restore checks references (15.1)', () => {
  it.each(DANGLING)('refuses %s, naming table, row and missing id, and changes nothing', async (_name, tamper, message) => {
    const { file } = await populatedFile();
    tamper(file);
    const db = freshDb();
    await populateEveryTable(db);
    const before = await snapshot(db);
    const error = await restoreBackup(db, await signed(file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect(error).toMatchObject({ code: 'references' });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/personId|unitId|nominations|people\b/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('issued numbers never come back (15.2)', () => {
  it('issue 01, back up, issue 02, restore, issue again → 03; 02 stays in the register, marked', async () => {
    const db = freshDb();
    await populateEveryTable(db);
    const first = await reserveDocument(db, { kind: 'submission', year: 2026, date: '2026-12-01', title: 'Tờ trình 1' });
    expect(first.numberText).toBe('01/TTr-UBND');
    const bytes = await exportBackup(db);
    const second = await reserveDocument(db, { kind: 'submission', year: 2026, date: '2026-12-02', title: 'Tờ trình 2' });
    expect(second.numberText).toBe('02/TTr-UBND');

    // The dialog is told before confirming.
    expect(await restoreImpact(db, await validateBackup(bytes))).toEqual({ issuedAfter: ['02/TTr-UBND'] });
    const summary = await restoreBackup(db, bytes, { source: 'tệp thidua-sao-luu.json' });
    expect(summary.issuedAfter).toEqual(['02/TTr-UBND']);

    const third = await reserveDocument(db, { kind: 'submission', year: 2026, date: '2026-12-03', title: 'Tờ trình 3' });
    expect(third.numberText).toBe('03/TTr-UBND');
    const kept = await db.documents.get(second.id);
    expect(kept).toMatchObject({ numberText: '02/TTr-UBND', issuedAfterBackup: { backupCreatedAt: decode(bytes).createdAt } });
    expect((await db.documents.get(first.id))?.issuedAfterBackup).toBeUndefined();
  });

  it('keeps the higher counter even when the register row issued after the backup was deleted', async () => {
    const db = freshDb();
    const bytes = await exportBackup(db);
    const { removeDocument } = await import('../../../src-renderer/data/documents');
    const issued = await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-02', title: 'Quyết định' });
    await removeDocument(db, issued);
    await restoreBackup(db, bytes);
    expect((await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-03', title: 'Quyết định' })).numberText).toBe('02/QĐ-UBND');
  });
});

describe('the audit trail survives a restore (15.7)', () => {
  it('keeps the current trail, adds the backup’s, and logs the restore with file name, date and checksum', async () => {
    const { file } = await populatedFile();
    const db = freshDb();
    await populateEveryTable(db);
    const trailBefore = await db.audit.toArray();
    await restoreBackup(db, JSON.stringify(file), { source: 'tệp thidua-sao-luu-2026-11-21-0930.json' });
    const trail = await db.audit.toArray();
    const ids = new Set(trail.map((a) => a.id));
    for (const entry of trailBefore) expect(ids.has(entry.id)).toBe(true);
    for (const entry of file.tables.audit) expect(ids.has(entry.id)).toBe(true);
    expect(trail).toHaveLength(trailBefore.length + file.tables.audit.length + 1);
    const restore = trail.find((a) => a.action === 'restore')!;
    expect(restore.note).toContain(
      `Khôi phục từ tệp thidua-sao-luu-2026-11-21-0930.json, bản sao lưu tạo lúc ${localTimeText(file.createdAt)}, mã kiểm tra ${file.checksum}.`,
    );
    expect(restore.after).toMatchObject({ source: 'tệp thidua-sao-luu-2026-11-21-0930.json', createdAt: file.createdAt, checksum: file.checksum });
  });

  it('restoring the same backup twice does not duplicate its entries', async () => {
    const { file } = await populatedFile();
    const db = freshDb();
    await restoreBackup(db, JSON.stringify(file));
    await restoreBackup(db, JSON.stringify(file));
    expect(await db.audit.count()).toBe(file.tables.audit.length + 2);
  });
});
