/**
 * Sample models of every document type: a realistic ward (phường Ninh Hà, tỉnh Khánh Hòa) after the
 * 2025 reform, with lists long enough to run over several pages. Used by the unit tests, the
 * LibreOffice test and the PNG review (scripts in tests/doc-render).
 */
import type {
  AnnualReportModel,
  BallotPaperModel,
  CollectiveReportModel,
  CultureDocumentFrame,
  CultureHouseholdListModel,
  CultureMinutesModel,
  CultureProposalModel,
  DecisionModel,
  DocumentModels,
  GoodDeedRow,
  GoodDeedsLetterModel,
  IssuerHeader,
  MeetingMinutesModel,
  MovementPlanModel,
  NomineeRow,
  PersonalReportModel,
  ScoreRow,
  ScoreTableModel,
  SubmissionModel,
  VoteCountMinutesModel,
  VoteResultRow,
} from '../../../src-renderer/documents/models';
import { DEFAULT_DOCUMENT_BASES, basisLine, regulationBasis } from '../../../src-renderer/domain/documentTexts';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thị Thu', 'Hữu', 'Đức', 'Thị Kim', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hạnh', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Nga',
  'Phúc', 'Quang', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến', 'Hòa', 'Thủy', 'Ánh', 'Đạt', 'Lộc', 'Nhung'];
const POSTS = [
  'Tổ trưởng Tổ dân phố Phước Thuận',
  'Công chức Văn phòng HĐND và UBND phường',
  'Giáo viên Trường Tiểu học Ninh Hà',
  'Chuyên viên Phòng Văn hóa - Xã hội',
  'Phó Trưởng Công an phường',
  'Chi hội trưởng Chi hội Phụ nữ Tổ dân phố Thuận Lợi',
  'Bác sĩ Trạm Y tế phường',
  'Bí thư Đoàn Thanh niên phường',
  'Công chức Phòng Kinh tế',
];
const UNITS = [
  'Tổ dân phố Phước Thuận', 'Tổ dân phố Thuận Lợi', 'Tổ dân phố Vạn Thiện', 'Tổ dân phố Ninh Ích',
  'Trường Tiểu học Ninh Hà', 'Trường Trung học cơ sở Nguyễn Trãi', 'Trạm Y tế phường', 'Công an phường',
  'Ban Chỉ huy Quân sự phường', 'Hội Liên hiệp Phụ nữ phường', 'Đoàn Thanh niên phường', 'Hội Cựu chiến binh phường',
];

