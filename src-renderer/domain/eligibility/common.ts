/**
 * Building blocks of the eligibility rules and the rules every nomination goes through: who may
 * receive the title, holds, and the principles of NĐ 152/2025 Đ4 / Luật TĐKT 2022 Đ5.
 */
import type { RuleVerdict, TaskRating } from '../vocabulary';
import { AWARD_KIND_LABELS, isLocalCode } from '../vocabulary';
import { awardTitleInfo, type TitleContext } from '../titles';
import { formatDateShort } from '../text';
import { ruleReference, type WardSettings } from '../settings';
import type {
  AwardHistoryEntry, DisciplineLevel, EligibilityInput, Hold, PersonNominee, RuleResult, UnitNominee,
} from './types';
import { DISCIPLINE_LABELS, DISCIPLINE_LEVELS } from './types';

export const REF = {
  principles: 'NĐ 152/2025 Đ4; Luật TĐKT 2022 Đ5',
  holds: 'NĐ 152/2025 Đ4.4 (tạm dừng xét khen thưởng)',
  awardKinds: 'Luật TĐKT 2022 Đ8; NĐ 152/2025 Đ4',
  subjects: 'Luật TĐKT 2022 Đ19, Đ20',
} as const;

export function rule(id: string, label: string, verdict: RuleVerdict, reason: string, reference: string): RuleResult {
  return { id, label, verdict, reason, reference };
}

/** A rule only a person can decide: its recorded yes/no with evidence, or the question to answer. */
export function judged(input: EligibilityInput, id: string, label: string, reference: string, question: string): RuleResult {
  const judgement = input.judgements.find((j) => j.ruleId === id);
  if (!judgement) return rule(id, label, 'judgement', `Cần xác nhận: ${question}`, reference);
  const evidence = judgement.evidence.trim() ? ` Căn cứ: ${judgement.evidence.trim()}` : '';
  return {
    ...rule(id, label, judgement.value ? 'pass' : 'fail', `${judgement.value ? 'Đã xác nhận đạt' : 'Đã xác nhận không đạt'}.${evidence}`, reference),
    judgement,
  };
}

/** Data decides when it can (pass), otherwise the recorded judgement, otherwise `fallback`. */
export function dataOrJudged(
  input: EligibilityInput,
  id: string,
  label: string,
  reference: string,
  data: { passed: boolean; reason: string },
  question: string,
  fallback: 'fail' | 'judgement',
): RuleResult {
  if (data.passed) return rule(id, label, 'pass', data.reason, reference);
  const recorded = judged(input, id, label, reference, question);
  if (recorded.judgement || fallback === 'judgement') return recorded;
  return rule(id, label, 'fail', data.reason, reference);
}

/** A hold suspends the review: it outranks a failure, which it does not judge (NĐ 152/2025 Đ4.4). */
export function combineVerdicts(verdicts: readonly RuleVerdict[]): RuleVerdict {
  if (verdicts.includes('hold')) return 'hold';
  if (verdicts.includes('fail')) return 'fail';
  if (verdicts.includes('judgement')) return 'judgement';
  return 'pass';
}

export function disciplineAtLeast(level: DisciplineLevel | null, floor: DisciplineLevel): boolean {
  return level !== null && DISCIPLINE_LEVELS.indexOf(level) >= DISCIPLINE_LEVELS.indexOf(floor);
}

const RATING_ORDER: readonly TaskRating[] = ['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV'];

export function ratingAtLeast(rating: TaskRating | null, floor: TaskRating): boolean {
  return rating !== null && RATING_ORDER.indexOf(rating) >= RATING_ORDER.indexOf(floor);
}

/** Ratings by year, this year's included. */
export function ratingsByYear(nominee: PersonNominee | UnitNominee, year: number): Map<number, TaskRating> {
  const map = new Map(nominee.ratingHistory.map((r) => [r.year, r.rating]));
  if (nominee.taskRating) map.set(year, nominee.taskRating);
  return map;
}

/** Length of the run of consecutive years in `years` that ends at `endYear`. */
export function consecutiveRun(years: ReadonlySet<number>, endYear: number): number {
  let n = 0;
  while (years.has(endYear - n)) n++;
  return n;
}

/**
 * History that may ground a công trạng proposal: đột xuất and chuyên đề awards are not a basis for
 * proposing công trạng awards (NĐ 152/2025 Đ4).
 */
export function basisHistory(input: EligibilityInput): AwardHistoryEntry[] {
  if (input.awardKind !== 'cong_trang') return input.history;
  return input.history.filter((h) => h.awardKind !== 'dot_xuat' && h.awardKind !== 'chuyen_de');
}

/** An award of the history as the ward names it ("Bằng khen thành phố" in a centrally-run city). */
export function describeAward(h: AwardHistoryEntry, context?: TitleContext): string {
  const decision = h.decisionNo ? ` (QĐ ${h.decisionNo}${h.decisionDate ? ` ngày ${formatDateShort(h.decisionDate)}` : ''})` : '';
  const name = isLocalCode(h.titleCode) && h.label ? h.label : awardTitleInfo(h.titleCode, context).shortLabel;
  return `${name} năm ${h.year}${decision}`;
}

export const HOLD_LABELS: Record<Hold['kind'], string> = {
  discipline: 'đang xem xét kỷ luật',
  investigation: 'đang bị điều tra',
  inspection: 'đang bị thanh tra, kiểm tra',
  complaint: 'có đơn thư khiếu nại, tố cáo hoặc phản ánh đang được xác minh',
};

/**
 * Whether a hold applies on `asOf`: one with an end date applies only before that day, so the review
 * resumes by itself when it ends; one without applies while it is active (NĐ 152/2025 Đ4.4).
 */
