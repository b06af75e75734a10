import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absorbedFields, clashingNominations, describeNamesake, duplicateKeyOf, isLive, isProbableDuplicate, mergeRefusal, probablePairs, termsOverlap,
} from '../../../src-renderer/domain/duplicates';
import type { MergeablePerson } from '../../../src-renderer/domain/duplicates';

function person(id: string, fullName: string, overrides: Partial<MergeablePerson> = {}): MergeablePerson {
  return {
    id, fullName, birthYear: 1980, unitId: 'tdp1', archived: 0, mergedIntoId: null, notDuplicateOfIds: [], mergedFromIds: [],
    createdAt: `2026-01-01T00:00:00.000Z`, birthDate: null, deathDate: null, position: '', hometown: '', residence: '', education: '', phone: '', note: '', ratings: [], disciplines: [],
    ...overrides,
  };
}

describe('the probable-duplicate rule (issue 12.5)', () => {
  it('matches "Lê Thị Hòa" and "Lê Thị Hoà": same search key, birth year and unit', () => {
    expect(isProbableDuplicate(person('a', 'Lê Thị Hòa'), person('b', 'Lê Thị Hoà'))).toBe(true);
    expect(isProbableDuplicate(person('a', 'LÊ THỊ HÒA'), person('b', ' Lê  Thị Hoà'))).toBe(true);
    expect(isProbableDuplicate(person('a', 'Nguyễn Văn Thủy'), person('b', 'Nguyễn Văn Thuỷ'))).toBe(true);
  });

  it('does not match another birth year, another unit, or another name', () => {
    const hoa = person('a', 'Lê Thị Hòa');
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoà', { birthYear: 1981 }))).toBe(false);
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoà', { unitId: 'tdp2' }))).toBe(false);
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoa Mai'))).toBe(false);
    // An unknown birth year matches only another unknown one.
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoà', { birthYear: null }))).toBe(false);
    expect(isProbableDuplicate(person('a', 'Lê Thị Hòa', { birthYear: null }), person('b', 'Lê Thị Hoà', { birthYear: null }))).toBe(true);
  });

  it('never pairs a record with itself, an archived or merged record, or a pair marked "Không trùng"', () => {
    const hoa = person('a', 'Lê Thị Hòa');
    expect(isProbableDuplicate(hoa, hoa)).toBe(false);
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoà', { archived: 1 }))).toBe(false);
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoà', { mergedIntoId: 'c' }))).toBe(false);
    expect(isProbableDuplicate(hoa, person('b', 'Lê Thị Hoà', { notDuplicateOfIds: ['a'] }))).toBe(false);
    expect(isProbableDuplicate(person('a', 'Lê Thị Hòa', { notDuplicateOfIds: ['b'] }), person('b', 'Lê Thị Hoà'))).toBe(false);
    expect(isLive(person('x', 'X', { mergedIntoId: 'y' }))).toBe(false);
  });

  it('is symmetric and agrees with the key, for any names', () => {
    fc.assert(
      fc.property(fc.constantFrom('Lê Thị Hòa', 'Lê Thị Hoà', 'LÊ THỊ HOÀ', 'Lê Thị Hoa', 'Trần Đức'), fc.constantFrom('Lê Thị Hòa', 'Le Thi Hoa', 'Trần Đức', 'Tran Duc'),
        (a, b) => {
          const [x, y] = [person('a', a), person('b', b)];
          expect(isProbableDuplicate(x, y)).toBe(isProbableDuplicate(y, x));
          expect(isProbableDuplicate(x, y)).toBe(duplicateKeyOf(x) === duplicateKeyOf(y));
        }),
    );
  });

  it('lists each pair of a group of namesakes once, earlier entry first, ordered by name, and skips dismissed pairs', () => {
    const people = [
      person('c', 'Lê Thị Hòa'), person('a', 'Lê Thị Hoà', { createdAt: '2026-02-01T00:00:00.000Z' }), person('b', 'Lê Thị Hòa', { notDuplicateOfIds: ['c'] }),
      person('d', 'Lê Thị Hòa', { unitId: 'tdp2' }), person('e', 'Đào Văn An'), person('f', 'Dao Van An'), person('g', 'Lê Thị Hòa', { archived: 1 }),
    ];
    expect(probablePairs(people).map(([x, y]) => `${x.id}${y.id}`)).toEqual(['ef', 'ba', 'ca']);
    expect(probablePairs([])).toEqual([]);
  });
});

