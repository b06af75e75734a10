import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  capNotes, classify, computeSheetTotals, describeCap, describeTieBreak, entriesInTableOrder, flattenCriteria, maxPointsOf, rankBlock, sheetScorer, toHundredths,
  validateCriteriaSet, validateScore,
} from '../../../src-renderer/domain/scoring';
import type { CriteriaSetDefinition, CriterionNode, RankInput, ScoreEntry } from '../../../src-renderer/domain/scoring';
import { DEFAULT_SETTINGS } from '../../../src-renderer/domain/settings';
import type { TieBreakKey } from '../../../src-renderer/domain/settings';

const item = (id: string, max: number): CriterionNode => ({ id, label: `Tiêu chí ${id}`, kind: 'item', maxPoints: max });

/** 100-point table, groups 40/30/30, bonus cap 3, deduction cap 5 (DOMAIN.md §7 peer example). */
const SET: CriteriaSetDefinition = {
  name: 'Bộ tiêu chí khối tổ dân phố 2026',
  year: 2026,
  coreSectionId: 'I',
  bonusCap: 3,
  deductionCap: 5,
  nodes: [
    { id: 'I', code: 'I', label: 'Thực hiện chỉ tiêu năm', kind: 'section', maxPoints: 40, children: [item('1.1', 25), item('1.2', 15)] },
    {
      id: 'II', code: 'II', label: 'Công tác thi đua, khen thưởng', kind: 'section', maxPoints: 30,
      children: [
        item('2.1', 10),
        { id: '2.2', label: 'Người tốt, việc tốt', kind: 'item', maxPoints: 20, children: [item('2.2.a', 10), item('2.2.b', 10)] },
      ],
    },
    { id: 'III', code: 'III', label: 'Cải cách hành chính', kind: 'section', maxPoints: 30, children: [item('3.1', 30)] },
    {
      id: 'B', label: 'Điểm thưởng', kind: 'section', maxPoints: null,
      children: [{ id: 'b1', label: 'Cờ thi đua', kind: 'bonus', maxPoints: 2 }, { id: 'b2', label: 'Sáng kiến', kind: 'bonus', maxPoints: 2 }],
    },
    {
      id: 'D', label: 'Điểm trừ', kind: 'section', maxPoints: null,
      children: [{ id: 'd1', label: 'Nộp báo cáo trễ', kind: 'deduction', maxPoints: 3 }, { id: 'd2', label: 'Vi phạm', kind: 'deduction', maxPoints: 5 }],
    },
  ],
};

const entry = (criterionId: string, councilScore: number | null, selfScore: number | null = councilScore): ScoreEntry => ({ criterionId, councilScore, selfScore });

describe('criteria set definition (DOMAIN.md §7)', () => {
  it('a well-formed 100-point set has no issues and sums its maxima per kind', () => {
    expect(validateCriteriaSet(SET)).toEqual([]);
    expect(maxPointsOf(SET.nodes, 'item')).toBe(100);
    expect(maxPointsOf(SET.nodes, 'bonus')).toBe(4);
    expect(maxPointsOf(SET.nodes, 'deduction')).toBe(8);
    expect(flattenCriteria(SET.nodes).map((n) => n.id)).toContain('2.2.b');
  });

  it('reports structural problems', () => {
    const bad: CriteriaSetDefinition = {
      ...SET,
      coreSectionId: 'X',
      bonusCap: 0.001,
      nodes: [
        { id: 'A', label: 'Nhóm A', kind: 'section', maxPoints: 50, children: [item('a1', 20), item('a1', 20)] },
        { id: 'E', label: 'Nhóm rỗng', kind: 'section', maxPoints: null },
        { id: 'z', label: '', kind: 'item', maxPoints: 0 },
        { id: 'w', label: 'Điểm lẻ', kind: 'item', maxPoints: 1.005 },
      ],
    };
    const messages = validateCriteriaSet(bad).map((i) => `${i.severity}:${i.message}`).join('\n');
    expect(messages).toContain('error:Mã tiêu chí a1 bị trùng');
    expect(messages).toContain('warning:Tổng điểm chuẩn các tiêu chí con của “Nhóm A” là 40');
    expect(messages).toContain('error:Nhóm “Nhóm rỗng” chưa có tiêu chí con');
    expect(messages).toContain('error:Tiêu chí z chưa có tên');
    expect(messages).toContain('cần điểm chuẩn lớn hơn 0');
    expect(messages).toContain('Điểm chuẩn của “Điểm lẻ” phải là số không âm');
    expect(messages).toContain('Nhóm tiêu chí chính');
    expect(messages).toContain('Mức tối đa điểm thưởng');
  });
});

