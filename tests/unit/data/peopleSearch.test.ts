import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { comparePersonNames } from '../../../src-renderer/domain/text';
import { generateBigWard, loadBigWard } from '../../../src-renderer/data/demo/bigWard';
import { findPeople, matchesWords, queryWordsOf } from '../../../src-renderer/data/queries';
import type { PersonFilter } from '../../../src-renderer/data/queries';
import { personRepo } from '../../../src-renderer/data/registers';
import type { Person } from '../../../src-renderer/data/schemas';
import { addPerson, addUnit, freshDb } from './helpers';

const SMALL = { units: 20, people: 400, awards: 50, nominations: 20, scoreSheets: 2, criteria: 5, goodDeeds: 5 };

/** What the search means, by brute force over every person: the index path must give exactly this. */
function reference(people: readonly Person[], filter: PersonFilter): string[] {
  const words = queryWordsOf(filter.query);
  return people
    .filter((p) => (filter.includeArchived || p.archived === 0) && (!filter.unitId || p.unitId === filter.unitId) && matchesWords(p.searchWords, words))
    .sort(comparePersonNames)
    .map((p) => p.id);
}

describe('people search (findPeople)', () => {
  it('lists a person once even when several of their words match the prefix it reads the index by', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const twice = await addPerson(db, unit.id, 'Nguyễn Ngọc Hạnh');
    await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    const found = await findPeople(db, { query: 'ng' });
    expect(found.map((p) => p.fullName)).toEqual(['Nguyễn Ngọc Hạnh', 'Nguyễn Thị Hoà']);
    expect(found.filter((p) => p.id === twice.id)).toHaveLength(1);
  });

  it('matches a brute-force scan of the register for queries, units and archived records, in tên order', async () => {
    const db = freshDb();
    const data = generateBigWard(11, SMALL);
    await loadBigWard(db, data);
    // Archive a few, so the archived filter is exercised on generated names too.
    for (const p of data.people.slice(0, 40)) await personRepo.archive(db, p);
    const people = await db.people.toArray();
    const unitId = people[7].unitId ?? undefined;
    const filters: PersonFilter[] = [
      { query: 'nguyen thi' }, { query: 'Nguyễn Thị' }, { query: 'ng th h' }, { query: 'tran' }, { query: 'thi' },
      { query: 'ng' }, { query: 'nguy', includeArchived: true }, { query: 'van', unitId }, { unitId }, {}, { includeArchived: true }, { query: 'zzz' },
    ];
    for (const filter of filters) {
      expect((await findPeople(db, filter)).map((p) => p.id), JSON.stringify(filter)).toEqual(reference(people, filter));
    }
    expect(reference(people, { query: 'nguyen thi' }).length).toBeGreaterThan(0);
  });

  it('a live search picks up a person added afterwards (the screen’s list stays current)', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    const seen: string[][] = [];
    const subscription = liveQuery(() => findPeople(db, { query: 'nguyen thi' })).subscribe((people) => seen.push(people.map((p) => p.fullName)));
    await expect.poll(() => seen.length).toBe(1);
    await addPerson(db, unit.id, 'Nguyễn Thị An');
    await expect.poll(() => seen.at(-1)).toEqual(['Nguyễn Thị An', 'Nguyễn Thị Hoà']);
    subscription.unsubscribe();
  });
});
