/**
 * Forms of commendation and the household title: Giấy khen của Chủ tịch UBND xã (Luật TĐKT 2022 Đ75,
 * QĐ 86/2025 Bắc Ninh Đ4.3), Bằng khen của Chủ tịch UBND tỉnh (Luật Đ74, Bắc Ninh Đ3.3),
 * Gia đình văn hóa (NĐ 86/2023 PL I).
 */
import { ruleReference, type WardSettings } from '../settings';
import { provinceLevelWord } from '../province';
import type { SubjectKind } from '../vocabulary';
import type { EligibilityInput, PersonNominee, RuleResult, UnitNominee } from './types';
import { consecutiveRun, dataOrJudged, judged, ratingsByYear } from './common';
import { describeInitiative, yearsWithTitle } from './persons';

const refGiayKhen = (settings: WardSettings) => ruleReference(settings, 'giayKhen', 'Luật TĐKT 2022 Đ75');
const refBangKhen = (settings: WardSettings) => ruleReference(settings, 'bangKhen', 'Luật TĐKT 2022 Đ74');
const REF_GDVH = 'NĐ 86/2023 PL I';

/** Giấy khen criteria per subject: [label, question] for "exemplary" and for "achievement". */
const GIAY_KHEN_CRITERIA: Record<SubjectKind, { exemplary: [string, string]; achievement: [string, string] }> = {
  person: {
    exemplary: ['Gương mẫu, hoàn thành nhiệm vụ và nghĩa vụ công dân',
      'gương mẫu chấp hành chủ trương, chính sách, pháp luật; hoàn thành tốt nhiệm vụ và nghĩa vụ công dân.'],
    achievement: ['Có thành tích được ghi nhận',
      'có thành tích được công nhận trong phong trào thi đua, hoặc nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực của phường.'],
  },
  unit: {
    exemplary: ['Gương mẫu, nội bộ đoàn kết',
      'tập thể gương mẫu chấp hành chủ trương, chính sách, pháp luật; nội bộ đoàn kết; hoàn thành tốt nhiệm vụ.'],
    achievement: ['Có thành tích được ghi nhận',
      'có thành tích được công nhận trong phong trào thi đua, hoặc thành tích đột xuất có phạm vi ảnh hưởng trong phường.'],
  },
  household: {
    exemplary: ['Gương mẫu chấp hành pháp luật', 'hộ gia đình gương mẫu chấp hành chủ trương, chính sách, pháp luật.'],
    achievement: ['Có đóng góp hoặc thành tích',
      'đóng góp công sức, đất đai, tài sản cho địa phương, hoặc có thành tích trong phong trào thi đua.'],
  },
};

export function giayKhenRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
  const REF_GIAY_KHEN = refGiayKhen(settings);
  const { exemplary, achievement } = GIAY_KHEN_CRITERIA[input.nominee.kind];
  return [
    judged(input, 'giayKhen.exemplary', exemplary[0], REF_GIAY_KHEN, exemplary[1]),
    judged(input, 'giayKhen.achievement', achievement[0], REF_GIAY_KHEN, achievement[1]),
  ];
}

/** A run of `need` consecutive years in `years` ending this year or the year before. */
function recentRun(years: ReadonlySet<number>, year: number, need: number): number[] | null {
  for (const end of [year, year - 1]) {
    if (consecutiveRun(years, end) >= need) return Array.from({ length: need }, (_, i) => end - need + 1 + i);
  }
  return null;
}

function personGround(input: EligibilityInput, person: PersonNominee, settings: WardSettings): { passed: boolean; reason: string } {
  const need = settings.bangKhenConsecutiveCstdcsYears;
  const cstdcs = recentRun(yearsWithTitle(input, 'CSTDCS'), input.year, need);
  if (cstdcs) return { passed: true, reason: `${need} năm liên tục đạt CSTĐCS (${cstdcs.join(', ')}).` };

  const ratings = ratingsByYear(person, input.year);
  const excellent = new Set([...ratings].filter(([, r]) => r === 'HTXSNV').map(([y]) => y));
  const run = recentRun(excellent, input.year, 2);
  if (run) {
    const applied = input.initiatives.filter((i) => i.recognised && run.includes(i.year));
    if (applied.length >= 2) {
      return {
        passed: true,
        reason: `Hoàn thành xuất sắc nhiệm vụ các năm ${run.join(', ')} và có ${applied.map(describeInitiative).join('; ')} được áp dụng.`,
      };
    }
  }
  return { passed: false, reason: `Chưa có ${need} năm liên tục đạt CSTĐCS, cũng chưa có 2 năm liền hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến, đề tài được áp dụng.` };
}