describe('validateScore: a score above the item maximum is refused with a clear message', () => {
  const node = item('1.1', 25);
  it.each<[number, boolean, string]>([
    [25, true, ''], // exactly the maximum
    [0, true, ''],
    [24.75, true, ''],
    [25.01, false, 'vượt quá điểm chuẩn 25'],
    [-1, false, 'không được âm'],
    [10.125, false, 'tối đa 2 chữ số thập phân'],
    [Number.NaN, false, 'tối đa 2 chữ số thập phân'],
  ])('%s → ok=%s', (value, ok, message) => {
    const check = validateScore(value, node);
    expect(check.ok).toBe(ok);
    if (!check.ok) expect(check.message).toContain(message);
  });

  it('explains deductions are typed as positive points, and groups are not scored', () => {
    const d = validateScore(-1, { id: 'd', label: 'Trễ', kind: 'deduction', maxPoints: 3 });
    expect(!d.ok && d.message).toContain('nhập số điểm bị trừ là số dương');
    expect(validateScore(1, SET.nodes[0]).ok).toBe(false);
  });

  it('keeps 0,29 and 88,25 exact in hundredths', () => {
    expect(toHundredths(0.29)).toBe(29);
    expect(toHundredths(88.25)).toBe(8825);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(1.005)).toBeNull();
  });
});

