import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { meetingRepo } from '../../../src-renderer/data/meetings';
import {
  advanceNomination, assembleEligibilityInput, nominationRepo, refreshEligibility,
} from '../../../src-renderer/data/nominations';
import { findNominations } from '../../../src-renderer/data/queries';
import { awardRepo, personRepo } from '../../../src-renderer/data/registers';
import { RefusedError, ValidationError } from '../../../src-renderer/data/errors';
import { addPerson, addUnit, freshDb } from './helpers';

async function setup() {
  const db = freshDb();
  const unit = await addUnit(db, 'Trạm Y tế phường');
  const person = await addPerson(db, unit.id, 'Lê Thị Thủy');
  const nomination = await nominationRepo.create(db, {
    nominee: { kind: 'person', personId: person.id },
    year: 2026,
    titleCode: 'CSTDCS',
    proposingUnitId: unit.id,
    achievementSummary: 'Hoàn thành xuất sắc nhiệm vụ.',
  });
  return { db, unit, person, nomination };
}

/** Received, appraised, voted at a meeting and decided by the ward: returns the meeting. */
async function decide(db: Awaited<ReturnType<typeof setup>>['db'], nominationId: string) {
  const meeting = await meetingRepo.create(db, { title: 'Họp xét khen thưởng', year: 2026, date: '2026-12-10', place: 'Hội trường UBND phường', agendaNominationIds: [nominationId] });
  await advanceNomination(db, nominationId, 'received');
  await advanceNomination(db, nominationId, 'appraised');
  await advanceNomination(db, nominationId, 'voted', { meetingId: meeting.id });
  await advanceNomination(db, nominationId, 'decided', { decision: { number: '45/QĐ-UBND', date: '2026-12-20', issuer: 'Chủ tịch UBND phường Ninh Hà' } });
  return meeting;
}

