import { describe, expect, it } from 'vitest';
import type { CriteriaSetDefinition } from '../../../../src-renderer/domain/scoring';
import { awardYearSeries, buildTodos, countByTitleAndStatus, pointsLabel, scoresByBlock } from '../../../../src-renderer/features/dashboard/overview';
import type { TodoInput } from '../../../../src-renderer/features/dashboard/overview';

const base: TodoInput = {
  today: '2026-03-20',
  year: 2026,
  dueDay: 15,
  upwardDeadline: '12-10',
  units: [{ id: 'a', name: 'Tổ dân phố 1' }, { id: 'b', name: 'Tổ dân phố 2' }, { id: 'c', name: 'Đoàn Thanh niên phường' }],
  goodDeeds: [
    { unitId: 'a', month: '2026-03', submittedAt: '2026-03-10', status: 'approved' },
    { unitId: 'b', month: '2026-03', submittedAt: '2026-03-18', status: 'submitted' },
  ],
  nominations: [
    { status: 'received', holds: [] },
    { status: 'received', holds: [{ kind: 'discipline' as const, active: true, note: '' }] },
    { status: 'draft', holds: [] },
    { status: 'awarded', holds: [{ kind: 'discipline' as const, active: true, note: '' }] },
  ],
  meetings: [
    { id: 'm1', date: '2026-03-01', title: 'Xét danh hiệu' },
    { id: 'm2', date: '2026-02-01', title: 'Họp quý I' },
    { id: 'm3', date: '2026-04-01', title: 'Họp sắp tới' },
  ],
  documents: [
    { kind: 'meetingMinutes', sourceIds: ['m2'], archived: 0 },
    { kind: 'submission', sourceIds: ['m1'], archived: 0 },
    { kind: 'meetingMinutes', sourceIds: ['m1'], archived: 1 },
  ],
};

describe('buildTodos', () => {
  const todos = buildTodos(base);
  const text = (key: string) => todos.find((t) => t.key === key)?.text;

  it('names the units that missed this month\'s good-deeds report after the due day', () => {
    expect(text('goodDeedsMissing')).toBe(
      '1 đơn vị chưa nộp báo cáo Người tốt, việc tốt tháng 3/2026 (hạn 15/03/2026): Đoàn Thanh niên phường.',
    );
    expect(text('goodDeedsLate')).toBe('1 đơn vị nộp muộn báo cáo tháng 3/2026.');
    expect(text('goodDeedsVetting')).toBe('1 báo cáo Người tốt, việc tốt chờ thẩm định.');
  });

  it('before the due day it only reminds how many units have not reported yet', () => {
    const early = buildTodos({ ...base, today: '2026-03-14' });
    expect(early.find((t) => t.key === 'goodDeedsMissing')).toBeUndefined();
    expect(early.find((t) => t.key === 'goodDeedsDue')?.text).toContain('còn 1 đơn vị chưa nộp');
  });

  it('counts nominations waiting for appraisal and open ones on hold, not final ones', () => {
    expect(text('appraisal')).toBe('2 đề nghị khen thưởng chờ thẩm định.');
    expect(text('holds')).toContain('1 đề nghị đang tạm dừng xét');
    expect(text('drafts')).toBe('1 đề nghị dự thảo chưa tiếp nhận.');
  });

  it('lists past meetings without registered minutes (a cancelled one does not count), not future ones', () => {
    expect(todos.filter((t) => t.key.startsWith('minutes-')).map((t) => t.key)).toEqual(['minutes-m1']);
  });

  it('announces the upward deadline within 30 days, with the days left', () => {
    expect(text('upwardDeadline')).toBeUndefined();
    const near = buildTodos({ ...base, today: '2026-11-21', goodDeeds: [] });
    expect(near.find((t) => t.key === 'upwardDeadline')?.text).toBe('Hạn gửi hồ sơ đề nghị khen thưởng lên cấp trên: 10/12/2026 (còn 19 ngày).');
    expect(buildTodos({ ...base, today: '2026-12-11' }).find((t) => t.key === 'upwardDeadline')).toBeUndefined();
  });

  it('announces the year\'s statistics (Biểu 0601–0603) due on 15/12 within 30 days, linking to the figures', () => {
    expect(text('yearFigures')).toBeUndefined();
    const near = buildTodos({ ...base, today: '2026-12-03', goodDeeds: [] }).find((t) => t.key === 'yearFigures');
    expect(near).toEqual({
      key: 'yearFigures', severity: 'info', to: '/thong-ke-nam',
      text: 'Báo cáo thống kê TĐKT năm (Biểu 0601–0603): hạn 15/12/2026 (còn 12 ngày).',
    });
    expect(buildTodos({ ...base, today: '2026-12-15', goodDeeds: [] }).find((t) => t.key === 'yearFigures')?.text).toContain('còn 0 ngày');
    expect(buildTodos({ ...base, today: '2026-12-16' }).find((t) => t.key === 'yearFigures')).toBeUndefined();
    expect(buildTodos({ ...base, today: '2027-12-03', year: 2026 }).find((t) => t.key === 'yearFigures')).toBeUndefined();
  });

  it('announces a title\'s own upward day from the pack, counting its voted nominations apart from the annual one', () => {
    const todos = buildTodos({
      ...base, today: '2026-11-10', goodDeeds: [],
      titleDeadlines: [{ monthDay: '11-30', codes: ['BANG_KHEN_TINH'], titles: ['Bằng khen thành phố'] }],
      nominations: [{ status: 'voted', holds: [], titleCode: 'BANG_KHEN_TINH' }, { status: 'voted', holds: [], titleCode: 'CSTD_TINH' }, { status: 'voted', holds: [], titleCode: 'CSTD_TINH' }],
    });
    expect(todos.find((t) => t.key === 'upwardDeadline-11-30')?.text).toBe('Hạn gửi hồ sơ đề nghị Bằng khen thành phố lên cấp trên: 30/11/2026 (còn 20 ngày); 1 đề nghị đã biểu quyết chờ quyết định hoặc trình.');
    expect(todos.find((t) => t.key === 'upwardDeadline')?.text).toBe('Hạn gửi hồ sơ đề nghị khen thưởng lên cấp trên: 10/12/2026 (còn 30 ngày); 2 đề nghị đã biểu quyết chờ quyết định hoặc trình.');
  });

  it('for a past year, keeps the waiting work but not this month\'s reports or the deadline', () => {
    const past = buildTodos({ ...base, today: '2027-11-21', year: 2026 });
    expect(past.map((t) => t.key)).toEqual(['goodDeedsVetting', 'appraisal', 'holds', 'minutes-m1', 'minutes-m3', 'drafts']);
  });

  it('puts warnings before reminders', () => {
    const severities = todos.map((t) => t.severity);
    expect(severities.lastIndexOf('warning')).toBeLessThan(severities.indexOf('info'));
  });
});