describe('computeSheetTotals: total = council + bonus − deductions; self-score for reference', () => {
  const full: ScoreEntry[] = [
    entry('1.1', 24.5, 25), entry('1.2', 14.25, 15), entry('2.1', 9.5, 10), entry('2.2.a', 10, 10), entry('2.2.b', 8, 10),
    entry('3.1', 22, 30), entry('b1', 2, 2), entry('b2', 2, 2), entry('d1', 1.5, 0), entry('d2', null, null),
  ];

  it('sums exactly in hundredths, caps the bonus, keeps the self-score apart', () => {
    const t = computeSheetTotals(SET, full);
    expect(t.councilBase).toBe(88.25);
    expect(t.bonus).toBe(3); // 2 + 2 capped at 3
    expect(t.deductions).toBe(1.5);
    expect(t.total).toBe(89.75);
    expect(t.selfTotal).toBe(103); // 100 + 3 − 0
    expect(t.groupTotals.I).toEqual({ self: 40, council: 38.75, max: 40 });
    expect(t.groupTotals['2.2'].council).toBe(18);
    expect(t.coreGroupCouncilScore).toBe(38.75);
    expect(t.complete).toBe(true);
  });

  it('caps deductions at the set cap', () => {
    const t = computeSheetTotals(SET, [...full.filter((e) => !e.criterionId.startsWith('d')), entry('d1', 3), entry('d2', 5)]);
    expect(t.deductions).toBe(5);
    expect(t.total).toBe(86.25);
  });

  it('says when a cap cut what was entered: entered vs counted, for bonus and deductions', () => {
    const t = computeSheetTotals(SET, [...full.filter((e) => !e.criterionId.startsWith('d')), entry('d1', 3), entry('d2', 5)]);
    expect(t.bonusPoints).toEqual({ kind: 'bonus', entered: 4, counted: 3, limits: [{ nodeId: null, label: null, max: 3 }] });
    expect(t.deductionPoints).toEqual({ kind: 'deduction', entered: 8, counted: 5, limits: [{ nodeId: null, label: null, max: 5 }] });
    expect(describeCap(t.bonusPoints)).toBe('cộng điểm: nhập 4, tính 3 (tối đa 3)');
    expect(capNotes(t)).toEqual(['Cộng điểm: nhập 4, tính 3 (tối đa 3).', 'Trừ điểm: nhập 8, tính 5 (tối đa 5).']);
  });

  it('says nothing when no cap cut, and names a group whose own maximum cut', () => {
    const within = computeSheetTotals(SET, [entry('b1', 1.5), entry('d1', 2)]);
    expect(within.bonusPoints).toEqual({ kind: 'bonus', entered: 1.5, counted: 1.5, limits: [] });
    expect(describeCap(within.bonusPoints)).toBeNull();
    expect(capNotes(within)).toEqual([]);

    // A group of bonus items capped at 2 inside a sheet capped at 3: the group cuts 4 to 2, the sheet adds 1,5 more → 3.
    const grouped: CriteriaSetDefinition = {
      ...SET,
      nodes: [
        ...SET.nodes.filter((n) => n.id !== 'B'),
        { id: 'B', label: 'Thành tích khác', kind: 'section', maxPoints: 2, children: [{ id: 'b1', label: 'Cờ thi đua', kind: 'bonus', maxPoints: 2 }, { id: 'b2', label: 'Sáng kiến', kind: 'bonus', maxPoints: 2 }] },
        { id: 'b3', label: 'Phong trào mới', kind: 'bonus', maxPoints: 2 },
      ],
    };
    const both = computeSheetTotals(grouped, [entry('b1', 2), entry('b2', 2), entry('b3', 1.5)]);
    expect(both.bonus).toBe(3);
    expect(describeCap(both.bonusPoints)).toBe('cộng điểm: nhập 5,5, tính 3 (“Thành tích khác” tối đa 2; tối đa 3)');
    const groupOnly = computeSheetTotals({ ...grouped, bonusCap: null }, [entry('b1', 2), entry('b2', 2), entry('b3', 0.5)]);
    expect(describeCap(groupOnly.bonusPoints)).toBe('cộng điểm: nhập 4,5, tính 2,5 (“Thành tích khác” tối đa 2)');
    // Self-scores over a cap are for reference only and are not reported.
    expect(capNotes(computeSheetTotals(SET, [entry('b1', 0, 2), entry('b2', 0, 2)]))).toEqual([]);
  });

  it('lists missing items and refuses out-of-range scores', () => {
    const t = computeSheetTotals(SET, [entry('1.1', 30, 20), entry('1.2', 10, -2)]);
    expect(t.missing).toEqual(['2.1', '2.2.a', '2.2.b', '3.1']);
    expect(t.errors).toEqual([
      { criterionId: '1.1', which: 'council', message: expect.stringContaining('vượt quá điểm chuẩn 25') },
      { criterionId: '1.2', which: 'self', message: expect.stringContaining('không được âm') },
    ]);
    expect(t.councilBase).toBe(10); // the refused 30 does not count
    expect(t.complete).toBe(false);
    // Both sides are totalled in one walk of the table: the council's problems are still listed first.
    const crossed = computeSheetTotals(SET, [entry('1.1', 20, 30), entry('1.2', -2, 10)]);
    expect(crossed.errors.map((e) => [e.criterionId, e.which])).toEqual([['1.2', 'council'], ['1.1', 'self']]);
  });

  it('a leaf can be the core group, and no core group gives null', () => {
    expect(computeSheetTotals({ ...SET, coreSectionId: '3.1' }, full).coreGroupCouncilScore).toBe(22);
    expect(computeSheetTotals({ ...SET, coreSectionId: null }, full).coreGroupCouncilScore).toBeNull();
  });

  it('never exceeds the set maximum plus bonus cap for any valid entries (property)', () => {
    const leaves = flattenCriteria(SET.nodes).filter((n) => !n.children);
    const scores = fc.tuple(...leaves.map((n) => fc.option(fc.integer({ min: 0, max: (n.maxPoints ?? 0) * 100 }).map((h) => h / 100))));
    fc.assert(fc.property(scores, (values) => {
      const t = computeSheetTotals(SET, leaves.map((n, i) => entry(n.id, values[i])));
      expect(t.errors).toEqual([]);
      expect(t.total).toBeLessThanOrEqual(103);
      expect(t.total).toBeGreaterThanOrEqual(-5);
      expect(toHundredths(t.total)).not.toBeNull();
      // Entered minus what the caps cut is what counts; a cut is reported exactly when it happened.
      for (const points of [t.bonusPoints, t.deductionPoints]) {
        expect(points.counted).toBeLessThanOrEqual(points.entered);
        expect(points.limits.length > 0).toBe(points.counted < points.entered);
      }
    }));
  });
});

