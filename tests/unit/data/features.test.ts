import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { BACKUP_LIMITS, exportBackup, validateBackup } from '../../../src-renderer/data/backup';
import { cancelDocument, documentsFrom, removeDocument, reserveDocument, updateDocument } from '../../../src-renderer/data/documents';
import { RefusedError, ValidationError } from '../../../src-renderer/data/errors';
import { addPublication, approveGoodDeed, forwardGoodDeed, goodDeedRepo, resubmitGoodDeed, returnGoodDeed } from '../../../src-renderer/data/goodDeeds';
import { meetingRepo } from '../../../src-renderer/data/meetings';
import { nominationRepo } from '../../../src-renderer/data/nominations';
import { findGoodDeeds } from '../../../src-renderer/data/queries';
import { DOCUMENT_MODEL_LIMITS } from '../../../src-renderer/data/schemas';
import { councilMemberRepo, saveWardProfile } from '../../../src-renderer/data/registers';
import { copyCriteriaSet, createScoreSheet, criteriaSetRepo, reviseCriteriaSet, scoreSheetRepo, setScore, setScores } from '../../../src-renderer/data/scoring';
import type { CriteriaSetDefinition } from '../../../src-renderer/domain/scoring';
import { addPerson, addUnit, current, freshDb, snapshot } from './helpers';

const definition: CriteriaSetDefinition = {
  name: 'Bộ tiêu chí khối Tổ dân phố', year: 2026, bonusCap: 5, deductionCap: 10, coreSectionId: 'I',
  nodes: [
    { id: 'I', label: 'Nhiệm vụ', kind: 'section', maxPoints: 20, children: [
      { id: 'I.1', label: 'Thu ngân sách', kind: 'item', maxPoints: 10 },
      { id: 'I.2', label: 'An ninh trật tự', kind: 'item', maxPoints: 10 },
    ] },
    { id: 'B', label: 'Điểm thưởng', kind: 'bonus', maxPoints: 5 },
  ],
};

