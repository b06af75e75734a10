/**
 * Meeting documents assembled from the demo ward (a held meeting with ballots): the register gives
 * each numbered document the next number of its series in the same transaction, the row keeps the
 * model and its source, and the real builders print what the records say.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../src-renderer/documents';
import { auditOf } from '../../../../src-renderer/data/audit';
import { getDocument, removeDocument } from '../../../../src-renderer/data/documents';
import { issueDocument, issuedModel, meetingOutcome } from '../../../../src-renderer/data/dispatch';
import { draftMeetingMinutes } from '../../../../src-renderer/data/dispatch/meeting';
import { loadDemoWard } from '../../../../src-renderer/data/demo';
import type { ThiDuaDb } from '../../../../src-renderer/data/db';
import { ValidationError } from '../../../../src-renderer/data/errors';
import { meetingRepo } from '../../../../src-renderer/data/meetings';
import { councilMemberRepo, getWardProfile, saveWardProfile } from '../../../../src-renderer/data/registers';
import type { DecisionModel, MeetingMinutesModel, SubmissionModel, VoteCountMinutesModel } from '../../../../src-renderer/documents/models';
import { findParagraph, readDocx, rowCells, tableRows } from '../../documents/docx';
import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { current, freshDb } from '../helpers';

async function demo(): Promise<{ db: ThiDuaDb; meetingId: string }> {
  const db = freshDb();
  await loadDemoWard(db);
  const meeting = await db.meetings.toCollection().first();
  return { db, meetingId: meeting!.id };
}

describe('meeting outcome', () => {
  it('judges each ballot on the total membership, counting written opinions', async () => {
    const { db, meetingId } = await demo();
    const outcome = await meetingOutcome(db, meetingId);
    expect(outcome.totalMembers).toBe(9);
    expect(outcome.presentMembers).toBe(8);
    // Demo ballots: 8 + 1 written agree pass (9/9); 6 + 1 written (7/9) fail a secret ballot at 80 %.
    for (const r of outcome.results) {
      const agree = r.ballot.agree + r.ballot.writtenAgree;
      expect(r.decision.agree).toBe(agree);
      expect(r.decision.baseCount).toBe(9);
      if (r.secret) expect(r.decision.passed).toBe(agree * 100 >= 80 * 9);
    }
    const passed = outcome.results.filter((r) => r.decision.passed).map((r) => r.nomination.id).sort();
    expect([...outcome.passedWard, ...outcome.passedUpward].map((n) => n.id).sort()).toEqual(passed);
    expect(outcome.passedUpward.every((n) => ['BANG_KHEN_TINH', 'TTLDXS', 'CSTD_TINH', 'CO_THI_DUA_TINH', 'XA_TIEU_BIEU'].includes(n.titleCode))).toBe(true);
    expect(outcome.passedUpward.length).toBeGreaterThan(0);
    expect(outcome.passedWard.length).toBeGreaterThan(0);
  });
});

describe('a nomination on hold at the meeting (NĐ 152/2025 Đ4.4)', () => {
  it('is neither decided nor proposed, and the minutes say it is on hold with its reason', async () => {
    const { db, meetingId } = await demo();
    const before = await meetingOutcome(db, meetingId);
    const target = before.passedWard[0];
    await db.nominations.update(target.id, { holds: [{ kind: 'inspection', active: true, note: 'Thanh tra ngày 02/11/2026', endedOn: null }] });
    const outcome = await meetingOutcome(db, meetingId);
    expect(outcome.onHold.map((n) => n.id)).toEqual([target.id]);
    expect(outcome.passedWard.map((n) => n.id)).not.toContain(target.id);
    const minutes = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    const text = JSON.stringify((minutes.model as MeetingMinutesModel).proceedings);
    expect(text).toContain('Tạm dừng xét khen thưởng theo Nghị định số 152/2025/NĐ-CP (Điều 4)');
    expect(text).toContain('đang bị thanh tra, kiểm tra (Thanh tra ngày 02/11/2026)');
    // The hold ended before the meeting: the nomination counts again.
    await db.nominations.update(target.id, { holds: [{ kind: 'inspection', active: false, note: '', endedOn: '2026-11-01' }] });
    expect((await meetingOutcome(db, meetingId)).passedWard.map((n) => n.id)).toContain(target.id);
  });
});

describe('only the highest award of a year is paid (NĐ 152/2025 Đ49.5–7)', () => {
  it('a row whose nominee holds a higher title of the same year carries no money, says why, and is left out of the total', async () => {
    const { db, meetingId } = await demo();
    const outcome = await meetingOutcome(db, meetingId);
    const target = outcome.passedWard.find((n) => n.titleCode === 'CSTDCS' && n.nominee.kind === 'person')!;
    const { awardRepo } = await import('../../../../src-renderer/data/registers');
    const personId = target.nominee.kind === 'person' ? target.nominee.personId : '';
    const first = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-12-01' });
    const rowOf = (doc: typeof first) => (doc.model as DecisionModel).list.groups.flatMap((g) => g.rows);
    const paidBefore = rowOf(first).filter((r) => r.amount !== undefined);
    expect(paidBefore.length).toBe(rowOf(first).length);
    await awardRepo.create(db, {
      subjectKind: 'person', personId, year: target.year, titleCode: 'CSTD_TINH', titleLabel: 'Chiến sĩ thi đua cấp tỉnh',
      decisionNo: '2150/QĐ-UBND', decisionDate: '2026-11-25', issuer: 'Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa',
    });
    const second = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-12-01' });
    const unpaid = rowOf(second).filter((r) => r.amount === undefined);
    expect(unpaid).toHaveLength(1);
    expect(unpaid[0].note).toBe(
      'Không chi tiền: năm 2026 có CSTĐ tỉnh (QĐ 2150/QĐ-UBND), mức cao hơn (NĐ 152/2025 Đ49).',
    );
    const sum = (doc: typeof first) => rowOf(doc).reduce((t, r) => t + (r.amount ?? 0), 0);
    expect(sum(first) - sum(second)).toBe(2_530_000);
    expect(JSON.stringify((second.model as DecisionModel).articles)).toContain(new Intl.NumberFormat('vi-VN').format(sum(second)));
    // The .docx prints the reason in the row's "Ghi chú".
    const xml = readDocx(await buildDocument('decision', second.model as DecisionModel));
    expect(xml.document).toContain('Không chi tiền: năm 2026 có CSTĐ tỉnh');
  });
});

describe('issuing meeting documents', () => {
  it('numbers minutes in the council series and the tờ trình in its own, writing source and model', async () => {
    const { db, meetingId } = await demo();
    const minutes = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    const outcome = await meetingOutcome(db, meetingId);
    const secretTitle = outcome.secretTitles[0];
    const voteCount = secretTitle ? await issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode: secretTitle }) : null;
    const submission = await issueDocument(db, { kind: 'submission', meetingId, titleCode: 'BANG_KHEN_TINH', date: '2026-12-12' });

    expect(minutes.numberText).toBe('01/BB-HĐTĐKT');
    if (voteCount) expect(voteCount.numberText).toBe('02/BB-HĐTĐKT');
    expect(submission.numberText).toBe('01/TTr-UBND');
    expect(submission).toMatchObject({ kind: 'submission', year: 2026, date: '2026-12-12', sourceTable: 'meetings', sourceIds: [meetingId], demo: 1 });
    expect(minutes.date).toBe('2026-11-12');

    const stored = issuedModel(submission as typeof submission & { kind: 'submission' }) as SubmissionModel;
    expect(stored.numberText).toBe('01/TTr-UBND');
    expect(stored.addressees).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa', 'Sở Nội vụ tỉnh Khánh Hòa']);
    // The tờ trình cites the minutes issued before it.
    expect(stored.bases.at(-1)).toBe('Căn cứ Biên bản họp số 01/BB-HĐTĐKT ngày 12 tháng 11 năm 2026 của Hội đồng Thi đua - Khen thưởng phường Ninh Hà');
    const listed = stored.list.groups.reduce((sum, g) => sum + g.rows.length, 0);
    expect(listed).toBe(outcome.passedUpward.filter((n) => n.titleCode === 'BANG_KHEN_TINH').length);

    const minutesModel = (await getDocument(db, minutes.id))!.model as MeetingMinutesModel;
    expect(minutesModel.numberText).toBe('01/BB-HĐTĐKT');
    expect(minutesModel.present).toHaveLength(8);
    expect(minutesModel.absent).toEqual([expect.objectContaining({ name: 'Đặng Văn Sơn', reason: 'Đi công tác', writtenOpinion: true })]);
    expect(minutesModel.chair.name).toBe('Trần Văn Hùng');
    expect(minutesModel.secretarySignature).toEqual({ title: 'Thư ký', name: 'Hồ Thị Ngọc Trang' });
    expect(minutesModel.voteResults).toHaveLength(outcome.results.filter((r) => r.secret).length);
  });

  it('names every member who attended, one removed from the council since as well, and only them', async () => {
    const { db, meetingId } = await demo();
    const meeting = (await db.meetings.get(meetingId))!;
    const before = (await draftMeetingMinutes(db, meetingId)).compose('01/BB-HĐTĐKT');
    // A member present that day, since removed (archived), is still on that day's minutes.
    const leaver = meeting.attendance.find((a) => a.present)!;
    const member = (await db.councilMembers.get(leaver.memberId))!;
    await councilMemberRepo.remove(db, member);
    expect((await db.councilMembers.get(leaver.memberId))?.archived).toBe(1);
    const after = (await draftMeetingMinutes(db, meetingId)).compose('01/BB-HĐTĐKT');
    expect(after.present).toEqual(before.present);
    expect(after.absent).toEqual(before.absent);
    expect(before.present).toHaveLength(meeting.attendance.filter((a) => a.present).length);
  });

  it('writes one register row and one audit entry per issued document', async () => {
    const { db, meetingId } = await demo();
    const documentEntries = async () => (await db.audit.toArray()).filter((a) => a.table === 'documents').length;
    const before = await documentEntries();
    const row = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'GIAY_KHEN', date: '2026-12-20' });
    const entries = await auditOf(db, 'documents', row.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', note: `Cấp số ${row.numberText}.` });
    expect((entries[0].after as { model: DecisionModel }).model.numberText).toBe(row.numberText);
    expect(await documentEntries()).toBe(before + 1);
    expect(await db.documents.count()).toBe(1);
  });

  it('never reuses a number after a row is deleted, and a reopened row keeps its number', async () => {
    const { db, meetingId } = await demo();
    const first = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    const second = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    expect(second.numberText).toBe('02/BB-HĐTĐKT');
    expect(await removeDocument(db, second)).toBe('deleted');
    const third = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    expect(third.numberText).toBe('03/BB-HĐTĐKT');
    const reopened = await getDocument(db, first.id);
    expect(reopened?.numberText).toBe('01/BB-HĐTĐKT');
    expect((reopened?.model as MeetingMinutesModel).numberText).toBe('01/BB-HĐTĐKT');
    const bytes = await buildDocument('meetingMinutes', reopened!.model as MeetingMinutesModel);
    expect(readDocx(bytes).document).toContain('01/BB-HĐTĐKT');
  });

  it('rolls the number back when the model cannot be assembled', async () => {
    const { db, meetingId } = await demo();
    await meetingRepo.update(db, await current(db, 'meetings', meetingId), { startTime: '' });
    await expect(issueDocument(db, { kind: 'meetingMinutes', meetingId })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.documents.count()).toBe(0);
    expect(await db.counters.count()).toBe(0);
  });

  it('prices the decision list with the base salary in force on the decision date', async () => {
    const { db, meetingId } = await demo();
    await meetingRepo.update(db, await current(db, 'meetings', meetingId), { date: '2026-06-25' });
    const issue = (titleCode: 'CSTDCS' | 'GIAY_KHEN', date: string) => issueDocument(db, { kind: 'decision', meetingId, titleCode, date });
    const before = { cstdcs: await issue('CSTDCS', '2026-06-30'), giayKhen: await issue('GIAY_KHEN', '2026-06-30') };
    const after = { cstdcs: await issue('CSTDCS', '2026-07-01'), giayKhen: await issue('GIAY_KHEN', '2026-07-01') };
    expect([before.cstdcs.numberText, after.giayKhen.numberText]).toEqual(['01/QĐ-UBND', '04/QĐ-UBND']);
    const model = (row: typeof before.cstdcs) => row.model as DecisionModel;
    const amountsOf = (row: typeof before.cstdcs) =>
      model(row).list.groups.flatMap((g) => (g.kind === 'person' ? g.rows : [])).map((r) => [r.coefficient, r.amount]);
    // CSTĐCS 1,0 × base; Giấy khen 0,3 × base rounded up to 10.000 đ: 702.000 → 710.000, 759.000 → 760.000.
    expect(amountsOf(before.cstdcs).length).toBeGreaterThan(0);
    expect(new Set(amountsOf(before.cstdcs).map(String))).toEqual(new Set(['1,2340000']));
    expect(new Set(amountsOf(after.cstdcs).map(String))).toEqual(new Set(['1,2530000']));
    expect(new Set(amountsOf(before.giayKhen).map(String))).toEqual(new Set(['0.3,710000']));
    expect(new Set(amountsOf(after.giayKhen).map(String))).toEqual(new Set(['0.3,760000']));
    // The list states the base salary its amounts were computed with.
    expect([model(before.cstdcs).baseSalary, model(after.cstdcs).baseSalary]).toEqual([2_340_000, 2_530_000]);
    expect(model(before.cstdcs).signature).toEqual({ title: 'Chủ tịch', name: 'Trần Văn Hùng' });
  });

  it('refuses a tờ trình dated before the meeting it rests on', async () => {
    const { db, meetingId } = await demo();
    await expect(issueDocument(db, { kind: 'submission', meetingId, titleCode: 'BANG_KHEN_TINH', date: '2026-11-11' })).rejects.toThrow(
      'Ngày văn bản (11/11/2026) không thể trước ngày họp Hội đồng (12/11/2026).',
    );
    expect(await db.documents.count()).toBe(0);
  });

  it('builds real .docx files from the assembled models', async () => {
    const { db, meetingId } = await demo();
    const minutes = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    const submission = await issueDocument(db, { kind: 'submission', meetingId, titleCode: 'BANG_KHEN_TINH', date: '2026-12-12' });
    const decision = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-12-20' });

    const minutesDoc = readDocx(await buildDocument('meetingMinutes', minutes.model as MeetingMinutesModel));
    findParagraph(minutesDoc, 'Số: 01/BB-HĐTĐKT');
    findParagraph(minutesDoc, /Địa điểm: Hội trường Ủy ban nhân dân phường Ninh Hà\./);
    expect(minutesDoc.document).toContain('Hồ Thị Ngọc Trang');

    const submissionDoc = readDocx(await buildDocument('submission', submission.model as SubmissionModel));
    findParagraph(submissionDoc, 'Số: 01/TTr-UBND');
    findParagraph(submissionDoc, /Ninh Hà, ngày 12 tháng 12 năm 2026/);
    expect(submissionDoc.document).toContain('Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa');

    const decisionDoc = readDocx(await buildDocument('decision', decision.model as DecisionModel));
    findParagraph(decisionDoc, 'Số: 01/QĐ-UBND');
    expect(decisionDoc.document).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ');
  });

  it('prints ballot results of the vote-count minutes as the domain judged them', async () => {
    const { db, meetingId } = await demo();
    const outcome = await meetingOutcome(db, meetingId);
    const title = outcome.secretTitles[0];
    expect(title).toBeDefined();
    const row = await issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode: title });
    const model = row.model as VoteCountMinutesModel;
    expect(model.totalMembers).toBe(9);
    expect(model.ballotsIssued).toBe(8);
    expect(model.passThresholdPercent).toBe(80);
    expect(model.countingBoard[0].name).toBe('Lê Thị Thủy');
    for (const r of model.results) {
      // Papers come from the 8 present; the absent member's written opinion is counted apart and added.
      expect(r.agree + r.disagree).toBeLessThanOrEqual(8);
      expect(r.passed).toBe((r.agree + r.writtenAgree) * 100 >= 80 * 9);
    }
    expect(model.writtenOpinions).toEqual(['Đặng Văn Sơn']);
    const doc = readDocx(await buildDocument('voteCountMinutes', model));
    findParagraph(doc, /: 8 phiếu đồng ý \+ 1 ý kiến bằng văn bản = 9\/9 thành viên, 100 %, đạt;$/);
    expect(doc.document).toContain(model.results[0].passed ? 'Đạt' : 'Không đạt');
  });

  it('names the counting board the meeting records, head first, and refuses an absent member on it', async () => {
    const { db, meetingId } = await demo();
    const meeting = (await db.meetings.get(meetingId))!;
    const present = meeting.attendance.filter((a) => a.present).map((a) => a.memberId);
    const absent = meeting.attendance.find((a) => !a.present)!.memberId;
    const chosen = [present[present.length - 1], present[0]];
    const people = await Promise.all(chosen.map(async (id) => (await db.people.get((await db.councilMembers.get(id))!.personId))!.fullName));

    await expect(meetingRepo.update(db, await current(db, 'meetings', meetingId), { countingBoardMemberIds: [chosen[0], absent] })).rejects.toBeInstanceOf(ValidationError);
    await expect(meetingRepo.update(db, await current(db, 'meetings', meetingId), { countingBoardMemberIds: [chosen[0], chosen[0]] })).rejects.toBeInstanceOf(ValidationError);
    await meetingRepo.update(db, await current(db, 'meetings', meetingId), { countingBoardMemberIds: chosen });

    const outcome = await meetingOutcome(db, meetingId);
    const row = await issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode: outcome.secretTitles[0] });
    const model = row.model as VoteCountMinutesModel;
    expect(model.countingBoard.map((m) => m.name)).toEqual(people);
    expect(model.boardSignatures).toEqual([
      { title: 'Trưởng ban kiểm phiếu', name: people[0] },
      { title: 'Thành viên', name: people[1] },
    ]);
  });
});

describe('one decision or tờ trình per form, as the ward office issues them (issue 19 item 2)', () => {
  it('issues a CSTĐCS decision that names the title and lists only its holders', async () => {
    const { db, meetingId } = await demo();
    const outcome = await meetingOutcome(db, meetingId);
    const holders = outcome.passedWard.filter((n) => n.titleCode === 'CSTDCS');
    const row = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-11-20' });
    const model = row.model as DecisionModel;
    expect(row.title).toBe('Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026');
    expect(model.summary).toBe(row.title);
    expect(model.articles[0]).toEqual([`Công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026 cho 0${holders.length} cá nhân (có danh sách kèm theo).`]);
    expect(model.list.title).toBe('ĐƯỢC CÔNG NHẬN DANH HIỆU “CHIẾN SĨ THI ĐUA CƠ SỞ” NĂM 2026');
    const rows = model.list.groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(holders.length);
    expect(rows.every((r) => r.award === 'Chiến sĩ thi đua cơ sở')).toBe(true);
    expect(model.decidedBy).toBe('Chủ tịch UBND phường Ninh Hà');
  });

  it('issues a Giấy khen decision "Tặng Giấy khen của Chủ tịch … cho …, vì: …" with its own list and money', async () => {
    const { db, meetingId } = await demo();
    const row = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'GIAY_KHEN', date: '2026-11-20' });
    const model = row.model as DecisionModel;
    expect(model.summary).toBe('Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Hà');
    expect(model.articles[0][0]).toBe(
      'Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Hà cho 01 tập thể, 01 cá nhân và 01 hộ gia đình (có danh sách kèm theo), vì: Đã có thành tích trong phong trào thi đua năm 2026.',
    );
    const rows = model.list.groups.flatMap((g) => g.rows);
    expect(new Set(rows.map((r) => r.award))).toEqual(new Set(['Giấy khen']));
    // Base 2.530.000 on 20/11/2026: unit 0,6 → 1.520.000; person 0,3 → 760.000; household 0,45 → 1.140.000 (NĐ 152/2025 Đ49.2).
    expect(model.articles[1][0]).toContain('tổng cộng 3.420.000 đồng');
  });

  it('refuses a form nothing passed for', async () => {
    const { db, meetingId } = await demo();
    await expect(issueDocument(db, { kind: 'decision', meetingId, titleCode: 'BANG_KHEN_TINH', date: '2026-11-20' })).rejects.toThrow(
      'Phiên họp không có đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh nào đạt để khen thưởng.',
    );
    expect(await db.documents.count()).toBe(0);
  });

  it('names the form requested in the tờ trình’s V/v, body and list', async () => {
    const { db, meetingId } = await demo();
    const row = await issueDocument(db, { kind: 'submission', meetingId, titleCode: 'BANG_KHEN_TINH', date: '2026-11-20' });
    const model = row.model as SubmissionModel;
    expect(model.summary).toBe('Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2026');
    expect(model.body[1]).toBe(
      'Ủy ban nhân dân phường Ninh Hà kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa xem xét, tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2026 cho 01 cá nhân (có danh sách kèm theo).',
    );
    expect(model.list.groups.flatMap((g) => g.rows).every((r) => r.award === 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh')).toBe(true);
  });
});

describe('the ward’s own data in the documents', () => {
  it('prints "ỦY BAN NHÂN DÂN / PHƯỜNG NINH HÀ" alone on UBND documents, the council header on the council’s (issue 12 item 18)', async () => {
    const { db, meetingId } = await demo();
    expect((await getWardProfile(db))!.headerParent).toBe('ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA');
    const decision = await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-11-20' });
    const minutes = await issueDocument(db, { kind: 'meetingMinutes', meetingId });
    expect((decision.model as DecisionModel).header).toMatchObject({ agency: [], issuer: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ'] });
    expect((minutes.model as MeetingMinutesModel).header).toMatchObject({ agency: ['UBND phường Ninh Hà'], issuer: ['Hội đồng Thi đua - Khen thưởng'] });
    const doc = readDocx(await buildDocument('decision', decision.model as DecisionModel));
    const header = doc.tables[0];
    expect(header).toContain('ỦY BAN NHÂN DÂN');
    expect(header).toContain('PHƯỜNG NINH HÀ');
    expect(header).not.toContain('TỈNH KHÁNH HÒA');
  });

  it('cites the bases kept as ward data and the province’s regulation from the profile (issue 19 item 1)', async () => {
    const { db, meetingId } = await demo();
    const profile = (await getWardProfile(db))!;
    const regulation = { number: '09/2024/QĐ-UBND', date: '2024-05-09', issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa', title: 'ban hành Quy chế thi đua, khen thưởng tỉnh Khánh Hòa' };
    const ownBases = [{ type: 'Luật Thi đua, khen thưởng', number: '', date: '2022-06-15', issuer: '', title: '' }];
    await saveWardProfile(db, { ...profile, provinceRegulation: regulation, settingsOverrides: { ...profile.settingsOverrides, documentBases: { decision: ownBases, submission: ownBases } } });
    const decision = (await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-11-20' })).model as DecisionModel;
    expect(decision.bases.slice(0, 2)).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 09 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Khánh Hòa ban hành Quy chế thi đua, khen thưởng tỉnh Khánh Hòa',
    ]);
    // The council is named once: "Xét đề nghị của Hội đồng … tại cuộc họp ngày …", not "… của Hội đồng …" again.
    expect(decision.bases[2]).toBe('Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường Ninh Hà tại cuộc họp ngày 12 tháng 11 năm 2026');
    const submission = (await issueDocument(db, { kind: 'submission', meetingId, titleCode: 'BANG_KHEN_TINH', date: '2026-11-20' })).model as SubmissionModel;
    expect(submission.bases[1]).toBe(decision.bases[1]);
  });

  it('sends copies as the ward’s Nơi nhận defaults say, placeholders filled, and as the ward changes them (issue 19 item 6)', async () => {
    const { db, meetingId } = await demo();
    const decision = (await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-11-20' })).model as DecisionModel;
    expect(decision.recipients).toEqual(['Như Điều 3', 'Thường trực Đảng ủy, HĐND phường (b/c)', 'Chủ tịch, các Phó Chủ tịch UBND phường', 'Lưu: VT, VHXH']);
    const minutes = (await issueDocument(db, { kind: 'meetingMinutes', meetingId })).model as MeetingMinutesModel;
    expect(minutes.recipients).toEqual(['Thành viên Hội đồng Thi đua - Khen thưởng phường Ninh Hà', 'Lưu: VT, VHXH']);
    const profile = (await getWardProfile(db))!;
    const own = { ...DEFAULT_SETTINGS.documentRecipients, decision: ['Như Điều 3', 'Thường trực HĐND {phường} (b/c)', 'Lưu: VT, VP'] };
    await saveWardProfile(db, { ...profile, name: 'Xã Ninh Hà', settingsOverrides: { ...profile.settingsOverrides, documentRecipients: own } });
    const next = (await issueDocument(db, { kind: 'decision', meetingId, titleCode: 'CSTDCS', date: '2026-11-20' })).model as DecisionModel;
    expect(next.recipients).toEqual(['Như Điều 3', 'Thường trực HĐND xã (b/c)', 'Lưu: VT, VP']);
    const doc = readDocx(await buildDocument('decision', next));
    findParagraph(doc, '- Thường trực HĐND xã (b/c);');
    findParagraph(doc, '- Lưu: VT, VP.');
  });
});

describe('the vote-count minutes’ own times (issue 19 item 3)', () => {
  it('prints when the counting of that title began and ended, and blanks when they were not recorded', async () => {
    const { db, meetingId } = await demo();
    const counted = (await issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode: 'CSTDCS' })).model as VoteCountMinutesModel;
    expect([counted.startTime, counted.endTime]).toEqual(['09:40', '09:55']);
    const doc = readDocx(await buildDocument('voteCountMinutes', counted));
    findParagraph(doc, /^Vào lúc 09 giờ 40 phút, ngày 12 tháng 11 năm 2026, tại Hội trường/);
    findParagraph(doc, /^Việc kiểm phiếu kết thúc vào lúc 09 giờ 55 phút cùng ngày/);
    expect(doc.document).not.toContain('08 giờ 00 phút');

    await meetingRepo.update(db, await current(db, 'meetings', meetingId), { countingTimes: [] });
    const blank = (await issueDocument(db, { kind: 'voteCountMinutes', meetingId, titleCode: 'CSTDCS' })).model as VoteCountMinutesModel;
    const blankDoc = readDocx(await buildDocument('voteCountMinutes', blank));
    findParagraph(blankDoc, /^Vào lúc …… giờ …… phút, ngày 12 tháng 11 năm 2026/);
    expect(blankDoc.document).not.toContain('08 giờ 00 phút');
  });

  it('refuses a counting that ends before it begins, in Vietnamese', async () => {
    const { db, meetingId } = await demo();
    await expect(meetingRepo.update(db, await current(db, 'meetings', meetingId), { countingTimes: [{ titleCode: 'CSTDCS', startTime: '10:00', endTime: '09:00' }] })).rejects.toThrow(
      /Giờ kết thúc kiểm phiếu phải sau giờ bắt đầu\./,
    );
  });

  it('gives the meeting minutes the place-date line of every ND 30 document', async () => {
    const { db, meetingId } = await demo();
    const minutes = (await issueDocument(db, { kind: 'meetingMinutes', meetingId })).model as MeetingMinutesModel;
    expect([minutes.place, minutes.date]).toEqual(['Ninh Hà', '2026-11-12']);
    const doc = readDocx(await buildDocument('meetingMinutes', minutes));
    expect(rowCells(tableRows(doc.tables[0])[1])[1]).toBe('Ninh Hà, ngày 12 tháng 11 năm 2026');
  });
});