describe('merge refusals', () => {
  it('says why in Vietnamese', () => {
    const hoa = person('a', 'Lê Thị Hòa');
    expect(mergeRefusal(hoa, hoa)).toBe('Không thể gộp một hồ sơ với chính nó.');
    expect(mergeRefusal(hoa, person('b', 'Lê Thị Hoà', { mergedIntoId: 'c' }))).toContain('đã được gộp vào hồ sơ khác');
    expect(mergeRefusal(person('b', 'Lê Thị Hoà', { archived: 1 }), hoa)).toBe('Hồ sơ “Lê Thị Hoà” đã lưu trữ; hãy khôi phục trước khi gộp.');
    expect(mergeRefusal(hoa, person('b', 'Lê Thị Hoà'))).toBeNull();
  });

  it('finds a title both records are nominated for in one year, among live nominations only', () => {
    const kept = [{ year: 2026, titleCode: 'LDTT', live: true }, { year: 2025, titleCode: 'CSTDCS', live: false }];
    expect(clashingNominations(kept, [{ year: 2026, titleCode: 'LDTT', live: true }])).toEqual([{ year: 2026, titleCode: 'LDTT' }]);
    expect(clashingNominations(kept, [{ year: 2026, titleCode: 'LDTT', live: false }])).toEqual([]);
    expect(clashingNominations(kept, [{ year: 2025, titleCode: 'CSTDCS', live: true }])).toEqual([]);
    expect(clashingNominations(kept, [{ year: 2025, titleCode: 'LDTT', live: true }])).toEqual([]);
  });

  it('finds overlapping council terms of live memberships', () => {
    const open = { termFrom: '2025-07-01', termTo: null, archived: 0 };
    expect(termsOverlap([open], [{ termFrom: '2026-01-01', termTo: '2026-12-31', archived: 0 }])).toBe(true);
    expect(termsOverlap([{ termFrom: '2020-01-01', termTo: '2025-06-30', archived: 0 }], [open])).toBe(false);
    expect(termsOverlap([{ ...open, archived: 1 }], [open])).toBe(false);
    expect(termsOverlap([], [open])).toBe(false);
  });
});

describe('what the kept record absorbs', () => {
  it('keeps its own facts, fills its blanks, adds ratings and disciplines it lacks and remembers the merged ids', () => {
    const kept = person('a', 'Lê Thị Hòa', {
      position: 'Tổ trưởng', mergedFromIds: ['old'], notDuplicateOfIds: ['x', 'b'], unitId: null, birthYear: null,
      ratings: [{ year: 2024, rating: 'HTXSNV' }], disciplines: [{ level: 'khien_trach', decidedOn: '2020-01-01', endsOn: null, note: '' }],
    });
    const merged = person('b', 'Lê Thị Hoà', {
      position: 'Tổ phó', phone: '0912345678', birthDate: '1980-04-12', deathDate: '2026-02-01', mergedFromIds: ['older'], notDuplicateOfIds: ['y', 'a'],
      ratings: [{ year: 2024, rating: 'HTNV' }, { year: 2023, rating: 'HTTNV' }],
      disciplines: [{ level: 'khien_trach', decidedOn: '2020-01-01', endsOn: null, note: 'bản sao' }, { level: 'canh_cao', decidedOn: '2022-05-01', endsOn: null, note: '' }],
    });
    const result = absorbedFields(kept, merged);
    expect(result.position).toBe('Tổ trưởng');
    expect(result.phone).toBe('0912345678');
    expect(result.unitId).toBe('tdp1');
    expect(result.birthYear).toBe(1980);
    expect(result.birthDate).toBe('1980-04-12');
    expect(result.deathDate).toBe('2026-02-01');
    expect(result.ratings).toEqual([{ year: 2023, rating: 'HTTNV' }, { year: 2024, rating: 'HTXSNV' }]);
    expect(result.disciplines.map((d) => d.level)).toEqual(['khien_trach', 'canh_cao']);
    expect(result.mergedFromIds).toEqual(['old', 'b', 'older']);
    expect(result.notDuplicateOfIds).toEqual(['x', 'y']);
  });

  it('does not take a date of birth that contradicts its own birth year', () => {
    const result = absorbedFields(person('a', 'A', { birthYear: 1980 }), person('b', 'A', { birthYear: 1981, birthDate: '1981-02-02' }));
    expect(result.birthDate).toBeNull();
    expect(result.birthYear).toBe(1980);
  });
});

describe('describeNamesake', () => {
  it('names a namesake with the facts that tell them apart', () => {
    expect(describeNamesake({ fullName: 'Lê Thị Hòa', birthYear: 1980 }, 'Tổ dân phố 1')).toBe('“Lê Thị Hòa” (sinh 1980, Tổ dân phố 1)');
    expect(describeNamesake({ fullName: 'Lê Thị Hòa', birthYear: null }, null)).toBe('“Lê Thị Hòa”');
    expect(describeNamesake({ fullName: 'Lê Thị Hòa', birthYear: null }, 'Tổ dân phố 1')).toBe('“Lê Thị Hòa” (Tổ dân phố 1)');
  });
});
