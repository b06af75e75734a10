import { describe, expect, it } from 'vitest';
import type { CriteriaSetDefinition, ScoreEntry } from '../../../../src-renderer/domain/scoring';
import { blockResults } from '../../../../src-renderer/features/scoring/results';
import type { ResultUnit } from '../../../../src-renderer/features/scoring/results';

const definition: CriteriaSetDefinition = {
  name: 'Khối tổ dân phố 2026',
  year: 2026,
  bonusCap: 3,
  deductionCap: 5,
  coreSectionId: 'core',
  nodes: [
    { id: 'core', label: 'Nhiệm vụ chính', kind: 'section', maxPoints: 60, children: [{ id: 'a', label: 'A', kind: 'item', maxPoints: 60 }] },
    { id: 'other', label: 'Công tác khác', kind: 'section', maxPoints: 40, children: [{ id: 'b', label: 'B', kind: 'item', maxPoints: 40 }] },
    { id: 'plus', label: 'Thưởng', kind: 'bonus', maxPoints: 5 },
    { id: 'minus', label: 'Trừ', kind: 'deduction', maxPoints: 10 },
  ],
};
const settings = {
  classificationBands: [
    { label: 'Tốt', minScore: 80 },
    { label: 'Xuất sắc', minScore: 90 },
    { label: 'Khá', minScore: 65 },
  ],
  tieBreakOrder: ['coreGroupCouncilScore', 'fewerDeductions'] as const,
  womenPriorityCollectiveSharePercent: 70,
};
const unit = (id: string, kind: ResultUnit['kind'] = 'office'): ResultUnit => ({ id, name: `Đơn vị ${id}`, kind });
const sheet = (a: number, b: number, plus = 0, minus = 0): ScoreEntry[] => [
  { criterionId: 'a', selfScore: null, councilScore: a },
  { criterionId: 'b', selfScore: null, councilScore: b },
  { criterionId: 'plus', selfScore: null, councilScore: plus },
  { criterionId: 'minus', selfScore: null, councilScore: minus },
];

describe('blockResults', () => {
  it('NĐ 152/2025 Đ4.6: a tie the other keys leave open goes to the collective with ≥ 70 % women recorded in the register', () => {
    const entries = new Map([['m', sheet(50, 40)], ['w', sheet(50, 40)]]);
    const men = { ...unit('m'), memberCount: 10, womenCount: 3 };
    const women = { ...unit('w'), memberCount: 10, womenCount: 7 };
    const women1st = { ...settings, tieBreakOrder: ['coreGroupCouncilScore', 'fewerDeductions', 'womenFirst', 'councilVote'] as const };
    const result = blockResults(definition, [men, women], entries, women1st);
    expect(result.rows.map((r) => [r.unit.id, r.ranked?.position, r.ranked?.decidedBy, r.ranked?.unresolved])).toEqual([
      ['w', 1, null, false],
      ['m', 2, 'womenFirst', false],
    ]);
    expect(result.rows[1].ranked?.note).toContain('ưu tiên nữ');
    // Without the counts the tie stays for the council to decide.
    const unknown = blockResults(definition, [unit('m'), unit('w')], entries, women1st);
    expect(unknown.rows[1].ranked?.unresolved).toBe(true);
  });

  it('equal totals share a rank and the tie-break orders them, stating why', () => {
    const entries = new Map([
      ['x', sheet(50, 40)], // 90
      ['y', sheet(55, 35)], // 90, stronger core group
      ['z', sheet(40, 30, 2)], // 72
    ]);
    const result = blockResults(definition, [unit('x'), unit('y'), unit('z')], entries, settings);
    expect(result.rows.map((r) => [r.unit.id, r.ranked?.rank, r.ranked?.position, r.totals.total])).toEqual([
      ['y', 1, 1, 90],
      ['x', 1, 2, 90],
      ['z', 3, 3, 72],
    ]);
    expect(result.rows[1].ranked?.note).toContain('Đồng hạng 1');
    expect(result.tieBreakRule).toContain('nhóm tiêu chí chính');
  });

  it('classifies by bands whatever their order, and suggests titles from the rank and band', () => {
    const entries = new Map([
      ['x', sheet(55, 35, 3)], // 93: leader, top band
      ['t', sheet(50, 35)], // 85: second band, a tổ dân phố
      ['w', sheet(30, 20)], // 50: below every band
    ]);
    const result = blockResults(definition, [unit('x'), unit('t', 'tdp'), unit('w')], entries, settings);
    expect(result.rows.map((r) => [r.unit.id, r.band?.label ?? null, r.suggestions])).toEqual([
      ['x', 'Xuất sắc', ['GIAY_KHEN', 'TTLDXS']],
      ['t', 'Tốt', ['TDP_VAN_HOA']],
      ['w', null, []],
    ]);
  });

  it('lists units without a council score last, unranked', () => {
    const entries = new Map([['x', sheet(10, 10)], ['y', [{ criterionId: 'a', selfScore: 50, councilScore: null }]]]);
    const result = blockResults(definition, [unit('y'), unit('none'), unit('x')], entries, settings);
    expect(result.rows.map((r) => [r.unit.id, r.ranked?.rank ?? null])).toEqual([
      ['x', 1],
      ['y', null],
      ['none', null],
    ]);
    expect(result.rows[1].totals.selfTotal).toBe(50);
  });
});

describe('bands', () => {
  it('classifies a 60-point table by the scaled total', () => {
    const small: CriteriaSetDefinition = { ...definition, nodes: [{ id: 'a', label: 'A', kind: 'item', maxPoints: 60 }], coreSectionId: null };
    const result = blockResults(small, [unit('x')], new Map([['x', [{ criterionId: 'a', selfScore: null, councilScore: 51 }]]]), settings);
    expect(result.bands).toMatchObject({ own: false, scaleMax: 60 });
    expect(result.rows[0].band?.label).toBe('Tốt');
  });

  it('uses the set’s own bands on its own points when it has them', () => {
    const ninety: CriteriaSetDefinition = {
      ...definition,
      nodes: [{ id: 'a', label: 'A', kind: 'item', maxPoints: 90 }],
      coreSectionId: null,
      classificationBands: [{ label: 'Tiên tiến', minScore: 71 }, { label: 'Xuất sắc', minScore: 81 }],
    };
    const entries = new Map([['x', [{ criterionId: 'a', selfScore: null, councilScore: 82 }]], ['y', [{ criterionId: 'a', selfScore: null, councilScore: 75 }]]]);
    const result = blockResults(ninety, [unit('x'), unit('y')], entries, settings);
    // On the ward's bands 82/90 would scale to 91,11 and 75/90 to 83,33; the set's own read 82 and 75 as written.
    expect(result.rows.map((r) => [r.unit.id, r.band?.label, r.suggestions])).toEqual([
      ['x', 'Xuất sắc', ['GIAY_KHEN', 'TTLDXS']],
      ['y', 'Tiên tiến', ['TTLDTT']],
    ]);
    expect(result.bands.own).toBe(true);
  });
});
