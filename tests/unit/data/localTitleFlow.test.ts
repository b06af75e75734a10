/**
 * Issue 20: a province pack's own title goes through the product as a national one does — nominated,
 * checked with the pack's rules, voted on the pack's threshold and base, decided by the ward
 * chairman, paid by the pack's coefficient, written into the award history under its own name.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src-renderer/documents';
import type { DecisionModel } from '../../../src-renderer/documents/models';
import { signIn } from '../../../src-renderer/data/currentUser';
import { issueDocument, issuedModel, meetingOutcome } from '../../../src-renderer/data/dispatch';
import { ValidationError } from '../../../src-renderer/data/errors';
import { approveGoodDeed, goodDeedRepo, nominateFromGoodDeed } from '../../../src-renderer/data/goodDeeds';
import { meetingRepo } from '../../../src-renderer/data/meetings';
import { advanceNomination, nominationRepo, yearQuotas } from '../../../src-renderer/data/nominations';
import { applyProvincePack } from '../../../src-renderer/data/provincePack';
import { KHANH_HOA_PACK } from '../../../src-renderer/data/provincePacks';
import { councilMemberRepo, personRepo, saveWardProfile } from '../../../src-renderer/data/registers';
import type { RegisteredDocument } from '../../../src-renderer/data/schemas';
import type { LocalTitle, ProvincePack } from '../../../src-renderer/domain/provincePack';
import { readDocx } from '../documents/docx';
import { addPerson, addUnit, freshDb } from './helpers';

const title: LocalTitle = {
  id: 'guong-mat-tieu-bieu', label: 'Gương mặt tiêu biểu của phường', shortLabel: 'Gương mặt tiêu biểu', subjectKinds: ['person'],
  conferredBy: 'ward', prerequisites: [], voteThresholdPercent: 90, voteBase: 'totalMembers', secretBallot: true,
  disciplineBar: 'khien_trach', capPerYear: 1, oncePerLifetime: true, posthumous: false, coefficient: { person: 0.3 }, certificate: true,
  fromGoodDeeds: false, deadline: null, citation: 'Đ12',
};
const CODE = 'local:guong-mat-tieu-bieu' as const;

/** A city's pack: Khánh Hòa's rules re-issued for "Thành phố Mẫu" with one local title. */
const cityPack: ProvincePack = {
  ...KHANH_HOA_PACK,
  province: { name: 'Mẫu', kind: 'city' },
  regulation: { number: '5/2025/QĐ-UBND', date: '2025-10-01', issuer: 'Ủy ban nhân dân thành phố Mẫu', title: 'Ban hành Quy chế công tác thi đua, khen thưởng' },
  verificationNote: '',
  localTitles: [title],
};

async function cityWard() {
  const db = freshDb();
  signIn('Cán bộ VH-XH', 'standing');
  await saveWardProfile(db, {
    name: 'Phường Một', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG MỘT', councilName: 'Hội đồng Thi đua - Khen thưởng phường Một',
    placeName: 'Một', province: '', upperLevel: { preset: 'province' }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
  });
  await applyProvincePack(db, cityPack);
  const unit = await addUnit(db, 'Tổ dân phố 2');
  const members = [];
  for (let i = 1; i <= 7; i++) {
    const person = await addPerson(db, unit.id, `Thành Viên Số ${i}`);
    members.push(await councilMemberRepo.create(db, { personId: person.id, role: i === 1 ? 'chair' : 'member', termFrom: '2025-07-01' }));
  }
  return { db, unit, members };
}

async function nominate(db: Awaited<ReturnType<typeof cityWard>>['db'], unitId: string, name: string) {
  const person = await addPerson(db, unitId, name);
  return { person, nomination: await nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: CODE, proposingUnitId: unitId }) };
}

