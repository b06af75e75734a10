import { describe, expect, it } from 'vitest';
import {
  countAwardsByYear, findBlocks, findMeetings, findNominations, findNominationsByIds, findPeople, findUnits, getPeopleByIds,
  getUnitsByIds,
} from '../../../src-renderer/data/queries';
import { advanceNomination, nominationRepo } from '../../../src-renderer/data/nominations';
import { awardRepo, blockRepo, personRepo, unitRepo } from '../../../src-renderer/data/registers';
import { buildDemoWard } from '../../../src-renderer/data/demo/demoWard';
import { loadDemoWard } from '../../../src-renderer/data/demo';
import { addPerson, addUnit, freshDb } from './helpers';

describe('queries', () => {
  it('finds people by word prefixes, ignoring diacritics and tone placement, sorted by tên', async () => {
    const db = freshDb();
    const unit = await addUnit(db, 'Tổ dân phố 1');
    await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
    await addPerson(db, unit.id, 'Trần Văn Hùng');
    await addPerson(db, null, 'Lê Thị Thuỷ');
    const archived = await addPerson(db, unit.id, 'Nguyễn Văn An');
    await personRepo.archive(db, archived);
    const names = async (filter: Parameters<typeof findPeople>[1]) => (await findPeople(db, filter)).map((p) => p.fullName);
    expect(await names({ query: 'hòa' })).toEqual(['Nguyễn Thị Hoà']);
    expect(await names({ query: 'thủy' })).toEqual(['Lê Thị Thuỷ']);
    expect(await names({ query: 'ng th' })).toEqual(['Nguyễn Thị Hoà']);
    expect(await names({ query: 'THI' })).toEqual(['Nguyễn Thị Hoà', 'Lê Thị Thuỷ']);
    expect(await names({ unitId: unit.id })).toEqual(['Nguyễn Thị Hoà', 'Trần Văn Hùng']);
    expect(await names({ query: 'an', includeArchived: true })).toEqual(['Nguyễn Văn An']);
    expect(await names({})).toEqual(['Nguyễn Thị Hoà', 'Trần Văn Hùng', 'Lê Thị Thuỷ']);
    expect(await names({ limit: 1 })).toHaveLength(1);
  });

  it('lists units in natural order within a block, and blocks newest year first', async () => {
    const db = freshDb();
    const old = await blockRepo.create(db, { year: 2025, name: 'Khối A' });
    const block = await blockRepo.create(db, { year: 2026, name: 'Khối Tổ dân phố' });
    for (const name of ['Tổ dân phố 10', 'Tổ dân phố 2', 'Tổ dân phố 1']) await unitRepo.create(db, { name, kind: 'tdp', blockId: block.id });
    await unitRepo.create(db, { name: 'Công an phường', kind: 'police' });
    expect((await findUnits(db, { blockId: block.id })).map((u) => u.name)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 10']);
    expect((await findUnits(db, { query: 'cong an' })).map((u) => u.name)).toEqual(['Công an phường']);
    expect((await findBlocks(db)).map((b) => b.id)).toEqual([block.id, old.id]);
    expect((await findBlocks(db, 2025)).map((b) => b.id)).toEqual([old.id]);
  });

  it('lists the demo ward’s meeting for its year', async () => {
    const db = freshDb();
    await loadDemoWard(db);
    expect(await findMeetings(db, 2026)).toHaveLength(1);
    expect(await findMeetings(db, 2025)).toHaveLength(0);
  });

  it('counts the award history per year and title within the years asked, skipping archived awards', async () => {
    const db = freshDb();
    const person = await addPerson(db, null);
    const unit = await addUnit(db);
    const award = (year: number, titleCode: 'LDTT' | 'GIAY_KHEN' | 'BANG_KHEN_TINH' | null, titleLabel = 'Khen thưởng') =>
      awardRepo.create(db, { subjectKind: 'person', personId: person.id, year, titleCode, titleLabel });
    await award(2021, 'LDTT');
    await award(2022, 'LDTT');
    await award(2022, 'LDTT');
    await award(2022, null, 'Huân chương Lao động hạng Ba');
    await award(2022, 'GIAY_KHEN');
    await awardRepo.create(db, { subjectKind: 'unit', unitId: unit.id, year: 2026, titleCode: 'BANG_KHEN_TINH', titleLabel: 'Bằng khen' });
    await awardRepo.archive(db, await award(2026, 'LDTT'));
    await award(2027, 'LDTT');
    expect(await countAwardsByYear(db, 2022, 2026)).toEqual([
      { year: 2022, titleCode: 'LDTT', count: 2 },
      { year: 2022, titleCode: 'GIAY_KHEN', count: 1 },
      { year: 2022, titleCode: null, count: 1 },
      { year: 2026, titleCode: 'BANG_KHEN_TINH', count: 1 },
    ]);
    expect(await countAwardsByYear(db, 2023, 2025)).toEqual([]);
  });

  it('the demo ward’s text is stored in NFC', () => {
    const text = JSON.stringify(buildDemoWard());
    expect(text.normalize('NFC')).toBe(text);
  });
});

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

  it('reads a meeting’s nominations by id in agenda order, and a year’s appraised ones through [year+status]', async () => {
    const db = freshDb();
    const unit = await addUnit(db);
    const nominate = async (name: string, year = 2026) => {
      const person = await addPerson(db, unit.id, name);
      return nominationRepo.create(db, { nominee: { kind: 'person', personId: person.id }, year, titleCode: 'LDTT', proposingUnitId: unit.id });
    };
    const hoa = await nominate('Nguyễn Thị Hoà');
    const an = await nominate('Trần Văn An');
    const older = await nominate('Lê Văn Tâm', 2025);
    await advanceNomination(db, an.id, 'received');
    await advanceNomination(db, an.id, 'appraised');
    const ids = async (list: Promise<{ id: string }[]>) => (await list).map((n) => n.id);
    expect(await ids(findNominationsByIds(db, [older.id, 'không-có', hoa.id, older.id]))).toEqual([older.id, hoa.id]);
    expect(await ids(findNominationsByIds(db, []))).toEqual([]);
    expect(await ids(findNominations(db, { year: 2026, status: 'appraised' }))).toEqual([an.id]);
    expect(await ids(findNominations(db, { year: 2025, status: 'appraised' }))).toEqual([]);
  });
});
