/**
 * Shared vocabulary of the domain: the codes every layer (domain, data, documents, screens) speaks.
 * Vietnamese labels live beside the codes so screens and documents print the same words.
 * Sources: DOMAIN.md §2 (titles, Luật TĐKT 2022 Điều 19-20), §3 (forms, Luật Điều 8), §4 (council).
 */

/** Who receives an award: cá nhân, tập thể, hộ gia đình. */
export type SubjectKind = 'person' | 'unit' | 'household';

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  person: 'Cá nhân',
  unit: 'Tập thể',
  household: 'Hộ gia đình',
};

/**
 * Titles (danh hiệu thi đua) and forms (hình thức khen thưởng) a ward awards or proposes upward.
 * DOMAIN.md §2-3.
 */
export type TitleCode =
  | 'LDTT' // Lao động tiên tiến — Luật Đ24
  | 'CSTDCS' // Chiến sĩ thi đua cơ sở — Luật Đ23
  | 'CSTD_TINH' // Chiến sĩ thi đua cấp tỉnh — Luật Đ22 (upward)
  | 'TTLDTT' // Tập thể lao động tiên tiến — Luật Đ28
  | 'TTLDXS' // Tập thể lao động xuất sắc — Luật Đ27 (upward)
  | 'TDP_VAN_HOA' // Thôn, tổ dân phố văn hóa — Luật Đ30, NĐ 86/2023
  | 'GIA_DINH_VAN_HOA' // Gia đình văn hóa — NĐ 86/2023
  | 'XA_TIEU_BIEU' // Xã/phường tiêu biểu — Luật Đ29 (upward)
  | 'CO_THI_DUA_TINH' // Cờ thi đua UBND tỉnh (upward)
  | 'GIAY_KHEN' // Giấy khen của Chủ tịch UBND xã — Luật Đ75
  | 'BANG_KHEN_TINH'; // Bằng khen của Chủ tịch UBND tỉnh — Luật Đ74 (upward)

export const TITLE_CODES: readonly TitleCode[] = [
  'LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS', 'TDP_VAN_HOA', 'GIA_DINH_VAN_HOA',
  'XA_TIEU_BIEU', 'CO_THI_DUA_TINH', 'GIAY_KHEN', 'BANG_KHEN_TINH',
];

/**
 * A province's own title or form (issue 20): "local:<id>" where <id> is the id in the province pack.
 * Nominations, ballots, decisions and the award history carry it where a national code would go.
 */
export type LocalTitleCode = `local:${string}`;
/** What a nomination is for: one of the national titles and forms, or a province's own. */
export type AwardCode = TitleCode | LocalTitleCode;

const LOCAL_PREFIX = 'local:';

export function isLocalCode(code: string): code is LocalTitleCode {
  return code.startsWith(LOCAL_PREFIX);
}

export function isNationalCode(code: string): code is TitleCode {
  return (TITLE_CODES as readonly string[]).includes(code);
}

export function localCode(id: string): LocalTitleCode {
  return `${LOCAL_PREFIX}${id}`;
}

export function localIdOf(code: LocalTitleCode): string {
  return code.slice(LOCAL_PREFIX.length);
}

/** Kinds of award (loại hình khen thưởng), Luật Điều 8. */
export type AwardKind = 'cong_trang' | 'dot_xuat' | 'chuyen_de' | 'cong_hien' | 'doi_ngoai';

export const AWARD_KIND_LABELS: Record<AwardKind, string> = {
  cong_trang: 'Khen thưởng theo công trạng và thành tích',
  dot_xuat: 'Khen thưởng đột xuất',
  chuyen_de: 'Khen thưởng theo phong trào thi đua theo chuyên đề',
  cong_hien: 'Khen thưởng quá trình cống hiến',
  doi_ngoai: 'Khen thưởng đối ngoại',
};

/** Yearly rating of officials and employees (xếp loại chất lượng). */
export type TaskRating = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

export const TASK_RATING_LABELS: Record<TaskRating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

