/**
 * One entry point: "is this nominee eligible for this title this year, and why not?" Each rule answers
 * pass / fail / needs a person's judgement, with a Vietnamese reason and its legal reference.
 */
import type { WardSettings } from '../settings';
import { awardTitleInfo, localTitleFor } from '../titles';
import { evaluateLocalTitle, localNomineeOf } from '../localTitles';
import { SUBJECT_KIND_LABELS, isLocalCode, type TitleCode } from '../vocabulary';
import type { EligibilityInput, EligibilityResult, RuleResult } from './types';
import { applyingHolds, combineVerdicts, commonRules, REF, rule } from './common';
import { cstdcsRules, cstdTinhRules, ldttRules } from './persons';
import { coThiDuaRules, tdpVanHoaRules, ttldttRules, ttldxsRules, xaTieuBieuRules } from './units';
import { bangKhenRules, giaDinhVanHoaRules, giayKhenRules } from './forms';

function titleRules(input: EligibilityInput & { titleCode: TitleCode }, settings: WardSettings): RuleResult[] {
  const n = input.nominee;
  switch (input.titleCode) {
    case 'LDTT':
      return n.kind === 'person' ? ldttRules(input, n) : [];
    case 'CSTDCS':
      return n.kind === 'person' ? cstdcsRules(input, n) : [];
    case 'CSTD_TINH':
      return cstdTinhRules(input, settings);
    case 'TTLDTT':
      return n.kind === 'unit' ? ttldttRules(input, n, settings) : [];
    case 'TTLDXS':
      return n.kind === 'unit' ? ttldxsRules(input, n, settings) : [];
    case 'TDP_VAN_HOA':
      return n.kind === 'unit' ? tdpVanHoaRules(input, n) : [];
    case 'XA_TIEU_BIEU':
      return xaTieuBieuRules(input, settings);
    case 'CO_THI_DUA_TINH':
      return n.kind === 'unit' ? coThiDuaRules(input, n, settings) : [];
    case 'GIA_DINH_VAN_HOA':
      return giaDinhVanHoaRules(input);
    case 'GIAY_KHEN':
      return giayKhenRules(input, settings);
    case 'BANG_KHEN_TINH':
      return bangKhenRules(input, settings);
  }
}

function summarize(title: string, year: number, rules: readonly RuleResult[]): string {
  const held = rules.filter((r) => r.verdict === 'hold');
  if (held.length > 0) return `Tạm dừng xét đề nghị “${title}” năm ${year} (không phải không đạt): ${held.map((r) => r.reason).join(' ')}`;
  const failed = rules.filter((r) => r.verdict === 'fail');
  if (failed.length > 0) return `Chưa đủ điều kiện đề nghị “${title}” năm ${year}: ${failed.map((r) => r.reason).join(' ')}`;
  const open = rules.filter((r) => r.verdict === 'judgement');
  if (open.length > 0) return `Cần xác nhận ${open.length} tiêu chí trước khi kết luận: ${open.map((r) => r.label).join('; ')}.`;
  return `Đủ điều kiện đề nghị “${title}” năm ${year}.`;
}

/**
 * A province's own title: the pack's rules (subject, discipline bar, prerequisites, cap, once per
 * lifetime, posthumous), each citing the pack's article. A code the pack no longer has is refused.
 * Only a pack's title refuses a deceased nominee: the law as the domain brief (DOMAIN.md §2–3) states
 * it sets no posthumous bar on the national titles and forms, so they are judged on their criteria.
 */
function localRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
  const local = localTitleFor(input.titleCode, settings);
  if (!local) {
    return [rule('local.missing', 'Danh hiệu có trong quy định của tỉnh, thành phố', 'fail',
      'Danh hiệu riêng này không còn trong quy định của tỉnh, thành phố đang áp dụng.', REF.subjects)];
  }
  return evaluateLocalTitle(local, localNomineeOf(input, local), { year: input.year, awardedThisYear: input.awardedThisYear ?? 0, naming: settings.naming }).rules;
}

function rulesOf(input: EligibilityInput, settings: WardSettings, subjectOk: boolean): RuleResult[] {
  if (isLocalCode(input.titleCode)) return [...localRules(input, settings), ...commonRules(input, settings)];
  const national = input as EligibilityInput & { titleCode: TitleCode };
  const subjectRule = subjectOk
    ? rule('subject.kind', 'Đúng đối tượng xét tặng', 'pass', `${title(input, settings).label} xét tặng cho ${title(input, settings).subjectKinds.map((k) => SUBJECT_KIND_LABELS[k].toLowerCase()).join(', ')}.`, REF.subjects)
    : rule('subject.kind', 'Đúng đối tượng xét tặng', 'fail',
        `${title(input, settings).label} không xét tặng cho đối tượng “${SUBJECT_KIND_LABELS[input.nominee.kind].toLowerCase()}”.`, REF.subjects);
  return [subjectRule, ...commonRules(input, settings), ...(subjectOk ? titleRules(national, settings) : [])];
}

const title = (input: EligibilityInput, settings: WardSettings) => awardTitleInfo(input.titleCode, settings);

export function evaluateEligibility(input: EligibilityInput, settings: WardSettings): EligibilityResult {
  const info = title(input, settings);
  const rules = rulesOf(input, settings, info.subjectKinds.includes(input.nominee.kind));
  const holds = applyingHolds(input);
  return {
    titleCode: input.titleCode,
    year: input.year,
    verdict: combineVerdicts(rules.map((r) => r.verdict)),
    held: holds.length > 0,
    holds,
    rules,
    summary: summarize(info.label, input.year, rules),
    requiresBallot: info.requiresBallot,
  };
}