function unitGround(input: EligibilityInput, unit: UnitNominee): { passed: boolean; reason: string } {
  const ratings = ratingsByYear(unit, input.year);
  const years = new Set([
    ...[...ratings].filter(([, r]) => r === 'HTXSNV').map(([y]) => y),
    ...yearsWithTitle(input, 'TTLDXS'),
  ]);
  const run = recentRun(years, input.year, 2);
  return run
    ? { passed: true, reason: `2 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt TTLĐXS (${run.join(', ')}).` }
    : { passed: false, reason: 'Chưa có 2 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động xuất sắc.' };
}

export function bangKhenRules(input: EligibilityInput, settings: WardSettings): RuleResult[] {
  const REF_BANG_KHEN = refBangKhen(settings);
  const level = provinceLevelWord(settings.naming.provinceKind);
  const nominee = input.nominee;
  if (nominee.kind === 'household') {
    return [judged(input, 'bangKhen.ground', 'Có nhiều đóng góp', REF_BANG_KHEN,
      'hộ gia đình có nhiều đóng góp về công sức, đất đai, tài sản cho địa phương, xã hội.')];
  }
  const otherGrounds = nominee.kind === 'person'
    ? `có thành tích xuất sắc trong phong trào thi đua của ${level}; hoặc nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng cấp ${level}; hoặc đóng góp cho phát triển kinh tế - xã hội, khoa học, từ thiện; hoặc là công nhân, nông dân có nhiều thành tích hiệu quả trong phường.`
    : 'có thành tích xuất sắc trong phong trào thi đua; hoặc thành tích đột xuất; hoặc có đóng góp lớn cho phát triển kinh tế - xã hội.';
  const ground = nominee.kind === 'person' ? personGround(input, nominee, settings) : unitGround(input, nominee);
  const rules: RuleResult[] = [
    judged(input, 'bangKhen.exemplary', nominee.kind === 'person' ? 'Gương mẫu chấp hành pháp luật' : 'Gương mẫu, nội bộ đoàn kết', REF_BANG_KHEN,
      nominee.kind === 'person'
        ? 'gương mẫu chấp hành chủ trương, chính sách, pháp luật.'
        : 'tập thể gương mẫu chấp hành chủ trương, chính sách, pháp luật; nội bộ đoàn kết.'),
    dataOrJudged(input, 'bangKhen.ground', 'Có một trong các thành tích làm căn cứ', REF_BANG_KHEN, ground,
      `${ground.reason} Căn cứ khác: ${otherGrounds}`, 'judgement'),
  ];
  if (nominee.kind === 'unit' && ground.passed) {
    rules.push(judged(input, 'bangKhen.unitGovernance', 'Dân chủ cơ sở, chăm lo thành viên, tiết kiệm, chống tham nhũng', REF_BANG_KHEN,
      'thực hiện tốt dân chủ ở cơ sở, chăm lo đời sống thành viên, thực hành tiết kiệm, phòng, chống tham nhũng, lãng phí.'));
  }
  return rules;
}

export function giaDinhVanHoaRules(input: EligibilityInput): RuleResult[] {
  return [
    judged(input, 'gdvh.law', 'Gương mẫu chấp hành pháp luật, nếp sống văn minh', REF_GDVH,
      'các thành viên chấp hành pháp luật; thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội; giữ gìn an ninh, phòng cháy, không gây ồn.'),
    judged(input, 'gdvh.movements', 'Tích cực tham gia phong trào ở khu dân cư', REF_GDVH,
      'tham gia giữ gìn di sản, bảo vệ môi trường, từ thiện, khuyến học, sinh hoạt cộng đồng; người trong độ tuổi lao động có việc làm hợp pháp; trẻ em trong độ tuổi đi học được đến trường.'),
    judged(input, 'gdvh.prosperous', 'Gia đình no ấm, tiến bộ, hạnh phúc', REF_GDVH,
      'gia đình no ấm, tiến bộ, hạnh phúc, văn minh; tương trợ, giúp đỡ mọi người trong cộng đồng.'),
  ];
}
