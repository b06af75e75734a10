import { describe, expect, it } from 'vitest';
import { findAwards } from '../../../src-renderer/data/awardQueries';
import { awardRepo, saveWardProfile } from '../../../src-renderer/data/registers';
import { addPerson, addUnit, freshDb } from './helpers';

async function setup() {
  const db = freshDb();
  const unit = await addUnit(db, 'Tổ dân phố 5');
  const hoa = await addPerson(db, unit.id, 'Nguyễn Thị Hoà');
  const an = await addPerson(db, unit.id, 'Trần Thị An');
  const binh = await addPerson(db, unit.id, 'Lê Văn An');
  const decision = { decisionNo: '45/QĐ-UBND', decisionDate: '2026-12-20', issuer: 'Chủ tịch UBND phường Ninh Hà' };
  const ldtt = { subjectKind: 'person' as const, year: 2026, titleCode: 'LDTT' as const, titleLabel: 'Lao động tiên tiến', ...decision };
  await awardRepo.create(db, { ...ldtt, personId: hoa.id });
  await awardRepo.create(db, { ...ldtt, personId: an.id });
  await awardRepo.create(db, { ...ldtt, personId: binh.id });
  await awardRepo.create(db, { subjectKind: 'unit', unitId: unit.id, year: 2026, titleCode: 'TTLDTT', titleLabel: 'Tập thể lao động tiên tiến', ...decision });
  await awardRepo.create(db, { subjectKind: 'household', householdName: 'Hộ ông Phạm Văn Tư', householdAddress: 'Tổ dân phố 5', year: 2026, titleLabel: 'Giấy khen', ...decision });
  const old = await awardRepo.create(db, { ...ldtt, personId: hoa.id, year: 2025, decisionNo: '30/QĐ-UBND' });
  return { db, unit, hoa, an, binh, old };
}

describe('findAwards', () => {
  it('lists a year across people, units and households with names, by title then name (tên, đệm, họ)', async () => {
    const { db } = await setup();
    const rows = await findAwards(db, { year: 2026 });
    expect(rows.map((r) => [r.titleLabel, r.subjectName])).toEqual([
      ['Giấy khen', 'Hộ ông Phạm Văn Tư'],
      ['Lao động tiên tiến', 'Trần Thị An'],
      ['Lao động tiên tiến', 'Lê Văn An'],
      ['Lao động tiên tiến', 'Nguyễn Thị Hoà'],
      ['Tập thể lao động tiên tiến', 'Tổ dân phố 5'],
    ]);
  });

  it('follows the ward\'s name order setting', async () => {
    const { db } = await setup();
    await saveWardProfile(db, {
      name: 'Phường Ninh Hà', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ', councilName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
      placeName: 'Ninh Hà', upperLevel: { preset: 'province' }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
      settingsOverrides: { nameSortOrder: 'givenFamilyMiddle' },
    });
    // Same tên "An": by default tên đệm decides (Thị < Văn); the variant compares "Lê Văn" with "Trần Thị".
    const names = (await findAwards(db, { year: 2026, titleCode: 'LDTT' })).map((r) => r.subjectName);
    expect(names).toEqual(['Lê Văn An', 'Trần Thị An', 'Nguyễn Thị Hoà']);
  });

  it('filters by title, and by query words without diacritics on name, title or decision number', async () => {
    const { db } = await setup();
    expect((await findAwards(db, { year: 2026, titleCode: 'TTLDTT' })).map((r) => r.subjectName)).toEqual(['Tổ dân phố 5']);
    expect((await findAwards(db, { year: 2026, query: 'ng th hoa' })).map((r) => r.subjectName)).toEqual(['Nguyễn Thị Hoà']);
    expect((await findAwards(db, { year: 2026, query: 'giay khen' })).map((r) => r.subjectName)).toEqual(['Hộ ông Phạm Văn Tư']);
    expect(await findAwards(db, { query: '30/qđ' })).toHaveLength(1);
  });

  it('reads every year without a year, newest first, and leaves archived rows out unless asked', async () => {
    const { db, old } = await setup();
    const all = await findAwards(db, { titleCode: 'LDTT' });
    expect(all.map((r) => r.year)).toEqual([2026, 2026, 2026, 2025]);
    await awardRepo.archive(db, old);
    expect(await findAwards(db, { year: 2025 })).toEqual([]);
    expect(await findAwards(db, { year: 2025, includeArchived: true })).toHaveLength(1);
  });
});