describe('a province pack\'s own title through nominations, meetings, decisions and money (issue 20)', () => {
  it('refuses for discipline, fails at 6/7 on 90 % of the whole council, passes at 7/7, decides and pays 0,3 × lương cơ sở', async () => {
    const { db, unit, members } = await cityWard();

    // Refused for discipline: "khiển trách" is at the pack's bar, and the reason cites the pack's article.
    const barred = await nominate(db, unit.id, 'Lê Văn Kỷ');
    await personRepo.update(db, barred.person, { disciplines: [{ level: 'khien_trach', decidedOn: '2026-03-02', note: '' }] });
    const refused = await nominationRepo.update(db, barred.nomination, { note: 'Đánh giá lại' });
    expect(refused.eligibility?.result.verdict).toBe('fail');
    const discipline = refused.eligibility!.result.rules.find((r) => r.id === 'local.discipline')!;
    expect(discipline).toMatchObject({ verdict: 'fail', reference: 'QĐ 5/2025/QĐ-UBND Đ12' });
    expect(refused.eligibility?.result.summary).toMatch(/Gương mặt tiêu biểu của phường.*khiển trách/);

    const { nomination } = await nominate(db, unit.id, 'Phạm Thị Hiền');
    expect(nomination.eligibility?.result).toMatchObject({ verdict: 'pass', requiresBallot: true });
    await advanceNomination(db, nomination.id, 'received');
    await advanceNomination(db, nomination.id, 'appraised');

    const attendance = members.map((m) => ({ memberId: m.id, present: true }));
    const meeting = await meetingRepo.create(db, {
      title: 'Họp xét khen thưởng năm 2026', year: 2026, date: '2026-12-10', place: 'Hội trường', startTime: '08:00', endTime: '10:00',
      attendance, agendaNominationIds: [nomination.id],
      ballots: [{ nominationId: nomination.id, method: 'ballot', agree: 6, disagree: 1 }],
    });
    const six = await meetingOutcome(db, meeting.id);
    expect(six.totalMembers).toBe(7);
    expect(six.results[0].decision).toMatchObject({ passed: false, agreePercentText: '85,71 %', agreeNeeded: 7, reference: 'QĐ 5/2025/QĐ-UBND Đ12' });
    expect(six.passedWard).toEqual([]);
    expect(six.secretTitles).toEqual([CODE]);

    const seven = await meetingRepo.update(db, meeting, { ballots: [{ nominationId: nomination.id, method: 'ballot', agree: 7, disagree: 0 }] });
    const outcome = await meetingOutcome(db, seven.id);
    expect(outcome.results[0].decision.passed).toBe(true);
    expect(outcome.passedWard.map((n) => n.id)).toEqual([nomination.id]);

    // The ward chairman's decision: the title by its pack's name, 0,3 × 2.530.000 = 759.000 → 760.000 đ.
    const decision = await issueDocument(db, { kind: 'decision', meetingId: meeting.id, titleCode: CODE, date: '2026-12-20' });
    const model = decision.model as DecisionModel;
    const rows = model.list.groups.flatMap((g) => g.rows);
    expect(rows).toEqual([expect.objectContaining({ name: 'Phạm Thị Hiền', coefficient: 0.3, amount: 760_000 })]);
    expect(model.summary).toBe('Về việc tặng Gương mặt tiêu biểu của phường');
    const docx = readDocx(await buildDocument('decision', issuedModel(decision as RegisteredDocument & { kind: 'decision' })!));
    const text = docx.paragraphs.map((p) => p.text).join('\n') + docx.document.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('760.000');
    expect(text).toContain('Gương mặt tiêu biểu của phường');

    // Voted, decided, awarded: the award history keeps the pack's name for the title.
    await advanceNomination(db, nomination.id, 'voted', { meetingId: meeting.id });
    await advanceNomination(db, nomination.id, 'decided', { decision: { number: decision.numberText, date: '2026-12-20', issuer: 'Chủ tịch UBND phường Một' } });
    await advanceNomination(db, nomination.id, 'awarded');
    const award = await db.awards.where('nominationId').equals(nomination.id).first();
    expect(award).toMatchObject({ titleCode: CODE, titleLabel: 'Gương mặt tiêu biểu của phường' });

    // The pack's cap (1 a year) and once per lifetime: a third nominee this year is refused, and the
    // year-wide check counts the live nominations of the title.
    const third = await nominate(db, unit.id, 'Trần Thị Ba');
    expect(third.nomination.eligibility?.result.rules.find((r) => r.id === 'local.cap')).toMatchObject({ verdict: 'fail' });
    const cap = (await yearQuotas(db, 2026)).find((q) => q.id === 'quota.local.guong-mat-tieu-bieu');
    expect(cap).toMatchObject({ verdict: 'fail', reference: 'QĐ 5/2025/QĐ-UBND Đ12' });
    // The awarded one keeps its place; the live ones beyond the cap are named for the council.
    expect(cap!.nominationIds).toContain(third.nomination.id);
    expect(cap!.nominationIds).not.toContain(nomination.id);
    const again = await nominationRepo.create(db, { nominee: { kind: 'person', personId: award!.personId! }, year: 2027, titleCode: CODE, proposingUnitId: unit.id });
    expect(again.eligibility?.result.rules.find((r) => r.id === 'local.once')).toMatchObject({ verdict: 'fail' });
  });

  it('refuses a person the register records as deceased for a title the pack does not award posthumously; a date of death in the future or before birth is refused', async () => {
    const { db, unit } = await cityWard();
    const { person, nomination } = await nominate(db, unit.id, 'Lê Văn Mất');
    expect(nomination.eligibility?.result.verdict).toBe('pass');
    const died = await personRepo.update(db, person, { deathDate: '2026-05-20' });
    const refused = await nominationRepo.update(db, nomination, { note: 'Đánh giá lại' });
    expect(refused.eligibility?.result.verdict).toBe('fail');
    expect(refused.eligibility!.result.rules.find((r) => r.id === 'local.posthumous')).toMatchObject({
      verdict: 'fail', reason: 'Đã mất ngày 20/05/2026; “Gương mặt tiêu biểu của phường” không truy tặng.', reference: 'QĐ 5/2025/QĐ-UBND Đ12',
    });
    // A national title is judged on its own criteria: the law sets no posthumous bar on it.
    const ldtt = await nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id });
    expect(ldtt.eligibility?.result.rules.some((r) => r.id === 'local.posthumous' || /truy tặng/.test(r.reason))).toBe(false);

    const wrong = async (deathDate: string) => (await personRepo.update(db, await db.people.get(died.id) as typeof died, { deathDate }).catch((e: unknown) => e)) as ValidationError;
    expect((await wrong('2999-01-01')).issues).toEqual([{ path: 'deathDate', message: 'Ngày mất không được sau ngày hôm nay.' }]);
    expect((await wrong('1979-01-01')).issues).toEqual([{ path: 'deathDate', message: 'Ngày mất không được trước ngày sinh.' }]);
    expect((await db.people.get(died.id))?.deathDate).toBe('2026-05-20');
  });

  it('refuses a local title the pack in force does not have, with a Vietnamese reason', async () => {
    const { db, unit } = await cityWard();
    const person = await addPerson(db, unit.id, 'Võ Văn Năm');
    const error = await nominationRepo
      .create(db, { nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'local:khong-co', proposingUnitId: unit.id })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('không có trong quy định của tỉnh, thành phố');
  });

  it('a vetted good-deeds report becomes the nomination of the title the ward confers from the register (item 4)', async () => {
    const { db, unit } = await cityWard();
    const ntvt: LocalTitle = { ...title, id: 'nguoi-tot-viec-tot', label: 'Người tốt, việc tốt của phường', shortLabel: 'NTVT', fromGoodDeeds: true, oncePerLifetime: false, capPerYear: null };
    await applyProvincePack(db, { ...cityPack, revision: 2, localTitles: [title, ntvt] });
    const person = await addPerson(db, unit.id, 'Lê Văn Tâm');
    const deed = await goodDeedRepo.create(db, {
      month: '2026-03', unitId: unit.id, subjectKind: 'person', subjectName: 'Lê Văn Tâm', personId: person.id, field: 'An ninh trật tự',
      deed: 'Trả lại 20 triệu đồng nhặt được cho người đánh rơi.', submittedAt: '2026-03-10',
    });
    await expect(nominateFromGoodDeed(db, deed.id, 'local:nguoi-tot-viec-tot')).rejects.toThrow('Chỉ đề nghị khen thưởng từ báo cáo đã được thẩm định đạt.');
    await approveGoodDeed(db, deed.id);
    // A title the pack does not let the ward confer from the register is refused.
    await expect(nominateFromGoodDeed(db, deed.id, CODE)).rejects.toThrow(/không có danh hiệu cấp phường xét từ báo cáo/);
    const nomination = await nominateFromGoodDeed(db, deed.id, 'local:nguoi-tot-viec-tot');
    expect(nomination).toMatchObject({
      nominee: { kind: 'person', personId: person.id }, year: 2026, titleCode: 'local:nguoi-tot-viec-tot', proposingUnitId: unit.id,
      achievementSummary: 'Trả lại 20 triệu đồng nhặt được cho người đánh rơi.', status: 'draft',
    });
    expect(nomination.eligibility?.result.verdict).toBe('pass');
    expect((await db.goodDeeds.get(deed.id))?.nominationId).toBe(nomination.id);
    await expect(nominateFromGoodDeed(db, deed.id, 'local:nguoi-tot-viec-tot')).rejects.toThrow('Báo cáo này đã được đề nghị khen thưởng.');
    // The report holds on to its nomination: removing the nomination only archives it.
    expect(await nominationRepo.remove(db, nomination)).toBe('archived');

    // A report that names its person only in words: the clerk picks them in the register when nominating.
    const named = await goodDeedRepo.create(db, {
      month: '2026-04', unitId: unit.id, subjectKind: 'person', subjectName: 'Lê Văn Tâm', field: 'Từ thiện',
      deed: 'Hiến máu nhân đạo 10 lần.', submittedAt: '2026-04-10',
    });
    await approveGoodDeed(db, named.id);
    await expect(nominateFromGoodDeed(db, named.id, 'local:nguoi-tot-viec-tot')).rejects.toThrow('Hãy chọn “Lê Văn Tâm” trong danh sách cá nhân trước khi đề nghị khen thưởng.');
    await expect(nominateFromGoodDeed(db, named.id, 'local:nguoi-tot-viec-tot', 'khong-co')).rejects.toThrow();
    expect((await db.goodDeeds.get(named.id))?.nominationId).toBeNull();
    const picked = await nominateFromGoodDeed(db, named.id, 'local:nguoi-tot-viec-tot', person.id);
    expect(picked.nominee).toEqual({ kind: 'person', personId: person.id });
    expect(await db.goodDeeds.get(named.id)).toMatchObject({ personId: person.id, nominationId: picked.id });
  });
});
