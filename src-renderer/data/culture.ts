/**
 * The yearly Gia đình văn hóa review of each tổ dân phố (NĐ 86/2023 Đ7): one record per tổ dân phố and
 * year, on the shared write path. The schedule and warnings are the domain's (domain/culture.ts).
 */
import { cultureDateProblems } from '../domain/culture';
import type { ThiDuaDb } from './db';
import { awardRepo, effectiveSettings, getWardProfile, subjectKeyOf } from './registers';
import { defineRepository, writeTransaction, type ReadRecord } from './repository';
import { TITLES } from '../domain/titles';
import { cultureReviewInputSchema, cultureReviewRecordSchema } from './schemas';
import type { CultureReview, Unit } from './schemas';

export const cultureReviewRepo = defineRepository({
  table: 'cultureReviews',
  label: 'bình xét Gia đình văn hóa',
  input: cultureReviewInputSchema,
  record: cultureReviewRecordSchema,
  derive: () => ({}),
  check: async (db, input, previous) => {
    const unit = await db.units.get(input.unitId);
    if (!unit) return [{ path: 'unitId', message: 'Tổ dân phố không tồn tại (có thể đã bị xóa).' }];
    const issues = unit.kind === 'tdp' ? [] : [{ path: 'unitId', message: `“${unit.name}” không phải tổ dân phố, thôn.` }];
    const twin = await db.cultureReviews.where('[unitId+year]').equals([input.unitId, input.year]).first();
    if (twin && twin.id !== previous?.id) issues.push({ path: 'year', message: `${unit.name} đã có bình xét Gia đình văn hóa năm ${input.year}.` });
    const settings = effectiveSettings(await getWardProfile(db));
    return [...issues, ...cultureDateProblems(input, settings).map((p) => ({ path: p.field, message: p.message }))];
  },
});

export interface CultureRow {
  unit: Unit;
  review: CultureReview | null;
}

/** Every tổ dân phố in use with its review of the year, if started (one index read each way). */
export async function cultureReviewsOf(db: ThiDuaDb, year: number): Promise<CultureRow[]> {
  const [units, reviews] = await Promise.all([
    db.units.where('kind').equals('tdp').filter((u) => u.archived === 0).toArray(),
    db.cultureReviews.where('year').equals(year).filter((r) => r.archived === 0).toArray(),
  ]);
  const byUnit = new Map(reviews.map((r) => [r.unitId, r]));
  return units.map((unit) => ({ unit, review: byUnit.get(unit.id) ?? null }));
}

/**
 * The chairman's decision (NĐ 86/2023 Đ7.2, Mẫu 10): recorded on the review and, once dated, entered in
 * the award history for every household still proposed, with the issuer as it was, so the households'
 * history and the year's report count them. A household already recorded for the year is not added twice;
 * when a dated decision's number or date is corrected, the households' awards of that decision follow
 * (the history must cite the decision as it was signed).
 */
export function recordCultureDecision(db: ThiDuaDb, read: ReadRecord, decision: { decisionNo: string; decisionDate: string | null }): Promise<{ review: CultureReview; awarded: number; corrected: number }> {
  return writeTransaction(db, async () => {
    const before = await db.cultureReviews.get(read.id);
    const review = await cultureReviewRepo.update(db, read, decision);
    if (!review.decisionDate) return { review, awarded: 0, corrected: 0 };
    const profile = await getWardProfile(db);
    const issuer = `Chủ tịch UBND ${profile?.name.replace(/^Phường/u, 'phường').replace(/^Xã/u, 'xã') ?? ''}`.trim();
    const correcting = before?.decisionDate && (before.decisionNo !== review.decisionNo || before.decisionDate !== review.decisionDate) ? before : null;
    let awarded = 0;
    let corrected = 0;
    for (const h of review.households.filter((x) => x.proposed)) {
      const key = subjectKeyOf({ kind: 'household', name: h.name, address: h.address });
      const earlier = await db.awards.where('[subjectKey+year]').equals([key, review.year]).filter((a) => a.titleCode === 'GIA_DINH_VAN_HOA' && a.archived === 0).toArray();
      for (const award of earlier) {
        if (!correcting || award.decisionNo !== correcting.decisionNo || award.decisionDate !== correcting.decisionDate) continue;
        await awardRepo.update(db, award, { decisionNo: review.decisionNo, decisionDate: review.decisionDate }, `Sửa số, ngày quyết định công nhận: ${correcting.decisionNo} → ${review.decisionNo}`);
        corrected++;
      }
      if (earlier.length > 0) continue;
      await awardRepo.create(db, {
        subjectKind: 'household', householdName: h.name, householdAddress: h.address, year: review.year,
        titleCode: 'GIA_DINH_VAN_HOA', titleLabel: TITLES.GIA_DINH_VAN_HOA.label,
        decisionNo: review.decisionNo, decisionDate: review.decisionDate, issuer,
      });
      awarded++;
    }
    return { review, awarded, corrected };
  });
}
