/**
 * The demo ward's nominations of the year and the council meeting that voted them. Each one is written
 * out with the facts its eligibility rules read (domain/eligibility): this year's rating, the award
 * history behind a prerequisite, initiatives, unit statistics, and the judgements a person recorded
 * with their evidence. What reached a late state qualifies; a few early ones fail, wait on a
 * judgement or are held, so every verdict appears on the screens.
 */
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { TITLES } from '../../domain/titles';
import type { NominationStatus } from '../../domain/lifecycle';
import type { SubjectKind, TaskRating, TitleCode } from '../../domain/vocabulary';
import { subjectKeyOf } from '../registers';
import { nomineeSubjectFields } from '../schemas';
import type { Ballot, DecisionRef, Meeting, Nomination, NominationStep, Nominee, Unit } from '../schemas';
import { baseFields } from './dataset';
import type { WardDataset, generatorTools } from './dataset';
import { DECISION_DATE, DEMO_YEAR, ISSUER_WARD, MEETING_DATE, SUBMISSION_DATE } from './story';

export type DemoTools = ReturnType<typeof generatorTools>;
type Base = (id?: string) => ReturnType<typeof baseFields>;

type NomineePlan =
  | { unit: string; position: string; nth?: number }
  | { unit: string }
  | { household: string; tdp: number };

interface NominationPlan {
  status: NominationStatus;
  title: TitleCode;
  nominee: NomineePlan;
  summary: string;
  /** This year's rating of the person or unit when the story needs one; null = not rated yet. */
  rating?: TaskRating | null;
  /** The rules needing a person's judgement were confirmed, with evidence (SPEC §2). */
  confirmed?: boolean;
  /** A rule a person judged not met, with the evidence. */
  notMet?: { ruleId: string; evidence: string };
  initiatives?: Nomination['initiatives'];
  unitStats?: Nomination['unitStats'];
  /** An active hold (NĐ 152/2025 Đ4): the reason being verified. */
  complaint?: string;
  /** Disciplined this year (khiển trách), which bars a title (Luật TĐKT 2022 Đ24 [P]). */
  disciplined?: boolean;
  /** Council vote at the meeting: agree / disagree among those present; the absent member's written opinion agrees. */
  vote?: [number, number];
  /** Why it was withdrawn or not awarded. */
  reason?: string;
}

const GOOD = 'HTTNV' as const;
const EXCELLENT = 'HTXSNV' as const;

/** A collective's member counts as the unit entered them; everyone completed their tasks, nobody was disciplined. */
const memberStats = (memberCount: number, ldttCount: number, cstdcsCount: number, womenCount: number): Nomination['unitStats'] => ({
  memberCount, ldttCount, cstdcsCount, womenCount, allMembersCompleteTasks: true, highestMemberDiscipline: null, blockRank: null,
});

