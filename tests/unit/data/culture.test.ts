/** The review record's write path (NĐ 86/2023 Đ7): one per tổ dân phố and year, its dates checked in Vietnamese. */
import { describe, expect, it } from 'vitest';
import { cultureReviewRepo, cultureReviewsOf, recordCultureDecision } from '../../../src-renderer/data/culture';
import { ValidationError } from '../../../src-renderer/data/errors';
import { unitRepo } from '../../../src-renderer/data/registers';
import { freshDb } from './helpers';

async function ward() {
  const db = freshDb();
  const tdp = await unitRepo.create(db, { name: 'Tổ dân phố 5', kind: 'tdp' });
  const school = await unitRepo.create(db, { name: 'Trường Tiểu học Ninh Hà', kind: 'school' });
  return { db, tdp, school };
}

const issues = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues;
};

describe('Gia đình văn hóa reviews (issue 12 item 4)', () => {
  it('keeps one review per tổ dân phố and year, and none for another kind of unit', async () => {
    const { db, tdp, school } = await ward();
    await cultureReviewRepo.create(db, { unitId: tdp.id, year: 2026 });
    expect(await issues(cultureReviewRepo.create(db, { unitId: tdp.id, year: 2026 }))).toEqual([
      { path: 'year', message: 'Tổ dân phố 5 đã có bình xét Gia đình văn hóa năm 2026.' },
    ]);
    expect(await issues(cultureReviewRepo.create(db, { unitId: school.id, year: 2026 }))).toEqual([
      { path: 'unitId', message: '“Trường Tiểu học Ninh Hà” không phải tổ dân phố, thôn.' },
    ]);
    await cultureReviewRepo.create(db, { unitId: tdp.id, year: 2027 });
    const rows = await cultureReviewsOf(db, 2026);
    expect(rows.map((r) => [r.unit.name, r.review?.year])).toEqual([['Tổ dân phố 5', 2026]]);
  });

  it('refuses the dossier’s day while a part is missing or before the comments closed, on the field', async () => {
    const { db, tdp } = await ward();
    const review = await cultureReviewRepo.create(db, { unitId: tdp.id, year: 2026, postedOn: '2026-11-05' });
    const all = { proposal: true, householdList: true, reviewMinutes: true };
    expect(await issues(cultureReviewRepo.update(db, review, { dossierCompleteOn: '2026-11-16' }))).toEqual([
      { path: 'dossierCompleteOn', message: expect.stringMatching(/^Hồ sơ chưa đủ, còn thiếu: Văn bản đề nghị \(Mẫu 01\)/) },
    ]);
    expect((await issues(cultureReviewRepo.update(db, review, { dossier: all, dossierCompleteOn: '2026-11-14' })))[0].message).toBe(
      'Hồ sơ chỉ đủ sau khi hết thời gian niêm yết (hết ngày 14/11/2026).',
    );
    const complete = await cultureReviewRepo.update(db, review, { dossier: all, dossierCompleteOn: '2026-11-16' });
    expect(complete.dossierCompleteOn).toBe('2026-11-16');
    expect(await issues(cultureReviewRepo.update(db, complete, { postedOn: '2025-11-05' }))).toContainEqual({ path: 'postedOn', message: 'Ngày niêm yết phải trong năm bình xét 2026.' });
  });

  it('enters the dated decision in the award history of each household still proposed, once', async () => {
    const { db, tdp } = await ward();
    const all = { proposal: true, householdList: true, reviewMinutes: true };
    const review = await cultureReviewRepo.create(db, {
      unitId: tdp.id, year: 2026, postedOn: '2026-11-05', dossier: all, dossierCompleteOn: '2026-11-16',
      households: [
        { name: 'Nguyễn Văn An', address: 'Số 3', comment: '', proposed: true },
        { name: 'Trần Văn Bình', address: 'Số 9', comment: 'Bỏ học', proposed: false },
      ],
    });
    const numbered = await recordCultureDecision(db, review, { decisionNo: '125/QĐ-UBND', decisionDate: null });
    expect(numbered.awarded).toBe(0);
    const { review: decided, awarded } = await recordCultureDecision(db, numbered.review, { decisionNo: '125/QĐ-UBND', decisionDate: '2026-11-24' });
    expect(awarded).toBe(1);
    const awards = await db.awards.toArray();
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({
      subjectKind: 'household', householdName: 'Nguyễn Văn An', householdAddress: 'Số 3', year: 2026, titleCode: 'GIA_DINH_VAN_HOA',
      titleLabel: 'Gia đình văn hóa', decisionNo: '125/QĐ-UBND', decisionDate: '2026-11-24',
    });
    // Saved again (a corrected number), nobody is recorded twice, and the award cites the corrected decision.
    const corrected = await recordCultureDecision(db, decided, { decisionNo: '126/QĐ-UBND', decisionDate: '2026-11-25' });
    expect(corrected).toMatchObject({ awarded: 0, corrected: 1 });
    expect(await db.awards.count()).toBe(1);
    expect(await db.awards.toArray()).toMatchObject([{ decisionNo: '126/QĐ-UBND', decisionDate: '2026-11-25' }]);
    // Saved once more unchanged: nothing to correct.
    expect(await recordCultureDecision(db, corrected.review, { decisionNo: '126/QĐ-UBND', decisionDate: '2026-11-25' })).toMatchObject({ awarded: 0, corrected: 0 });
  });
});
