/** Vietnamese words of the good-deeds register (DOMAIN.md §8), shared by its list, dialogs and dashboard. */
import type { GoodDeed, Publication } from '../../data/schemas';
import type { MonthState } from './reporting';

export const STATUS_LABELS: Record<GoodDeed['status'], string> = {
  submitted: 'Chờ thẩm định',
  approved: 'Thẩm định đạt',
  returned: 'Trả lại',
  forwarded: 'Đã đề xuất lên trên',
};

export const STATUS_COLORS: Record<GoodDeed['status'], 'default' | 'success' | 'warning' | 'info'> = {
  submitted: 'default',
  approved: 'success',
  returned: 'warning',
  forwarded: 'info',
};

export const SUBJECT_LABELS: Record<GoodDeed['subjectKind'], string> = { person: 'Cá nhân', collective: 'Tập thể' };

export const CHANNEL_LABELS: Record<Publication['channel'], string> = {
  portal: 'Cổng thông tin điện tử phường',
  radio: 'Đài truyền thanh',
  meeting: 'Hội nghị, cuộc họp',
  poster: 'Pa-nô, áp phích, bảng tin',
  other: 'Kênh khác',
};

export const MONTH_STATE_COLORS: Record<MonthState, 'success' | 'warning' | 'error' | 'default'> = {
  onTime: 'success',
  late: 'warning',
  missing: 'error',
  notYetDue: 'default',
};

/** "2026-03" → "03/2026", as months are written in tables. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  return `${m}/${year}`;
}