export type Gender = 'male' | 'female';
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/** Unit kinds of a ward (DOMAIN.md §9). */
export type UnitKind =
  | 'tdp' // Tổ dân phố / khu phố / thôn
  | 'office' // Phòng, Văn phòng (ban, ngành)
  | 'front' // Mặt trận và các đoàn thể
  | 'school'
  | 'health' // Trạm y tế
  | 'police' // Công an
  | 'military' // Ban Chỉ huy quân sự
  | 'association' // Hội khác
  | 'other';

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  tdp: 'Tổ dân phố, khu phố, thôn',
  office: 'Ban, ngành',
  front: 'Mặt trận, đoàn thể',
  school: 'Trường học',
  health: 'Trạm y tế',
  police: 'Công an',
  military: 'Quân sự',
  association: 'Hội',
  other: 'Khác',
};

/** Roles in the council (DOMAIN.md §4). */
export type CouncilRole = 'chair' | 'vice_chair' | 'standing' | 'member' | 'secretary';

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chair: 'Chủ tịch Hội đồng',
  vice_chair: 'Phó Chủ tịch Hội đồng',
  standing: 'Ủy viên thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

/**
 * A rule's answer: passes, fails, needs a recorded human judgement, or is on hold (tạm dừng xét) while
 * the subject is under disciplinary review, investigation, inspection or a complaint is verified:
 * a hold is not a failure and the review resumes when it ends (NĐ 152/2025 Đ4.4).
 */
export type RuleVerdict = 'pass' | 'fail' | 'judgement' | 'hold';

/** Document types in the register (ND 30/2020 PL III abbreviations, DOMAIN.md §5-6). */
export type DocumentKind =
  | 'submission' // T1 Tờ trình — TTr
  | 'meetingMinutes' // T2 Biên bản họp Hội đồng — BB (council's own series)
  | 'ballotPaper' // T3 Phiếu bầu — no number
  | 'voteCountMinutes' // T4 Biên bản kiểm phiếu — BB (council's own series)
  | 'decision' // T5 Quyết định — QĐ
  | 'personalReport' // T6 Báo cáo thành tích cá nhân
  | 'collectiveReport' // T7 Báo cáo thành tích tập thể
  | 'scoreTable' // T8 Bảng tổng hợp điểm
  | 'goodDeedsLetter' // T9 Công văn giới thiệu điển hình + danh sách
  | 'annualReport' // T10 Báo cáo tổng kết — BC
  | 'movementPlan' // Kế hoạch phát động phong trào thi đua — KH (Luật TĐKT 2022 Điều 17.1)
  // Gia đình văn hóa, issued by a tổ dân phố without a number (NĐ 86/2023/NĐ-CP Phụ lục IV):
  | 'cultureProposal' // Mẫu 01 Văn bản đề nghị
  | 'cultureHouseholdList' // Mẫu 02 Danh sách hộ gia đình, with residents' comments
  | 'cultureMinutes'; // Mẫu 03 Biên bản họp bình xét

/**
 * Vetting of a good-deed report (DOMAIN.md §8, Ninh Hà VB 124/UBND): nộp → thẩm định đạt / trả lại
 * (with a reason) → đã đề xuất lên trên.
 */
export const GOOD_DEED_STATUSES = ['submitted', 'approved', 'returned', 'forwarded'] as const;
export type GoodDeedStatus = (typeof GOOD_DEED_STATUSES)[number];

export const GOOD_DEED_STATUS_LABELS: Record<GoodDeedStatus, string> = {
  submitted: 'Chờ thẩm định',
  approved: 'Thẩm định đạt',
  returned: 'Trả lại',
  forwarded: 'Đã đề xuất lên trên',
};

/** Where a vetted example was publicised (DOMAIN.md §8: ward portal, loudspeaker radio, meetings, posters). */
export const PUBLICATION_CHANNELS = ['portal', 'radio', 'meeting', 'poster', 'other'] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number];

/** Printed as is in the forwarding list (T9 "Đã tuyên truyền") and shown on screen. */
export const PUBLICATION_CHANNEL_LABELS: Record<PublicationChannel, string> = {
  portal: 'Trang thông tin điện tử',
  radio: 'Đài truyền thanh',
  meeting: 'Hội nghị, cuộc họp',
  poster: 'Pa-nô, áp phích, bảng tin',
  other: 'Kênh khác',
};
