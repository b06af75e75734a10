import { describe, expect, it } from 'vitest';
import type { CriteriaSetDefinition } from '../../../../src-renderer/domain/scoring';
import { columnAt, groupSpans, leafColumns } from '../../../../src-renderer/features/scoring/scoreColumns';

const definition: CriteriaSetDefinition = {
  name: 'Bộ tiêu chí 2026',
  year: 2026,
  bonusCap: 5,
  deductionCap: 5,
  coreSectionId: 's1',
  nodes: [
    {
      id: 's1', label: 'Nhiệm vụ chính', kind: 'section', maxPoints: 60, children: [
        { id: 'a', label: 'Chỉ tiêu', kind: 'item', maxPoints: 30 },
        { id: 'b', label: 'Có tiêu chí con', kind: 'item', maxPoints: 30, children: [
          { id: 'b1', label: 'Con 1', kind: 'item', maxPoints: 15 },
          { id: 'b2', label: 'Con 2', kind: 'item', maxPoints: 15 },
        ] },
      ],
    },
    { id: 'empty', label: 'Nhóm chưa có tiêu chí', kind: 'section', maxPoints: null, children: [] },
    { id: 'plus', label: 'Điểm thưởng', kind: 'bonus', maxPoints: 5 },
  ],
};

describe('score grid columns', () => {
  it('one column pair per scorable leaf, in table order, with unique references', () => {
    const columns = leafColumns(definition);
    expect(columns.map((c) => [c.node.id, c.ref, c.group.id])).toEqual([
      ['a', 'I.1', 's1'],
      ['b1', 'I.2.1', 's1'],
      ['b2', 'I.2.2', 's1'],
      ['plus', 'III', 'plus'],
    ]);
  });

  it('maps a grid column to its leaf and side: self-score first, council score second', () => {
    const columns = leafColumns(definition);
    expect(columnAt(columns, 0)).toMatchObject({ leaf: { ref: 'I.1' }, side: 'selfScore' });
    expect(columnAt(columns, 3)).toMatchObject({ leaf: { ref: 'I.2.1' }, side: 'councilScore' });
    expect(columnAt(columns, 7)).toMatchObject({ leaf: { ref: 'III' }, side: 'councilScore' });
  });

  it('groups consecutive leaves under their top-level group for the header', () => {
    expect(groupSpans(leafColumns(definition)).map((s) => [s.group.id, s.leaves])).toEqual([
      ['s1', 3],
      ['plus', 1],
    ]);
  });
});