describe('sheetScorer: the table compiled once for a block of sheets', () => {
  const leaves = flattenCriteria(SET.nodes).filter((n) => !n.children);
  // Valid and refused scores, blanks, and now and then an entry of no criterion or a repeated one.
  const score = fc.oneof(fc.constant(null), fc.integer({ min: -100, max: 3100 }).map((h) => h / 100), fc.constantFrom(1.234, Number.NaN));
  const sheetArb = fc
    .tuple(
      fc.subarray(leaves.map((n) => n.id)),
      fc.array(fc.constantFrom('I', 'zz', '1.1', 'b2'), { maxLength: 2 }),
    )
    .chain(([ids, extra]) => fc.tuple(...[...ids, ...extra].map((id) => fc.tuple(score, score).map(([c, s]) => entry(id, c, s)))))
    .chain((entries) => fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }).map((shuffled) => ({ shuffled })));

  it('gives each sheet what the sheet alone gives, in whatever order its entries are stored (property)', () => {
    fc.assert(fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 6 }), fc.constantFrom(null, '3.1', 'II', 'zz'), (sheets, core) => {
      const set = { ...SET, coreSectionId: core };
      const scorer = sheetScorer(set);
      for (const { shuffled } of sheets) {
        // A copy of the set is a new table to the scorers: compiled afresh, for this sheet alone.
        const alone = computeSheetTotals({ ...set }, shuffled);
        // The same scorer reused sheet after sheet, on the stored order and on the table's order
        // (a repeated entry counts as stored last either way).
        expect(scorer(shuffled)).toEqual(alone);
        expect(scorer(entriesInTableOrder(set, shuffled))).toEqual(alone);
      }
    }));
  });

  it('puts entries in the order of the table, those of no criterion last as they came', () => {
    const stored = [entry('b1', 1), entry('zz', 1), entry('1.2', 3), entry('I', 2), entry('1.1', 4), entry('1.2', 5)];
    expect(entriesInTableOrder(SET, stored).map((e) => [e.criterionId, e.councilScore])).toEqual([
      ['1.1', 4], ['1.2', 3], ['1.2', 5], ['b1', 1], ['zz', 1], ['I', 2],
    ]);
  });

  it('scores a criterion the table repeats from its entry at every place', () => {
    const repeated: CriteriaSetDefinition = { ...SET, nodes: [...SET.nodes, { id: 'R', label: 'Nhắc lại', kind: 'section', maxPoints: null, children: [item('1.1', 25)] }] };
    const t = sheetScorer(repeated)([entry('1.1', 10), entry('1.2', 5)]);
    expect(t.councilBase).toBe(25);
    expect(t.groupTotals.R.council).toBe(10);
  });
});

