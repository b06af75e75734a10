/**
 * Collective titles: Tập thể lao động tiên tiến (Luật TĐKT 2022 Đ28), Tập thể lao động xuất sắc
 * (Đ27), Thôn/tổ dân phố văn hóa (Đ30, NĐ 86/2023), Xã/phường tiêu biểu (Đ29), Cờ thi đua tỉnh.
 * The province's own article is cited from the ward's pack (e.g. Bắc Ninh QĐ 86/2025 Đ3.1–Đ4.2).
 */
import { ruleReference, type WardSettings } from '../settings';
import { provinceLevelWord } from '../province';
import { TASK_RATING_LABELS } from '../vocabulary';
import type { TaskRating } from '../vocabulary';
import type { EligibilityInput, RuleResult, UnitNominee } from './types';
import { DISCIPLINE_LABELS } from './types';
import { disciplineAtLeast, judged, ratingAtLeast, rule } from './common';
import { formatPercent } from '../text';

const refTtldtt = (settings: WardSettings) => ruleReference(settings, 'ttldtt', 'Luật TĐKT 2022 Đ28');
const refTtldxs = (settings: WardSettings) => ruleReference(settings, 'ttldxs', 'Luật TĐKT 2022 Đ27');
const REF_TDP = 'Luật TĐKT 2022 Đ30; NĐ 86/2023';
const REF_XA = 'Luật TĐKT 2022 Đ29; NĐ 152/2025 Đ50';
const refCo = (settings: WardSettings) => ruleReference(settings, 'coThiDua', 'Luật TĐKT 2022 Đ26');

/** ≥ 70 % of members are LĐTT, compared in integers (share kept in hundredths of a percent). */
function ldttShareRule(unit: UnitNominee, settings: WardSettings, reference: string): RuleResult {
  const id = 'unit.ldttShare';
  const pct = settings.memberLdttSharePercent;
  const label = `Từ ${formatPercent(pct)} thành viên đạt Lao động tiên tiến`;
  if (unit.memberCount <= 0) return rule(id, label, 'fail', 'Chưa có số thành viên của tập thể.', reference);
  if (unit.ldttCount > unit.memberCount || unit.ldttCount < 0) {
    return rule(id, label, 'fail', `Số Lao động tiên tiến (${unit.ldttCount}) không hợp lệ so với số thành viên (${unit.memberCount}).`, reference);
  }
  const ok = unit.ldttCount * 10_000 >= Math.round(pct * 100) * unit.memberCount;
  const share = formatPercent((unit.ldttCount * 100) / unit.memberCount);
  return rule(id, label, ok ? 'pass' : 'fail',
    `${unit.ldttCount}/${unit.memberCount} thành viên đạt LĐTT (${share}), ${ok ? 'đạt' : 'chưa đạt'} mức ${formatPercent(pct)}.`,
    reference);
}

function noDisciplineRule(unit: UnitNominee, reference: string): RuleResult {
  const id = 'unit.discipline';
  const label = 'Không có thành viên bị kỷ luật từ cảnh cáo trở lên';
  const level = unit.highestMemberDiscipline;
  return disciplineAtLeast(level, 'canh_cao')
    ? rule(id, label, 'fail', `Có thành viên bị kỷ luật ${DISCIPLINE_LABELS[level!]}.`, reference)
    : rule(id, label, 'pass', level ? `Mức kỷ luật cao nhất trong tập thể là ${DISCIPLINE_LABELS[level]}.` : 'Không có thành viên bị kỷ luật.', reference);
}

/** The unit's own rating decides the task part when it is below the floor; otherwise a person judges. */
function performanceRule(
  input: EligibilityInput, unit: UnitNominee, id: string, label: string, floor: TaskRating, reference: string, question: string,
): RuleResult {
  if (unit.taskRating !== null && !ratingAtLeast(unit.taskRating, floor)) {
    return rule(id, label, 'fail', `Tập thể chỉ xếp loại “${TASK_RATING_LABELS[unit.taskRating]}”, cần từ “${TASK_RATING_LABELS[floor]}”.`, reference);
  }
  return judged(input, id, label, reference, question);
}

export function ttldttRules(input: EligibilityInput, unit: UnitNominee, settings: WardSettings): RuleResult[] {
  const REF_TTLDTT = refTtldtt(settings);
  return [
    ldttShareRule(unit, settings, REF_TTLDTT),
    noDisciplineRule(unit, REF_TTLDTT),
    performanceRule(input, unit, 'ttldtt.performance', 'Hoàn thành tốt nhiệm vụ, thi đua thường xuyên', 'HTTNV', REF_TTLDTT,
      'hoàn thành tốt nhiệm vụ và kế hoạch được giao; phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, chấp hành tốt pháp luật.'),
  ];
}

