import { DEFAULT_SETTINGS } from '../../../../src-renderer/domain/settings';
import { describe, expect, it } from 'vitest';
import {
  dueDayText, isLateReport, isVetted, monthStatus, reportDueDate, yearCounts, type ReportFacts,
} from '../../../../src-renderer/features/goodDeeds/reporting';

const report = (unitId: string, month: string, submittedAt: string, status: ReportFacts['status'] = 'submitted'): ReportFacts => ({
  unitId, month, submittedAt, status,
});

describe('deadline of the monthly report (ngày 15, VB 124/UBND)', () => {
  it('is the due day of the same month', () => {
    expect(reportDueDate('2026-03', 15)).toBe('2026-03-15');
    expect(reportDueDate('2026-12', 5)).toBe('2026-12-05');
  });

  it('“trước ngày 15” is the default: the 14th is the last day on time, the 15th is late, and the screen says so', () => {
    expect(DEFAULT_SETTINGS.goodDeedsDueDay).toBe(14);
    expect(isLateReport({ month: '2026-03', submittedAt: '2026-03-14' }, DEFAULT_SETTINGS.goodDeedsDueDay)).toBe(false);
    expect(isLateReport({ month: '2026-03', submittedAt: '2026-03-15' }, DEFAULT_SETTINGS.goodDeedsDueDay)).toBe(true);
    expect(dueDayText(14)).toBe('đến hết ngày 14 hằng tháng (trước ngày 15); nộp từ ngày 15 là muộn');
  });

  it('the day stays a setting: with 15 a report on the 15th is on time, on the 16th late', () => {
    expect(isLateReport({ month: '2026-03', submittedAt: '2026-03-15' }, 15)).toBe(false);
    expect(isLateReport({ month: '2026-03', submittedAt: '2026-03-16' }, 15)).toBe(true);
    expect(isLateReport({ month: '2026-03', submittedAt: '2026-04-01' }, 15)).toBe(true);
  });
});

describe('monthStatus', () => {
  const units = ['a', 'b', 'c'];
  const reports = [
    report('a', '2026-03', '2026-03-10'),
    report('a', '2026-03', '2026-03-20'),
    report('b', '2026-03', '2026-03-18'),
    report('c', '2026-02', '2026-02-01'),
  ];

  it('shows on-time, late and missing units once the deadline has passed', () => {
    expect(monthStatus(units, reports, '2026-03', 15, '2026-03-25')).toEqual([
      { unitId: 'a', state: 'onTime', reports: 2, firstSubmittedAt: '2026-03-10' },
      { unitId: 'b', state: 'late', reports: 1, firstSubmittedAt: '2026-03-18' },
      { unitId: 'c', state: 'missing', reports: 0, firstSubmittedAt: null },
    ]);
  });

  it('a unit without a report is not yet missing until the day after the deadline', () => {
    expect(monthStatus(['c'], reports, '2026-03', 15, '2026-03-15')[0].state).toBe('notYetDue');
    expect(monthStatus(['c'], reports, '2026-03', 15, '2026-03-16')[0].state).toBe('missing');
  });

  it('the first hand-in decides, whatever the order of the reports', () => {
    const late = report('a', '2026-05', '2026-05-20');
    const early = report('a', '2026-05', '2026-05-02');
    expect(monthStatus(['a'], [late, early], '2026-05', 15, '2026-06-01')[0].state).toBe('onTime');
  });
});

describe('yearCounts', () => {
  const reports = [
    report('a', '2026-01', '2026-01-10', 'approved'),
    report('a', '2026-02', '2026-02-20', 'forwarded'),
    report('b', '2026-02', '2026-02-10', 'returned'),
    report('b', '2026-03', '2026-03-10', 'submitted'),
    report('b', '2025-12', '2025-12-10', 'approved'),
  ];

  it('counts the vetted examples of the year against the target, and per unit', () => {
    const counts = yearCounts(reports, 2026, 15, 5);
    expect(counts).toMatchObject({ submitted: 4, vetted: 2, returned: 1, shortOfTarget: 3 });
    expect(counts.byUnit.get('a')).toEqual({ submitted: 2, vetted: 2, returned: 0, late: 1 });
    expect(counts.byUnit.get('b')).toEqual({ submitted: 2, vetted: 0, returned: 1, late: 0 });
  });

  it('is never short once the target is reached', () => {
    expect(yearCounts(reports, 2026, 15, 2).shortOfTarget).toBe(0);
  });

  it('only approved and forwarded reports are vetted', () => {
    expect(['submitted', 'approved', 'returned', 'forwarded'].map((status) => isVetted({ status: status as ReportFacts['status'] })))
      .toEqual([false, true, false, true]);
  });
});
