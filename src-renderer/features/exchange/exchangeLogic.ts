/**
 * Pure view logic of exchange packages (SPEC §7, docs/exchange-format.md): file names, the three
 * lists of a package being imported (mới / trùng / không hợp lệ) and the sentences around them.
 */
import { awardTitleInfo } from '../../domain/titles';
import { formatNumber, searchKey } from '../../domain/text';
import type { ExchangeItem, ExchangeKind, ExchangePreview } from '../../data/exchange';
import type { GoodDeedInput, NominationInput } from '../../data/schemas';
import { formatMonth } from '../goodDeeds/labels';

export const EXCHANGE_KIND_LABELS: Record<ExchangeKind, string> = {
  nominations: 'Đề nghị khen thưởng của một năm',
  goodDeeds: 'Báo cáo Người tốt, việc tốt của một tháng',
};

/** The counted noun: "3 đề nghị", "2 báo cáo". */
const EXCHANGE_NOUNS: Record<ExchangeKind, string> = { nominations: 'đề nghị', goodDeeds: 'báo cáo' };

/** "Tổ dân phố 3" → "to-dan-pho-3", for file names that survive any disk and e-mail. */
export function fileSlug(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'don-vi';
}

/** "trao-doi-de-nghi-to-dan-pho-3-2026.json" or "trao-doi-nguoi-tot-viec-tot-to-dan-pho-3-2026-04.json". */
export function exchangeFileName(kind: ExchangeKind, unitName: string, period: number | string): string {
  const what = kind === 'nominations' ? 'de-nghi' : 'nguoi-tot-viec-tot';
  return `trao-doi-${what}-${fileSlug(unitName)}-${period}.json`;
}

/** "năm 2026" for nominations, "tháng 04/2026" for good-deed reports. */
function periodText(kind: ExchangeKind, period: number | string): string {
  return kind === 'nominations' ? `năm ${period}` : `tháng ${formatMonth(String(period))}`;
}

/** What the package would carry, before it is saved. */
export function exportCountText(kind: ExchangeKind, count: number, unitName: string, period: number | string): string {
  const when = periodText(kind, period);
  if (count === 0) return `${unitName} chưa có ${EXCHANGE_NOUNS[kind]} nào ${when}.`;
  return `Gói sẽ gồm ${formatNumber(count)} ${EXCHANGE_NOUNS[kind]} ${when} của ${unitName}.`;
}

export type ExchangeList = 'fresh' | 'duplicates' | 'invalid';

export const EXCHANGE_LIST_LABELS: Record<ExchangeList, string> = {
  fresh: 'Mới',
  duplicates: 'Trùng',
  invalid: 'Không hợp lệ',
};

export interface ExchangeRow {
  /** Line in the file: the grid's row id. */
  id: number;
  subject: string;
  content: string;
  /** Fresh: a person the ward will register; invalid: the reasons. */
  note: string;
  duplicateOf: string | null;
}

/** The record's substance, as the lists show it: title and year, or month, field and deed. */
export function itemContent(item: ExchangeItem): string {
  if (!item.input) return '';
  if (item.kind === 'nominations') {
    const n = item.input as NominationInput;
    return `${awardTitleInfo(n.titleCode).label} năm ${n.year}`;
  }
  const d = item.input as GoodDeedInput;
  return `Tháng ${formatMonth(d.month)} – ${d.field}: ${d.deed}`;
}

function itemNote(item: ExchangeItem): string {
  if (item.issues.length > 0) return item.issues.join(' ');
  const p = item.newPerson;
  if (!p) return '';
  return `Chưa có trong danh mục: sẽ thêm cá nhân ${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}.`;
}

export function exchangeRows(items: readonly ExchangeItem[]): ExchangeRow[] {
  return items.map((item) => ({
    id: item.line,
    subject: item.label,
    content: itemContent(item),
    note: itemNote(item),
    duplicateOf: item.duplicateOf ?? null,
  }));
}

/** A package's creation time in the office's zone: "16:30 21/11/2026". */
export function formatCreatedAt(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(date);
}

/** What a package holds, as its heading reads: "Đề nghị khen thưởng năm 2026", "Báo cáo Người tốt, việc tốt tháng 04/2026". */
const PACKAGE_CONTENTS: Record<ExchangeKind, string> = { nominations: 'Đề nghị khen thưởng', goodDeeds: 'Báo cáo Người tốt, việc tốt' };

/** The package's contents and period, its origin and its three counts. */
export function previewSummary(preview: ExchangePreview): string {
  const from = preview.ward ? `${preview.unitName} (${preview.ward})` : preview.unitName;
  const period = preview.kind === 'nominations' ? preview.year : preview.month;
  const what = period === null ? 'Gói trao đổi' : `${PACKAGE_CONTENTS[preview.kind]} ${periodText(preview.kind, period)}`;
  const total = preview.fresh.length + preview.duplicates.length + preview.invalid.length;
  return (
    `${what} của ${from}, tạo lúc ${formatCreatedAt(preview.createdAt)}: ` +
    `${formatNumber(total)} ${EXCHANGE_NOUNS[preview.kind]} — ${formatNumber(preview.fresh.length)} mới, ` +
    `${formatNumber(preview.duplicates.length)} trùng, ${formatNumber(preview.invalid.length)} không hợp lệ.`
  );
}

/** What the accept button says: "Nhận 3 đề nghị mới". */
export function acceptLabel(preview: ExchangePreview): string {
  return `Nhận ${formatNumber(preview.fresh.length)} ${EXCHANGE_NOUNS[preview.kind]} mới`;
}

/** After accepting: "Đã nhận 3 đề nghị mới từ gói của Tổ dân phố 3." */
export function acceptSummary(preview: ExchangePreview, count: number): string {
  return `Đã nhận ${formatNumber(count)} ${EXCHANGE_NOUNS[preview.kind]} mới từ gói của ${preview.unitName}.`;
}
