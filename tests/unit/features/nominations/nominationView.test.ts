import { describe, expect, it } from 'vitest';
import {
  compareNominees, manualTransitions, needsDecision, nomineeName, nomineePersonIds, yearNominations,
} from '../../../../src-renderer/features/nominations/nominationView';
import type { Nomination, Person, Unit } from '../../../../src-renderer/data/schemas';

const person = { id: 'p1', fullName: 'Nguyễn Thị Hoà', gender: 'female' } as Person;
const man = { id: 'p2', fullName: 'Trần Văn Hùng', gender: 'male' } as Person;
const unit = { id: 'u1', name: 'Tổ dân phố 2' } as Unit;
const people = new Map([[person.id, person], [man.id, man]]);
const units = new Map([[unit.id, unit]]);

function nomination(id: string, over: Partial<Nomination>): Nomination {
  return {
    id, nominee: { kind: 'person', personId: 'p1' }, nomineeKey: 'p:p1', titleCode: 'CSTDCS', awardKind: 'cong_trang',
    achievementRef: '', status: 'draft', archived: 0, ...over,
  } as Nomination;
}

describe('nomination view', () => {
  it('names persons, units and households as lists print them', () => {
    expect(nomineeName(nomination('a', {}), people, units)).toBe('Nguyễn Thị Hoà');
    expect(nomineeName(nomination('b', { nominee: { kind: 'unit', unitId: 'u1' } }), people, units)).toBe('Tổ dân phố 2');
    expect(nomineeName(nomination('c', { nominee: { kind: 'household', name: 'Hộ ông Nam', address: 'Tổ 8' } }), people, units)).toBe('Hộ ông Nam (Tổ 8)');
    expect(nomineeName(nomination('d', { nominee: { kind: 'person', personId: 'gone' } }), people, units)).toBe('(cá nhân đã xóa)');
  });

  it('feeds the year-wide checks with live nominations only, women first (NĐ 152/2025 Đ4)', () => {
    const rows = yearNominations(
      [
        nomination('a', {}),
        nomination('b', { nominee: { kind: 'person', personId: 'p2' }, nomineeKey: 'p:p2' }),
        nomination('c', { status: 'withdrawn' }),
        nomination('d', { status: 'not_awarded' }),
        nomination('e', { archived: 1 }),
      ],
      people,
      units,
    );
    expect(rows.map((r) => [r.id, r.womenPriority])).toEqual([['a', true], ['b', false]]);
  });

  it('leaves the vote to the meeting and offers its reversal', () => {
    expect(manualTransitions('appraised').map((t) => t.to)).toEqual(['received', 'not_awarded']);
    expect(manualTransitions('voted').map((t) => t.to)).toEqual(['decided', 'forwarded', 'not_awarded', 'appraised']);
    expect(manualTransitions('awarded')).toEqual([]);
  });

  it('asks for the decision when deciding or when the upper level awards', () => {
    expect(needsDecision({ from: 'voted', to: 'decided' })).toBe(true);
    expect(needsDecision({ from: 'forwarded', to: 'awarded' })).toBe(true);
    expect(needsDecision({ from: 'decided', to: 'awarded' })).toBe(false);
  });

  it('orders collectives, then people by tên, then households', () => {
    const rows = [
      { kind: 'household' as const, label: 'Hộ bà Lan' },
      { kind: 'person' as const, label: 'Trần Văn Hùng' },
      { kind: 'person' as const, label: 'Nguyễn Thị Hoà' },
      { kind: 'unit' as const, label: 'Tổ dân phố 10' },
      { kind: 'unit' as const, label: 'Tổ dân phố 2' },
    ];
    expect([...rows].sort(compareNominees).map((r) => r.label)).toEqual([
      'Tổ dân phố 2', 'Tổ dân phố 10', 'Nguyễn Thị Hoà', 'Trần Văn Hùng', 'Hộ bà Lan',
    ]);
  });

  it('follows the ward\'s name order for people with the same tên', () => {
    const rows = [{ kind: 'person' as const, label: 'Nguyễn Văn An' }, { kind: 'person' as const, label: 'Lê Xuân An' }];
    expect([...rows].sort((a, b) => compareNominees(a, b)).map((r) => r.label)).toEqual(['Nguyễn Văn An', 'Lê Xuân An']);
    expect([...rows].sort((a, b) => compareNominees(a, b, 'givenFamilyMiddle')).map((r) => r.label)).toEqual(['Lê Xuân An', 'Nguyễn Văn An']);
  });

  it('names the people a list needs, and only them', () => {
    const nominations = [
      { nominee: { kind: 'person' as const, personId: 'p1' } },
      { nominee: { kind: 'unit' as const, unitId: 'u1' } },
      { nominee: { kind: 'household' as const, name: 'Hộ bà Lan', address: 'Tổ 2' } },
      { nominee: { kind: 'person' as const, personId: 'p2' } },
    ];
    expect(nomineePersonIds(nominations)).toEqual(['p1', 'p2']);
  });
});
