/**
 * The lists of a tờ trình or quyết định: people in tên, tên đệm, họ order (DOMAIN.md §9), collectives
 * by name (â after a: Ánh before Ân); the people's names are split once each (nomineeGroups), with the order comparePersonNames gives.
 */
import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../../src-renderer/data/dispatch/context';
import type { Directory } from '../../../../src-renderer/data/dispatch/context';
import { personRepo } from '../../../../src-renderer/data/registers';
import { addUnit, freshDb } from '../helpers';
import { nomineeGroups } from '../../../../src-renderer/data/dispatch/nominees';
import type { Nomination, Person, Unit } from '../../../../src-renderer/data/schemas';
import { comparePersonNames } from '../../../../src-renderer/domain/text';

const NAMES = ['Trần Văn Bình', 'Phạm Văn An', 'Nguyễn An', 'Lê Thị Ánh', 'Đỗ Thị Ánh', 'Hoàng Bình', 'Vũ Thị Ân', 'Bùi Văn Bính'];
const UNITS = ['Tổ dân phố 10', 'Tổ dân phố 2', 'Khu phố Ánh Dương'];

function nomination(id: string, nominee: Nomination['nominee']): Nomination {
  return { id, nominee, titleCode: 'GIAY_KHEN', achievementSummary: '' } as unknown as Nomination;
}

const people = new Map(NAMES.map((fullName, i) => [`p${i}`, { id: `p${i}`, fullName, position: 'Tổ trưởng', unitId: null } as unknown as Person]));
const units = new Map(UNITS.map((name, i) => [`u${i}`, { id: `u${i}`, name, address: '' } as unknown as Unit]));
const dir: Directory = {
  person: (id) => (id ? people.get(id) : undefined),
  unit: (id) => (id ? units.get(id) : undefined),
};

describe('nomineeGroups', () => {
  it('lists people by tên, then tên đệm, then họ, exactly as comparePersonNames orders them', () => {
    const nominations = [...people.keys()].map((id) => nomination(`n-${id}`, { kind: 'person', personId: id }));
    const [group] = nomineeGroups(nominations, dir, 'phường Ninh Hà');
    expect(group.kind).toBe('person');
    const names = group.rows.map((r) => r.name);
    expect(names).toEqual(['Nguyễn An', 'Phạm Văn An', 'Đỗ Thị Ánh', 'Lê Thị Ánh', 'Vũ Thị Ân', 'Hoàng Bình', 'Trần Văn Bình', 'Bùi Văn Bính']);
    expect(names).toEqual([...NAMES].sort((a, b) => comparePersonNames({ fullName: a }, { fullName: b })));
  });

  it('lists collectives by name in natural order, apart from the people', () => {
    const nominations = [
      nomination('n1', { kind: 'person', personId: 'p0' }),
      ...[...units.keys()].map((id) => nomination(`n-${id}`, { kind: 'unit', unitId: id })),
    ];
    const groups = nomineeGroups(nominations, dir, 'phường Ninh Hà');
    expect(groups.map((g) => g.kind)).toEqual(['person', 'unit']);
    expect(groups[1].rows.map((r) => r.name)).toEqual(['Khu phố Ánh Dương', 'Tổ dân phố 2', 'Tổ dân phố 10']);
    expect(groups[1].rows.every((r) => r.positionUnit === 'phường Ninh Hà')).toBe(true);
  });
});

describe('loadDirectory', () => {
  it('finds the units named, by key for a few and from the whole register for many, and only those', async () => {
    const db = freshDb();
    const all = [];
    for (let i = 1; i <= 45; i += 1) all.push(await addUnit(db, `Tổ dân phố ${i}`));
    const person = await personRepo.create(db, { fullName: 'Lê Thị Ánh', gender: 'female', unitId: all[44].id });
    for (const named of [all.slice(0, 3), all.slice(0, 40)]) {
      const dir = await loadDirectory(db, [person.id, null], [...named.map((u) => u.id), 'không-có', null]);
      expect(named.map((u) => dir.unit(u.id)?.name)).toEqual(named.map((u) => u.name));
      // The person's own unit comes with the person; a unit nobody named is not there.
      expect(dir.unit(all[44].id)?.name).toBe('Tổ dân phố 45');
      expect(dir.unit(all[42].id)).toBeUndefined();
      expect(dir.unit('không-có')).toBeUndefined();
      expect(dir.person(person.id)?.fullName).toBe('Lê Thị Ánh');
    }
  });
});
