/**
 * Ending and reopening a hold (tạm hoãn xét, NĐ 152/2025 Đ4; DOMAIN.md §3.3). The end date matters for
 * a discipline: only achievements after it count, which the eligibility check then asks the council to judge.
 */
import { z } from 'zod';
import { formatDateShort } from '../../domain/text';
import { isoDate } from '../../data/schemas/common';
import type { Nomination } from '../../data/schemas';

type Hold = Nomination['holds'][number];

export const endHoldFormSchema = z.object({ endedOn: isoDate('Ngày kết thúc') });

export function endHold(holds: readonly Hold[], index: number, endedOn: string): Hold[] {
  return holds.map((h, i) => (i === index ? { ...h, active: false, endedOn } : h));
}

/** Applies the hold again; the earlier end date no longer holds. */
export function reopenHold(holds: readonly Hold[], index: number): Hold[] {
  return holds.map((h, i) => (i === index ? { ...h, active: true, endedOn: null } : h));
}

/** What an ended hold means for the nomination, in a sentence; null while it applies. */
export function holdEndNote(hold: Hold): string | null {
  if (hold.active || !hold.endedOn) return null;
  const ended = `Đã kết thúc ngày ${formatDateShort(hold.endedOn)}`;
  return hold.kind === 'discipline' ? `${ended}: chỉ tính thành tích đạt được sau ngày này (NĐ 152/2025 Đ4).` : `${ended}.`;
}
