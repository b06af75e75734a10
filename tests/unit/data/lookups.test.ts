import { describe, expect, it } from 'vitest';
import { getPeopleByIds, getUnitsByIds } from '../../../src-renderer/data/lookups';
import { addPerson, addUnit, freshDb } from './helpers';

describe('records by id', () => {
  it('returns exactly the people asked for, by id, skipping unknown ids and repeats', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const hoa = await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    const an = await addPerson(db, unit.id, 'Trần Văn An');
    await addPerson(db, unit.id, 'Lê Văn Tâm');
    const found = await getPeopleByIds(db, [an.id, 'không-có', hoa.id, an.id]);
    expect([...found.keys()].sort()).toEqual([hoa.id, an.id].sort());
    expect(found.get(an.id)?.fullName).toBe('Trần Văn An');
    expect((await getUnitsByIds(db, [unit.id])).get(unit.id)?.name).toBe('Tổ dân phố 1');
    expect((await getPeopleByIds(db, [])).size).toBe(0);
  });
});
