/**
 * Screen-only words and colours of the good-deeds register (DOMAIN.md §8), shared by its list, dialogs and
 * dashboard; status and channel labels are the domain's (domain/vocabulary.ts).
 */
import type { GoodDeed } from '../../data/schemas';
import type { GoodDeedStatus } from '../../domain/vocabulary';
import type { MonthState } from './reporting';

export const STATUS_COLORS: Record<GoodDeedStatus, 'default' | 'success' | 'warning' | 'info'> = {
  submitted: 'default',
  approved: 'success',
  returned: 'warning',
  forwarded: 'info',
};

export const SUBJECT_LABELS: Record<GoodDeed['subjectKind'], string> = { person: 'Cá nhân', collective: 'Tập thể' };

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
