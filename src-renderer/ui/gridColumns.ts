/** Column sort comparators in Vietnamese order, shared by every list. */
import { compareVi } from '../domain/text';

/** Vietnamese collation with natural numbers ("Tổ dân phố 2" before "Tổ dân phố 10"); blanks last. */
export function compareViNullable(a: unknown, b: unknown): number {
  const sa = a == null ? '' : String(a);
  const sb = b == null ? '' : String(b);
  if (sa === '' || sb === '') return sa === sb ? 0 : sa === '' ? 1 : -1;
  return compareVi(sa, sb);
}

/** Numbers ascending; blanks last. */
export function compareNumberNullable(a: unknown, b: unknown): number {
  const na = typeof a === 'number' && Number.isFinite(a) ? a : null;
  const nb = typeof b === 'number' && Number.isFinite(b) ? b : null;
  if (na === null || nb === null) return na === nb ? 0 : na === null ? 1 : -1;
  return na - nb;
}

/** Column defaults for a text column sorted in Vietnamese order. */
export const viTextColumn = { sortComparator: compareViNullable } as const;
