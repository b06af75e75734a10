import { describe, expect, it } from 'vitest';
import { auditOf, getActor } from '../../../src-renderer/data/audit';
import { signIn, signOut } from '../../../src-renderer/data/currentUser';
import { RefusedError, ValidationError } from '../../../src-renderer/data/errors';
import {
  awardRepo, blockRepo, councilMemberRepo, councilOn, effectiveSettings, getWardProfile, movementRepo, personRepo,
  renameMovement, saveWardProfile, unitRepo,
} from '../../../src-renderer/data/registers';
import { writeTransaction } from '../../../src-renderer/data/repository';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import { addPerson, addUnit, freshDb } from './helpers';

const profileInput = {
  name: 'Phường Ninh Hà',
  headerParent: 'ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA',
  headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ',
  councilName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
  placeName: 'Ninh Hà',
  province: 'Khánh Hòa',
  upperLevel: { preset: 'province' as const, councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa', authorityTitle: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa' },
  chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' },
  standingMember: { name: 'Lê Thị Thủy', title: 'Trưởng phòng Văn hóa - Xã hội' },
};

describe('registers', () => {
  it('creates a unit with NFC strings, search fields and an audit entry', async () => {
    const db = freshDb();
    signIn('Cán bộ VH-XH', 'standing');
    const nfd = 'Tổ dân phố Hoà Bình'.normalize('NFD');
    const unit = await unitRepo.create(db, { name: `  ${nfd} `, kind: 'tdp' });
    expect(unit.name).toBe('Tổ dân phố Hoà Bình'.normalize('NFC'));
    expect(unit.searchKey).toBe('to dan pho hoa binh');
    expect(unit.searchWords).toEqual(['to', 'dan', 'pho', 'hoa', 'binh']);
    expect(unit.archived).toBe(0);
    const audit = await auditOf(db, 'units', unit.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor: 'Cán bộ VH-XH', before: null, after: unit });
    signOut();
    expect(getActor()).toBe('Người dùng');
  });

  it('refuses invalid input with Vietnamese messages per field', async () => {
    const db = freshDb();
    const error = await personRepo.create(db, { fullName: ' ', gender: 'x' as 'male', birthYear: 1800 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['fullName', 'gender', 'birthYear']));
    expect((error as ValidationError).issues.find((i) => i.path === 'fullName')?.message).toBe('Họ và tên không được để trống.');
    expect(await db.people.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('refuses a reference to a record that does not exist', async () => {
    const db = freshDb();
    const error = await addPerson(db, 'missing-unit').catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toEqual({ path: 'unitId', message: 'Đơn vị không tồn tại (có thể đã bị xóa).' });
  });

  it('updates with before/after in the audit and recomputes the search key', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const person = await addPerson(db, unit.id);
    const updated = await personRepo.update(db, person, { fullName: 'Nguyễn Thị Hòa Bình' });
    expect(updated.searchKey).toBe('nguyen thi hoa binh');
    expect(updated.createdAt).toBe(person.createdAt);
    const [last] = await auditOf(db, 'people', person.id);
    expect(last.action).toBe('update');
    expect((last.before as { fullName: string }).fullName).toBe('Nguyễn Thị Hoà');
    expect((last.after as { fullName: string }).fullName).toBe('Nguyễn Thị Hòa Bình');
  });

  it('archives instead of deleting a unit that people refer to, deletes an unreferenced one', async () => {
    const db = freshDb();
    const used = await addUnit(db, 'Tổ dân phố 2');
    const unused = await addUnit(db, 'Tổ dân phố 3');
    await addPerson(db, used.id);
    expect(await unitRepo.remove(db, used)).toBe('archived');
    expect((await db.units.get(used.id))?.archived).toBe(1);
    expect(await unitRepo.remove(db, unused)).toBe('deleted');
    expect(await db.units.get(unused.id)).toBeUndefined();
    const audit = await auditOf(db, 'units', unused.id);
    expect(audit[0]).toMatchObject({ action: 'delete', after: null });
    expect((await auditOf(db, 'units', used.id))[0].note).toContain('cá nhân');
  });

  it('archive and un-archive are audited; a missing record is refused', async () => {
    const db = freshDb();
    const block = await blockRepo.create(db, { year: 2026, name: 'Khối Tổ dân phố' });
    const archived = await blockRepo.archive(db, block);
    await blockRepo.archive(db, archived, false);
    expect((await auditOf(db, 'blocks', block.id)).map((a) => a.action)).toEqual(['restore', 'archive', 'create']);
    await expect(blockRepo.archive(db, { id: 'nope', version: 1 })).rejects.toBeInstanceOf(RefusedError);
  });

  it('rolls back the record and its audit entry when a later step throws', async () => {
    const db = freshDb();
    await expect(
      writeTransaction(db, async () => {
        await addUnit(db, 'Tổ dân phố 9');
        throw new Error('mất điện');
      }),
    ).rejects.toThrow('mất điện');
    expect(await db.units.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('saves the single ward profile and merges its settings over the defaults', async () => {
    const db = freshDb();
    await saveWardProfile(db, { ...profileInput, settingsOverrides: { goodDeedsYearlyTarget: 8 } });
    await saveWardProfile(db, { ...profileInput, placeName: 'Ninh Hà', settingsOverrides: { goodDeedsYearlyTarget: 9 } });
    const profile = await getWardProfile(db);
    const settings = effectiveSettings(profile);
    expect(settings.goodDeedsYearlyTarget).toBe(9);
    expect(settings.quorumNumerator).toBe(DEFAULT_SETTINGS.quorumNumerator);
    expect((await auditOf(db, 'wardProfile', 'ward')).map((a) => a.action)).toEqual(['update', 'create']);
  });

  it('keeps the upper level in the profile only: overrides cannot carry a second one', async () => {
    const db = freshDb();
    // A v1 backup may hold any JSON under settingsOverrides; the stored shape is unchanged.
    const stray = { upperLevel: { councilName: 'Hội đồng Thi đua - Khen thưởng thị xã Ninh Hòa' }, notASetting: 1, goodDeedsDueDay: 10 };
    await saveWardProfile(db, { ...profileInput, settingsOverrides: stray });
    const profile = (await getWardProfile(db))!;
    expect(profile.settingsOverrides).toEqual(stray);
    expect(profile.upperLevel.councilName).toBe('Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa');
    const settings = effectiveSettings(profile);
    expect(settings.goodDeedsDueDay).toBe(10);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect('upperLevel' in settings).toBe(false);
  });

  it('renames a movement and keeps its earlier name', async () => {
    const db = freshDb();
    const movement = await movementRepo.create(db, { name: 'Phong trào Toàn dân đoàn kết', periodFrom: '2026-01-01' });
    const renamed = await renameMovement(db, movement, 'Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa', 'Theo văn bản mới');
    expect(renamed.nameHistory).toHaveLength(1);
    expect(renamed.nameHistory[0]).toMatchObject({ name: 'Phong trào Toàn dân đoàn kết', note: 'Theo văn bản mới' });
    const updated = await movementRepo.update(db, renamed, { description: 'Nội dung' });
    expect(updated.nameHistory).toHaveLength(1);
  });

  it('checks council terms and lists the members in office on a date', async () => {
    const db = freshDb();
    const person = await addPerson(db, null);
    await expect(
      councilMemberRepo.create(db, { personId: person.id, role: 'chair', termFrom: '2026-01-01', termTo: '2025-01-01' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await councilMemberRepo.create(db, { personId: person.id, role: 'chair', termFrom: '2021-01-01', termTo: '2025-12-31' });
    const current = await councilMemberRepo.create(db, { personId: person.id, role: 'chair', termFrom: '2026-01-01' });
    expect((await councilOn(db, '2026-05-01')).map((m) => m.id)).toEqual([current.id]);
    expect(await personRepo.remove(db, person)).toBe('archived');
  });

  it('award history needs its subject and keys it for lookups', async () => {
    const db = freshDb();
    const person = await addPerson(db, null);
    await expect(awardRepo.create(db, { subjectKind: 'person', year: 2025, titleLabel: 'Lao động tiên tiến' })).rejects.toThrow(
      'Phải chọn cá nhân được khen thưởng.',
    );
    const award = await awardRepo.create(db, {
      subjectKind: 'person', personId: person.id, year: 2025, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến',
      decisionNo: '15/QĐ-UBND', decisionDate: '2025-12-20', issuer: 'Chủ tịch UBND thị xã Ninh Hòa',
    });
    expect(award.subjectKey).toBe(`p:${person.id}`);
    expect(await db.awards.where('[subjectKey+year]').equals([`p:${person.id}`, 2025]).count()).toBe(1);
    await expect(
      awardRepo.create(db, { subjectKind: 'person', personId: person.id, year: 2025, titleLabel: 'LĐTT', decisionDate: '2024-02-30' }),
    ).rejects.toThrow('Ngày quyết định không phải là ngày hợp lệ.');
  });
});
