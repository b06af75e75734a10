/**
 * What the dashboard shows, computed from plain records: the to-do list of the standing member
 * (reports due, nominations waiting, meetings without minutes, holds, the upward deadline), the
 * year's nominations by title and state, and the chart series. Pure, so every rule is unit-tested.
 */
import { dateInYear, daysBetween } from '../../domain/dates';
import { applyingHolds } from '../../domain/eligibility';
import type { Hold } from '../../domain/eligibility';
import { isFinal } from '../../domain/lifecycle';
import type { NominationStatus } from '../../domain/lifecycle';
import { computeSheetTotals } from '../../domain/scoring';
import type { CriteriaSetDefinition, ScoreEntry } from '../../domain/scoring';
import { compareVi, formatDateShort, formatNumber } from '../../domain/text';
import { titleCatalogue, type TitleCatalogue } from '../../domain/titles';
import type { AwardCode } from '../../domain/vocabulary';
import { FIGURES_DUE_MONTH_DAY } from '../../domain/yearFigures';
import type { AwardCount } from '../../data/queries';
import { monthStatus, reportDueDate } from '../goodDeeds/reporting';
import type { ReportFacts } from '../goodDeeds/reporting';

export interface TodoItem {
  key: string;
  severity: 'warning' | 'info';
  text: string;
  /** Where the work is done. */
  to: string;
}

export interface TodoInput {
  today: string;
  /** The year on screen; this month's reports and the upward deadline only concern the current year. */
  year: number;
  dueDay: number;
  /** `MM-DD` of the annual upward deadline (WardSettings.upwardDeadline). */
  upwardDeadline: string;
  /** Titles the province wants on their own day (deadlines.ts), named as the ward names them. */
  titleDeadlines?: readonly { monthDay: string; codes: readonly AwardCode[]; titles: readonly string[] }[];
  units: readonly { id: string; name: string }[];
  goodDeeds: readonly ReportFacts[];
  nominations: readonly { status: NominationStatus; holds: readonly Hold[]; titleCode?: AwardCode }[];
  meetings: readonly { id: string; date: string; title: string }[];
  /** Registered documents: minutes name their meeting among `sourceIds`; cancelled ones are archived. */
  documents: readonly { kind: string; sourceIds: readonly string[]; archived: 0 | 1 }[];
}

/** Days ahead that the upward deadline starts to be announced. */
const DEADLINE_NOTICE_DAYS = 30;