describe('countByTitleAndStatus', () => {
  it('counts per title in catalogue order and totals them', () => {
    const rows = countByTitleAndStatus(
      [
        { titleCode: 'CSTDCS', status: 'draft' },
        { titleCode: 'LDTT', status: 'awarded' },
        { titleCode: 'LDTT', status: 'awarded' },
        { titleCode: 'LDTT', status: 'received' },
      ],
      ['LDTT', 'CSTDCS', 'GIAY_KHEN'],
    );
    expect(rows).toEqual([
      { titleCode: 'LDTT', byStatus: { awarded: 2, received: 1 }, total: 3 },
      { titleCode: 'CSTDCS', byStatus: { draft: 1 }, total: 1 },
    ]);
  });
});

describe('scoresByBlock', () => {
  const definition: CriteriaSetDefinition = {
    name: 'x', year: 2026, bonusCap: null, deductionCap: null, coreSectionId: null,
    nodes: [{ id: 'i', label: 'I', kind: 'item', maxPoints: 100 }],
  };
  it('orders scored units by total and puts each in its block\'s series', () => {
    const result = scoresByBlock(
      definition,
      [
        { id: 'a', name: 'Tổ dân phố 1', blockId: 'k1' },
        { id: 'b', name: 'Tổ dân phố 2', blockId: 'k1' },
        { id: 'c', name: 'Trạm Y tế', blockId: null },
        { id: 'd', name: 'Chưa chấm', blockId: 'k1' },
      ],
      [{ id: 'k1', name: 'Khối Tổ dân phố' }],
      [
        { unitId: 'a', entries: [{ criterionId: 'i', selfScore: null, councilScore: 80 }] },
        { unitId: 'b', entries: [{ criterionId: 'i', selfScore: null, councilScore: 92.5 }] },
        { unitId: 'c', entries: [{ criterionId: 'i', selfScore: null, councilScore: 85 }] },
        { unitId: 'd', entries: [{ criterionId: 'i', selfScore: 90, councilScore: null }] },
      ],
    );
    expect(result.units).toEqual(['Tổ dân phố 2', 'Trạm Y tế', 'Tổ dân phố 1']);
    expect(result.series).toEqual([
      { label: 'Chưa xếp khối', data: [null, 85, null] },
      { label: 'Khối Tổ dân phố', data: [92.5, null, 80] },
    ]);
    expect(pointsLabel(92.5)).toBe('92,5 điểm');
  });
});

describe('awardYearSeries', () => {
  it('stacks every year of the range by who decided, with other forms only when there are some', () => {
    const counts = [
      { year: 2022, titleCode: 'LDTT' as const, count: 3 },
      { year: 2022, titleCode: 'GIAY_KHEN' as const, count: 2 },
      { year: 2024, titleCode: 'BANG_KHEN_TINH' as const, count: 1 },
      { year: 2024, titleCode: 'TTLDXS' as const, count: 1 },
    ];
    expect(awardYearSeries(counts, 2022, 2026)).toEqual({
      years: ['2022', '2023', '2024', '2025', '2026'],
      series: [
        { label: 'Cấp phường quyết định', data: [5, 0, 0, 0, 0] },
        { label: 'Cấp trên khen thưởng', data: [0, 0, 2, 0, 0] },
      ],
      total: 7,
    });
    const withOther = awardYearSeries([...counts, { year: 2026, titleCode: null, count: 4 }], 2022, 2026);
    expect(withOther.series.at(-1)).toEqual({ label: 'Hình thức khác', data: [0, 0, 0, 0, 4] });
    expect(awardYearSeries([], 2025, 2026)).toMatchObject({ total: 0, years: ['2025', '2026'] });
  });
});
