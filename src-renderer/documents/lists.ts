/**
 * The lists sent upward, defined once for both outputs: the .docx table (builders) and the .xlsx
 * sheet (xlsx.ts). A column carries its header, its share of the page width, its Excel width and how
 * its numbers print; a row is plain values, numbers kept as numbers until printed. Free of docx.
 */
import { formatMoney, formatNumber } from '../domain/text';
import type { SubjectKind } from '../domain/vocabulary';
import type { GoodDeedRow, NomineeGroup, NomineeList, NomineeRow, ScoreRow } from './models';

export type ListValue = string | number | null;

/** How a numeric cell prints: a count ("12"), a score ("88,25"), đồng ("1.410.000"). */
export type NumberFormat = 'count' | 'score' | 'money';

export interface ListColumn {
  header: string;
  /** Share of the page's text width in the .docx. */
  weight: number;
  /** Width in characters in the .xlsx. */
  xlsxWidth: number;
  align?: 'left' | 'center' | 'right';
  format?: NumberFormat;
}

/** The text a value prints as in a document. */
export function printValue(value: ListValue, format: NumberFormat = 'count'): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (format === 'money') return formatMoney(value);
  return format === 'score' ? formatNumber(value, 2) : String(value);
}

/** Groups print in the order I. Tập thể, II. Cá nhân, III. Hộ gia đình, whatever order the model has. */
export function groupedNominees(list: NomineeList): NomineeGroup[] {
  const order: readonly SubjectKind[] = ['unit', 'person', 'household'];
  return order
    .map((kind) => ({ kind, rows: list.groups.filter((g) => g.kind === kind).flatMap((g) => g.rows) }))
    .filter((g) => g.rows.length > 0);
}

/** Columns of a nominee list; `withAmounts` adds the reward in đồng (decision lists, T5). */
export function nomineeColumns(withAmounts: boolean): ListColumn[] {
  return [
    { header: 'STT', weight: 7, xlsxWidth: 6, align: 'center' },
    { header: 'Họ và tên / Tên tập thể', weight: withAmounts ? 17 : 19, xlsxWidth: 28 },
    { header: 'Chức vụ, đơn vị (địa chỉ)', weight: withAmounts ? 17 : 19, xlsxWidth: 32 },
    { header: 'Danh hiệu, hình thức', weight: withAmounts ? 12 : 15, xlsxWidth: 26 },
    { header: 'Tóm tắt thành tích', weight: withAmounts ? 25 : 30, xlsxWidth: 50 },
    ...(withAmounts ? [{ header: 'Số tiền (đồng)', weight: 13, xlsxWidth: 16, align: 'right', format: 'money' } as const] : []),
    { header: 'Ghi chú', weight: withAmounts ? 9 : 10, xlsxWidth: 16 },
  ];
}

export function nomineeValues(index: number, row: NomineeRow, withAmounts: boolean): ListValue[] {
  const amount = withAmounts ? [row.amount ?? null] : [];
  return [index + 1, row.name, row.positionUnit, row.award, row.achievement, ...amount, row.note ?? ''];
}

export const SCORE_COLUMNS: readonly ListColumn[] = [
  { header: 'STT', weight: 5, xlsxWidth: 6, align: 'center' },
  { header: 'Đơn vị', weight: 17, xlsxWidth: 32 },
  { header: 'Tự chấm', weight: 7, xlsxWidth: 10, align: 'center', format: 'score' },
  { header: 'Hội đồng chấm', weight: 8, xlsxWidth: 10, align: 'center', format: 'score' },
  { header: 'Điểm thưởng', weight: 7, xlsxWidth: 10, align: 'center', format: 'score' },
  { header: 'Điểm trừ', weight: 6, xlsxWidth: 10, align: 'center', format: 'score' },
  { header: 'Tổng điểm', weight: 7, xlsxWidth: 10, align: 'center', format: 'score' },
  { header: 'Xếp hạng', weight: 6, xlsxWidth: 9, align: 'center' },
  { header: 'Xếp loại', weight: 9, xlsxWidth: 12, align: 'center' },
  { header: 'Đề nghị khen thưởng', weight: 17, xlsxWidth: 30 },
  { header: 'Ghi chú', weight: 11, xlsxWidth: 16 },
];

export function scoreValues(index: number, r: ScoreRow): ListValue[] {
  return [index + 1, r.unit, r.selfScore, r.councilScore, r.bonus, r.deduction, r.total, r.rank, r.classification,
    r.proposal, r.note ?? ''];
}

export const GOOD_DEED_COLUMNS: readonly ListColumn[] = [
  { header: 'STT', weight: 5, xlsxWidth: 6, align: 'center' },
  { header: 'Họ và tên / Tên tập thể', weight: 12, xlsxWidth: 26 },
  { header: 'Năm sinh, giới tính', weight: 8, xlsxWidth: 12, align: 'center' },
  { header: 'Địa chỉ, đơn vị', weight: 12, xlsxWidth: 26 },
  { header: 'Lĩnh vực', weight: 9, xlsxWidth: 16 },
  { header: 'Việc làm, cách làm hay', weight: 20, xlsxWidth: 50 },
  { header: 'Đơn vị giới thiệu', weight: 10, xlsxWidth: 20 },
  { header: 'Đã tuyên truyền (kênh, ngày, đường dẫn)', weight: 16, xlsxWidth: 30 },
  { header: 'Ghi chú', weight: 8, xlsxWidth: 14 },
];

export function goodDeedValues(index: number, r: GoodDeedRow): ListValue[] {
  return [index + 1, r.name, r.birthYearGender, r.addressUnit, r.field, r.deed, r.introducedBy, r.publicity, r.note ?? ''];
}