describe('document register', () => {
  it('numbers per series and year, restarts each year, never reuses a number after deletion', async () => {
    const db = freshDb();
    const request = { kind: 'submission' as const, year: 2026, date: '2026-12-01', title: 'Tờ trình đề nghị khen thưởng' };
    const first = await reserveDocument(db, request);
    const second = await reserveDocument(db, request);
    expect([first.numberText, second.numberText]).toEqual(['01/TTr-UBND', '02/TTr-UBND']);
    expect((await reserveDocument(db, { ...request, kind: 'decision', title: 'Quyết định' })).numberText).toBe('01/QĐ-UBND');
    expect((await reserveDocument(db, { ...request, kind: 'meetingMinutes', title: 'Biên bản họp' })).numberText).toBe('01/BB-HĐTĐKT');
    expect((await reserveDocument(db, { ...request, kind: 'voteCountMinutes', title: 'Biên bản kiểm phiếu' })).numberText).toBe('02/BB-HĐTĐKT');
    expect(await removeDocument(db, second)).toBe('deleted');
    expect((await reserveDocument(db, request)).numberText).toBe('03/TTr-UBND');
    expect((await reserveDocument(db, { ...request, year: 2027, date: '2027-01-05' })).numberText).toBe('01/TTr-UBND');
    const ballot = await reserveDocument(db, { ...request, kind: 'ballotPaper', title: 'Phiếu bầu' });
    expect(ballot).toMatchObject({ number: 0, numberText: '' });
    expect((await auditOf(db, 'documents', first.id))[0].note).toBe('Cấp số 01/TTr-UBND.');
  });

  it('uses one series for all ward documents when the ward numbers per issuer', async () => {
    const db = freshDb();
    await saveWardProfile(db, {
      name: 'Phường Ninh Hà', headerIssuer: 'UBND', councilName: 'Hội đồng', placeName: 'Ninh Hà', upperLevel: { preset: 'province' },
      chairman: {}, standingMember: {}, settingsOverrides: { documentNumbering: 'perIssuer' },
    });
    await reserveDocument(db, { kind: 'submission', year: 2026, date: '2026-12-01', title: 'Tờ trình' });
    expect((await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-02', title: 'Quyết định' })).numberText).toBe('02/QĐ-UBND');
  });

  it('keeps the number through edits, cancels by archiving, finds documents by source', async () => {
    const db = freshDb();
    const doc = await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-20', title: 'Quyết định', sourceTable: 'meetings', sourceIds: ['m1'] });
    const edited = await updateDocument(db, doc, { title: 'Quyết định khen thưởng năm 2026' });
    expect(edited.numberText).toBe('01/QĐ-UBND');
    expect((await cancelDocument(db, edited)).archived).toBe(1);
    expect((await documentsFrom(db, 'm1')).map((d) => d.id)).toEqual([doc.id]);
  });

  it('composes the model with the reserved number into the one row it creates', async () => {
    const db = freshDb();
    const row = await reserveDocument(
      db,
      { kind: 'decision', year: 2026, date: '2026-12-20', title: 'Quyết định' },
      { compose: (numberText) => ({ numberText, note: undefined, rows: [{ name: 'Nguye\u0302\u0303n Văn A' }] }) },
    );
    // Undefined fields are dropped and text is stored NFC, as every stored string.
    expect(row.model).toEqual({ numberText: '01/QĐ-UBND', rows: [{ name: 'Nguyễn Văn A' }] });
    expect(await auditOf(db, 'documents', row.id)).toHaveLength(1);
  });

  it('stores a big ward’s decision list (thousands of rows) but refuses an absurd model', async () => {
    const db = freshDb();
    const request = { kind: 'decision' as const, year: 2026, date: '2026-12-20', title: 'Quyết định' };
    const rows = Array.from({ length: 5000 }, (_, i) => ({ stt: i + 1, name: `Nguyễn Văn ${i}`, summary: 'x'.repeat(50) }));
    const row = await reserveDocument(db, request, { compose: () => ({ rows }) });
    expect((row.model as { rows: unknown[] }).rows).toHaveLength(5000);
    await expect(reserveDocument(db, request, { compose: () => ({ rows: new Array(DOCUMENT_MODEL_LIMITS.maxArrayLength + 1).fill(0) }) }))
      .rejects.toBeInstanceOf(ValidationError);
    // Whatever the register accepts, a backup must accept too.
    expect(DOCUMENT_MODEL_LIMITS.maxStringLength).toBeLessThan(BACKUP_LIMITS.maxStringLength);
    const restored = await validateBackup(await exportBackup(db));
    expect(restored.counts.documents).toBe(1);
  });

  it('rolls back the counter when the row cannot be written', async () => {
    const db = freshDb();
    await expect(reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-13-01', title: 'Quyết định' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.counters.count()).toBe(0);
    expect((await reserveDocument(db, { kind: 'decision', year: 2026, date: '2026-12-01', title: 'Quyết định' })).number).toBe(1);
  });
});

describe('meetings', () => {
  it('derives its nomination and member indexes and checks ballots against attendance', async () => {
    const db = freshDb();
    const person = await addPerson(db, null);
    const members = await Promise.all([0, 1, 2].map(() => councilMemberRepo.create(db, { personId: person.id, role: 'member', termFrom: '2025-07-01' })));
    const base = { title: 'Họp xét', year: 2026, date: '2026-12-10', place: 'Hội trường' };
    const attendance = [
      { memberId: members[0].id, present: true },
      { memberId: members[1].id, present: true },
      { memberId: members[2].id, present: false, absentReason: 'Ốm', writtenOpinion: true },
    ];
    const meeting = await meetingRepo.create(db, { ...base, attendance });
    expect(meeting.memberIds).toEqual(members.map((m) => m.id));
    const tooMany = await meetingRepo.update(db, meeting, { ballots: [{ nominationId: 'x', agree: 3, disagree: 0, writtenAgree: 2 }] }).catch((e) => e);
    expect(tooMany).toBeInstanceOf(ValidationError);
    const messages = (tooMany as ValidationError).issues.map((i) => i.message).join(' ');
    expect(messages).toContain('vượt quá số thành viên có mặt (2)');
    expect(messages).toContain('vắng mặt có ý kiến (1)');
    expect(messages).toContain('không tồn tại');
    await expect(meetingRepo.create(db, { ...base, attendance: [{ memberId: members[0].id, present: false }] })).rejects.toThrow('Phải ghi lý do vắng mặt.');
    // Marking a member absent breaks every ballot row at once: one message naming the rows, not one per row.
    const unit = await addUnit(db);
    const nominations = [];
    for (const name of ['Lê Văn An', 'Trần Thị Bình', 'Phạm Văn Cường']) {
      const nominee = await addPerson(db, unit.id, name);
      nominations.push(await nominationRepo.create(db, { nominee: { kind: 'person', personId: nominee.id }, year: 2026, titleCode: 'LDTT', proposingUnitId: unit.id }));
    }
    const withBallots = await meetingRepo.update(db, meeting, { ballots: nominations.map((n) => ({ nominationId: n.id, agree: 2, disagree: 0 })) });
    const fewer = await meetingRepo
      .update(db, withBallots, { attendance: attendance.map((a, i) => (i === 1 ? { ...a, present: false, absentReason: 'Ốm' } : a)) })
      .catch((e) => e);
    expect(fewer).toBeInstanceOf(ValidationError);
    expect((fewer as ValidationError).issues).toEqual([
      { path: 'ballots', message: 'Tổng số phiếu vượt quá số thành viên có mặt (1) ở 3 dòng: 1, 2, 3 của kết quả biểu quyết.' },
    ]);
    expect(await councilMemberRepo.remove(db, members[0])).toBe('archived');
  });
});

describe('criteria sets and score sheets', () => {
  it('refuses an invalid tree, locks a set once used, copies it to another year', async () => {
    const db = freshDb();
    await expect(
      criteriaSetRepo.create(db, { definition: { ...definition, nodes: [{ id: 'x', label: '', kind: 'item', maxPoints: 0 }] } }),
    ).rejects.toBeInstanceOf(ValidationError);
    const set = await criteriaSetRepo.create(db, { definition });
    expect(set).toMatchObject({ year: 2026, name: definition.name, revision: 1, locked: false });
    const revised = await criteriaSetRepo.update(db, set, { note: 'Sửa' });
    expect(revised.revision).toBe(2);
    const unit = await addUnit(db);
    await createScoreSheet(db, set.id, unit.id);
    expect((await db.criteriaSets.get(set.id))?.locked).toBe(true);
    await expect(criteriaSetRepo.update(db, await current(db, 'criteriaSets', set.id), { note: 'Sửa lần nữa' })).rejects.toMatchObject({ code: 'locked' });
    const copy = await copyCriteriaSet(db, set.id, 2027);
    expect(copy).toMatchObject({ year: 2027, locked: false, revision: 1, copiedFromId: set.id });
    expect(copy.definition.nodes).toEqual(definition.nodes);
    await expect(createScoreSheet(db, set.id, unit.id)).rejects.toThrow('đã có phiếu chấm');
    expect(await criteriaSetRepo.remove(db, await current(db, 'criteriaSets', set.id))).toBe('archived');
  });

  it('refuses a score above the item maximum and logs every score edit with old and new value', async () => {
    const db = freshDb();
    const set = await criteriaSetRepo.create(db, { definition });
    const unit = await addUnit(db);
    const sheet = await createScoreSheet(db, set.id, unit.id);
    await setScore(db, sheet.id, 'I.1', { selfScore: 9.5 });
    await setScore(db, sheet.id, 'I.1', { councilScore: 8.25 });
    const error = await setScore(db, sheet.id, 'I.1', { councilScore: 10.5 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues[0].path).toBe('councilScore');
    expect(error.message).toContain('vượt quá điểm chuẩn 10');
    await expect(setScore(db, sheet.id, 'I', { councilScore: 1 })).rejects.toThrow('không có trong bộ tiêu chí');
    await expect(setScore(db, sheet.id, 'I.2', { councilScore: 1.234 })).rejects.toThrow('tối đa 2 chữ số thập phân');
    const stored = await scoreSheetRepo.get(db, sheet.id);
    expect(stored?.entries).toEqual([{ criterionId: 'I.1', selfScore: 9.5, councilScore: 8.25, evidence: '' }]);
    const [last, first] = await auditOf(db, 'scoreSheets', sheet.id);
    expect(first).toMatchObject({ before: { selfScore: null }, after: { selfScore: 9.5 } });
    expect(last).toMatchObject({ before: { councilScore: null }, after: { councilScore: 8.25 }, note: 'Sửa điểm tiêu chí I.1.' });
  });
});

describe('good deeds', () => {
  it('goes through vetting with a reason to return, and logs publications', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const deed = await goodDeedRepo.create(db, {
      month: '2026-03', unitId: unit.id, subjectKind: 'person', subjectName: 'Lê Văn Tâm', field: 'An ninh trật tự',
      deed: 'Trả lại của rơi.', submittedAt: '2026-03-10',
    });
    expect(deed.status).toBe('submitted');
    await expect(addPublication(db, deed.id, { channel: 'radio', date: '2026-03-20' })).rejects.toBeInstanceOf(RefusedError);
    await expect(returnGoodDeed(db, deed.id, '  ')).rejects.toThrow('Phải nêu lý do');
    expect((await returnGoodDeed(db, deed.id, 'Thiếu xác nhận')).returnReason).toBe('Thiếu xác nhận');
    await resubmitGoodDeed(db, deed.id);
    await approveGoodDeed(db, deed.id);
    await expect(approveGoodDeed(db, deed.id)).rejects.toThrow('Không thể “Thẩm định đạt”');
    const published = await addPublication(db, deed.id, { channel: 'portal', date: '2026-03-22', link: 'https://ninhha.gov.vn/a' });
    expect(published.publications).toEqual([{ channel: 'portal', date: '2026-03-22', link: 'https://ninhha.gov.vn/a', note: '' }]);
    expect((await forwardGoodDeed(db, deed.id, '2026-03-25')).status).toBe('forwarded');
    expect((await auditOf(db, 'goodDeeds', deed.id)).map((a) => a.action)).toEqual(['transition', 'update', 'transition', 'transition', 'transition', 'create']);
    expect(await findGoodDeeds(db, { year: 2026 })).toHaveLength(1);
    expect(await findGoodDeeds(db, { month: '2026-04' })).toHaveLength(0);
  });
});

describe('scores written in one transaction', () => {
  async function scoredSet() {
    const db = freshDb();
    const set = await criteriaSetRepo.create(db, { definition });
    const [a, b] = [await addUnit(db, 'Tổ dân phố 1'), await addUnit(db, 'Tổ dân phố 2')];
    return { db, set, a, b };
  }

  it('creates the sheets it needs, locks the set, stamps its revision and audits every cell', async () => {
    const { db, set, a, b } = await scoredSet();
    const sheets = await setScores(db, set.id, [
      { unitId: a.id, criterionId: 'I.1', changes: { councilScore: 9 } },
      { unitId: a.id, criterionId: 'I.2', changes: { councilScore: 7.5, selfScore: 8 } },
      { unitId: b.id, criterionId: 'I.1', changes: { selfScore: 10 } },
      { unitId: a.id, criterionId: 'I.1', changes: { councilScore: 9.25 } },
    ]);
    expect(sheets).toHaveLength(2);
    const stored = await db.scoreSheets.where('setId').equals(set.id).toArray();
    const sheetA = stored.find((s) => s.unitId === a.id)!;
    expect(sheetA.entries).toEqual([
      { criterionId: 'I.1', selfScore: null, councilScore: 9.25, evidence: '' },
      { criterionId: 'I.2', selfScore: 8, councilScore: 7.5, evidence: '' },
    ]);
    expect(sheetA.revision).toBe(1);
    expect((await db.criteriaSets.get(set.id))?.locked).toBe(true);
    const cellEntries = (await auditOf(db, 'scoreSheets', sheetA.id)).filter((e) => e.note.startsWith('Sửa điểm'));
    expect(cellEntries.map((e) => (e.after as { criterionId: string }).criterionId).reverse()).toEqual(['I.1', 'I.2', 'I.1']);
  });

  it('keeps a sheet’s entries in the order of the criteria table, whatever order the cells were typed in', async () => {
    const { db, set, a } = await scoredSet();
    await setScores(db, set.id, [{ unitId: a.id, criterionId: 'B', changes: { councilScore: 2 } }]);
    await setScores(db, set.id, [{ unitId: a.id, criterionId: 'I.2', changes: { councilScore: 7 } }]);
    const [sheet] = await setScores(db, set.id, [{ unitId: a.id, criterionId: 'I.1', changes: { selfScore: 9 } }]);
    expect(sheet.entries.map((e) => e.criterionId)).toEqual(['I.1', 'I.2', 'B']);
    expect((await setScore(db, sheet.id, 'I.2', { selfScore: 8 })).entries.map((e) => e.criterionId)).toEqual(['I.1', 'I.2', 'B']);
  });

  it('writes nothing when any cell is refused, and names each refused cell by its unit', async () => {
    const { db, set, a, b } = await scoredSet();
    await setScores(db, set.id, [{ unitId: a.id, criterionId: 'I.1', changes: { councilScore: 5 } }]);
    const before = await snapshot(db);
    const error = await setScores(db, set.id, [
      { unitId: a.id, criterionId: 'I.1', changes: { councilScore: 6 } },
      { unitId: b.id, criterionId: 'I.2', changes: { councilScore: 11 } },
      { unitId: b.id, criterionId: 'I.2', changes: { selfScore: 1.234 } },
    ]).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['cells.1.councilScore', 'cells.2.selfScore']);
    expect(error.issues[0].message).toMatch(/^Tổ dân phố 2: Điểm của “An ninh trật tự” \(11\) vượt quá điểm chuẩn 10\.$/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('revising a locked criteria set', () => {
  it('edits in place with revision + 1 and the reason logged; sheets keep the revision they were scored on', async () => {
    const db = freshDb();
    const set = await criteriaSetRepo.create(db, { definition });
    const unit = await addUnit(db);
    const legacy = await createScoreSheet(db, set.id, unit.id);
    // A sheet from before revisions were recorded: it was scored on the set's current revision.
    await db.scoreSheets.put({ ...legacy, revision: undefined });
    await setScore(db, legacy.id, 'I.1', { councilScore: 8 });
    await db.scoreSheets.update(legacy.id, { revision: undefined });

    await expect(reviseCriteriaSet(db, set.id, definition, '  ')).rejects.toBeInstanceOf(ValidationError);
    const bands = [{ label: 'Xuất sắc', minScore: 18 }, { label: 'Đạt', minScore: 10 }];
    const revised = await reviseCriteriaSet(
      db, set.id, { ...definition, name: 'Bộ tiêu chí sửa đổi', classificationBands: bands, nodes: definition.nodes.map((n) => (n.id === 'B' ? { ...n, maxPoints: 4 } : n)) },
      'Theo Kế hoạch số 12/KH-UBND',
    );
    expect(revised).toMatchObject({ id: set.id, revision: 2, locked: true, name: 'Bộ tiêu chí sửa đổi' });
    expect(revised.definition.classificationBands).toEqual(bands);
    expect((await auditOf(db, 'criteriaSets', set.id))[0].note).toBe('Sửa đổi bộ tiêu chí đã khóa (lần sửa 2). Lý do: Theo Kế hoạch số 12/KH-UBND');
    expect((await db.scoreSheets.get(legacy.id))?.revision).toBe(1);

    // Scoring again records the current revision on the sheet.
    await setScore(db, legacy.id, 'I.2', { councilScore: 6 });
    expect((await db.scoreSheets.get(legacy.id))?.revision).toBe(2);
    const other = await setScores(db, set.id, [{ unitId: (await addUnit(db, 'Tổ dân phố 9')).id, criterionId: 'I.1', changes: { selfScore: 1 } }]);
    expect(other[0].revision).toBe(2);
  });

  it('refuses a revision that orphans or overflows a given score, or a set not in use, and changes nothing', async () => {
    const db = freshDb();
    const draft = await criteriaSetRepo.create(db, { definition });
    await expect(reviseCriteriaSet(db, draft.id, definition, 'Lý do')).rejects.toMatchObject({ code: 'conflict' });
    const unit = await addUnit(db, 'Tổ dân phố 4');
    await setScores(db, draft.id, [
      { unitId: unit.id, criterionId: 'I.1', changes: { councilScore: 9 } },
      { unitId: unit.id, criterionId: 'I.2', changes: { councilScore: 5 } },
      { unitId: unit.id, criterionId: 'B', changes: { councilScore: null } },
    ]);
    const before = await snapshot(db);
    const tighter = {
      ...definition,
      nodes: [{ ...definition.nodes[0], children: [{ id: 'I.1', label: 'Thu ngân sách', kind: 'item' as const, maxPoints: 8 }] }],
    };
    const error = await reviseCriteriaSet(db, draft.id, tighter, 'Bớt tiêu chí').catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i: { message: string }) => i.message)).toEqual([
      'Tổ dân phố 4: tiêu chí “An ninh trật tự” đã được chấm nên không bỏ được.',
      'Tổ dân phố 4: Điểm của “Thu ngân sách” (9) vượt quá điểm chuẩn 8.',
    ]);
    await expect(reviseCriteriaSet(db, draft.id, { ...definition, year: 2027 }, 'Đổi năm')).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(db)).toEqual(before);
    // The blank entry of a removed bonus item does not block its removal.
    const withoutBonus = await reviseCriteriaSet(db, draft.id, { ...definition, nodes: [definition.nodes[0]] }, 'Bỏ điểm thưởng');
    expect(withoutBonus.revision).toBe(draft.revision + 1);
    expect((await db.scoreSheets.where('setId').equals(draft.id).first())?.entries.map((e) => e.criterionId)).toEqual(['I.1', 'I.2']);
  });
});
