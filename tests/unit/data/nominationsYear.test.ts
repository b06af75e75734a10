import { describe, expect, it } from 'vitest';
import type { ThiDuaDb } from '../../../src-renderer/data/db';
import { loadDemoWard } from '../../../src-renderer/data/demo';
import { generateBigWard, loadBigWard } from '../../../src-renderer/data/demo/bigWard';
import { assembleYearInputs, isLive, readsHistoryByNominee, yearNominationOf } from '../../../src-renderer/data/eligibilityInputs';
import { RefusedError } from '../../../src-renderer/data/errors';
import { assembleEligibilityInput, evaluateNomination, evaluateYear, nomineeName, yearQuotas } from '../../../src-renderer/data/nominations';
import { effectiveSettings, getWardProfile } from '../../../src-renderer/data/registers';
import type { Nomination } from '../../../src-renderer/data/schemas';
import { evaluateYearQuotas } from '../../../src-renderer/domain/eligibility';
import { freshDb } from './helpers';

const SMALL = { units: 20, people: 300, awards: 500, nominations: 120, scoreSheets: 20, criteria: 20, goodDeeds: 10 };

/** The year-wide checks rebuilt from the single-nomination path, one nomination at a time. */
async function quotasOneByOne(db: ThiDuaDb, nominations: readonly Nomination[]) {
  const settings = effectiveSettings(await getWardProfile(db));
  const items = [];
  for (const n of nominations.filter(isLive)) {
    items.push(yearNominationOf(n, await nomineeName(db, n.nominee), (await assembleEligibilityInput(db, n)).nominee, settings));
  }
  return evaluateYearQuotas(items, settings);
}

/** Compares the batch with the one-by-one path for every nomination of every year; returns the verdicts seen. */
async function expectBatchEqualsOneByOne(db: ThiDuaDb): Promise<Map<string, number>> {
  const verdicts = new Map<string, number>();
  const years = new Set((await db.nominations.toArray()).map((n) => n.year));
  for (const year of years) {
    const all = await db.nominations.where('year').equals(year).toArray();
    const current = all.filter((n) => n.archived === 0);
    const { results, quotas } = await evaluateYear(db, year);
    const inputs = await assembleYearInputs(db, year);
    expect([...results.keys()].sort()).toEqual(current.map((n) => n.id).sort());
    for (const n of current) {
      expect(inputs.get(n.id)).toEqual(await assembleEligibilityInput(db, n));
      const result = await evaluateNomination(db, n);
      expect(results.get(n.id)).toEqual(result);
      verdicts.set(result.verdict, (verdicts.get(result.verdict) ?? 0) + 1);
    }
    const oneByOne = await quotasOneByOne(db, all);
    expect(quotas).toEqual(oneByOne);
    expect(await yearQuotas(db, year)).toEqual(oneByOne);
  }
  return verdicts;
}

describe('eligibility of a whole year in one batch', () => {
  it('gives the demo ward’s nominations the same inputs, results and quotas as one by one', async () => {
    const db = freshDb();
    await loadDemoWard(db);
    const verdicts = await expectBatchEqualsOneByOne(db);
    expect(verdicts.size).toBeGreaterThan(1);
  });

  // One year of record: the award register is read whole; eight: only the nominees' histories and the
  // year's awards of everyone else (readsHistoryByNominee).
  it.each([
    { years: 1, byNominee: false },
    { years: 8, byNominee: true },
  ])('agrees on a generated ward with $years year(s) of record and the cases that differ between the paths’ reads', async ({ years, byNominee }) => {
    const data = generateBigWard(5, SMALL, { years, meetings: [] });
    expect(readsHistoryByNominee(data.awards.length, data.nominations.filter((n) => n.year === 2026).length)).toBe(byNominee);
    const [unitNomination, person1, person2, person3] = [data.nominations[0], data.nominations[1], data.nominations[2], data.nominations[3]];
    const unitId = unitNomination.nominee.kind === 'unit' ? unitNomination.nominee.unitId : '';
    const members = data.people.filter((p) => p.unitId === unitId);
    // An archived member is not counted; a member's award of the year is (whatever its own state).
    members[0].archived = 1;
    members[1].disciplines = [{ level: 'canh_cao', decidedOn: '2026-05-04', endsOn: null, note: '' }];
    data.awards.push({ ...data.awards[1], id: 'award-member-2026', personId: members[2].id, subjectKey: `p:${members[2].id}`, year: 2026, titleCode: 'LDTT', archived: 1 });
    // The award a nomination produced is its outcome, not its history; an archived award is no history.
    data.awards.push({ ...data.awards[1], id: 'award-own', personId: person1.nominee.kind === 'person' ? person1.nominee.personId : null, subjectKey: person1.nomineeKey, year: 2026, nominationId: person1.id });
    data.awards.push({ ...data.awards[1], id: 'award-archived', subjectKey: person2.nomineeKey, year: 2024, archived: 1 });
    // A collective with member facts entered by hand, and other nominations of the same nominee:
    // an archived one still counts, a withdrawn one does not.
    data.nominations.push({ ...unitNomination, id: 'unit-stats', titleCode: 'BANG_KHEN_TINH', unitStats: { memberCount: 12, ldttCount: 9, cstdcsCount: 1, womenCount: 7, allMembersCompleteTasks: true, highestMemberDiscipline: null, blockRank: null } });
    data.nominations.push({ ...person2, id: 'other-archived', titleCode: 'GIAY_KHEN', archived: 1, status: 'received' });
    data.nominations.push({ ...person3, id: 'other-withdrawn', titleCode: 'GIAY_KHEN', status: 'withdrawn' });
    data.nominations.push({ ...person3, id: 'other-pending', titleCode: 'BANG_KHEN_TINH', status: 'received', achievementRef: 'TT-1' });
    data.nominations.push({
      ...person1, id: 'household', nominee: { kind: 'household', name: 'Hộ ông Nguyễn Văn Ba', address: 'Tổ dân phố 1' },
      nomineeKey: 'h:ho ong nguyen van ba|to dan pho 1', titleCode: 'GIAY_KHEN',
    });
    const db = freshDb();
    await loadBigWard(db, data);
    const verdicts = await expectBatchEqualsOneByOne(db);
    // A mix of verdicts, so agreement is not agreement on one constant answer.
    expect(verdicts.get('pass')).toBeGreaterThan(0);
    expect(verdicts.get('fail')).toBeGreaterThan(0);
    const unit = (await assembleYearInputs(db, 2026)).get(unitNomination.id)?.nominee;
    expect(unit).toMatchObject({ kind: 'unit', memberCount: members.length - 1, ldttCount: 1, highestMemberDiscipline: 'canh_cao' });
  });

  it('refuses a year with a nomination of a deleted person, as the single path does', async () => {
    const data = generateBigWard(6, SMALL);
    const db = freshDb();
    await loadBigWard(db, data);
    const nomination = data.nominations[1];
    if (nomination.nominee.kind !== 'person') throw new Error('expected a person nominee');
    await db.people.delete(nomination.nominee.personId);
    await expect(evaluateNomination(db, nomination)).rejects.toBeInstanceOf(RefusedError);
    await expect(evaluateYear(db, 2026)).rejects.toBeInstanceOf(RefusedError);
  });
});