const NOMINATION_PLAN: NominationPlan[] = [
  // Đã quyết định và ghi nhận khen thưởng (QĐ ngày 16/11).
  { status: 'awarded', title: 'LDTT', nominee: { unit: 'Phòng Văn hóa - Xã hội', position: 'Chuyên viên Lao động - Thương binh và Xã hội' }, rating: GOOD, confirmed: true, vote: [8, 0],
    summary: 'Hoàn thành tốt nhiệm vụ; chi trả đúng, đủ, kịp thời chế độ cho 412 đối tượng chính sách.' },
  { status: 'awarded', title: 'CSTDCS', nominee: { unit: 'Trường Tiểu học Ninh Hà', position: 'Giáo viên' }, confirmed: true, vote: [8, 0],
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026; lớp chủ nhiệm 100 % học sinh hoàn thành chương trình.' },
  { status: 'awarded', title: 'TTLDTT', nominee: { unit: 'Trạm Y tế phường' }, rating: GOOD, confirmed: true, vote: [8, 0],
    unitStats: memberStats(6, 5, 1, 4),
    summary: 'Tiêm chủng mở rộng đạt 98,5 %; không để dịch bệnh lây lan trên địa bàn.' },
  { status: 'awarded', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ ông Trương Văn Bảy', tdp: 3 }, confirmed: true, vote: [8, 0],
    summary: 'Gia đình gương mẫu, tích cực tham gia các phong trào của tổ dân phố.' },
  { status: 'awarded', title: 'GIAY_KHEN', nominee: { unit: 'Tổ dân phố 7', position: 'Tổ trưởng tổ dân phố' }, confirmed: true, vote: [8, 0],
    summary: 'Vận động 14 hộ hiến 320 m² đất mở rộng hẻm, hoàn thành bê tông hóa 180 m đường trong tháng 8/2026.' },
  // Đã có quyết định của Chủ tịch UBND phường.
  { status: 'decided', title: 'LDTT', nominee: { unit: 'Văn phòng HĐND và UBND phường', position: 'Công chức Tư pháp - Hộ tịch' }, rating: GOOD, confirmed: true, vote: [8, 0],
    summary: 'Giải quyết đúng hạn 100 % hồ sơ hộ tịch, chứng thực.' },
  { status: 'decided', title: 'TDP_VAN_HOA', nominee: { unit: 'Tổ dân phố 5' }, confirmed: true, vote: [8, 0],
    summary: '96 % hộ đạt Gia đình văn hóa; không có tệ nạn xã hội; tuyến đường “sáng - xanh - sạch - đẹp”.' },
  { status: 'decided', title: 'GIAY_KHEN', nominee: { unit: 'Đoàn Thanh niên phường' }, confirmed: true, vote: [8, 0],
    summary: 'Tổ chức 12 đợt ra quân “Ngày Chủ nhật xanh”, hướng dẫn 650 người dân cài đặt VNeID.' },
  { status: 'decided', title: 'CSTDCS', nominee: { unit: 'Trường Trung học cơ sở Ninh Hà', position: 'Giáo viên', nth: 1 }, rating: GOOD, confirmed: true, vote: [7, 1],
    initiatives: [{ title: 'Tổ chức câu lạc bộ Toán tuổi thơ theo hướng trải nghiệm', kind: 'initiative', recognised: true, level: 'grassroots', year: DEMO_YEAR, recognitionNo: '41/QĐ-UBND', recognisedBy: 'Hội đồng sáng kiến phường Ninh Hà' }],
    summary: 'Có sáng kiến được công nhận cấp cơ sở; 5 học sinh đạt giải cấp tỉnh.' },
  // Đã trình Chủ tịch UBND tỉnh (Tờ trình ngày 17/11).
  { status: 'forwarded', title: 'CSTD_TINH', nominee: { unit: 'Trường Tiểu học Ninh Hà', position: 'Giáo viên' }, vote: [8, 0],
    initiatives: [{ title: 'Ứng dụng học liệu số trong dạy đọc hiểu cho học sinh lớp 4', kind: 'initiative', recognised: true, level: 'province', year: DEMO_YEAR, recognitionNo: '1520/QĐ-SGDĐT', recognisedBy: 'Sở Giáo dục và Đào tạo tỉnh Khánh Hòa' }],
    summary: '3 năm liên tục đạt Chiến sĩ thi đua cơ sở; sáng kiến được Sở Giáo dục và Đào tạo công nhận, áp dụng toàn tỉnh.' },
  { status: 'forwarded', title: 'BANG_KHEN_TINH', nominee: { unit: 'Trạm Y tế phường', position: 'Bác sĩ' }, confirmed: true, vote: [8, 0],
    summary: '2 năm liên tục đạt Chiến sĩ thi đua cơ sở (2024, 2025); tích cực trong phòng, chống sốt xuất huyết.' },
  { status: 'forwarded', title: 'TTLDXS', nominee: { unit: 'Trường Tiểu học Ninh Hà' }, rating: EXCELLENT, confirmed: true, vote: [8, 0],
    unitStats: memberStats(10, 9, 2, 8),
    summary: 'Trường đạt chuẩn quốc gia mức độ 2; 100 % học sinh hoàn thành chương trình lớp học.' },
  // Đã biểu quyết, chờ quyết định.
  { status: 'voted', title: 'LDTT', nominee: { unit: 'Phòng Kinh tế, Hạ tầng và Đô thị', position: 'Chuyên viên Tài chính - Kế toán' }, rating: GOOD, confirmed: true, vote: [8, 0],
    summary: 'Hoàn thành tốt nhiệm vụ; quyết toán ngân sách đúng hạn.' },
  { status: 'voted', title: 'LDTT', nominee: { unit: 'Hội Liên hiệp Phụ nữ phường', position: 'Phó Chủ tịch Hội LHPN phường' }, rating: EXCELLENT, confirmed: true, vote: [8, 0],
    summary: 'Vận động hội viên giúp 6 hộ thoát nghèo.' },
  { status: 'voted', title: 'TTLDTT', nominee: { unit: 'Hội Cựu chiến binh phường' }, rating: GOOD, confirmed: true, vote: [7, 1],
    unitStats: memberStats(4, 4, 0, 0),
    summary: 'Hội đạt vững mạnh; xây dựng 2 nhà tình nghĩa.' },
  { status: 'voted', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ bà Lê Thị Sáu', tdp: 9 }, confirmed: true, vote: [8, 0],
    summary: 'Gia đình gương mẫu; con cháu chăm ngoan, học giỏi.' },
  { status: 'voted', title: 'GIAY_KHEN', nominee: { household: 'Hộ ông Nguyễn Văn Tám', tdp: 7 }, confirmed: true, vote: [8, 0],
    summary: 'Hiến 85 m² đất để mở rộng hẻm 12, tổ dân phố 7.' },
  // Không được khen thưởng: phiếu không đạt; xếp loại không đạt; vi phạm pháp luật.
  { status: 'not_awarded', title: 'CSTDCS', nominee: { unit: 'Phòng Văn hóa - Xã hội', position: 'Phó Trưởng phòng Văn hóa - Xã hội' }, rating: EXCELLENT, confirmed: true, vote: [6, 2],
    reason: 'Không đạt tỷ lệ phiếu: 7/9 thành viên Hội đồng đồng ý, dưới mức 80 %.',
    summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2026.' },
  { status: 'not_awarded', title: 'LDTT', nominee: { unit: 'Trường Trung học cơ sở Ninh Hà', position: 'Kế toán' }, rating: 'HTNV',
    reason: 'Kết quả xếp loại năm 2026 là Hoàn thành nhiệm vụ, chưa đủ tiêu chuẩn Lao động tiên tiến.',
    summary: 'Hoàn thành nhiệm vụ được giao.' },
  { status: 'not_awarded', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ ông Huỳnh Văn Tư', tdp: 12 }, confirmed: true,
    notMet: { ruleId: 'gdvh.law', evidence: 'Biên bản số 27/BB-CAP ngày 18/9/2026 của Công an phường về việc lấn chiếm vỉa hè kinh doanh.' },
    reason: 'Hộ có thành viên vi phạm trật tự đô thị trong năm, không đạt tiêu chí chấp hành pháp luật.',
    summary: 'Tích cực tham gia vệ sinh môi trường khu dân cư.' },
  // Đã thẩm định, chờ phiên họp xét Gia đình văn hóa, Tổ dân phố văn hóa tháng 12.
  { status: 'appraised', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ ông Phạm Văn Chín', tdp: 1 }, confirmed: true,
    summary: 'Gia đình gương mẫu, tham gia tích cực phong trào khuyến học.' },
  { status: 'appraised', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ bà Võ Thị Mười', tdp: 12 },
    summary: 'Gia đình hòa thuận, tích cực tham gia vệ sinh môi trường.' },
  { status: 'appraised', title: 'TDP_VAN_HOA', nominee: { unit: 'Tổ dân phố 2' },
    summary: 'Giữ vững danh hiệu Tổ dân phố văn hóa 3 năm liền.' },
  { status: 'appraised', title: 'LDTT', nominee: { unit: 'Đoàn Thanh niên phường', position: 'Phó Bí thư Đoàn phường' }, rating: null,
    summary: 'Tổ chức tốt hoạt động hè cho thiếu nhi.' },
  { status: 'appraised', title: 'GIAY_KHEN', nominee: { unit: 'Ủy ban Mặt trận Tổ quốc Việt Nam phường', position: 'Cán bộ Ủy ban MTTQ Việt Nam phường' }, confirmed: true,
    summary: 'Vận động Quỹ “Vì người nghèo” đạt 135 % kế hoạch.' },
  // Đã tiếp nhận: một đề nghị đang tạm dừng, ba chưa đủ điều kiện, một chờ xác nhận.
  { status: 'received', title: 'GIAY_KHEN', nominee: { unit: 'Tổ dân phố 10', position: 'Tổ phó tổ dân phố' }, complaint: 'Đang xác minh đơn phản ánh về việc lấn chiếm vỉa hè',
    summary: 'Tích cực vận động nhân dân giữ gìn trật tự đô thị.' },
  { status: 'received', title: 'LDTT', nominee: { unit: 'Phòng Kinh tế, Hạ tầng và Đô thị', position: 'Chuyên viên Địa chính - Xây dựng' }, rating: GOOD, disciplined: true,
    summary: 'Hoàn thành nhiệm vụ được giao.' },
  { status: 'received', title: 'TTLDTT', nominee: { unit: 'Trường Trung học cơ sở Ninh Hà' }, rating: GOOD,
    unitStats: memberStats(10, 6, 0, 7),
    summary: 'Duy trì sĩ số 100 %; tỷ lệ học sinh khá, giỏi tăng 4 %.' },
  { status: 'received', title: 'CSTDCS', nominee: { unit: 'Trường Trung học cơ sở Ninh Hà', position: 'Giáo viên', nth: 2 }, rating: GOOD,
    summary: 'Hoàn thành tốt nhiệm vụ; có học sinh giỏi cấp phường.' },
  { status: 'received', title: 'LDTT', nominee: { unit: 'Trạm Y tế phường', position: 'Y sĩ' }, rating: GOOD,
    summary: 'Khám, tư vấn sức khỏe cho 1.200 người cao tuổi.' },
  // Dự thảo của các đơn vị.
  { status: 'draft', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ ông Đinh Văn Hai', tdp: 6 }, summary: 'Gia đình gương mẫu.' },
  { status: 'draft', title: 'GIA_DINH_VAN_HOA', nominee: { household: 'Hộ bà Trần Thị Ba', tdp: 12 }, summary: 'Gia đình gương mẫu.' },
  { status: 'draft', title: 'LDTT', nominee: { unit: 'Trường Tiểu học Ninh Hà', position: 'Giáo viên', nth: 3 }, rating: GOOD, summary: 'Hoàn thành tốt nhiệm vụ năm học.' },
  { status: 'draft', title: 'TDP_VAN_HOA', nominee: { unit: 'Tổ dân phố 8' }, summary: 'Đời sống văn hóa ở khu dân cư phong phú.' },
  { status: 'draft', title: 'GIAY_KHEN', nominee: { unit: 'Hội Liên hiệp Phụ nữ phường' }, summary: 'Mô hình “Phụ nữ tiết kiệm” giúp 20 hội viên vay vốn.' },
  { status: 'draft', title: 'CSTDCS', nominee: { unit: 'Trạm Y tế phường', position: 'Điều dưỡng' }, rating: EXCELLENT, summary: 'Hoàn thành xuất sắc nhiệm vụ.' },
  // Đã rút.
  { status: 'withdrawn', title: 'LDTT', nominee: { unit: 'Công an phường', position: 'Cảnh sát khu vực' },
    reason: 'Công an phường xét khen thưởng theo hệ thống của ngành Công an.', summary: 'Hoàn thành tốt nhiệm vụ.' },
  { status: 'withdrawn', title: 'GIAY_KHEN', nominee: { household: 'Hộ ông Lý Văn Năm', tdp: 12 },
    reason: 'Tổ dân phố rút đề nghị để bổ sung hồ sơ vào đợt sau.', summary: 'Đóng góp xây dựng nhà văn hóa tổ dân phố.' },
];

/** Rules that only a person can decide, per title and nominee (domain/eligibility). */
function judgedRules(title: TitleCode, kind: SubjectKind): string[] {
  switch (title) {
    case 'LDTT':
    case 'CSTDCS':
      return ['ldtt.conduct'];
    case 'TTLDTT':
      return ['ttldtt.performance'];
    case 'TTLDXS':
      return ['ttldxs.performance'];
    case 'TDP_VAN_HOA':
      return ['tdpVanHoa.economy', 'tdpVanHoa.culture', 'tdpVanHoa.environment', 'tdpVanHoa.law', 'tdpVanHoa.solidarity'];
    case 'GIA_DINH_VAN_HOA':
      return ['gdvh.law', 'gdvh.movements', 'gdvh.prosperous'];
    case 'GIAY_KHEN':
      return ['giayKhen.exemplary', 'giayKhen.achievement'];
    case 'BANG_KHEN_TINH':
      return kind === 'household' ? ['bangKhen.ground'] : kind === 'unit' ? ['bangKhen.exemplary', 'bangKhen.unitGovernance'] : ['bangKhen.exemplary'];
    default:
      return [];
  }
}

/** The evidence a clerk would cite for a confirmed judgement. */
function evidenceFor(ruleId: string, summary: string): string {
  if (ruleId.startsWith('gdvh.')) return 'Biên bản bình xét của tổ dân phố (Mẫu 03, NĐ 86/2023); danh sách niêm yết 10 ngày không có ý kiến phản ánh.';
  if (ruleId.startsWith('tdpVanHoa.')) return 'Báo cáo thành tích của tổ dân phố; kết quả chấm điểm thi đua năm 2026.';
  if (ruleId.endsWith('.performance')) return 'Kết quả đánh giá, xếp loại tập thể năm 2026; biên bản họp bình xét của đơn vị.';
  if (ruleId === 'ldtt.conduct') return 'Phiếu đánh giá, xếp loại chất lượng năm 2026 có nhận xét của thủ trưởng đơn vị.';
  if (ruleId.endsWith('.exemplary') || ruleId === 'bangKhen.unitGovernance') return 'Xác nhận của thủ trưởng đơn vị, Tổ trưởng tổ dân phố; không vi phạm pháp luật trong năm.';
  return summary;
}

/** Each status's path from draft through the lifecycle table (domain/lifecycle). */
function pathTo(plan: NominationPlan): NominationStatus[] {
  const upto: NominationStatus[] = ['received', 'appraised'];
  switch (plan.status) {
    case 'draft':
      return [];
    case 'received':
      return ['received'];
    case 'appraised':
      return upto;
    case 'voted':
      return [...upto, 'voted'];
    case 'decided':
      return [...upto, 'voted', 'decided'];
    case 'forwarded':
      return [...upto, 'voted', 'forwarded'];
    case 'awarded':
      return [...upto, 'voted', 'decided', 'awarded'];
    case 'not_awarded':
      return [...upto, ...(plan.vote ? ['voted' as const] : []), 'not_awarded'];
    case 'withdrawn':
      return ['withdrawn'];
  }
}

/** When each step happened, in order and never after DEMO_TODAY (times are UTC, 09:00–10:30 in Việt Nam). */
function stepAt(to: NominationStatus, serial: number, after: NominationStatus | undefined): string {
  const day = (n: number) => String(n).padStart(2, '0');
  switch (to) {
    case 'received':
      return `${DEMO_YEAR}-10-${day(5 + (serial % 15))}T02:00:00.000Z`;
    case 'appraised':
      return `${DEMO_YEAR}-11-${day(2 + (serial % 6))}T02:00:00.000Z`;
    case 'voted':
      return `${MEETING_DATE}T03:30:00.000Z`;
    case 'decided':
      return `${DECISION_DATE}T02:00:00.000Z`;
    case 'forwarded':
      return `${SUBMISSION_DATE}T02:00:00.000Z`;
    case 'awarded':
      return `${DEMO_YEAR}-11-18T02:00:00.000Z`;
    case 'not_awarded':
      return after === 'voted' ? `${MEETING_DATE}T03:35:00.000Z` : `${DEMO_YEAR}-11-09T02:00:00.000Z`;
    default:
      return `${DEMO_YEAR}-10-20T02:00:00.000Z`;
  }
}

/** The ward chairman's year-end decisions, one per title, all signed on DECISION_DATE. */
const WARD_DECISION_NUMBERS: Partial<Record<TitleCode, string>> = {
  LDTT: '52/QĐ-UBND', CSTDCS: '53/QĐ-UBND', TTLDTT: '54/QĐ-UBND', GIA_DINH_VAN_HOA: '55/QĐ-UBND', GIAY_KHEN: '56/QĐ-UBND', TDP_VAN_HOA: '57/QĐ-UBND',
};

function wardDecision(title: TitleCode): DecisionRef {
  return { number: WARD_DECISION_NUMBERS[title]!, date: DECISION_DATE, issuer: ISSUER_WARD };
}

export function buildNominations(tools: DemoTools, data: WardDataset, units: Unit[], base: Base): void {
  const unitNamed = (name: string) => units.find((u) => u.name === name)!;
  const setRating = (ratings: { year: number; rating: TaskRating }[], rating: TaskRating | null) => {
    const others = ratings.filter((r) => r.year !== DEMO_YEAR);
    ratings.splice(0, ratings.length, ...others, ...(rating ? [{ year: DEMO_YEAR, rating }] : []));
  };
  const meetingId = tools.id();
  const ballots: Ballot[] = [];

  NOMINATION_PLAN.forEach((plan, serial) => {
    let nominee: Nominee;
    let proposingUnitId: string;
    const who = plan.nominee;
    if ('household' in who) {
      const tdp = unitNamed(`Tổ dân phố ${who.tdp}`);
      nominee = { kind: 'household', name: who.household, address: `${tdp.name}, phường Ninh Hà` };
      proposingUnitId = tdp.id;
    } else if ('position' in who) {
      const unit = unitNamed(who.unit);
      const person = data.people.filter((p) => p.unitId === unit.id && p.position === who.position)[who.nth ?? 0];
      if (plan.rating !== undefined) setRating(person.ratings, plan.rating);
      if (plan.disciplined) person.disciplines.push({ level: 'khien_trach', decidedOn: `${DEMO_YEAR}-04-15`, endsOn: `${DEMO_YEAR + 1}-04-15`, note: 'Vi phạm quy chế làm việc của cơ quan' });
      nominee = { kind: 'person', personId: person.id };
      proposingUnitId = unit.id;
    } else {
      const unit = unitNamed(who.unit);
      if (plan.rating !== undefined) setRating(unit.ratings, plan.rating);
      nominee = { kind: 'unit', unitId: unit.id };
      proposingUnitId = unit.id;
    }

    const path = pathTo(plan);
    const steps: NominationStep[] = path.map((to, i) => ({
      from: i === 0 ? 'draft' : path[i - 1], to, kind: 'advance', at: stepAt(to, serial, path[i - 1]), actor: 'Lê Thị Thủy',
      reason: to === 'withdrawn' || to === 'not_awarded' ? plan.reason ?? '' : '',
    }));
    const decided = path.includes('decided');
    const createdAt = `${DEMO_YEAR}-10-01T02:00:00.000Z`;
    const id = tools.id();
    const nomination: Nomination = {
      ...base(id),
      createdAt,
      updatedAt: steps.at(-1)?.at ?? createdAt,
      nominee, year: DEMO_YEAR, titleCode: plan.title, awardKind: 'cong_trang', proposingUnitId,
      movementId: data.movements[plan.title === 'GIA_DINH_VAN_HOA' || plan.title === 'TDP_VAN_HOA' ? 1 : 0].id,
      achievementSummary: plan.summary,
      achievementRef: '', initiatives: plan.initiatives ?? [], unitStats: plan.unitStats ?? null,
      judgements: plan.confirmed
        ? judgedRules(plan.title, nominee.kind).map((ruleId) =>
            ruleId === plan.notMet?.ruleId ? { ...plan.notMet, value: false } : { ruleId, value: true, evidence: evidenceFor(ruleId, plan.summary) })
        : [],
      holds: plan.complaint ? [{ kind: 'complaint', active: true, note: plan.complaint, endedOn: null }] : [],
      dossier: Object.fromEntries(
        DEFAULT_SETTINGS.dossierChecklists[plan.title].map((part, j) => [part.id, { present: plan.status !== 'draft' || j === 0, documentId: null, note: '' }]),
      ),
      note: '', status: plan.status, steps, nomineeKey: subjectKeyOf(nominee), eligibility: null,
      meetingId: plan.vote ? meetingId : null,
      decision: decided ? wardDecision(plan.title) : null,
    };
    data.nominations.push(nomination);
    if (plan.vote) {
      ballots.push({
        nominationId: id, method: TITLES[plan.title].requiresBallot ? 'ballot' : 'hands',
        agree: plan.vote[0], disagree: plan.vote[1], invalid: 0, writtenAgree: 1, writtenDisagree: 0,
      });
    }
    if (plan.status === 'awarded') {
      const decision = wardDecision(plan.title);
      data.awards.push({
        ...base(), subjectKind: nominee.kind, ...nomineeSubjectFields(nominee),
        year: DEMO_YEAR, titleCode: plan.title, titleLabel: TITLES[plan.title].label, awardKind: 'cong_trang',
        decisionNo: decision.number, decisionDate: decision.date, issuer: decision.issuer, nominationId: id, note: '', subjectKey: nomination.nomineeKey,
      });
    }
  });

  const members = data.councilMembers;
  const agenda = ballots.map((b) => b.nominationId);
  const meeting: Meeting = {
    ...base(meetingId),
    title: `Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng năm ${DEMO_YEAR}`, year: DEMO_YEAR, date: MEETING_DATE, startTime: '08:00', endTime: '10:30',
    place: 'Hội trường Ủy ban nhân dân phường Ninh Hà', chairPersonId: members[0].personId, secretaryPersonId: members[8].personId,
    // The Chỉ huy trưởng quân sự is away and sends his opinion in writing; it counts (DOMAIN.md §4).
    attendance: members.map((m, i) => ({ memberId: m.id, present: i !== 5, absentReason: i === 5 ? 'Đi công tác' : '', writtenOpinion: i === 5 })),
    guests: [{ name: 'Ngô Thanh Tùng', position: 'Phó Bí thư Thường trực Đảng ủy phường' }],
    agendaNominationIds: agenda, agendaScoreSetIds: [data.criteriaSets[0].id],
    ballots,
    // Each secret ballot is counted on its own, during the meeting: the vote-count minutes print these times.
    countingTimes: [
      { titleCode: 'CSTDCS', startTime: '09:40', endTime: '09:55' },
      { titleCode: 'CSTD_TINH', startTime: '09:55', endTime: '10:05' },
    ],
    conclusions: 'Hội đồng thống nhất đề nghị Chủ tịch UBND phường khen thưởng các tập thể, cá nhân, hộ gia đình đạt tỷ lệ phiếu theo quy định; trình Chủ tịch UBND tỉnh các trường hợp thuộc thẩm quyền cấp tỉnh.',
    status: 'held',
    nominationIds: agenda,
    memberIds: members.map((m) => m.id),
  };
  data.meetings.push(meeting);
}
