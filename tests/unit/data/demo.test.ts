import { describe, expect, it } from 'vitest';
import { hasDemoData, loadDemoWard, removeDemoWard, validateDataset } from '../../../src-renderer/data/demo';
import { buildDemoWard } from '../../../src-renderer/data/demo/demoWard';
import { NOMINATION_STATUSES } from '../../../src-renderer/data/schemas';
import { RefusedError } from '../../../src-renderer/data/errors';
import { findPeople } from '../../../src-renderer/data/queries';
import { addUnit, freshDb } from './helpers';

describe('demo ward', () => {
  it('is deterministic, valid against every record schema, and realistic in size', () => {
    const a = buildDemoWard();
    const b = buildDemoWard();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(() => validateDataset(a)).not.toThrow();
    expect(a.units.length).toBeGreaterThanOrEqual(20);
    expect(a.blocks).toHaveLength(3);
    expect(a.people.length).toBeGreaterThanOrEqual(140);
    expect(a.councilMembers).toHaveLength(9);
    expect(a.movements).toHaveLength(2);
    expect(new Set(a.awards.map((x) => x.year))).toEqual(new Set([2023, 2024, 2025, 2026]));
    expect(new Set(a.nominations.map((n) => n.status))).toEqual(new Set(NOMINATION_STATUSES));
    expect(a.meetings[0].ballots.length).toBeGreaterThan(0);
    expect(a.goodDeeds.length).toBeGreaterThan(20);
  });

  it('loads into an empty database, is searchable, and is removed exactly', async () => {
    const db = freshDb();
    expect(await hasDemoData(db)).toBe(false);
    await loadDemoWard(db);
    expect(await hasDemoData(db)).toBe(true);
    expect((await db.wardProfile.get('ward'))?.name).toBe('Phường Ninh Hà');
    const nominations = await db.nominations.toArray();
    expect(nominations.every((n) => n.eligibility !== null)).toBe(true);
    expect((await findPeople(db, { query: 'tran hung' })).map((p) => p.fullName)).toContain('Trần Văn Hùng');
    // A record the user adds meanwhile survives removal.
    const own = await addUnit(db, 'Khu phố Mới');
    await removeDemoWard(db);
    expect(await hasDemoData(db)).toBe(false);
    expect(await db.units.toArray()).toEqual([own]);
    expect(await db.people.count()).toBe(0);
    expect(await db.wardProfile.count()).toBe(0);
  });

  it('refuses to load over existing data and changes nothing', async () => {
    const db = freshDb();
    await addUnit(db);
    await expect(loadDemoWard(db)).rejects.toBeInstanceOf(RefusedError);
    expect(await db.units.count()).toBe(1);
  });
});
