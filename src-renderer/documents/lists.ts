/**
 * The lists sent upward, defined once for both outputs: the .docx table (builders) and the .xlsx
 * sheet (xlsx.ts). A column carries its header, its share of the page width, its Excel width and how
 * its numbers print; a row is plain values, numbers kept as numbers until printed. Free of docx.
 */
import { formatMoney, formatNumber } from '../domain/text';
import type { SubjectKind } from '../domain/vocabulary';
import type { DecisionModel, GoodDeedRow, NomineeGroup, NomineeList, NomineeRow, ScoreRow, SubmissionModel } from './models';
import type { AttachedTo } from './references';

export type ListValue = string | number | null;

/** How a numeric cell prints: a count ("12"), a score ("88,25"), đồng ("1.410.000"), a coefficient ("0,3"). */
export type NumberFormat = 'count' | 'score' | 'money' | 'coefficient';

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
  if (format === 'coefficient') return formatNumber(value, 3);
  return format === 'score' ? formatNumber(value, 2) : String(value);
}

/** Groups print in the order I. Tập thể, II. Cá nhân, III. Hộ gia đình, whatever order the model has. */
export function groupedNominees(list: NomineeList): NomineeGroup[] {
  const order: readonly SubjectKind[] = ['unit', 'person', 'household'];
  return order
    .map((kind) => ({ kind, rows: list.groups.filter((g) => g.kind === kind).flatMap((g) => g.rows) }))
    .filter((g) => g.rows.length > 0);
}

/**
 * Columns of a nominee list. A tờ trình's list carries the achievement summary and is printed
 * landscape; a decision's list names the award and its money (coefficient, amount) and fits a
 * portrait page (DOMAIN.md §5 T1, T5).
 */
export function nomineeColumns(withAmounts: boolean): ListColumn[] {
  const common: ListColumn[] = [
    { header: 'STT', weight: withAmounts ? 7 : 5, xlsxWidth: 6, align: 'center' },
    { header: 'Họ và tên / Tên tập thể', weight: withAmounts ? 22 : 17, xlsxWidth: 28 },
    { header: 'Chức vụ, đơn vị (địa chỉ)', weight: withAmounts ? 24 : 20, xlsxWidth: 32 },
  ];
  if (withAmounts) {
    return [
      ...common,
      { header: 'Danh hiệu, hình thức', weight: 14, xlsxWidth: 26 },
      { header: 'Hệ số', weight: 8, xlsxWidth: 8, align: 'center', format: 'coefficient' },
      { header: 'Số tiền (đồng)', weight: 14, xlsxWidth: 16, align: 'right', format: 'money' },
      { header: 'Ghi chú', weight: 11, xlsxWidth: 16 },
    ];
  }
  return [
    ...common,
    { header: 'Danh hiệu, hình thức đề nghị', weight: 14, xlsxWidth: 26 },
    { header: 'Tóm tắt thành tích', weight: 35, xlsxWidth: 50 },
    { header: 'Ghi chú', weight: 9, xlsxWidth: 16 },
  ];
}

export function nomineeValues(index: number, row: NomineeRow, withAmounts: boolean): ListValue[] {
  if (withAmounts) {
    return [index + 1, row.name, row.positionUnit, row.award, row.coefficient ?? null, row.amount ?? null, row.note ?? ''];
  }
  return [index + 1, row.name, row.positionUnit, row.award, row.achievement, row.note ?? ''];
}

/**
 * "(Kèm theo Quyết định số 01/QĐ-UBND ngày 20 tháng 11 năm 2026 của Chủ tịch UBND phường Ninh Hà)":
 * a decision's list names who decided; a tờ trình's, the ward's UBND.
 */
export function nomineeListAttachment(model: SubmissionModel | DecisionModel): AttachedTo {
  const decision = 'articles' in model;
  return {
    documentLabel: decision ? 'Quyết định' : 'Tờ trình',
    numberText: model.numberText,
    date: model.date,
    issuerName: decision ? model.decidedBy : model.header.issuerName,
  };
}

/** How "Số tiền" was computed, stated with the list (NĐ 152/2025 Đ49.2); empty when nothing is paid. */
export function rewardBasisNote(baseSalary: number | null): string {
  if (baseSalary === null) return '';
  return `Số tiền = hệ số × mức lương cơ sở ${formatMoney(baseSalary)} đồng, làm tròn lên hàng chục nghìn đồng (khoản 2 Điều 49 Nghị định số 152/2025/NĐ-CP).`;
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