describe('rankBlock: equal totals share a rank (1, 2, 2, 4), tie-break applied and stated', () => {
  const rows: RankInput[] = [
    { id: 'a', name: 'TDP 1', total: 95 },
    { id: 'b', name: 'TDP 2', total: 88.25, coreGroupCouncilScore: 35, deductions: 1 },
    { id: 'c', name: 'TDP 3', total: 88.25, coreGroupCouncilScore: 38, deductions: 2 },
    { id: 'd', name: 'TDP 4', total: 80 },
  ];

  it('gives competition ranks 1, 2, 2, 4 and orders the tie by the core group', () => {
    const { rows: ranked, tieBreakRule } = rankBlock(rows, DEFAULT_SETTINGS.tieBreakOrder);
    expect(ranked.map((r) => [r.id, r.rank, r.position])).toEqual([['a', 1, 1], ['c', 2, 2], ['b', 2, 3], ['d', 4, 4]]);
    expect(ranked[2]).toMatchObject({ tied: true, decidedBy: 'coreGroupCouncilScore', unresolved: false });
    expect(ranked[2].note).toBe('Đồng hạng 2 với TDP 3; xếp sau TDP 3 do TDP 3 có điểm Hội đồng chấm ở nhóm tiêu chí chính cao hơn.');
    expect(ranked[1].note).toBe('Đồng hạng 2 với TDP 2.');
    expect(ranked[0]).toMatchObject({ tied: false, note: '' });
    expect(tieBreakRule).toContain('(1) điểm Hội đồng chấm ở nhóm tiêu chí chính cao hơn; (2) ít điểm trừ hơn');
  });

  it.each<[string, RankInput[], string[], string | null]>([
    ['fewer deductions', [
      { id: 'x', name: 'X', total: 90, coreGroupCouncilScore: 30, deductions: 2 },
      { id: 'y', name: 'Y', total: 90, coreGroupCouncilScore: 30, deductions: 0 },
    ], ['y', 'x'], 'fewerDeductions'],
    ['women first (NĐ 152/2025 Đ4)', [
      { id: 'x', name: 'X', total: 90, womenPriority: false },
      { id: 'y', name: 'Y', total: 90, womenPriority: true },
    ], ['y', 'x'], 'womenFirst'],
    ['council vote', [
      { id: 'x', name: 'X', total: 90, councilVotePlace: 2 },
      { id: 'y', name: 'Y', total: 90, councilVotePlace: 1 },
    ], ['y', 'x'], 'councilVote'],
    ['a recorded core score beats a missing one', [
      { id: 'x', name: 'X', total: 90 },
      { id: 'y', name: 'Y', total: 90, coreGroupCouncilScore: 10 },
    ], ['y', 'x'], 'coreGroupCouncilScore'],
  ])('tie broken by %s', (_name, input, order, key) => {
    const ranked = rankBlock(input, DEFAULT_SETTINGS.tieBreakOrder).rows;
    expect(ranked.map((r) => r.id)).toEqual(order);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
    expect(ranked[1].decidedBy).toBe(key);
  });

  it('says when nothing separates a tie, and keeps input order', () => {
    const ranked = rankBlock([{ id: 'x', name: 'X', total: 70 }, { id: 'y', name: 'Y', total: 70.0000001 }], []).rows;
    expect(ranked.map((r) => r.id)).toEqual(['x', 'y']);
    expect(ranked[1].unresolved).toBe(true);
    expect(ranked[1].note).toContain('Hội đồng quyết định');
    expect(describeTieBreak([])).toBe(
      'Khi bằng tổng điểm: đồng hạng; đề xuất xếp trước đơn vị có ưu tiên nữ hoặc tập thể có từ 70 % nữ trở lên (Khoản 6 Điều 4 NĐ 152/2025), còn lại Hội đồng quyết định thứ tự.',
    );
  });

  it('NĐ 152/2025 Đ4.6: the women-first rule breaks a tie the council’s chain leaves open, as a proposal, even when the council left it out', () => {
    const tied: RankInput[] = [
      { id: 'm', name: 'Tổ dân phố 3', total: 90, coreGroupCouncilScore: 30, deductions: 1, womenPriority: false },
      { id: 'w', name: 'Chi hội Phụ nữ', total: 90, coreGroupCouncilScore: 30, deductions: 1, womenPriority: true },
    ];
    for (const order of [[], ['coreGroupCouncilScore', 'fewerDeductions'], DEFAULT_SETTINGS.tieBreakOrder] as TieBreakKey[][]) {
      const ranked = rankBlock(tied, order).rows;
      expect(ranked.map((r) => r.id)).toEqual(['w', 'm']);
      expect(ranked[1]).toMatchObject({ decidedBy: 'womenFirst', unresolved: false });
      expect(ranked[1].note).toBe(
        'Đồng hạng 1 với Chi hội Phụ nữ; đề xuất xếp sau Chi hội Phụ nữ: Chi hội Phụ nữ có ưu tiên nữ hoặc tập thể có từ 70 % nữ trở lên, ưu tiên theo Khoản 6 Điều 4 NĐ 152/2025.',
      );
      expect(ranked[1].note).not.toContain('Hội đồng quyết định');
    }
    // A chain without the rule states that the law still applies after it.
    expect(describeTieBreak(['coreGroupCouncilScore', 'councilVote'])).toBe(
      'Khi bằng tổng điểm, xếp trước đơn vị có (1) điểm Hội đồng chấm ở nhóm tiêu chí chính cao hơn; (2) Hội đồng biểu quyết; sau đó đề xuất xếp trước đơn vị có ưu tiên nữ hoặc tập thể có từ 70 % nữ trở lên (Khoản 6 Điều 4 NĐ 152/2025).',
    );
    // The council's recorded vote, when it comes first in its chain, still decides.
    const voted = rankBlock([{ ...tied[0], councilVotePlace: 1 }, { ...tied[1], councilVotePlace: 2 }], ['councilVote']).rows;
    expect(voted.map((r) => r.id)).toEqual(['m', 'w']);
    expect(voted[1].decidedBy).toBe('councilVote');
  });

  it('ranks are competition ranks and positions a permutation, for any totals (property)', () => {
    const row = fc.record({ total: fc.integer({ min: 0, max: 200 }).map((n) => n / 2), deductions: fc.nat(3), womenPriority: fc.boolean() });
    fc.assert(fc.property(fc.array(row, { maxLength: 12 }), (raw) => {
      const input = raw.map((r, i) => ({ ...r, id: `u${i}`, name: `Đơn vị ${i}` }));
      const ranked = rankBlock(input, DEFAULT_SETTINGS.tieBreakOrder).rows;
      expect(ranked.map((r) => r.position)).toEqual(input.map((_, i) => i + 1));
      for (const r of ranked) expect(r.rank).toBe(1 + ranked.filter((o) => o.total > r.total).length);
      for (let i = 1; i < ranked.length; i++) expect(ranked[i].total).toBeLessThanOrEqual(ranked[i - 1].total);
      expect(rankBlock([...input].reverse(), DEFAULT_SETTINGS.tieBreakOrder).rows.map((r) => r.rank).sort()).toEqual(ranked.map((r) => r.rank).sort());
    }));
  });
});

describe('classify by configurable bands (DOMAIN.md §7)', () => {
  const ccb = [
    { label: 'Xuất sắc', minScore: 81 }, { label: 'Tiên tiến', minScore: 71 }, { label: 'Vững mạnh', minScore: 61 }, { label: 'Yếu', minScore: 0 },
  ];
  it.each<[number, string | null]>([
    [90, 'Xuất sắc'], [81, 'Xuất sắc'], [80.99, 'Tiên tiến'], [88.25, 'Xuất sắc'], [71, 'Tiên tiến'], [60.99, 'Yếu'], [0, 'Yếu'], [-1, null],
  ])('Hội CCB 90-point table: %s → %s', (total, label) => {
    expect(classify(total, ccb)?.label ?? null).toBe(label);
  });

  it('the default bands put 90 exactly on Xuất sắc and 89,99 on Tốt', () => {
    expect(classify(90, DEFAULT_SETTINGS.classificationBands)?.label).toBe('Xuất sắc');
    expect(classify(89.99, DEFAULT_SETTINGS.classificationBands)?.label).toBe('Tốt');
    expect(classify(89.99, [...DEFAULT_SETTINGS.classificationBands].reverse())?.label).toBe('Tốt'); // order-independent
  });
});
