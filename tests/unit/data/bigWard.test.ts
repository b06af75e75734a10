import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src-renderer/data/demo';
import { BIG_WARD_SIZES, generateBigWard, loadBigWard } from '../../../src-renderer/data/demo/bigWard';
import { assembleEligibilityInput, evaluateYear } from '../../../src-renderer/data/nominations';
import { findNominations, findPeople } from '../../../src-renderer/data/queries';
import { meetingOutcome } from '../../../src-renderer/data/dispatch';
import { freshDb } from './helpers';

const SMALL = { units: 20, people: 300, awards: 500, nominations: 120, scoreSheets: 20, criteria: 60, goodDeeds: 50 };

describe('big-ward generator', () => {
  it('generates the full workload at the stated sizes, deterministically for a seed', () => {
    const a = generateBigWard(7);
    expect({
      units: a.units.length, people: a.people.length, awards: a.awards.length, nominations: a.nominations.length,
      scoreSheets: a.scoreSheets.length, criteria: a.scoreSheets[0].entries.length, goodDeeds: a.goodDeeds.length,
    }).toEqual(BIG_WARD_SIZES);
    const b = generateBigWard(7);
    expect(b.people.slice(0, 50)).toEqual(a.people.slice(0, 50));
    expect(b.nominations.at(-1)).toEqual(a.nominations.at(-1));
    expect(generateBigWard(8).people[0].id).not.toBe(a.people[0].id);
    const keys = a.nominations.map((n) => `${n.nomineeKey}|${n.year}|${n.titleCode}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has a ward profile, this year’s ratings and appraised judgements, so the year is not all “fail”', async () => {
    const data = generateBigWard(4, SMALL);
    expect(data.wardProfile.map((w) => w.id)).toEqual(['ward']);
    expect(data.people.every((p) => p.ratings.some((r) => r.year === 2026))).toBe(true);
    expect(data.nominations.filter((n) => n.status === 'draft').every((n) => n.judgements.length === 0)).toBe(true);
    expect(data.nominations.some((n) => n.judgements.length > 0)).toBe(true);
    const db = freshDb();
    await loadBigWard(db, data);
    const verdicts = new Set([...(await evaluateYear(db, 2026)).results.values()].map((r) => r.verdict));
    expect([...verdicts].sort()).toEqual(['fail', 'judgement', 'pass']);
  });

  it('generates records that pass every record schema', () => {
    expect(() => validateDataset(generateBigWard(3, SMALL))).not.toThrow();
  });

  it('loads with progress and serves the screens’ indexed queries', async () => {
    const db = freshDb();
    const data = generateBigWard(5, SMALL);
    const progress: number[] = [];
    const total = await loadBigWard(db, data, (done) => progress.push(done));
    expect(progress.at(-1)).toBe(total);
    expect(await db.people.count()).toBe(SMALL.people);
    const someone = data.people[42];
    const found = await findPeople(db, { query: someone.fullName });
    expect(found.map((p) => p.id)).toContain(someone.id);
    const voted = await findNominations(db, { year: 2026, status: 'voted' });
    expect(voted.length).toBe(data.nominations.filter((n) => n.status === 'voted').length);
    const input = await assembleEligibilityInput(db, data.nominations[1]);
    expect(input.history.length).toBeGreaterThan(0);
  });

  it('adds years of record and the council’s meetings: the current year keeps its size, earlier years are closed', async () => {
    const data = generateBigWard(9, SMALL, { years: 3, meetings: [20, 8] });
    expect(() => validateDataset(data)).not.toThrow();
    const byYear = (year: number) => data.nominations.filter((n) => n.year === year);
    expect([2026, 2025, 2024].map((y) => byYear(y).length)).toEqual([SMALL.nominations, SMALL.nominations, SMALL.nominations]);
    expect(byYear(2024).every((n) => ['awarded', 'not_awarded', 'forwarded', 'withdrawn'].includes(n.status))).toBe(true);
    expect(data.awards.length).toBe(SMALL.awards * 3);
    expect(data.goodDeeds.length).toBe(SMALL.goodDeeds * 3);
    expect(data.criteriaSets.map((s) => s.year)).toEqual([2026, 2025, 2024]);
    const keys = data.nominations.map((n) => `${n.nomineeKey}|${n.year}|${n.titleCode}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.meetings.map((m) => m.ballots.length)).toEqual([20, 8]);
    expect(data.councilMembers).toHaveLength(15);
    const db = freshDb();
    await loadBigWard(db, data);
    const outcome = await meetingOutcome(db, data.meetings[0].id);
    expect(outcome.passedUpward).toHaveLength(20);
    expect((await meetingOutcome(db, data.meetings[1].id)).passedWard).toHaveLength(7);
  });
});
