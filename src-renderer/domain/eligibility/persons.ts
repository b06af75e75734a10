/**
 * Individual emulation titles: Lao động tiên tiến (Luật TĐKT 2022 Đ24), Chiến sĩ thi đua cơ sở (Đ23),
 * Chiến sĩ thi đua cấp tỉnh (Đ22). Chains per DOMAIN.md §2:
 * CSTĐCS(y) ⇐ LĐTT standard(y) ∧ (HTXSNV(y) ∨ recognised initiative ∨ accepted topic);
 * CSTĐ tỉnh(y) ⇐ CSTĐCS in y-2, y-1, y ∧ initiative with province-wide effect.
 */
import type { WardSettings } from '../settings';
import { provinceLevelWord } from '../province';
import { TASK_RATING_LABELS } from '../vocabulary';
import type { EligibilityInput, InitiativeInfo, PersonNominee, RuleResult } from './types';
import { basisHistory, consecutiveRun, describeAward, judged, rule } from './common';

const REF_LDTT = 'Luật TĐKT 2022 Đ24';
const REF_CSTDCS = 'Luật TĐKT 2022 Đ23';
const REF_CSTD_TINH = 'Luật TĐKT 2022 Đ22';

export function describeInitiative(i: InitiativeInfo): string {
  const what = i.kind === 'initiative' ? 'sáng kiến' : 'đề tài';
  return `${what} “${i.title}” (${i.year}${i.recognitionNo ? `, ${i.recognitionNo}` : ''})`;
}

/** The LĐTT standard for the year; CSTĐCS requires it that same year (Luật Đ23). */
export function ldttRules(input: EligibilityInput, person: PersonNominee): RuleResult[] {
  const rules: RuleResult[] = [];
  if (person.isPublicServant) {
    const r = person.taskRating;
    const label = 'Xếp loại từ Hoàn thành tốt nhiệm vụ trở lên';
    if (r === null) {
      rules.push(rule('ldtt.rating', label, 'judgement', `Cần xác nhận: chưa có kết quả xếp loại chất lượng năm ${input.year}.`, REF_LDTT));
    } else {
      const ok = r === 'HTTNV' || r === 'HTXSNV';
      rules.push(rule('ldtt.rating', label, ok ? 'pass' : 'fail', `Năm ${input.year} xếp loại “${TASK_RATING_LABELS[r]}”.`, REF_LDTT));
    }
    rules.push(judged(input, 'ldtt.conduct', 'Tự lực, đoàn kết, tích cực thi đua', REF_LDTT,
      'chấp hành tốt chủ trương, chính sách, pháp luật; có tinh thần tự lực, tự cường; đoàn kết, tương trợ; tích cực tham gia phong trào thi đua.'));
  } else {
    rules.push(judged(input, 'ldtt.conduct', 'Lao động, sản xuất hiệu quả, gương mẫu', REF_LDTT,
      'lao động, sản xuất có hiệu quả; tích cực tham gia phong trào thi đua và hoạt động xã hội; gương mẫu chấp hành pháp luật; có đạo đức, lối sống lành mạnh, đoàn kết, tương trợ.'));
  }
  return rules;
}

/** CSTĐCS: the LĐTT standard that year, then one of the three achievements. */
export function cstdcsRules(input: EligibilityInput, person: PersonNominee): RuleResult[] {
  const ldttAwarded = input.history.find((h) => h.year === input.year && h.titleCode === 'LDTT');
  const rules: RuleResult[] = ldttAwarded
    ? [rule('cstdcs.ldttStandard', 'Đạt tiêu chuẩn Lao động tiên tiến trong năm', 'pass',
        `Đã được công nhận ${describeAward(ldttAwarded)}.`, REF_CSTDCS)]
    : ldttRules(input, person).map((r) => ({ ...r, reference: `${REF_CSTDCS}; ${r.reference}` }));

  const id = 'cstdcs.achievement';
  const label = 'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến, đề tài được công nhận';
  const proofs = input.initiatives.filter((i) => i.recognised && i.year === input.year);
  if (person.taskRating === 'HTXSNV') {
    rules.push(rule(id, label, 'pass', `Năm ${input.year} xếp loại “${TASK_RATING_LABELS.HTXSNV}”.`, REF_CSTDCS));
  } else if (proofs.length > 0) {
    rules.push(rule(id, label, 'pass', `Có ${proofs.map(describeInitiative).join('; ')} được công nhận.`, REF_CSTDCS));
  } else if (person.isPublicServant && person.taskRating === null) {
    rules.push(rule(id, label, 'judgement',
      `Cần xác nhận: chưa có kết quả xếp loại năm ${input.year} và chưa ghi nhận sáng kiến, đề tài được công nhận trong năm.`, REF_CSTDCS));
  } else {
    rules.push(rule(id, label, 'fail',
      `Năm ${input.year} không xếp loại Hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài được công nhận (sáng kiến không còn bắt buộc nhưng phải có một trong ba).`,
      REF_CSTDCS));
  }
  return rules;
}