describe('nominations', () => {
  it('creates a draft with its nominee key, an eligibility snapshot and an audit entry', async () => {
    const { db, person, nomination } = await setup();
    expect(nomination.status).toBe('draft');
    expect(nomination.nomineeKey).toBe(`p:${person.id}`);
    expect(nomination.eligibility?.result.titleCode).toBe('CSTDCS');
    expect(nomination.eligibility?.result.rules.length).toBeGreaterThan(0);
    expect((await auditOf(db, 'nominations', nomination.id))[0].action).toBe('create');
  });

  it('refuses a second live nomination of the same person, title and year', async () => {
    const { db, unit, person } = await setup();
    const error = await nominationRepo
      .create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'CSTDCS', proposingUnitId: unit.id })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('đã có đề nghị');
  });

  it('refuses a title that is not awarded to that kind of nominee', async () => {
    const { db, unit, person } = await setup();
    await expect(
      nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'TTLDTT', proposingUnitId: unit.id }),
    ).rejects.toThrow('không xét cho đối tượng này');
  });

  it('moves through the transition table, recording steps, and reaches awarded with an award row', async () => {
    const { db, nomination } = await setup();
    const meeting = await decide(db, nomination.id);
    const done = await advanceNomination(db, nomination.id, 'awarded');
    expect(done.steps.map((s) => s.to)).toEqual(['received', 'appraised', 'voted', 'decided', 'awarded']);
    expect(done.meetingId).toBe(meeting.id);
    const awards = await db.awards.where('nominationId').equals(nomination.id).toArray();
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({ titleCode: 'CSTDCS', decisionNo: '45/QĐ-UBND', year: 2026, titleLabel: 'Chiến sĩ thi đua cơ sở' });
    const transitions = (await auditOf(db, 'nominations', nomination.id)).filter((a) => a.action === 'transition');
    expect(transitions).toHaveLength(5);
    // Final states are immutable: no move, no edit.
    await expect(advanceNomination(db, nomination.id, 'voted', { reason: 'nhầm' })).rejects.toBeInstanceOf(RefusedError);
    await expect(nominationRepo.update(db, done, { note: 'sửa' })).rejects.toMatchObject({ code: 'immutable' });
    // An awarded nomination is neither archived nor deleted: the decision stays visible.
    await expect(nominationRepo.remove(db, done)).rejects.toMatchObject({ code: 'immutable' });
    expect((await db.nominations.get(nomination.id))?.archived).toBe(0);
  });

  it('freezes a decided nomination: no edit, archive, delete or re-assessment; only a logged reversal with a reason reopens it', async () => {
    const { db, nomination } = await setup();
    await decide(db, nomination.id);
    const decided = (await nominationRepo.get(db, nomination.id))!;
    const edit = await nominationRepo.update(db, decided, { achievementSummary: 'Sửa sau quyết định' }).catch((e: unknown) => e);
    expect(edit).toBeInstanceOf(RefusedError);
    expect(edit).toMatchObject({ code: 'immutable' });
    expect((edit as Error).message).toContain('Hủy quyết định');
    await expect(nominationRepo.update(db, decided, { holds: [{ kind: 'inspection', active: true, note: 'x' }] })).rejects.toMatchObject({ code: 'immutable' });
    await expect(nominationRepo.archive(db, decided)).rejects.toMatchObject({ code: 'immutable' });
    await expect(nominationRepo.remove(db, decided)).rejects.toMatchObject({ code: 'immutable' });
    await expect(refreshEligibility(db, decided.id)).rejects.toMatchObject({ code: 'immutable' });
    expect(await db.nominations.get(nomination.id)).toEqual(decided);
    // The reversal needs a reason, is logged, and reopens the content.
    await expect(advanceNomination(db, nomination.id, 'voted')).rejects.toBeInstanceOf(RefusedError);
    const reopened = await advanceNomination(db, nomination.id, 'voted', { reason: 'Sai tên trong quyết định' });
    expect(reopened.decision).toBeNull();
    expect((await auditOf(db, 'nominations', nomination.id))[0]).toMatchObject({ action: 'transition', note: 'Hủy quyết định: Sai tên trong quyết định' });
    expect((await nominationRepo.update(db, reopened, { achievementSummary: 'Đã sửa' })).achievementSummary).toBe('Đã sửa');
  });

  it('requires a reason to send back, and logs a reversal as its own step', async () => {
    const { db, nomination } = await setup();
    await advanceNomination(db, nomination.id, 'received');
    await expect(advanceNomination(db, nomination.id, 'draft')).rejects.toThrow('Phải nêu lý do');
    const back = await advanceNomination(db, nomination.id, 'draft', { reason: 'Thiếu báo cáo thành tích' });
    expect(back.steps.at(-1)).toMatchObject({ from: 'received', to: 'draft', kind: 'sendBack', reason: 'Thiếu báo cáo thành tích' });
    await expect(advanceNomination(db, nomination.id, 'voted')).rejects.toThrow('Không thể chuyển');
    const audit = await auditOf(db, 'nominations', nomination.id);
    expect(audit[0].note).toBe('Trả lại đơn vị: Thiếu báo cáo thành tích');
    expect(audit[0].before).toMatchObject({ status: 'received' });
    expect(audit[0].after).toMatchObject({ status: 'draft' });
  });

  it('a reversal is its own step and undoes what the reversed step recorded', async () => {
    const { db, nomination } = await setup();
    await advanceNomination(db, nomination.id, 'received');
    await advanceNomination(db, nomination.id, 'appraised');
    await advanceNomination(db, nomination.id, 'voted');
    const decision = { number: '45/QĐ-UBND', date: '2026-12-20', issuer: 'Chủ tịch UBND phường Ninh Hà' };
    expect((await advanceNomination(db, nomination.id, 'decided', { decision })).decision).toEqual(decision);
    await expect(advanceNomination(db, nomination.id, 'voted')).rejects.toThrow('Phải nêu lý do');
    const reversed = await advanceNomination(db, nomination.id, 'voted', { reason: 'Quyết định ghi sai số' });
    expect(reversed.decision).toBeNull();
    expect(reversed.steps.at(-1)).toMatchObject({ from: 'decided', to: 'voted', kind: 'reverse', reason: 'Quyết định ghi sai số' });
    expect(reversed.steps).toHaveLength(5);
  });

  it('an active hold stops forward moves but allows withdrawal', async () => {
    const { db, nomination } = await setup();
    await nominationRepo.update(db, nomination, { holds: [{ kind: 'inspection', active: true, note: 'Đang thanh tra' }] });
    await expect(advanceNomination(db, nomination.id, 'received')).rejects.toThrow('Đang thanh tra');
    expect((await advanceNomination(db, nomination.id, 'withdrawn')).status).toBe('withdrawn');
  });

  it('assembles the eligibility input from ratings, disciplines, award history and other nominations', async () => {
    const { db, unit, person, nomination } = await setup();
    await personRepo.update(db, person, {
      ratings: [{ year: 2026, rating: 'HTXSNV' }, { year: 2025, rating: 'HTTNV' }],
      disciplines: [{ level: 'khien_trach', decidedOn: '2026-03-01' }],
      isPublicServant: true,
    });
    await awardRepo.create(db, { subjectKind: 'person', personId: person.id, year: 2025, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
    await awardRepo.create(db, { subjectKind: 'person', personId: person.id, year: 2024, titleLabel: 'Bằng khen Thủ tướng' });
    const ldtt = await nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
    const input = await assembleEligibilityInput(db, nomination);
    expect(input.nominee).toEqual({
      kind: 'person', gender: 'female', isPublicServant: true, taskRating: 'HTXSNV',
      ratingHistory: [{ year: 2025, rating: 'HTTNV' }], disciplineThisYear: 'khien_trach', diedOn: null,
    });
    expect(input.history).toEqual([expect.objectContaining({ year: 2025, titleCode: 'LDTT' })]);
    expect(input.otherNominations).toEqual([expect.objectContaining({ id: ldtt.id, titleCode: 'LDTT', outcome: 'pending' })]);
    const refreshed = await refreshEligibility(db, nomination.id);
    expect(refreshed.eligibility!.evaluatedAt >= nomination.eligibility!.evaluatedAt).toBe(true);
  });

  it('counts a collective’s members from its registered people when no figures were entered', async () => {
    const db = freshDb();
    const unit = await addUnit(db, 'Tổ dân phố 5');
    const a = await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    const b = await personRepo.create(db, { fullName: 'Trần Văn Hùng', gender: 'male', unitId: unit.id, ratings: [{ year: 2026, rating: 'HTNV' }] });
    await personRepo.update(db, a, { ratings: [{ year: 2026, rating: 'HTTNV' }], disciplines: [{ level: 'canh_cao', decidedOn: '2026-05-05' }] });
    await awardRepo.create(db, { subjectKind: 'person', personId: a.id, year: 2026, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
    await awardRepo.create(db, { subjectKind: 'person', personId: b.id, year: 2026, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
    const nomination = await nominationRepo.create(db, { nominee: { kind: 'unit', unitId: unit.id }, year: 2026, titleCode: 'TTLDTT', proposingUnitId: unit.id });
    const input = await assembleEligibilityInput(db, nomination);
    expect(input.nominee).toMatchObject({
      kind: 'unit', unitKind: 'tdp', memberCount: 2, ldttCount: 2, cstdcsCount: 0, womenCount: 1,
      allMembersCompleteTasks: true, highestMemberDiscipline: 'canh_cao',
    });
  });

  it('finds a year’s nominations through the status and title indexes', async () => {
    const { db, nomination } = await setup();
    await advanceNomination(db, nomination.id, 'received');
    expect(await findNominations(db, { year: 2026, status: 'received' })).toHaveLength(1);
    expect(await findNominations(db, { year: 2026, status: 'draft' })).toHaveLength(0);
    expect(await findNominations(db, { year: 2026, titleCode: 'CSTDCS' })).toHaveLength(1);
    expect(await findNominations(db, { year: 2025 })).toHaveLength(0);
  });
});

describe('year-wide checks', () => {
  it('applies the ward’s CSTĐCS cap across the year’s live nominations', async () => {
    const { db, unit, person } = await setup();
    const { saveWardProfile } = await import('../../../src-renderer/data/registers');
    const { yearQuotas, nomineeName } = await import('../../../src-renderer/data/nominations');
    await saveWardProfile(db, {
      name: 'Phường Ninh Hà', headerIssuer: 'UBND', councilName: 'Hội đồng', placeName: 'Ninh Hà', upperLevel: { preset: 'province' },
      chairman: {}, standingMember: {}, settingsOverrides: { cstdcsMaxShareOfLdtt: 15 },
    });
    const other = await addPerson(db, unit.id, 'Trần Văn Hùng');
    await nominationRepo.create(db, { nominee: { kind: 'person', personId: other.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
    const results = await yearQuotas(db, 2026);
    expect(results.some((r) => r.verdict === 'fail')).toBe(true);
    expect(await nomineeName(db, { kind: 'person', personId: person.id })).toBe('Lê Thị Thủy');
  });
});