const listNames = (names: readonly string[], max = 5) =>
  names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`;

/** The standing member's to-do list for `today`, most pressing first. */
export function buildTodos(input: TodoInput): TodoItem[] {
  const { today, dueDay } = input;
  const warnings: TodoItem[] = [];
  const infos: TodoItem[] = [];
  const month = today.slice(0, 7);
  const monthLabel = `${Number(month.slice(5))}/${month.slice(0, 4)}`;
  const due = formatDateShort(reportDueDate(month, dueDay));

  // Người tốt, việc tốt: units that have not reported this month (DOMAIN.md §8, due day setting).
  const currentYear = Number(today.slice(0, 4)) === input.year;
  const statuses = currentYear ? monthStatus(input.units.map((u) => u.id), input.goodDeeds, month, dueDay, today) : [];
  const nameOf = new Map(input.units.map((u) => [u.id, u.name]));
  const missing = statuses.filter((s) => s.state === 'missing').map((s) => nameOf.get(s.unitId) ?? '');
  const notYet = statuses.filter((s) => s.state === 'notYetDue').map((s) => nameOf.get(s.unitId) ?? '');
  const late = statuses.filter((s) => s.state === 'late').length;
  if (missing.length > 0) {
    warnings.push({
      key: 'goodDeedsMissing',
      severity: 'warning',
      text: `${missing.length} đơn vị chưa nộp báo cáo Người tốt, việc tốt tháng ${monthLabel} (hạn ${due}): ${listNames(missing)}.`,
      to: '/nguoi-tot-viec-tot',
    });
  } else if (notYet.length > 0) {
    infos.push({
      key: 'goodDeedsDue',
      severity: 'info',
      text: `Báo cáo Người tốt, việc tốt tháng ${monthLabel} đến hạn ngày ${due}; còn ${notYet.length} đơn vị chưa nộp.`,
      to: '/nguoi-tot-viec-tot',
    });
  }
  if (late > 0) {
    infos.push({ key: 'goodDeedsLate', severity: 'info', text: `${late} đơn vị nộp muộn báo cáo tháng ${monthLabel}.`, to: '/nguoi-tot-viec-tot' });
  }
  const toVet = input.goodDeeds.filter((d) => d.status === 'submitted').length;
  if (toVet > 0) {
    warnings.push({ key: 'goodDeedsVetting', severity: 'warning', text: `${toVet} báo cáo Người tốt, việc tốt chờ thẩm định.`, to: '/nguoi-tot-viec-tot' });
  }

  const open = input.nominations.filter((n) => !isFinal(n.status));
  const received = open.filter((n) => n.status === 'received').length;
  if (received > 0) {
    warnings.push({ key: 'appraisal', severity: 'warning', text: `${received} đề nghị khen thưởng chờ thẩm định.`, to: '/de-nghi' });
  }
  // Holds (NĐ 152/2025 Đ4; DOMAIN.md §3.3): the nominee is under discipline, investigation or inspection.
  const held = open.filter((n) => applyingHolds({ holds: n.holds, asOf: input.today }).length > 0).length;
  if (held > 0) {
    warnings.push({ key: 'holds', severity: 'warning', text: `${held} đề nghị đang tạm dừng xét (kỷ luật, điều tra, thanh tra hoặc khiếu nại).`, to: '/de-nghi' });
  }
  const drafts = open.filter((n) => n.status === 'draft').length;
  if (drafts > 0) infos.push({ key: 'drafts', severity: 'info', text: `${drafts} đề nghị dự thảo chưa tiếp nhận.`, to: '/de-nghi' });

  const withMinutes = new Set(input.documents.filter((d) => d.kind === 'meetingMinutes' && d.archived === 0).flatMap((d) => d.sourceIds));
  for (const meeting of input.meetings) {
    if (meeting.date <= today && !withMinutes.has(meeting.id)) {
      warnings.push({
        key: `minutes-${meeting.id}`,
        severity: 'warning',
        text: `Phiên họp ngày ${formatDateShort(meeting.date)} “${meeting.title}” chưa có biên bản.`,
        to: '/phien-hop',
      });
    }
  }

  // The annual day for every upward title without its own, then each title's own day (the pack's).
  const own = input.titleDeadlines ?? [];
  const ownCodes = new Set(own.flatMap((d) => d.codes));
  const deadlines = [
    { key: 'upwardDeadline', monthDay: input.upwardDeadline, what: 'khen thưởng', counts: (code?: AwardCode) => !code || !ownCodes.has(code) },
    ...own.map((d) => ({ key: `upwardDeadline-${d.monthDay}`, monthDay: d.monthDay, what: d.titles.join(', '), counts: (code?: AwardCode) => code !== undefined && d.codes.includes(code) })),
  ];
  for (const d of deadlines) {
    const deadline = dateInYear(input.year, d.monthDay);
    const daysLeft = daysBetween(today, deadline);
    if (!currentYear || daysLeft < 0 || daysLeft > DEADLINE_NOTICE_DAYS) continue;
    const voted = open.filter((n) => n.status === 'voted' && d.counts(n.titleCode)).length;
    infos.push({
      key: d.key,
      severity: 'info',
      text:
        `Hạn gửi hồ sơ đề nghị ${d.what} lên cấp trên: ${formatDateShort(deadline)} (còn ${daysLeft} ngày)` +
        (voted > 0 ? `; ${voted} đề nghị đã biểu quyết chờ quyết định hoặc trình.` : '.'),
      to: '/de-nghi',
    });
  }
  // The year's statistics (Biểu 0601–0603), received by the upper level on 15/12 (TT 02/2023/TT-BNV).
  const figuresDue = dateInYear(input.year, FIGURES_DUE_MONTH_DAY);
  const figuresDaysLeft = daysBetween(today, figuresDue);
  if (currentYear && figuresDaysLeft >= 0 && figuresDaysLeft <= DEADLINE_NOTICE_DAYS) {
    infos.push({
      key: 'yearFigures',
      severity: 'info',
      text: `Báo cáo thống kê TĐKT năm (Biểu 0601–0603): hạn ${formatDateShort(figuresDue)} (còn ${figuresDaysLeft} ngày).`,
      to: '/thong-ke-nam',
    });
  }
  return [...warnings, ...infos];
}

/** The year's nominations per title, per state; titles in catalogue order. */
export function countByTitleAndStatus(
  nominations: readonly { titleCode: AwardCode; status: NominationStatus }[],
  titleOrder: readonly AwardCode[],
): { titleCode: AwardCode; byStatus: Partial<Record<NominationStatus, number>>; total: number }[] {
  const map = new Map<AwardCode, Partial<Record<NominationStatus, number>>>();
  for (const n of nominations) {
    const row = map.get(n.titleCode) ?? {};
    row[n.status] = (row[n.status] ?? 0) + 1;
    map.set(n.titleCode, row);
  }
  return titleOrder
    .filter((code) => map.has(code))
    .map((titleCode) => {
      const byStatus = map.get(titleCode)!;
      return { titleCode, byStatus, total: Object.values(byStatus).reduce((a, b) => a + (b ?? 0), 0) };
    });
}

export interface BlockScoreSeries {
  /** Unit names, highest total first: the chart's category axis. */
  units: string[];
  /** One series per block; a unit has a value only in its own block's series, so bars are coloured by block. */
  series: { label: string; data: (number | null)[] }[];
}

/** Council totals of the scored units of one criteria set, grouped by block for the chart. */
export function scoresByBlock(
  definition: CriteriaSetDefinition,
  units: readonly { id: string; name: string; blockId: string | null }[],
  blocks: readonly { id: string; name: string }[],
  sheets: readonly { unitId: string; entries: readonly ScoreEntry[] }[],
): BlockScoreSeries {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const blockName = new Map(blocks.map((b) => [b.id, b.name]));
  const scored = sheets
    .filter((s) => unitById.has(s.unitId) && s.entries.some((e) => e.councilScore !== null))
    .map((s) => {
      const unit = unitById.get(s.unitId)!;
      return { unit, block: (unit.blockId && blockName.get(unit.blockId)) || 'Chưa xếp khối', total: computeSheetTotals(definition, s.entries).total };
    })
    .sort((a, b) => b.total - a.total || compareVi(a.unit.name, b.unit.name));
  const labels = [...new Set(scored.map((s) => s.block))].sort(compareVi);
  return {
    units: scored.map((s) => s.unit.name),
    series: labels.map((label) => ({ label, data: scored.map((s) => (s.block === label ? s.total : null)) })),
  };
}

export interface AwardYearSeries {
  years: string[];
  /** Stacked series; "other forms" only when the history has any. */
  series: { label: string; data: number[] }[];
  total: number;
}

/**
 * Award history counts as the "Khen thưởng qua các năm" chart stacks them: titles the ward decides,
 * titles decided above it (the catalogue's level, a province's own title by its pack), and forms
 * outside the catalogue (a Huân chương, …).
 */
export function awardYearSeries(counts: readonly AwardCount[], fromYear: number, toYear: number, titles: TitleCatalogue = titleCatalogue()): AwardYearSeries {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const sum = (pick: (c: AwardCount) => boolean) =>
    years.map((y) => counts.filter((c) => c.year === y && pick(c)).reduce((a, c) => a + c.count, 0));
  const ward = sum((c) => c.titleCode !== null && titles[c.titleCode].level === 'ward');
  const upward = sum((c) => c.titleCode !== null && titles[c.titleCode].level === 'upward');
  const other = sum((c) => c.titleCode === null);
  const series = [
    { label: 'Cấp phường quyết định', data: ward },
    { label: 'Cấp trên khen thưởng', data: upward },
    ...(other.some((n) => n > 0) ? [{ label: 'Hình thức khác', data: other }] : []),
  ];
  return { years: years.map(String), series, total: [...ward, ...upward, ...other].reduce((a, b) => a + b, 0) };
}

/** "88,25 điểm" for chart tooltips. */
export function pointsLabel(value: number | null): string {
  return value === null ? '' : `${formatNumber(value)} điểm`;
}
