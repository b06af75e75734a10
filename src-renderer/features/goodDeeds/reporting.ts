/**
 * Deadlines and counts of the monthly "Người tốt, việc tốt" reports (DOMAIN.md §8): each unit reports
 * every month "trước ngày 15" (VB 124/UBND Ninh Hà), i.e. by the 14th: WardSettings.goodDeedsDueDay is
 * the last day on time (14 by default);
 * vetted examples count toward the ward's yearly target (WardSettings.goodDeedsYearlyTarget) and
 * toward the units' year-end scores. Pure functions of ISO strings; no React, no database.
 */
import { toIsoDate } from '../../domain/dates';

/** How a unit stands for one month. */
export type MonthState = 'onTime' | 'late' | 'missing' | 'notYetDue';

export const MONTH_STATE_LABELS: Record<MonthState, string> = {
  onTime: 'Đúng hạn',
  late: 'Nộp muộn',
  missing: 'Chưa nộp (quá hạn)',
  notYetDue: 'Chưa đến hạn',
};

/** The fields of a report these rules read. */
export interface ReportFacts {
  unitId: string;
  /** `YYYY-MM` */
  month: string;
  /** `YYYY-MM-DD` */
  submittedAt: string;
  status: 'submitted' | 'approved' | 'returned' | 'forwarded';
}

/**
 * The due date of a month's report: that day of the same month, the last day on time. "Trước ngày 15"
 * means a report must arrive by the 14th: the 15th is already late.
 */
export function reportDueDate(month: string, dueDay: number): string {
  const [year, m] = month.split('-').map(Number);
  return toIsoDate({ year, month: m, day: dueDay });
}

/** The deadline as the screens say it: "đến hết ngày 14 hằng tháng (trước ngày 15)". */
export function dueDayText(dueDay: number): string {
  return `đến hết ngày ${dueDay} hằng tháng (trước ngày ${dueDay + 1}); nộp từ ngày ${dueDay + 1} là muộn`;
}

export function isLateReport(report: Pick<ReportFacts, 'month' | 'submittedAt'>, dueDay: number): boolean {
  return report.submittedAt > reportDueDate(report.month, dueDay);
}

export interface UnitMonthStatus {
  unitId: string;
  state: MonthState;
  /** Reports the unit handed in for the month, returned ones included (they were submitted). */
  reports: number;
  /** The first hand-in date, which decides on time or late. */
  firstSubmittedAt: string | null;
}

/** Each expected unit's state for one month, as of `today`; units are returned in the given order. */
export function monthStatus(
  unitIds: readonly string[],
  reports: readonly ReportFacts[],
  month: string,
  dueDay: number,
  today: string,
): UnitMonthStatus[] {
  const firstByUnit = new Map<string, { first: string; count: number }>();
  for (const report of reports) {
    if (report.month !== month) continue;
    const seen = firstByUnit.get(report.unitId);
    if (!seen) firstByUnit.set(report.unitId, { first: report.submittedAt, count: 1 });
    else firstByUnit.set(report.unitId, { first: report.submittedAt < seen.first ? report.submittedAt : seen.first, count: seen.count + 1 });
  }
  const due = reportDueDate(month, dueDay);
  return unitIds.map((unitId) => {
    const seen = firstByUnit.get(unitId);
    if (seen) {
      return { unitId, state: seen.first > due ? 'late' : 'onTime', reports: seen.count, firstSubmittedAt: seen.first };
    }
    return { unitId, state: today > due ? 'missing' : 'notYetDue', reports: 0, firstSubmittedAt: null };
  });
}

/** Vetted examples: approved by the standing member, including those forwarded upward since. */
export function isVetted(report: Pick<ReportFacts, 'status'>): boolean {
  return report.status === 'approved' || report.status === 'forwarded';
}

export interface UnitYearCount {
  submitted: number;
  vetted: number;
  returned: number;
  late: number;
}

export interface YearCounts {
  submitted: number;
  vetted: number;
  returned: number;
  /** Vetted examples still missing to reach the target (0 once reached). */
  shortOfTarget: number;
  byUnit: Map<string, UnitYearCount>;
}

/** The year's totals against the ward's target, and per unit (they feed the units' scores). */
export function yearCounts(reports: readonly ReportFacts[], year: number, dueDay: number, target: number): YearCounts {
  const prefix = `${year}-`;
  const byUnit = new Map<string, UnitYearCount>();
  let submitted = 0;
  let vetted = 0;
  let returned = 0;
  for (const report of reports) {
    if (!report.month.startsWith(prefix)) continue;
    const unit = byUnit.get(report.unitId) ?? { submitted: 0, vetted: 0, returned: 0, late: 0 };
    unit.submitted++;
    submitted++;
    if (isVetted(report)) {
      unit.vetted++;
      vetted++;
    }
    if (report.status === 'returned') {
      unit.returned++;
      returned++;
    }
    if (isLateReport(report, dueDay)) unit.late++;
    byUnit.set(report.unitId, unit);
  }
  return { submitted, vetted, returned, shortOfTarget: Math.max(0, target - vetted), byUnit };
}
