import { afterEach, describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { signIn, signOut } from '../../../src-renderer/data/currentUser';
import {
  footprintsOf, markNotDuplicate, mergePeople, personAuditTrail, probableDuplicatePairs, probableDuplicatesAmong, probableDuplicatesOf,
} from '../../../src-renderer/data/duplicates';
import { RefusedError } from '../../../src-renderer/data/errors';
import { goodDeedRepo } from '../../../src-renderer/data/goodDeeds';
import { commitImport, previewImport, suggestMapping } from '../../../src-renderer/data/imports/importRows';
import { parseCsv } from '../../../src-renderer/data/imports/tabular';
import { meetingRepo } from '../../../src-renderer/data/meetings';
import { advanceNomination, nominationRepo } from '../../../src-renderer/data/nominations';
import { awardRepo, councilMemberRepo, personRepo, saveWardProfile } from '../../../src-renderer/data/registers';
import type { ThiDuaDb } from '../../../src-renderer/data/db';
import { addUnit, current, freshDb, snapshot } from './helpers';

afterEach(() => signOut());

async function twoHoas() {
  const db = freshDb();
  const unit = await addUnit(db);
  const other = await addUnit(db, 'Tổ dân phố 2');
  const hoa = await personRepo.create(db, { fullName: 'Lê Thị Hòa', gender: 'female', birthYear: 1980, unitId: unit.id, position: 'Tổ trưởng', ratings: [{ year: 2024, rating: 'HTXSNV' }] });
  const hoa2 = await personRepo.create(db, { fullName: 'Lê Thị Hoà', gender: 'female', birthYear: 1980, unitId: unit.id, phone: '0912345678', ratings: [{ year: 2023, rating: 'HTTNV' }] });
  return { db, unit, other, hoa, hoa2 };
}

async function decide(db: ThiDuaDb, nominationId: string) {
  const meeting = await meetingRepo.create(db, { title: 'Họp xét khen thưởng', year: 2026, date: '2026-12-10', place: 'Hội trường', agendaNominationIds: [nominationId] });
  await advanceNomination(db, nominationId, 'received');
  await advanceNomination(db, nominationId, 'appraised');
  await advanceNomination(db, nominationId, 'voted', { meetingId: meeting.id });
  await advanceNomination(db, nominationId, 'decided', { decision: { number: '45/QĐ-UBND', date: '2026-12-20', issuer: 'Chủ tịch UBND phường Ninh Hà' } });
}

describe('probable duplicates (issue 12.5)', () => {
  it('finds "Lê Thị Hòa" for a new "LÊ THỊ HOÀ" of the same year and unit, through the search-key index', async () => {
    const { db, unit, other, hoa, hoa2 } = await twoHoas();
    const found = await probableDuplicatesOf(db, { fullName: 'LÊ THỊ HOÀ', birthYear: 1980, unitId: unit.id });
    expect(found.map((p) => p.id).sort()).toEqual([hoa.id, hoa2.id].sort());
    expect(await probableDuplicatesOf(db, { fullName: 'Lê Thị Hoà', birthYear: 1981, unitId: unit.id })).toEqual([]);
    expect(await probableDuplicatesOf(db, { fullName: 'Lê Thị Hoà', birthYear: 1980, unitId: other.id })).toEqual([]);
    const among = await probableDuplicatesAmong(db, [{ fullName: 'Trần Văn An', birthYear: null, unitId: null }, { fullName: 'le thi hoa', birthYear: 1980, unitId: unit.id }, { fullName: '', birthYear: null, unitId: null }]);
    expect(among.map((matches) => matches.length)).toEqual([0, 2, 0]);
  });

  it('lists the register\'s probable pairs, and "Không trùng" stops a pair showing (stored on both records, audited)', async () => {
    const { db, unit, hoa, hoa2 } = await twoHoas();
    await personRepo.create(db, { fullName: 'Lê Thị Hoa', gender: 'female', birthYear: 1980, unitId: unit.id });
    const pairs = await probableDuplicatePairs(db);
    // "Lê Thị Hoa" (no tone) has the same search key as well: three namesakes, three pairs.
    expect(pairs).toHaveLength(3);
    expect(pairs.some(([a, b]) => [a.id, b.id].sort().join() === [hoa.id, hoa2.id].sort().join())).toBe(true);
    await markNotDuplicate(db, hoa, hoa2);
    expect((await probableDuplicatePairs(db)).some(([a, b]) => [a.id, b.id].includes(hoa.id) && [a.id, b.id].includes(hoa2.id))).toBe(false);
    expect((await db.people.get(hoa.id))!.notDuplicateOfIds).toEqual([hoa2.id]);
    expect((await db.people.get(hoa2.id))!.notDuplicateOfIds).toEqual([hoa.id]);
    expect((await auditOf(db, 'people', hoa.id))[0].note).toContain('Xác nhận không trùng với “Lê Thị Hoà”');
    // A stale read of either record is refused.
    await expect(markNotDuplicate(db, hoa, hoa2)).rejects.toMatchObject({ code: 'stale' });
  });

  it('an imported row of someone already in the register is warned, valid, and written or skipped as the clerk chooses', async () => {
    const { db } = await twoHoas();
    await markNotDuplicate(db, await current(db, 'people', (await db.people.toArray())[0].id), await current(db, 'people', (await db.people.toArray())[1].id));
    const data = parseCsv('Họ và tên,Giới tính,Năm sinh,Đơn vị\nLÊ THỊ HOÀ,Nữ,1980,Tổ dân phố 1\nLê Thị Hoà,Nữ,1981,Tổ dân phố 1\nLê Thị Hoà,Nữ,1980,Tổ dân phố 2\n');
    const preview = await previewImport(db, 'people', data, suggestMapping('people', data.headers));
    expect(preview).toMatchObject({ valid: 3, invalid: 0, probableDuplicates: 1 });
    // Two records entered in the same millisecond have no earlier one: either order names both.
    expect(preview.rows[0].warnings[0]).toMatch(/^Có thể trùng với “[^”]+” \(sinh 1980, Tổ dân phố 1\), “[^”]+” \(sinh 1980, Tổ dân phố 1\) đã có trong danh mục\.$/);
    expect(preview.rows[0].warnings[0]).toContain('“Lê Thị Hòa”');
    expect(preview.rows[0].warnings[0]).toContain('“Lê Thị Hoà”');
    expect(preview.rows[0].duplicateOf).toHaveLength(2);
    expect(preview.rows.slice(1).map((r) => r.duplicateOf)).toEqual([undefined, undefined]);
    const before = await snapshot(db);
    await expect(commitImport(db, preview)).rejects.toThrow('Có 1 dòng có thể trùng với người đã có. Hãy chọn nhập hay bỏ qua các dòng này.');
    expect(await snapshot(db)).toEqual(before);
    expect(await commitImport(db, preview, { duplicates: 'skip' })).toBe(2);
    expect(await db.people.count()).toBe(4);
    expect(await commitImport(db, preview, { duplicates: 'import' })).toBe(3);
    expect(await db.people.where('searchKey').equals('le thi hoa').count()).toBe(7);
  });

  it('merges: awards, nominations (a decided one too), good deeds, council membership and meetings move; the merged record is archived, not deleted; both audits stay findable', async () => {
    const { db, unit, hoa, hoa2 } = await twoHoas();
    await awardRepo.create(db, { subjectKind: 'person', personId: hoa.id, year: 2024, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
    const award2 = await awardRepo.create(db, { subjectKind: 'person', personId: hoa2.id, year: 2025, titleCode: 'CSTDCS', titleLabel: 'Chiến sĩ thi đua cơ sở' });
    const decided = await nominationRepo.create(db, { nominee: { kind: 'person', personId: hoa2.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
    await decide(db, decided.id);
    const draft = await nominationRepo.create(db, { nominee: { kind: 'person', personId: hoa2.id }, year: 2027, titleCode: 'LDTT', proposingUnitId: unit.id });
    const deed = await goodDeedRepo.create(db, {
      month: '2026-03', unitId: unit.id, subjectKind: 'person', subjectName: 'Lê Thị Hoà', personId: hoa2.id, field: 'An ninh trật tự', deed: 'Trả lại của rơi.', submittedAt: '2026-03-10',
    });
    const member = await councilMemberRepo.create(db, { personId: hoa2.id, role: 'secretary', termFrom: '2025-07-01' });
    const meeting = await meetingRepo.create(db, { title: 'Họp Hội đồng', year: 2026, date: '2026-06-01', place: 'Hội trường', secretaryPersonId: hoa2.id });
    const decidedBefore = (await db.nominations.get(decided.id))!;
    expect(decidedBefore.status).toBe('decided');

    const result = await mergePeople(db, await current(db, 'people', hoa.id), await current(db, 'people', hoa2.id));

    expect(result).toMatchObject({ nominations: 2, goodDeeds: 1, councilMembers: 1, meetings: 1 });
    // The history of both: the kept person's own award and the merged one's.
    const keptAwards = await db.awards.where('subjectKey').equals(`p:${hoa.id}`).toArray();
    expect(keptAwards.map((a) => a.year).sort()).toEqual([2024, 2025]);
    expect(keptAwards.find((a) => a.id === award2.id)!.personId).toBe(hoa.id);
    expect(await db.awards.where('subjectKey').equals(`p:${hoa2.id}`).count()).toBe(0);
    // The decided nomination: same status, decision, steps and eligibility snapshot; only its nominee moved.
    const decidedAfter = (await db.nominations.get(decided.id))!;
    expect(decidedAfter).toMatchObject({ status: 'decided', decision: decidedBefore.decision, steps: decidedBefore.steps, eligibility: decidedBefore.eligibility });
    expect(decidedAfter.nominee).toEqual({ kind: 'person', personId: hoa.id });
    expect(decidedAfter.nomineeKey).toBe(`p:${hoa.id}`);
    expect((await auditOf(db, 'nominations', decided.id))[0].note).toContain('chỉ đổi người được đề nghị');
    expect((await db.nominations.get(draft.id))!.nomineeKey).toBe(`p:${hoa.id}`);
    expect((await db.goodDeeds.get(deed.id))!.personId).toBe(hoa.id);
    expect((await db.councilMembers.get(member.id))!.personId).toBe(hoa.id);
    expect((await db.meetings.get(meeting.id))!.secretaryPersonId).toBe(hoa.id);

    const kept = (await db.people.get(hoa.id))!;
    const gone = (await db.people.get(hoa2.id))!;
    expect(kept).toMatchObject({ mergedFromIds: [hoa2.id], position: 'Tổ trưởng', phone: '0912345678', archived: 0 });
    expect(kept.ratings.map((r) => r.year)).toEqual([2023, 2024]);
    expect(gone).toMatchObject({ archived: 1, mergedIntoId: hoa.id });
    // The merge is logged on both records; the kept person's trail finds the merged record's own entries.
    expect((await auditOf(db, 'people', hoa.id))[0].note).toBe(`Gộp hồ sơ “Lê Thị Hoà” (mã ${hoa2.id}) vào “Lê Thị Hòa” (mã ${hoa.id}).`);
    expect((await auditOf(db, 'people', hoa2.id))[0]).toMatchObject({ action: 'archive' });
    const trail = await personAuditTrail(db, hoa.id);
    expect(trail.filter((e) => e.recordId === hoa2.id).map((e) => e.action)).toEqual(['archive', 'create']);
    expect(trail.filter((e) => e.recordId === hoa.id).map((e) => e.action)).toEqual(['update', 'create']);
    // Nothing left points at the merged record except its own mergedIntoId; it is no longer a duplicate.
    expect(await probableDuplicatePairs(db)).toEqual([]);
    expect((await footprintsOf(db, [hoa.id, hoa2.id])).get(hoa.id)).toEqual({ awards: ['Lao động tiên tiến 2024', 'Chiến sĩ thi đua cơ sở 2025'], nominations: 2 });
  });

  it('a merge into a record merged before keeps the chain findable', async () => {
    const { db, unit, hoa, hoa2 } = await twoHoas();
    const hoa3 = await personRepo.create(db, { fullName: 'LÊ THỊ HOÀ', gender: 'female', birthYear: 1980, unitId: unit.id });
    await mergePeople(db, await current(db, 'people', hoa2.id), hoa3);
    await mergePeople(db, await current(db, 'people', hoa.id), await current(db, 'people', hoa2.id));
    expect((await db.people.get(hoa.id))!.mergedFromIds).toEqual([hoa2.id, hoa3.id]);
    expect(new Set((await personAuditTrail(db, hoa.id)).map((e) => e.recordId))).toEqual(new Set([hoa.id, hoa2.id, hoa3.id]));
  });

  describe('refuses, says why in Vietnamese, and writes nothing', () => {
    async function expectRefused(db: ThiDuaDb, work: () => Promise<unknown>, message: string | RegExp) {
      const before = await snapshot(db);
      const error = await work().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RefusedError);
      expect((error as Error).message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
    }

    it('a record merged with itself, an archived or an already merged record', async () => {
      const { db, hoa, hoa2 } = await twoHoas();
      await expectRefused(db, () => mergePeople(db, hoa, hoa), 'Không thể gộp một hồ sơ với chính nó.');
      const archived = await personRepo.archive(db, hoa2);
      await expectRefused(db, () => mergePeople(db, hoa, archived), 'Hồ sơ “Lê Thị Hoà” đã lưu trữ; hãy khôi phục trước khi gộp.');
      const hoa3 = await personRepo.create(db, { fullName: 'LÊ THỊ HÒA', gender: 'female', birthYear: 1980, unitId: hoa.unitId });
      await mergePeople(db, hoa, hoa3);
      await expectRefused(db, async () => mergePeople(db, await current(db, 'people', hoa.id), await current(db, 'people', hoa3.id)),
        'Hồ sơ “LÊ THỊ HÒA” đã được gộp vào hồ sơ khác, không gộp thêm được.');
    });

    it('both nominated for a title a centrally-run city names its own way', async () => {
      const { db, unit, hoa, hoa2 } = await twoHoas();
      await saveWardProfile(db, {
        name: 'Phường Thử Nghiệm', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG THỬ NGHIỆM', councilName: 'Hội đồng Thi đua - Khen thưởng phường Thử Nghiệm',
        placeName: 'Thử Nghiệm', province: 'Hà Nội', provinceKind: 'city', upperLevel: { preset: 'province', viaAgency: 'Sở Nội vụ thành phố Hà Nội' },
        chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: { name: 'Lê Thị Mai', title: 'Ủy viên thường trực' },
      });
      for (const p of [hoa, hoa2]) await nominationRepo.create(db, { nominee: { kind: 'person', personId: p.id }, year: 2026, titleCode: 'CSTD_TINH', proposingUnitId: unit.id });
      await expectRefused(db, () => mergePeople(db, hoa, hoa2), /cùng có đề nghị “Chiến sĩ thi đua thành phố” năm 2026/);
    });

    it('a stale read of either record', async () => {
      const { db, hoa, hoa2 } = await twoHoas();
      await personRepo.update(db, hoa2, { phone: '0987654321' });
      await expectRefused(db, () => mergePeople(db, hoa, hoa2), /Bản ghi đã được sửa ở cửa sổ\/máy khác/);
    });

    it('both nominated for the same title of one year', async () => {
      const { db, unit, hoa, hoa2 } = await twoHoas();
      for (const p of [hoa, hoa2]) await nominationRepo.create(db, { nominee: { kind: 'person', personId: p.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
      await expectRefused(db, () => mergePeople(db, hoa, hoa2), 'Không gộp được: cả hai hồ sơ cùng có đề nghị “Lao động tiên tiến” năm 2026. Hãy rút hoặc lưu trữ một trong hai đề nghị trước khi gộp.');
    });

    it('both on the council in overlapping terms', async () => {
      const { db, hoa, hoa2 } = await twoHoas();
      await councilMemberRepo.create(db, { personId: hoa.id, role: 'member', termFrom: '2025-07-01' });
      await councilMemberRepo.create(db, { personId: hoa2.id, role: 'member', termFrom: '2026-01-01', termTo: '2026-12-31' });
      await expectRefused(db, () => mergePeople(db, hoa, hoa2), /cả hai hồ sơ đều là thành viên Hội đồng trong cùng nhiệm kỳ/);
    });

    it('a Văn thư merging a person with a nomination (nominations are the Thường trực\'s), and a Lãnh đạo at all', async () => {
      const { db, unit, hoa, hoa2 } = await twoHoas();
      await nominationRepo.create(db, { nominee: { kind: 'person', personId: hoa2.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
      signIn('Trần Văn Bình', 'clerk');
      await expectRefused(db, () => mergePeople(db, hoa, hoa2), 'Trần Văn Bình (Văn thư) không có quyền lập và xử lý đề nghị khen thưởng. Việc này dành cho: Thường trực Hội đồng.');
      signIn('Phạm Văn Cường', 'leader');
      await expectRefused(db, () => mergePeople(db, hoa, hoa2), /Phạm Văn Cường \(Lãnh đạo\) không có quyền sửa danh mục/);
      await expectRefused(db, () => markNotDuplicate(db, hoa, hoa2), /không có quyền sửa danh mục/);
    });
  });

  it('a Văn thư may merge two register entries that carry no nomination', async () => {
    const { db, hoa, hoa2 } = await twoHoas();
    await awardRepo.create(db, { subjectKind: 'person', personId: hoa2.id, year: 2025, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
    signIn('Trần Văn Bình', 'clerk');
    const result = await mergePeople(db, hoa, hoa2);
    expect(result.awards).toBe(1);
    expect((await auditOf(db, 'people', hoa2.id))[0].actor).toBe('Trần Văn Bình');
  });
});