export function holdApplies(hold: Hold, asOf: string | null | undefined): boolean {
  if (hold.endedOn) return asOf ? asOf < hold.endedOn : hold.active;
  return hold.active;
}

/** The holds that apply to the input on its day. */
export function applyingHolds(input: { holds: readonly Hold[]; asOf?: string | null }): Hold[] {
  return input.holds.filter((h) => holdApplies(h, input.asOf));
}

function describeHold(h: Hold): string {
  const details = [h.note.trim(), h.endedOn ? `xét tiếp từ ngày ${formatDateShort(h.endedOn)}` : ''].filter(Boolean).join(', ');
  return `${HOLD_LABELS[h.kind]}${details ? ` (${details})` : ''}`;
}

/** Rules every nomination goes through. */
export function commonRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
  const title = awardTitleInfo(input.titleCode, settings);
  const rules: RuleResult[] = [];

  const active = applyingHolds(input);
  rules.push(
    active.length > 0
      ? rule('hold.active', 'Không thuộc trường hợp tạm dừng xét', 'hold',
          `${active.map(describeHold).join('; ')}; xét tiếp khi kết thúc.`,
          REF.holds)
      : rule('hold.active', 'Không thuộc trường hợp tạm dừng xét', 'pass',
          'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hay xác minh đơn thư.', REF.holds),
  );

  const yearStart = `${String(input.year).padStart(4, '0')}-01-01`;
  const disciplineEnds = input.holds
    .filter((h) => !holdApplies(h, input.asOf) && h.kind === 'discipline' && h.endedOn && h.endedOn >= yearStart)
    .map((h) => h.endedOn!)
    .sort();
  const lastEnd = disciplineEnds[disciplineEnds.length - 1];
  if (lastEnd) {
    rules.push(judged(input, 'hold.afterDiscipline', 'Chỉ tính thành tích sau khi hết kỷ luật', REF.holds,
      `kỷ luật đã chấm dứt ngày ${formatDateShort(lastEnd)}; thành tích nêu trong hồ sơ phải đạt được sau ngày này.`));
  }

  if (title.isEmulationTitle) {
    rules.push(input.awardKind === 'cong_trang'
      ? rule('principle.yearlyTitle', 'Danh hiệu xét theo công trạng hằng năm', 'pass',
          'Danh hiệu thi đua được xét tặng hằng năm theo công trạng và thành tích.', REF.awardKinds)
      : rule('principle.yearlyTitle', 'Danh hiệu xét theo công trạng hằng năm', 'fail',
          `Danh hiệu thi đua xét tặng hằng năm theo công trạng, không theo hình thức “${AWARD_KIND_LABELS[input.awardKind]}”.`,
          REF.awardKinds));
  }

  const excluded = input.history.filter((h) => !basisHistory(input).includes(h));
  if (excluded.length > 0) {
    rules.push(rule('principle.basis', 'Không dùng khen thưởng đột xuất, chuyên đề làm căn cứ', 'pass',
      `Không tính ${excluded.map((h) => describeAward(h, settings)).join('; ')} khi xét điều kiện, vì khen thưởng đột xuất và theo chuyên đề không làm căn cứ đề nghị khen thưởng theo công trạng.`,
      REF.principles));
  }

  rules.push(oneAchievementRule(input, settings));

  // A province's own title has its own discipline bar (the pack's), read with its other rules.
  if (input.nominee.kind === 'person' && settings.personDisciplineBarsTitles && !isLocalCode(input.titleCode)) {
    const level = input.nominee.disciplineThisYear;
    rules.push(level
      ? rule('person.discipline', 'Không bị kỷ luật trong năm', 'fail',
          `Bị kỷ luật ${DISCIPLINE_LABELS[level]} trong năm ${input.year}.`, ruleReference(settings, 'personDiscipline', 'Luật TĐKT 2022 Đ24'))
      : rule('person.discipline', 'Không bị kỷ luật trong năm', 'pass',
          `Không bị kỷ luật trong năm ${input.year}.`, ruleReference(settings, 'personDiscipline', 'Luật TĐKT 2022 Đ24')));
  }
  return rules;
}

/** One achievement, one award; the same title is not given twice for one year (NĐ 152/2025 Đ4). */
function oneAchievementRule(input: EligibilityInput, settings: WardSettings): RuleResult {
  const id = 'principle.oneAchievement';
  const label = 'Mỗi thành tích chỉ khen thưởng một lần';
  const title = awardTitleInfo(input.titleCode, settings);
  const already = input.history.find((h) => h.year === input.year && h.titleCode === input.titleCode);
  if (already) {
    return rule(id, label, 'fail', `Đã được tặng ${describeAward(already, settings)}.`, REF.principles);
  }
  const live = input.otherNominations.filter((o) => o.outcome !== 'not_awarded');
  const sameTitle = live.find((o) => o.titleCode === input.titleCode);
  if (sameTitle) {
    return rule(id, label, 'fail', `Đã có đề nghị ${title.shortLabel} năm ${input.year} khác cho cùng đối tượng.`, REF.principles);
  }
  const ref = input.achievementRef?.trim();
  const sameAchievement = ref ? live.find((o) => o.achievementRef?.trim() === ref) : undefined;
  if (sameAchievement) {
    return rule(id, label, 'fail',
      `Thành tích này đã được dùng để đề nghị ${awardTitleInfo(sameAchievement.titleCode, settings).shortLabel}; mỗi thành tích chỉ được đề nghị một hình thức khen thưởng.`,
      REF.principles);
  }
  return rule(id, label, 'pass', 'Không trùng thành tích hay danh hiệu với đề nghị khác trong năm.', REF.principles);
}
