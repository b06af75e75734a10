/**
 * The lists of a tờ trình or quyết định: people in tên, tên đệm, họ order (DOMAIN.md §9), collectives
 * by name (â after a: Ánh before Ân); the people's names are split once each (nomineeGroups), with the order comparePersonNames gives.
 */
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../../src-renderer/data/dispatch/context';
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