export function ttldxsRules(input: EligibilityInput, unit: UnitNominee, settings: WardSettings): RuleResult[] {
  const REF_TTLDXS = refTtldxs(settings);
  const allDone = unit.allMembersCompleteTasks;
  const rules: RuleResult[] = [
    allDone === null
      ? rule('ttldxs.allComplete', '100 % thành viên hoàn thành nhiệm vụ', 'judgement', 'Cần xác nhận: chưa có kết quả hoàn thành nhiệm vụ của tất cả thành viên.', REF_TTLDXS)
      : rule('ttldxs.allComplete', '100 % thành viên hoàn thành nhiệm vụ', allDone ? 'pass' : 'fail',
          allDone ? 'Tất cả thành viên hoàn thành nhiệm vụ.' : 'Có thành viên không hoàn thành nhiệm vụ.', REF_TTLDXS),
    ldttShareRule(unit, settings, REF_TTLDXS),
    unit.cstdcsCount >= 1
      ? rule('ttldxs.hasCstdcs', 'Có cá nhân đạt Chiến sĩ thi đua cơ sở', 'pass', `Có ${unit.cstdcsCount} cá nhân đạt CSTĐCS.`, REF_TTLDXS)
      : rule('ttldxs.hasCstdcs', 'Có cá nhân đạt Chiến sĩ thi đua cơ sở', 'fail', 'Không có cá nhân nào đạt CSTĐCS trong năm.', REF_TTLDXS),
  ];
  if (settings.ttldxsBarsDisciplinedMembers) rules.push(noDisciplineRule(unit, REF_TTLDXS));
  rules.push(performanceRule(input, unit, 'ttldxs.performance', 'Hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết', 'HTXSNV', REF_TTLDXS,
    'sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ; phong trào thi đua thường xuyên, thiết thực, hiệu quả; nội bộ đoàn kết, gương mẫu chấp hành pháp luật.'));
  return rules;
}

const TDP_CRITERIA: readonly [string, string, string][] = [
  ['tdpVanHoa.economy', 'Kinh tế ổn định và phát triển', 'đời sống kinh tế của cộng đồng ổn định và phát triển.'],
  ['tdpVanHoa.culture', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú', 'đời sống văn hóa, tinh thần lành mạnh, phong phú.'],
  ['tdpVanHoa.environment', 'Môi trường cảnh quan sạch, đẹp, an toàn', 'môi trường cảnh quan sạch, đẹp, an toàn.'],
  ['tdpVanHoa.law', 'Chấp hành chủ trương, chính sách, pháp luật', 'chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.'],
  ['tdpVanHoa.solidarity', 'Đoàn kết, tương trợ', 'tinh thần đoàn kết, tương trợ, giúp đỡ nhau trong cộng đồng.'],
];

export function tdpVanHoaRules(input: EligibilityInput, unit: UnitNominee): RuleResult[] {
  const kindRule = unit.unitKind === 'tdp'
    ? rule('tdpVanHoa.kind', 'Là thôn, tổ dân phố', 'pass', 'Đơn vị là thôn, tổ dân phố.', REF_TDP)
    : rule('tdpVanHoa.kind', 'Là thôn, tổ dân phố', 'fail', 'Danh hiệu chỉ xét cho thôn, tổ dân phố.', REF_TDP);
  return [kindRule, ...TDP_CRITERIA.map(([id, label, question]) => judged(input, id, label, REF_TDP, question))];
}

export function xaTieuBieuRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
  const { provinceKind, wardWord } = settings.naming;
  return [
    // "Leads the district" read as leading the province's cluster now that districts are gone ([P], domain brief §2).
    judged(input, 'xaTieuBieu.leads', 'Dẫn đầu phong trào thi đua của cụm, khối', REF_XA,
      `${wardWord} dẫn đầu phong trào thi đua trong cụm, khối thi đua của ${provinceLevelWord(provinceKind)} (không còn cấp huyện).`),
    judged(input, 'xaTieuBieu.results', 'Hoàn thành toàn diện nhiệm vụ', REF_XA,
      'kinh tế - xã hội, quốc phòng, an ninh đạt kết quả tốt; đời sống văn hóa lành mạnh; môi trường sạch đẹp.'),
  ];
}

export function coThiDuaRules(input: EligibilityInput, unit: UnitNominee, settings: WardSettings): RuleResult[] {
  const REF_CO = refCo(settings);
  const level = provinceLevelWord(settings.naming.provinceKind);
  const rank = unit.blockRank ?? null;
  const leads = rank === null
    ? judged(input, 'coThiDua.leadsBlock', `Dẫn đầu cụm, khối thi đua của ${level}`, REF_CO, `đơn vị dẫn đầu cụm, khối thi đua do ${level} tổ chức.`)
    : rule('coThiDua.leadsBlock', `Dẫn đầu cụm, khối thi đua của ${level}`, rank === 1 ? 'pass' : 'fail',
        rank === 1 ? 'Đứng đầu cụm, khối thi đua.' : `Xếp thứ ${rank} trong cụm, khối; Cờ thi đua chỉ tặng đơn vị dẫn đầu.`, REF_CO);
  return [
    leads,
    judged(input, 'coThiDua.exceedsTargets', 'Hoàn thành vượt mức chỉ tiêu', REF_CO,
      'hoàn thành xuất sắc, vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm.'),
  ];
}