/** A deterministic full name for row `i` (no randomness: the tests must be repeatable). */
export function personName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 5) % GIVEN.length]}`;
}

export const WARD_HEADER: IssuerHeader = {
  agency: [],
  issuer: ['Ủy ban nhân dân', 'phường Ninh Hà'],
  issuerName: 'Ủy ban nhân dân phường Ninh Hà',
};

export const COUNCIL_HEADER: IssuerHeader = {
  agency: ['UBND phường Ninh Hà'],
  issuer: ['Hội đồng Thi đua - Khen thưởng'],
  issuerName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
};

const PLACE = 'Ninh Hà';
const CHAIRMAN = 'Trần Quốc Bảo';
const VICE_CHAIR = 'Lê Thị Thu Hà';
const STANDING = 'Phạm Minh Tuấn';
const SECRETARY = 'Nguyễn Thị Mỹ Linh';

/** The bases as the ward's default data prints them, then a province regulation. */
const REGULATION = basisLine(regulationBasis({
  number: '45/2025/QĐ-UBND',
  date: '2025-12-10',
  issuer: 'Ủy ban nhân dân tỉnh Khánh Hòa',
  title: 'ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Khánh Hòa',
}));
const DECISION_BASES = [...DEFAULT_DOCUMENT_BASES.decision.map(basisLine), REGULATION];
const SUBMISSION_BASES = [...DEFAULT_DOCUMENT_BASES.submission.map(basisLine), REGULATION];

const ACHIEVEMENTS = [
  'Hoàn thành xuất sắc nhiệm vụ năm 2026; có sáng kiến được Hội đồng sáng kiến phường công nhận',
  'Hoàn thành xuất sắc nhiệm vụ; vận động nhân dân hiến 120 m² đất mở rộng đường tổ dân phố',
  'Tích cực trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
  'Dẫn đầu khối thi đua; 100% hộ gia đình đạt danh hiệu “Gia đình văn hóa”',
];

function nominee(i: number, award: string, amount?: number): NomineeRow {
  return {
    name: personName(i),
    positionUnit: POSTS[i % POSTS.length],
    award,
    achievement: ACHIEVEMENTS[i % ACHIEVEMENTS.length],
    amount,
  };
}

function unitNominee(i: number, award: string, amount?: number): NomineeRow {
  return { name: UNITS[i % UNITS.length], positionUnit: 'Phường Ninh Hà', award, achievement: ACHIEVEMENTS[3], amount };
}

export const submission: SubmissionModel = {
  header: WARD_HEADER,
  numberText: '05/TTr-UBND',
  place: PLACE,
  date: '2026-03-05',
  summary: 'Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh năm 2026',
  addressees: ['Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa', 'Sở Nội vụ tỉnh Khánh Hòa'],
  bases: [
    ...SUBMISSION_BASES,
    'Căn cứ Biên bản họp số 03/BB-HĐTĐKT ngày 02 tháng 3 năm 2026 của Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
  ],
  body: [
    'Năm 2026, các tập thể và cá nhân trên địa bàn phường Ninh Hà đã tích cực hưởng ứng các phong trào thi đua yêu nước, hoàn thành xuất sắc nhiệm vụ chính trị được giao, góp phần hoàn thành các chỉ tiêu phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của phường.',
    'Ủy ban nhân dân phường Ninh Hà kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Bằng khen cho 04 tập thể và 60 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026 (có danh sách kèm theo).',
    'Hồ sơ kèm theo gồm: Báo cáo thành tích của các tập thể, cá nhân; Biên bản họp Hội đồng Thi đua - Khen thưởng phường và kết quả bỏ phiếu.',
    'Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.',
  ],
  recipients: ['Như trên', 'Thường trực Đảng ủy phường', 'Chủ tịch, các Phó Chủ tịch UBND phường', 'Lưu: VT, VHXH'],
  signature: { mandate: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'Chủ tịch', name: CHAIRMAN },
  list: {
    title: 'ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NĂM 2026',
    groups: [
      { kind: 'person', rows: Array.from({ length: 60 }, (_, i) => nominee(i, 'Bằng khen của Chủ tịch UBND tỉnh')) },
      { kind: 'unit', rows: Array.from({ length: 4 }, (_, i) => unitNominee(i, 'Bằng khen của Chủ tịch UBND tỉnh')) },
    ],
  },
};

const COUNCIL_MEMBERS = [
  { name: CHAIRMAN, role: 'Chủ tịch UBND phường, Chủ tịch Hội đồng' },
  { name: VICE_CHAIR, role: 'Phó Chủ tịch UBND phường, Phó Chủ tịch Hội đồng' },
  { name: 'Võ Văn Thành', role: 'Chủ tịch Ủy ban MTTQ Việt Nam phường, Phó Chủ tịch Hội đồng' },
  { name: STANDING, role: 'Trưởng phòng Văn hóa - Xã hội, Ủy viên thường trực' },
  { name: 'Đặng Thị Hồng Nhung', role: 'Chủ tịch Hội Liên hiệp Phụ nữ phường, Ủy viên' },
  { name: 'Huỳnh Ngọc Sơn', role: 'Bí thư Đoàn Thanh niên phường, Ủy viên' },
  { name: 'Bùi Văn Lộc', role: 'Chủ tịch Hội Cựu chiến binh phường, Ủy viên' },
  { name: 'Phan Quốc Việt', role: 'Trưởng Công an phường, Ủy viên' },
  { name: 'Ngô Đức Trung', role: 'Chỉ huy trưởng Ban Chỉ huy Quân sự phường, Ủy viên' },
  { name: 'Lê Hữu Phước', role: 'Chánh Văn phòng HĐND và UBND phường, Ủy viên' },
  { name: 'Hồ Thị Kim Oanh', role: 'Trưởng phòng Kinh tế, Ủy viên' },
];

const CSTDCS = 'Chiến sĩ thi đua cơ sở';

/**
 * Ballot results of 12 CSTĐCS nominees in an 11-member council, 10 present (10 papers) and one absent
 * member's written opinion: threshold 80 % of 11 = 8,8 → 9 agreeing in all.
 */
const VOTES: VoteResultRow[] = Array.from({ length: 12 }, (_, i) => {
  const total = [11, 10, 10, 9, 11, 8, 10, 9, 11, 10, 7, 10][i];
  const writtenAgree = i === 10 ? 0 : 1;
  const agree = total - writtenAgree;
  return {
    name: personName(i + 3),
    positionUnit: POSTS[(i + 3) % POSTS.length],
    award: CSTDCS,
    agree,
    disagree: 10 - agree,
    writtenAgree,
    writtenDisagree: 1 - writtenAgree,
    agreeShare: total / 11,
    passed: total / 11 >= 0.8,
  };
});

export const meetingMinutes: MeetingMinutesModel = {
  header: COUNCIL_HEADER,
  numberText: '03/BB-HĐTĐKT',
  summary: 'Họp Hội đồng Thi đua - Khen thưởng phường xét khen thưởng năm 2026',
  place: PLACE,
  date: '2026-03-02',
  startTime: '14:00',
  endTime: '16:30',
  venue: 'Hội trường Ủy ban nhân dân phường Ninh Hà',
  totalMembers: 11,
  present: COUNCIL_MEMBERS.slice(0, 10),
  absent: [{ ...COUNCIL_MEMBERS[10], reason: 'đi công tác theo Quyết định số 21/QĐ-UBND', writtenOpinion: true }],
  guests: [{ name: 'Trương Văn Hải', role: 'Tổ trưởng Tổ dân phố Phước Thuận' }],
  chair: COUNCIL_MEMBERS[0],
  secretary: { name: SECRETARY, role: 'Chuyên viên Phòng Văn hóa - Xã hội, Thư ký Hội đồng' },
  proceedings: [
    { heading: '1. Thông qua kết quả thẩm định hồ sơ' },
    `Đồng chí ${STANDING}, Ủy viên thường trực Hội đồng, báo cáo kết quả tiếp nhận và thẩm định hồ sơ đề nghị khen thưởng năm 2026: Hội đồng nhận 12 hồ sơ đề nghị danh hiệu “Chiến sĩ thi đua cơ sở”, 64 hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh; các hồ sơ đều đầy đủ thành phần theo quy định.`,
    { heading: '2. Thảo luận và biểu quyết' },
    'Các thành viên Hội đồng thảo luận về thành tích của từng tập thể, cá nhân; thống nhất bỏ phiếu kín đối với danh hiệu “Chiến sĩ thi đua cơ sở” và biểu quyết bằng giơ tay đối với Bằng khen của Chủ tịch UBND tỉnh. Hội đồng bầu Ban kiểm phiếu gồm 03 thành viên.',
    { lead: 'Ý kiến bằng văn bản:', text: 'đồng chí Hồ Thị Kim Oanh gửi phiếu bầu trong phong bì dán kín, Ban kiểm phiếu mở cùng các phiếu khác.' },
  ],
  voteResults: VOTES,
  passThresholdPercent: 80,
  conclusions: [
    'Hội đồng thống nhất đề nghị Chủ tịch UBND phường công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026 cho 10 cá nhân đạt tỷ lệ phiếu đồng ý từ 80% trở lên.',
    'Hội đồng thống nhất 100% đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 04 tập thể và 60 cá nhân; giao Phòng Văn hóa - Xã hội hoàn thiện hồ sơ, trình cấp trên trước ngày 10/12/2026.',
  ],
  recipients: ['Thành viên Hội đồng', 'Lưu: VT, VHXH'],
  secretarySignature: { title: 'Thư ký', name: SECRETARY },
  chairSignature: { title: 'Chủ tọa', name: CHAIRMAN },
};

export const ballotPaper: BallotPaperModel = {
  header: COUNCIL_HEADER,
  place: PLACE,
  date: '2026-03-02',
  summary: 'Danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026',
  candidates: VOTES.map((v) => ({ name: v.name, positionUnit: v.positionUnit })),
  instruction:
    'Hướng dẫn: Đồng ý thì đánh dấu (X) vào ô “Đồng ý”, không đồng ý thì đánh dấu (X) vào ô “Không đồng ý”. Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào ở một người là không hợp lệ đối với người đó.',
};

export const voteCountMinutes: VoteCountMinutesModel = {
  header: COUNCIL_HEADER,
  numberText: '04/BB-HĐTĐKT',
  summary: 'Kiểm phiếu bầu danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026',
  place: PLACE,
  date: '2026-03-02',
  startTime: '15:30',
  endTime: '16:00',
  venue: 'Hội trường Ủy ban nhân dân phường Ninh Hà',
  countingBoard: [
    { name: 'Huỳnh Ngọc Sơn', role: 'Bí thư Đoàn Thanh niên phường' },
    { name: 'Đặng Thị Hồng Nhung', role: 'Chủ tịch Hội Liên hiệp Phụ nữ phường' },
    { name: 'Lê Hữu Phước', role: 'Chánh Văn phòng HĐND và UBND phường' },
  ],
  totalMembers: 11,
  ballotsIssued: 10,
  ballotsReturned: 10,
  ballotsValid: 10,
  ballotsInvalid: 0,
  invalidReason: '',
  writtenOpinions: ['Hồ Thị Kim Oanh'],
  passThresholdPercent: 80,
  results: VOTES,
  recipients: ['Hội đồng Thi đua - Khen thưởng phường', 'Lưu: VT, VHXH'],
  boardSignatures: [
    { title: 'Thành viên', name: 'Đặng Thị Hồng Nhung' },
    { title: 'Trưởng ban kiểm phiếu', name: 'Huỳnh Ngọc Sơn' },
    { title: 'Thành viên', name: 'Lê Hữu Phước' },
  ],
};

/** Reward amounts as domain money rules give them at base salary 2.340.000 đ (NĐ 152/2025 Đ49.2). */
const GIAY_KHEN_PERSON = 710_000; // 0,3 × 2.340.000 = 702.000 → rounded up to 710.000
const GIAY_KHEN_UNIT = 1_410_000; // 0,6 × 2.340.000 = 1.404.000 → 1.410.000

export const decision: DecisionModel = {
  header: WARD_HEADER,
  numberText: '12/QĐ-UBND',
  place: PLACE,
  date: '2026-12-18',
  summary: 'Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Hà',
  authority: 'Chủ tịch Ủy ban nhân dân phường Ninh Hà',
  decidedBy: 'Chủ tịch UBND phường Ninh Hà',
  bases: [
    ...DECISION_BASES,
    'Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường tại Tờ trình số 09/TTr-HĐTĐKT ngày 15 tháng 12 năm 2026',
  ],
  articles: [
    ['Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường Ninh Hà cho 06 tập thể và 66 cá nhân (có danh sách kèm theo), vì: Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026.'],
    [
      'Mức tiền thưởng thực hiện theo Nghị định số 152/2025/NĐ-CP: tập thể 1.410.000 đồng, cá nhân 710.000 đồng; kinh phí chi từ Quỹ thi đua, khen thưởng của phường.',
    ],
    [
      'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Trưởng phòng Kinh tế, thủ trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    ],
  ],
  baseSalary: 2_340_000,
  recipients: ['Như Điều 3', 'Thường trực Đảng ủy, HĐND phường (b/c)', 'Chủ tịch, các Phó Chủ tịch UBND phường', 'Lưu: VT, VHXH'],
  signature: { mandate: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: VICE_CHAIR },
  list: {
    title: 'TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN NĂM 2026',
    groups: [
      { kind: 'unit', rows: Array.from({ length: 6 }, (_, i) => ({ ...unitNominee(i + 4, 'Giấy khen', GIAY_KHEN_UNIT), coefficient: 0.6 })) },
      { kind: 'person', rows: Array.from({ length: 66 }, (_, i) => ({ ...nominee(i + 11, 'Giấy khen', GIAY_KHEN_PERSON), coefficient: 0.3 })) },
    ],
  },
};

const PRIOR_AWARDS = {
  titles: [
    { year: 2024, award: 'Lao động tiên tiến', decision: 'Số 35/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND thị xã Ninh Hòa' },
    { year: 2025, award: 'Chiến sĩ thi đua cơ sở', decision: 'Số 18/QĐ-UBND ngày 22/12/2025 của Chủ tịch UBND phường Ninh Hà' },
  ],
  commendations: [
    { year: 2023, award: 'Giấy khen của Chủ tịch UBND thị xã', decision: 'Số 1420/QĐ-UBND ngày 15/12/2023 của Chủ tịch UBND thị xã Ninh Hòa' },
  ],
};

export const personalReport: PersonalReportModel = {
  place: PLACE,
  date: '2026-11-20',
  proposedAward: 'danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026',
  profile: [
    { label: 'Họ và tên', value: 'Nguyễn Thị Thu Thảo' },
    { label: 'Sinh ngày, tháng, năm', value: '12/08/1986' },
    { label: 'Giới tính', value: 'Nữ' },
    { label: 'Quê quán', value: 'phường Ninh Hà, tỉnh Khánh Hòa' },
    { label: 'Trú quán', value: 'Tổ dân phố Phước Thuận, phường Ninh Hà, tỉnh Khánh Hòa' },
    { label: 'Đơn vị công tác', value: 'Phòng Văn hóa - Xã hội, Ủy ban nhân dân phường Ninh Hà' },
    { label: 'Chức vụ (Đảng, chính quyền, đoàn thể)', value: 'Đảng viên; chuyên viên; Chi hội trưởng Chi hội Phụ nữ cơ quan' },
    { label: 'Trình độ chuyên môn, nghiệp vụ', value: 'Cử nhân Quản lý văn hóa' },
    { label: 'Học hàm, học vị, danh hiệu, giải thưởng', value: '' },
  ],
  duties: [
    'Tham mưu công tác văn hóa, thông tin, thể dục thể thao, thi đua, khen thưởng; theo dõi phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” trên địa bàn phường.',
  ],
  achievements: [
    'Năm 2026, hoàn thành xuất sắc nhiệm vụ được giao, được xếp loại “Hoàn thành xuất sắc nhiệm vụ”. Tham mưu tổ chức thành công Hội nghị điển hình tiên tiến phường; 100% hồ sơ khen thưởng được thẩm định đúng hạn.',
    { lead: 'Sáng kiến:', text: '“Số hóa sổ theo dõi người tốt, việc tốt tại tổ dân phố”, được Hội đồng sáng kiến phường công nhận tại Quyết định số 07/QĐ-UBND ngày 15/10/2026.' },
    { items: ['Tham gia đầy đủ các phong trào thi đua do phường phát động;', 'Vận động quyên góp Quỹ “Vì người nghèo” 15.000.000 đồng.'] },
  ],
  ...PRIOR_AWARDS,
  reporterName: 'Nguyễn Thị Thu Thảo',
  unitHeadSignature: { title: 'Thủ trưởng đơn vị\nxác nhận, đề nghị', name: STANDING },
};

export const collectiveReport: CollectiveReportModel = {
  header: { agency: ['UBND phường Ninh Hà'], issuer: ['Trường Tiểu học Ninh Hà'], issuerName: 'Trường Tiểu học Ninh Hà' },
  place: PLACE,
  date: '2026-11-25',
  proposedAward: 'danh hiệu “Tập thể lao động xuất sắc” năm 2026',
  profile: [
    { label: 'Tên đơn vị', value: 'Trường Tiểu học Ninh Hà' },
    { label: 'Địa chỉ', value: 'Tổ dân phố Vạn Thiện, phường Ninh Hà, tỉnh Khánh Hòa' },
    { label: 'Điện thoại, e-mail', value: '0258 3845 123; thninhha@khanhhoa.edu.vn' },
    { label: 'Cơ cấu tổ chức', value: 'Ban giám hiệu 03 người; 05 tổ chuyên môn; 01 tổ văn phòng' },
    { label: 'Tổng số cán bộ, giáo viên, nhân viên', value: '42 người (nữ 35 người)' },
    { label: 'Tổ chức Đảng, đoàn thể', value: 'Chi bộ 21 đảng viên; Công đoàn; Chi đoàn; Liên đội' },
  ],
  duties: ['Tổ chức giảng dạy, giáo dục học sinh tiểu học theo chương trình giáo dục phổ thông; quản lý giáo viên, nhân viên và học sinh; huy động trẻ trong độ tuổi đến trường.'],
  achievements: [
    'Năm học 2025 - 2026, nhà trường hoàn thành xuất sắc nhiệm vụ; 100% học sinh hoàn thành chương trình lớp học; 42/42 cán bộ, giáo viên hoàn thành tốt nhiệm vụ trở lên, trong đó 32 người đạt danh hiệu “Lao động tiên tiến” (76,19%), 05 người đạt danh hiệu “Chiến sĩ thi đua cơ sở”.',
    'Chi bộ đạt “Hoàn thành tốt nhiệm vụ”; Công đoàn, Chi đoàn, Liên đội đạt vững mạnh; không có cán bộ, giáo viên bị kỷ luật.',
  ],
  ...PRIOR_AWARDS,
  unitHeadSignature: { title: 'Hiệu trưởng', name: 'Phạm Thị Ngọc Hân' },
};

const CLASSIFICATIONS = ['Xuất sắc', 'Xuất sắc', 'Tốt', 'Tốt', 'Khá'];

function scoreRows(units: string[], base: number): ScoreRow[] {
  const rows = units.map((unit, i) => {
    const councilScore = base - i * 1.75 + (i % 3 === 0 ? 0.5 : 0);
    const bonus = i % 4 === 0 ? 2 : 0;
    const deduction = i % 5 === 2 ? 1.5 : 0;
    return {
      unit,
      selfScore: councilScore + 1,
      councilScore,
      bonus,
      deduction,
      total: councilScore + bonus - deduction,
      rank: 0,
      classification: CLASSIFICATIONS[Math.min(Math.floor(i / 3), CLASSIFICATIONS.length - 1)],
      proposal: i === 0 ? 'Giấy khen của Chủ tịch UBND phường' : '',
    };
  });
  const sorted = [...rows].sort((a, b) => b.total - a.total);
  for (const r of rows) r.rank = sorted.findIndex((s) => s.total === r.total) + 1;
  return sorted;
}

export const scoreTable: ScoreTableModel = {
  header: COUNCIL_HEADER,
  place: PLACE,
  date: '2026-12-05',
  title: 'BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2026',
  summary: 'Các khối thi đua thuộc phường Ninh Hà',
  blocks: [
    {
      name: 'Khối Tổ dân phố',
      rows: scoreRows(Array.from({ length: 24 }, (_, i) => `Tổ dân phố ${i + 1}`), 96.5),
    },
    { name: 'Khối Mặt trận và các đoàn thể', rows: scoreRows(UNITS.slice(9, 12).concat(['Hội Nông dân phường', 'Công đoàn cơ sở phường']), 94.25) },
    { name: 'Khối Trường học, Y tế', rows: scoreRows(UNITS.slice(4, 7), 95) },
  ],
  tieBreakNote: 'Đơn vị bằng tổng điểm được xếp đồng hạng; khi cần chọn, ưu tiên đơn vị có điểm Hội đồng chấm ở nhóm tiêu chí nhiệm vụ trọng tâm cao hơn, sau đó đơn vị có ít điểm trừ hơn.',
  preparerSignature: { title: 'Người lập bảng', name: SECRETARY },
  chairSignature: { mandate: { prefix: 'TM.', of: 'Hội đồng' }, title: 'Chủ tịch', name: CHAIRMAN },
};

const FIELDS = ['Bảo vệ môi trường', 'An sinh xã hội', 'Khuyến học', 'An ninh trật tự', 'Phát triển kinh tế'];
const DEEDS = [
  'Tự nguyện hiến 80 m² đất và vận động 12 hộ dân cùng hiến đất mở rộng hẻm 7, Tổ dân phố Phước Thuận',
  'Trả lại tài sản nhặt được trị giá 25.000.000 đồng cho người đánh rơi',
  'Duy trì lớp học tình thương miễn phí cho 20 em học sinh có hoàn cảnh khó khăn',
  'Phát hiện, báo tin giúp Công an phường bắt quả tang đối tượng trộm cắp tài sản',
  'Xây dựng mô hình trồng rau sạch, tạo việc làm cho 15 lao động nữ',
];

function goodDeed(i: number): GoodDeedRow {
  const isPerson = i % 4 !== 3;
  return {
    name: isPerson ? personName(i + 40) : UNITS[i % UNITS.length],
    birthYearGender: isPerson ? `${1955 + ((i * 7) % 45)}, ${i % 2 === 0 ? 'Nam' : 'Nữ'}` : '',
    addressUnit: isPerson ? `Tổ dân phố ${(i % 12) + 1}, phường Ninh Hà` : 'Phường Ninh Hà',
    field: FIELDS[i % FIELDS.length],
    deed: DEEDS[i % DEEDS.length],
    introducedBy: i % 3 === 0 ? 'Hội Liên hiệp Phụ nữ phường' : `Tổ dân phố ${(i % 12) + 1}`,
    publicity: `Trang thông tin điện tử phường, ${String((i % 28) + 1).padStart(2, '0')}/${String((i % 10) + 1).padStart(2, '0')}/2026`,
  };
}

export const goodDeedsLetter: GoodDeedsLetterModel = {
  header: WARD_HEADER,
  numberText: '215/UBND-VHXH',
  place: PLACE,
  date: '2026-11-10',
  summary: 'giới thiệu điển hình tiên tiến, người tốt, việc tốt năm 2026',
  addressees: ['Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa'],
  body: [
    'Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về phát hiện, bồi dưỡng, tuyên truyền và nhân rộng các điển hình tiên tiến, người tốt, việc tốt năm 2026, Ủy ban nhân dân phường Ninh Hà đã chỉ đạo các tổ dân phố, cơ quan, đơn vị rà soát, lựa chọn và thẩm định các gương điển hình trên địa bàn.',
    'Qua thẩm định của Thường trực Hội đồng Thi đua - Khen thưởng phường, Ủy ban nhân dân phường Ninh Hà trân trọng giới thiệu 24 điển hình tiên tiến, người tốt, việc tốt tiêu biểu (có danh sách kèm theo) để Hội đồng Thi đua - Khen thưởng tỉnh xem xét, tuyên truyền, biểu dương.',
    'Thông tin chi tiết xin liên hệ Phòng Văn hóa - Xã hội phường, điện thoại 0258 3845 678./.',
  ],
  recipients: ['Như trên', 'Sở Nội vụ tỉnh (Ban Thi đua - Khen thưởng)', 'Thường trực Đảng ủy phường', 'Lưu: VT, VHXH'],
  signature: { mandate: { prefix: 'KT.', of: 'Chủ tịch' }, title: 'Phó Chủ tịch', name: VICE_CHAIR },
  listTitle: 'ĐIỂN HÌNH TIÊN TIẾN, NGƯỜI TỐT, VIỆC TỐT NĂM 2026',
  rows: Array.from({ length: 24 }, (_, i) => goodDeed(i)),
};

export const annualReport: AnnualReportModel = {
  header: WARD_HEADER,
  numberText: '318/BC-UBND',
  place: PLACE,
  date: '2026-12-22',
  summary: 'Tổng kết công tác thi đua, khen thưởng năm 2026 và phương hướng, nhiệm vụ năm 2027',
  addressees: [],
  sections: [
    {
      heading: 'I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA',
      blocks: [
        'Năm 2026 là năm đầu tiên phường Ninh Hà tổ chức hoạt động theo mô hình chính quyền địa phương hai cấp trọn năm. Ủy ban nhân dân phường đã ban hành Kế hoạch phát động phong trào thi đua năm 2026 với chủ đề “Đoàn kết, sáng tạo, chuyển đổi số, xây dựng phường văn minh, hiện đại”.',
        { items: ['Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”: 96,5% hộ đạt danh hiệu “Gia đình văn hóa”;', 'Phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”: hỗ trợ xây mới 05 nhà đại đoàn kết;', 'Phong trào thi đua “Chuyển đổi số”: 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.'] },
      ],
    },
    {
      heading: 'II. CÔNG TÁC KHEN THƯỞNG',
      blocks: [
        'Công tác khen thưởng bảo đảm đúng đối tượng, tiêu chuẩn, quy trình; chú trọng khen thưởng người lao động trực tiếp, phụ nữ và các tổ dân phố (số liệu chi tiết tại Phụ lục I).',
        'Phường đã đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 04 tập thể và 60 cá nhân; công nhận danh hiệu “Chiến sĩ thi đua cơ sở” cho 10 cá nhân; tặng Giấy khen cho 06 tập thể và 66 cá nhân.',
      ],
    },
    {
      heading: 'III. ĐÁNH GIÁ CHUNG',
      blocks: [
        'Các phong trào thi đua được triển khai sâu rộng, gắn với nhiệm vụ chính trị. Tuy nhiên, việc phát hiện, bồi dưỡng điển hình tiên tiến ở một số tổ dân phố còn chậm; một số đơn vị gửi báo cáo người tốt, việc tốt chưa đúng thời hạn.',
      ],
    },
    {
      heading: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
      blocks: [
        'Tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua; nâng cao chất lượng thẩm định hồ sơ khen thưởng; phấn đấu mỗi năm phát hiện, giới thiệu ít nhất 05 điển hình tiên tiến tiêu biểu.',
      ],
    },
  ],
  awardCounts: [
    { award: 'Bằng khen của Chủ tịch UBND tỉnh', decidedBy: 'Chủ tịch UBND tỉnh (phường đề nghị)', collectives: 4, individuals: 60, households: 0 },
    { award: 'Chiến sĩ thi đua cơ sở', decidedBy: 'Chủ tịch UBND phường', collectives: 0, individuals: 10, households: 0 },
    { award: 'Lao động tiên tiến', decidedBy: 'Chủ tịch UBND phường', collectives: 0, individuals: 85, households: 0 },
    { award: 'Tập thể lao động tiên tiến', decidedBy: 'Chủ tịch UBND phường', collectives: 14, individuals: 0, households: 0 },
    { award: 'Giấy khen của Chủ tịch UBND phường', decidedBy: 'Chủ tịch UBND phường', collectives: 6, individuals: 66, households: 3 },
    { award: 'Gia đình văn hóa', decidedBy: 'Chủ tịch UBND phường', collectives: 0, individuals: 0, households: 4210 },
  ],
  recipients: ['Hội đồng Thi đua - Khen thưởng tỉnh', 'Sở Nội vụ tỉnh Khánh Hòa', 'Thường trực Đảng ủy, HĐND phường', 'Lưu: VT, VHXH'],
  signature: { mandate: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'Chủ tịch', name: CHAIRMAN },
};

/** A Kế hoạch phát động of a thematic movement, with the province's per-ward quota in section III. */
export const movementPlan: MovementPlanModel = {
  header: WARD_HEADER,
  numberText: '12/KH-UBND',
  place: PLACE,
  date: '2026-01-15',
  summary: 'Phát động phong trào thi đua “Phường Ninh Hà chung sức xây dựng đô thị văn minh” năm 2026',
  bases: [...DEFAULT_DOCUMENT_BASES.movementPlan.map(basisLine), REGULATION],
  opening: 'Thực hiện Luật Thi đua, khen thưởng năm 2022, Ủy ban nhân dân phường Ninh Hà ban hành Kế hoạch phát động phong trào thi đua “Phường Ninh Hà chung sức xây dựng đô thị văn minh” (thi đua theo chuyên đề) như sau:',
  sections: [
    { heading: 'I. MỤC TIÊU', blocks: ['Huy động cả hệ thống chính trị và Nhân dân chung sức chỉnh trang đô thị, giữ gìn vệ sinh môi trường, trật tự lòng đường, vỉa hè.'] },
    {
      heading: 'II. PHẠM VI VÀ ĐỐI TƯỢNG THI ĐUA',
      blocks: [{ heading: '1. Phạm vi' }, 'Trên địa bàn phường Ninh Hà.', { heading: '2. Đối tượng' }, { items: ['Các tổ dân phố;', 'Các cơ quan, trường học, doanh nghiệp;', 'Hộ gia đình, cá nhân.'] }],
    },
    {
      heading: 'III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA',
      blocks: [
        'Hình thức tổ chức: thi đua theo chuyên đề (Điều 16 Luật Thi đua, khen thưởng năm 2022).',
        { items: ['100% tổ dân phố ra mắt tuyến đường văn minh;', 'Không có điểm tập kết rác tự phát.'] },
        'Chỉ tiêu: phường Ninh Hà phấn đấu đạt ít nhất 05 điển hình (chỉ tiêu giao cho mỗi phường, xã theo Quyết định số 09/2024/QĐ-UBND, Đ12).',
      ],
    },
    { heading: 'IV. THỜI GIAN THỰC HIỆN', blocks: ['Phong trào được triển khai từ ngày 15/01/2026 đến ngày 30/11/2026.', 'Sơ kết 6 tháng vào tháng 7/2026; tổng kết vào tháng 12/2026.'] },
    { heading: 'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN', blocks: ['Các tổ dân phố đăng ký tuyến đường, ra quân hằng tháng; Phòng Văn hóa - Xã hội theo dõi, tổng hợp.'] },
  ],
  recipients: ['Hội đồng Thi đua - Khen thưởng tỉnh', 'Thường trực Đảng ủy, HĐND phường (b/c)', 'Ủy ban MTTQ Việt Nam phường', 'Lưu: VT, VHXH'],
  signature: { mandate: { prefix: 'TM.', of: 'Ủy ban nhân dân' }, title: 'Chủ tịch', name: CHAIRMAN },
};

/** The tổ dân phố's Gia đình văn hóa dossier (NĐ 86/2023 Mẫu 01–03): 48 households, 45 still proposed after the comments. */
const CULTURE_FRAME: Omit<CultureDocumentFrame, 'summary' | 'body'> = {
  header: { agency: ['Ủy ban nhân dân', 'phường Ninh Hà'], issuer: ['Tổ dân phố Phước Thuận'], issuerName: 'Tổ dân phố Phước Thuận' },
  place: PLACE,
  date: '2026-11-12',
  signature: { title: 'Tổ trưởng tổ dân phố', name: 'Trương Văn Hải' },
};
const HOUSEHOLDS = Array.from({ length: 45 }, (_, i) => ({
  name: personName(i + 200),
  address: `Số ${i + 1}, đường Trần Quý Cáp, Tổ dân phố Phước Thuận`,
  comment: i % 15 === 4 ? 'Có ý kiến đề nghị xem lại việc giữ gìn vệ sinh chung; Tổ đã xác minh, hộ đã khắc phục' : '',
}));

export const cultureProposal: CultureProposalModel = {
  ...CULTURE_FRAME,
  summary: 'Xét tặng danh hiệu “Gia đình văn hóa” năm 2026',
  addressees: ['Chủ tịch Ủy ban nhân dân phường Ninh Hà'],
  bases: [
    'Căn cứ Nghị định số 86/2023/NĐ-CP ngày 07 tháng 12 năm 2023 của Chính phủ quy định về khung tiêu chuẩn và thủ tục, hồ sơ xét tặng danh hiệu “Gia đình văn hóa”; “Thôn, Tổ dân phố văn hóa”; “Xã, Phường, Thị trấn tiêu biểu”',
    'Căn cứ kết quả họp bình xét và kết quả lấy ý kiến người dân của Tổ dân phố Phước Thuận',
  ],
  body: [
    'Tổ dân phố Phước Thuận đã họp bình xét và thông báo công khai danh sách để lấy ý kiến người dân trong 10 ngày, từ ngày 01/11/2026 đến ngày 10/11/2026.',
    'Tổ dân phố Phước Thuận đề nghị Chủ tịch Ủy ban nhân dân phường Ninh Hà xét tặng danh hiệu “Gia đình văn hóa” năm 2026 cho 45 hộ gia đình (có danh sách kèm theo).',
  ],
  recipients: ['Như trên', 'Lưu: Tổ dân phố Phước Thuận'],
};

export const cultureHouseholdList: CultureHouseholdListModel = {
  ...CULTURE_FRAME,
  summary: 'Hộ gia đình đề nghị xét tặng danh hiệu “Gia đình văn hóa” năm 2026',
  rows: HOUSEHOLDS,
  withdrawn: [300, 301, 302].map((i) => ({ name: personName(i), address: 'Tổ dân phố Phước Thuận', comment: 'Người dân phản ánh vi phạm quy định về trật tự đô thị' })),
  body: [
    'Danh sách gồm 45 hộ gia đình, đã được thông báo công khai tại Tổ dân phố Phước Thuận để lấy ý kiến người dân trong 10 ngày, từ ngày 01/11/2026 đến ngày 10/11/2026.',
  ],
};

export const cultureMinutes: CultureMinutesModel = {
  ...CULTURE_FRAME,
  date: '2026-10-30',
  summary: 'Tổ dân phố Phước Thuận bình xét danh hiệu “Gia đình văn hóa” năm 2026',
  body: [
    'Thời gian: …… giờ …… phút, ngày 30 tháng 10 năm 2026.',
    { heading: 'I. THÀNH PHẦN' },
    { items: ['Chủ trì: Trương Văn Hải, Tổ trưởng Tổ dân phố Phước Thuận;', 'Thư ký: ……'] },
    { heading: 'III. KẾT QUẢ' },
    'Có 48 hộ gia đình đủ điều kiện đề nghị xét tặng danh hiệu “Gia đình văn hóa” năm 2026 (có danh sách kèm theo).',
  ],
  signature: { title: 'Chủ trì', name: 'Trương Văn Hải' },
  secretary: { title: 'Thư ký', name: '' },
};

export const fixtures: DocumentModels = {
  cultureProposal,
  cultureHouseholdList,
  cultureMinutes,
  submission,
  meetingMinutes,
  ballotPaper,
  voteCountMinutes,
  decision,
  personalReport,
  collectiveReport,
  scoreTable,
  goodDeedsLetter,
  annualReport,
  movementPlan,
};
