/**
 * A movement's Kế hoạch phát động ("KH"): the parts Luật Thi đua, khen thưởng 2022 Điều 17.1 lists
 * (mục tiêu, phạm vi, đối tượng, nội dung và tiêu chí, thời gian, biện pháp tổ chức thực hiện), the
 * form the movement takes (Điều 16: thường xuyên or chuyên đề) and the per-ward quota a province's
 * plan may set for it. Pure: which parts are empty, which quota applies, how a quota reads.
 */
import type { MovementQuota } from './provincePack';
import { searchKey } from './text';

export const MOVEMENT_PLAN_PARTS = ['objectives', 'scope', 'participants', 'contentAndCriteria', 'timeline', 'measures'] as const;
export type MovementPlanPart = (typeof MOVEMENT_PLAN_PARTS)[number];
export type MovementPlan = Record<MovementPlanPart, string>;

/** The parts as the form and the refusal name them, in the order of Điều 17.1. */
export const MOVEMENT_PLAN_PART_LABELS: Record<MovementPlanPart, string> = {
  objectives: 'Mục tiêu',
  scope: 'Phạm vi',
  participants: 'Đối tượng',
  contentAndCriteria: 'Nội dung và tiêu chí',
  timeline: 'Thời gian',
  measures: 'Biện pháp tổ chức thực hiện',
};

export type MovementForm = 'regular' | 'thematic';

/** Luật TĐKT 2022 Điều 16: thi đua thường xuyên, thi đua theo chuyên đề. */
export const MOVEMENT_FORM_LABELS: Record<MovementForm, string> = {
  regular: 'Thi đua thường xuyên',
  thematic: 'Thi đua theo chuyên đề',
};

/** The parts still empty (blank or whitespace), in the order of Điều 17.1. */
export function emptyPlanParts(plan: MovementPlan): MovementPlanPart[] {
  return MOVEMENT_PLAN_PARTS.filter((part) => !plan[part].trim());
}

/** "Kế hoạch phát động còn thiếu: Mục tiêu, Thời gian." — null when every part is written. */
export function planGapsMessage(plan: MovementPlan): string | null {
  const empty = emptyPlanParts(plan);
  return empty.length > 0 ? `Kế hoạch phát động còn thiếu: ${empty.map((p) => MOVEMENT_PLAN_PART_LABELS[p]).join(', ')}.` : null;
}

/**
 * The province's quotas that apply to a movement: those whose movement name is the movement's name or
 * a part of it, accents and case aside ("Người tốt, việc tốt" applies to "Phong trào Người tốt, việc tốt năm 2026").
 */
export function quotasFor(quotas: readonly MovementQuota[], movementName: string): MovementQuota[] {
  const name = searchKey(movementName);
  if (!name) return [];
  return quotas.filter((q) => {
    const key = searchKey(q.movement);
    return key.length > 0 && (name.includes(key) || key.includes(name));
  });
}

/** "05 điển hình": a quota as a plan states it (numbers under 10 with a leading zero, as documents count). */
export function quotaAmount(q: Pick<MovementQuota, 'quota' | 'unit'>): string {
  return `${String(q.quota).padStart(2, '0')} ${q.unit.trim()}`;
}

/**
 * The chỉ tiêu line of a plan: "Chỉ tiêu: phường Ninh Hà phấn đấu đạt ít nhất 05 điển hình (chỉ tiêu giao
 * cho mỗi phường, xã theo Quyết định số 9/2024/QĐ-UBND, Đ12)."
 */
export function quotaSentence(q: MovementQuota, wardInText: string, regulationNumber: string): string {
  const source = [regulationNumber.trim() && `Quyết định số ${regulationNumber.trim()}`, q.citation.trim()].filter(Boolean).join(', ');
  return `Chỉ tiêu: ${wardInText} phấn đấu đạt ít nhất ${quotaAmount(q)} (chỉ tiêu giao cho mỗi phường, xã${source ? ` theo ${source}` : ''}).`;
}