/** Years in which the nominee holds a title in the basis history. */
export function yearsWithTitle(input: EligibilityInput, titleCode: EligibilityInput['titleCode']): Set<number> {
  return new Set(basisHistory(input).filter((h) => h.titleCode === titleCode).map((h) => h.year));
}

/** CSTĐ cấp tỉnh: consecutive CSTĐCS ending this year, and an initiative with province-wide effect. */
export function cstdTinhRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
  const need = settings.cstdTinhConsecutiveCstdcsYears;
  const level = provinceLevelWord(settings.naming.provinceKind);
  const y = input.year;
  const years = yearsWithTitle(input, 'CSTDCS');
  const run = consecutiveRun(years, y);
  const id = 'cstdTinh.consecutiveCstdcs';
  const label = `${need} lần liên tục đạt Chiến sĩ thi đua cơ sở`;
  const rules: RuleResult[] = [];
  const pendingThisYear = input.otherNominations.some((o) => o.titleCode === 'CSTDCS' && o.outcome !== 'not_awarded');
  if (run >= need) {
    rules.push(rule(id, label, 'pass', `Đạt CSTĐCS liên tục các năm ${y - run + 1}–${y}.`, REF_CSTD_TINH));
  } else if (!years.has(y) && pendingThisYear && consecutiveRun(years, y - 1) >= need - 1) {
    rules.push(judged(input, id, label, REF_CSTD_TINH,
      `đạt CSTĐCS các năm ${y - need + 1}–${y - 1}; đủ điều kiện nếu được công nhận CSTĐCS năm ${y} (đang xét).`));
  } else {
    const held = [...years].filter((v) => v <= y).sort((a, b) => a - b);
    rules.push(rule(id, label, 'fail',
      `Cần CSTĐCS liên tục ${need} năm đến năm ${y}; ${held.length > 0 ? `hiện có các năm ${held.join(', ')}` : 'chưa có năm nào'}.`,
      REF_CSTD_TINH));
  }

  // Luật TĐKT 2022 Đ22: the province-level body recognises the province-wide effect. A recognition by the
  // ward (cơ sở) answers the question itself: it is not enough, so the rule fails rather than asking.
  const window = input.initiatives.filter((i) => i.recognised && i.year > y - need && i.year <= y);
  const wide = window.filter((i) => i.level !== 'grassroots');
  const by = (i: InitiativeInfo) => (i.recognisedBy?.trim() ? `, do ${i.recognisedBy.trim()} công nhận` : '');
  const initiativeLabel = `Sáng kiến, đề tài được cấp ${level} công nhận có phạm vi ảnh hưởng trong toàn ${level}`;
  if (wide.length > 0) {
    rules.push(rule('cstdTinh.initiative', initiativeLabel, 'pass',
      `Có ${wide.map((i) => `${describeInitiative(i)}${by(i)}`).join('; ')}: được công nhận ở cấp ${wide.every((i) => i.level === 'national') ? 'toàn quốc' : level}.`,
      REF_CSTD_TINH));
  } else {
    rules.push(rule('cstdTinh.initiative', initiativeLabel, 'fail',
      window.length > 0
        ? `${window.map((i) => `${describeInitiative(i)}${by(i)}`).join('; ')} chỉ được công nhận ở cấp cơ sở; CSTĐ cấp ${level} cần cơ quan cấp ${level} công nhận sáng kiến, đề tài có hiệu quả, phạm vi ảnh hưởng trong toàn ${level}.`
        : `Chưa có sáng kiến, đề tài được cấp ${level} công nhận có phạm vi ảnh hưởng trong toàn ${level} trong ${need} năm.`,
      REF_CSTD_TINH));
  }
  return rules;
}
