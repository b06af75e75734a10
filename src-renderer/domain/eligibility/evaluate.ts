/**
 * One entry point: "is this nominee eligible for this title this year, and why not?" Each rule answers
 * pass / fail / needs a person's judgement, with a Vietnamese reason and its legal reference.
 */
import type { WardSettings } from '../settings';
import { titleInfoFor } from '../titles';
import { SUBJECT_KIND_LABELS } from '../vocabulary';
import type { EligibilityInput, EligibilityResult, RuleResult } from './types';
import { applyingHolds, combineVerdicts, commonRules, REF, rule } from './common';
import { cstdcsRules, cstdTinhRules, ldttRules } from './persons';
import { coThiDuaRules, tdpVanHoaRules, ttldttRules, ttldxsRules, xaTieuBieuRules } from './units';
import { bangKhenRules, giaDinhVanHoaRules, giayKhenRules } from './forms';

function titleRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
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

export function evaluateEligibility(input: EligibilityInput, settings: WardSettings): EligibilityResult {
  const title = titleInfoFor(input.titleCode, settings.naming);
  const subjectOk = title.subjectKinds.includes(input.nominee.kind);
  const subjectRule = subjectOk
    ? rule('subject.kind', 'Đúng đối tượng xét tặng', 'pass', `${title.label} xét tặng cho ${title.subjectKinds.map((k) => SUBJECT_KIND_LABELS[k].toLowerCase()).join(', ')}.`, REF.subjects)
    : rule('subject.kind', 'Đúng đối tượng xét tặng', 'fail',
        `${title.label} không xét tặng cho đối tượng “${SUBJECT_KIND_LABELS[input.nominee.kind].toLowerCase()}”.`, REF.subjects);
  const rules = [subjectRule, ...commonRules(input, settings), ...(subjectOk ? titleRules(input, settings) : [])];
  const holds = applyingHolds(input);
  return {
    titleCode: input.titleCode,
    year: input.year,
    verdict: combineVerdicts(rules.map((r) => r.verdict)),
    held: holds.length > 0,
    holds,
    rules,
    summary: summarize(title.label, input.year, rules),
    requiresBallot: title.requiresBallot,
  };
}
