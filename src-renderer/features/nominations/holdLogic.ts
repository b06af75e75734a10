/**
 * Ending and reopening a hold (tạm hoãn xét, NĐ 152/2025 Đ4; DOMAIN.md §3.3). The end date matters for
 * a discipline: only achievements after it count, which the eligibility check then asks the council to judge.
 */
import { z } from 'zod';
import { addDays } from '../../domain/dates';
import { holdApplies } from '../../domain/eligibility';
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

/**
 * What the hold's end means for the nomination, in a sentence: a known end date lifts it by itself on
 * that day ("tự xét tiếp"); after a discipline only later achievements count (NĐ 152/2025 Đ4.4).
 */
export function holdEndNote(hold: Hold, today: string): string | null {
  if (!hold.endedOn) return null;
  const day = formatDateShort(hold.endedOn);
  if (holdApplies(hold, today)) return `Tạm dừng đến hết ngày ${formatDateShort(addDays(hold.endedOn, -1))}; từ ngày ${day} đề nghị tự xét tiếp.`;
  const ended = `Đã kết thúc ngày ${day}`;
  return hold.kind === 'discipline' ? `${ended}: chỉ tính thành tích đạt được sau ngày này (NĐ 152/2025 Đ4).` : `${ended}.`;
}
