/**
 * Reward money (tiền thưởng), NĐ 152/2025 Đ49–54: coefficient × mức lương cơ sở in force on the
 * decision date, rounded UP to the next 10.000 đ (Đ49.2). Arithmetic is on integers (coefficients in
 * thousandths), so 0,3 × 2.340.000 is exactly 702.000 and never 701.999,99.
 */
import type { BaseSalaryStep, WardSettings } from './settings';
import { isLocalCode, type AwardCode, type SubjectKind } from './vocabulary';
import { localTitleFor } from './titles';
import { requireIsoDate } from './dates';

const ROUNDING_STEP = 10_000;
const COEFFICIENT_SCALE = 1000;

/** The base salary in force on `isoDate` (the latest step starting on or before it); null before the first. */
export function baseSalaryOn(isoDate: string, history: readonly BaseSalaryStep[]): number | null {
  requireIsoDate(isoDate);
  let amount: number | null = null;
  let from = '';
  for (const step of history) {
    if (step.from <= isoDate && step.from >= from) {
      amount = step.amount;
      from = step.from;
    }
  }
  return amount;
}

/** Rounds a whole-đồng amount up to the next multiple of 10.000 đ (NĐ 152/2025 Đ49.2). */
export function roundUpToTenThousand(amount: number): number {
  return Math.ceil(amount / ROUNDING_STEP) * ROUNDING_STEP;
}

export interface RewardAmount {
  coefficient: number;
  baseSalary: number;
  /** coefficient × base salary, before rounding. */
  exact: number;
  /** Rounded up to the next 10.000 đ. */
  amount: number;
  reference: string;
}

/**
 * The reward for one title or form; null when the settings give no coefficient for it (e.g. Gia đình
 * văn hóa) or no base salary was in force on the decision date.
 */
export function rewardAmount(
  award: { titleCode: AwardCode; subjectKind: SubjectKind; decisionDate: string },
  settings: Pick<WardSettings, 'rewardCoefficients' | 'baseSalaryHistory'> & Partial<Pick<WardSettings, 'localTitles'>>,
): RewardAmount | null {
  // A province's own title is paid by its pack's coefficient (issue 20).
  const coefficients = isLocalCode(award.titleCode)
    ? localTitleFor(award.titleCode, { localTitles: settings.localTitles ?? [] })?.coefficient
    : settings.rewardCoefficients[award.titleCode];
  return rewardForCoefficient(coefficients?.[award.subjectKind], award.decisionDate, settings.baseSalaryHistory);
}

/** coefficient × the base salary in force on the decision date, rounded up to 10.000 đ (NĐ 152/2025 Đ49.2). */
export function rewardForCoefficient(
  coefficient: number | undefined, decisionDate: string, baseSalaryHistory: readonly BaseSalaryStep[],
): RewardAmount | null {
  const baseSalary = baseSalaryOn(decisionDate, baseSalaryHistory);
  if (coefficient === undefined || baseSalary === null) return null;
  const exactScaled = Math.round(coefficient * COEFFICIENT_SCALE) * Math.round(baseSalary);
  return {
    coefficient,
    baseSalary,
    exact: exactScaled / COEFFICIENT_SCALE,
    amount: Math.ceil(exactScaled / (COEFFICIENT_SCALE * ROUNDING_STEP)) * ROUNDING_STEP,
    reference: 'NĐ 152/2025 Đ49.2, Đ49–54',
  };
}

export interface PayableAward {
  id: string;
  titleCode: AwardCode;
  /** Emulation title (danh hiệu) or form of commendation (hình thức). */
  isEmulationTitle: boolean;
  /** Counting period of the achievement, e.g. the year "2026". */
  period: string;
  amount: number;
}

/**
 * Which of one recipient's awards are paid (NĐ 152/2025 Đ49.5–7): titles for different counting
 * periods are all paid; several titles for the same period pay only the highest; a title and a form
 * are both paid. Returns the ids paid.
 */
export function payableAwardIds(awards: readonly PayableAward[]): string[] {
  const bestTitleByPeriod = new Map<string, PayableAward>();
  for (const award of awards) {
    if (!award.isEmulationTitle) continue;
    const best = bestTitleByPeriod.get(award.period);
    if (!best || award.amount > best.amount) bestTitleByPeriod.set(award.period, award);
  }
  return awards
    .filter((a) => !a.isEmulationTitle || bestTitleByPeriod.get(a.period) === a)
    .map((a) => a.id);
}
