/** Versioned writes (issue 15.4): two windows on one database never silently overwrite each other. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { createDb } from '../../../src-renderer/data/db';
import { RefusedError, isStaleError } from '../../../src-renderer/data/errors';
import { localTimeText } from '../../../src-renderer/data/ids';
import { personRepo, saveWardProfile, getWardProfile } from '../../../src-renderer/data/registers';
import { createScoreSheet, criteriaSetRepo, setScore } from '../../../src-renderer/data/scoring';
import { addPerson, addUnit } from './helpers';

/** Two windows of the app: two Dexie connections to the same IndexedDB database. */
function twoWindows() {
  const indexedDB = new IDBFactory();
  return [createDb('shared', { indexedDB, IDBKeyRange }), createDb('shared', { indexedDB, IDBKeyRange })] as const;
}

describe('versioned writes', () => {
  it('starts every record at version 1 and adds 1 on each write', async () => {
    const [db] = twoWindows();
    const person = await addPerson(db, null);
    expect(person.version).toBe(1);
    const edited = await personRepo.update(db, person, { position: 'Tổ phó' });
    expect(edited.version).toBe(2);
    const archived = await personRepo.archive(db, edited);
    expect(archived.version).toBe(3);
    expect((await db.people.get(person.id))?.version).toBe(3);
  });

  it('refuses a stale form from a second window, naming the local time, and keeps the first save', async () => {
    const [windowA, windowB] = twoWindows();
    const person = await addPerson(windowA, null, 'Nguyễn Văn An');
    // Both windows open the same record (version 1).
    const readByA = (await personRepo.get(windowA, person.id))!;
    const readByB = (await personRepo.get(windowB, person.id))!;
    const savedByA = await personRepo.update(windowA, readByA, { position: 'Tổ trưởng' });
    const refused = await personRepo.update(windowB, readByB, { phone: '0900000000' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RefusedError);
    expect(isStaleError(refused)).toBe(true);
    expect((refused as Error).message).toBe(
      `Bản ghi đã được sửa ở cửa sổ/máy khác lúc ${localTimeText(savedByA.updatedAt)} (người sửa: Người dùng). ` +
        'Thay đổi của bạn chưa được lưu: hãy tải lại bản mới nhất rồi sửa lại.',
    );
    const stored = (await windowB.people.get(person.id))!;
    expect(stored).toMatchObject({ position: 'Tổ trưởng', phone: '', version: 2 });
    // Reloading gives window B the new version; its edit then goes through on top of A's.
    const reloaded = (await personRepo.get(windowB, person.id))!;
    expect(await personRepo.update(windowB, reloaded, { phone: '0900000000' })).toMatchObject({ position: 'Tổ trưởng', phone: '0900000000', version: 3 });
    expect((await auditOf(windowA, 'people', person.id)).map((a) => a.action)).toEqual(['update', 'update', 'create']);
  });

  it('refuses a stale archive or delete as well', async () => {
    const [windowA, windowB] = twoWindows();
    const unit = await addUnit(windowA);
    await personRepo.create(windowA, { fullName: 'Lê Thị Cúc', gender: 'female', birthYear: 1990, unitId: null, position: '' });
    const { unitRepo } = await import('../../../src-renderer/data/registers');
    await unitRepo.update(windowA, unit, { note: 'Đổi ghi chú' });
    await expect(unitRepo.archive(windowB, unit)).rejects.toMatchObject({ code: 'stale' });
    await expect(unitRepo.remove(windowB, unit)).rejects.toMatchObject({ code: 'stale' });
    expect(await windowB.units.get(unit.id)).toMatchObject({ archived: 0, note: 'Đổi ghi chú', version: 2 });
  });

  it('a form that showed the ward profile cannot overwrite a newer save of it', async () => {
    const [windowA, windowB] = twoWindows();
    const input = {
      name: 'Phường Ninh Hà', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ', councilName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
      placeName: 'Ninh Hà', upperLevel: { preset: 'province' as const }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
    };
    const first = await saveWardProfile(windowA, input, { readVersion: null });
    expect(first.version).toBe(1);
    await saveWardProfile(windowA, { ...input, placeName: 'Ninh Hòa' }, { readVersion: 1 });
    await expect(saveWardProfile(windowB, { ...input, placeName: 'Cũ' }, { readVersion: 1 })).rejects.toMatchObject({ code: 'stale' });
    // A second "first run" in another window must not replace a profile created meanwhile.
    await expect(saveWardProfile(windowB, input, { readVersion: null })).rejects.toMatchObject({ code: 'stale' });
    expect(await getWardProfile(windowB)).toMatchObject({ placeName: 'Ninh Hòa', version: 2 });
  });

  it('score sheets count their writes too', async () => {
    const [db] = twoWindows();
    const unit = await addUnit(db);
    const set = await criteriaSetRepo.create(db, {
      definition: { name: 'Bộ tiêu chí 2026', year: 2026, bonusCap: null, deductionCap: null, coreSectionId: null, nodes: [{ id: 'a', label: 'Nhiệm vụ', kind: 'item', maxPoints: 10 }] },
    });
    const sheet = await createScoreSheet(db, set.id, unit.id);
    expect(sheet.version).toBe(1);
    expect((await setScore(db, sheet.id, 'a', { councilScore: 8 })).version).toBe(2);
  });
});
