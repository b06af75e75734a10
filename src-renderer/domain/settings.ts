/**
 * The ward's rule settings. What a province may set (ratios, deadlines, quorum, score bands) is data
 * with a default, never a constant in code: NĐ 152/2025 Đ6.2.c lets provinces detail ward-level rules
 * (DOMAIN.md, "Rule for code"). Each default carries its reason in SETTING_REASONS. The upper level is
 * not a rule but the ward's own data: the ward profile holds it, filled from UPPER_LEVEL_PRESETS.
 */
import type { DocumentKind, SubjectKind, TitleCode } from './vocabulary';
import type { NameSortOrder } from './text';
import type { LocalTitleInForce } from './provincePack';
import { DEFAULT_NAMING, NEUTRAL_REGULATION_REFERENCE, provinceAreaName, provinceBodies, provinceLevelWord, type ProvinceKind, type TitleNaming } from './province';

/**
 * Rules a province's TĐKT regulation details, each cited by the article of that regulation that the
 * ward's province pack names ("QĐ 86/2025/QĐ-UBND Đ8.4"). Without a pack the neutral wording applies.
 */
export const RULE_REFERENCE_KEYS = [
  'quorum', 'awardSessionQuorum', 'ballotThreshold', 'memberLdttShare', 'ttldtt', 'ttldxs', 'coThiDua', 'giayKhen',
  'bangKhen', 'personDiscipline', 'upwardDeadline', 'dossier', 'goodDeeds',
] as const;
export type RuleReferenceKey = (typeof RULE_REFERENCE_KEYS)[number];

/** What each citable rule is, in Vietnamese (the pack editor's labels and the import report's words). */
export const RULE_REFERENCE_LABELS: Record<RuleReferenceKey, string> = {
  quorum: 'Số thành viên dự họp tối thiểu',
  awardSessionQuorum: 'Tỷ lệ dự phiên xét khen thưởng',
  ballotThreshold: 'Ngưỡng phiếu bầu',
  memberLdttShare: 'Tỷ lệ thành viên đạt Lao động tiên tiến',
  ttldtt: 'Tiêu chuẩn Tập thể lao động tiên tiến',
  ttldxs: 'Tiêu chuẩn Tập thể lao động xuất sắc',
  coThiDua: 'Tiêu chuẩn Cờ thi đua',
  giayKhen: 'Tiêu chuẩn Giấy khen',
  bangKhen: 'Tiêu chuẩn Bằng khen',
  personDiscipline: 'Cá nhân bị kỷ luật không xét danh hiệu',
  upwardDeadline: 'Thời hạn gửi hồ sơ lên cấp trên',
  dossier: 'Thành phần hồ sơ',
  goodDeeds: 'Báo cáo Người tốt, việc tốt',
};
import { DEFAULT_DOCUMENT_BASES, DEFAULT_DOCUMENT_RECIPIENTS, basesProblem, recipientsProblem } from './documentTexts';
import type { BasesKind, LegalBasis, RecipientsKind } from './documentTexts';
import { UPWARD_FORMAT_LABELS, type UpwardDossierSetting } from './upwardDossier';

/** One step of the base salary (mức lương cơ sở) in force from a date. */
export interface BaseSalaryStep {
  /** ISO date the amount takes effect. */
  from: string;
  /** Đồng per month. */
  amount: number;
}

/** A classification band: totals ≥ minScore (and below the next band) get this label. */
export interface ClassificationBand {
  label: string;
  minScore: number;
}

/** Keys of the tie-break chain applied to equal totals (DOMAIN.md §7). */
export type TieBreakKey =
  | 'coreGroupCouncilScore' // higher council score on the core group of criteria
  | 'fewerDeductions' // fewer deduction points
  | 'womenFirst' // women, or collectives ≥ 70 % women, first (NĐ 152/2025 Đ4)
  | 'councilVote'; // decided by the council's vote (recorded per unit)

export const TIE_BREAK_LABELS: Record<TieBreakKey, string> = {
  coreGroupCouncilScore: 'điểm Hội đồng chấm ở nhóm tiêu chí chính cao hơn',
  fewerDeductions: 'ít điểm trừ hơn',
  womenFirst: 'ưu tiên nữ hoặc tập thể có từ 70 % nữ trở lên',
  councilVote: 'Hội đồng biểu quyết',
};

/** One part of a nomination dossier (thành phần hồ sơ), DOMAIN.md §5. */
export interface DossierPart {
  id: string;
  label: string;
  required: boolean;
  /** The app can produce this part itself. */
  generatable: boolean;
  /** The document type that produces it, when generatable. */
  documentKind?: DocumentKind;
}

/** Where submissions go (cấp trên): since 01/7/2025 the province; some wards still send to a town. A preset's texts. */
export interface UpperLevel {
  kind: 'province' | 'town';
  /** e.g. "Khánh Hòa" or "Ninh Hòa". */
  areaName: string;
  councilName: string;
  /** Who decides upward awards, for "Kính gửi:" and the tờ trình text. */
  authority: string;
  /** Standing body receiving dossiers (Sở Nội vụ for a province); null when none. */
  standingBody: string | null;
}

export interface WardSettings {
  /** Agree ÷ council's total membership, in %, for titles with a compulsory ballot. */
  ballotThresholdPercent: Partial<Record<TitleCode, number>>;
  /** Titles without a statutory ballot pass on a majority of this base (council rules). */
  majorityBase: 'totalMembers' | 'presentMembers';
  /** Meeting quorum as a fraction of total membership: present ÷ total ≥ numerator ÷ denominator. */
  quorumNumerator: number;
  quorumDenominator: number;
  /** Stricter attendance for award sessions, in %; null = the meeting quorum applies. */
  awardSessionQuorumPercent: number | null;
  /** Cap on CSTĐCS as a share of LĐTT in a year, in %; null = no cap. */
  cstdcsMaxShareOfLdtt: number | null;
  /** Minimum share of a collective's members who are LĐTT, in %. */
  memberLdttSharePercent: number;
  /** Women share that gives a collective the women-first priority, in %. */
  womenPriorityCollectiveSharePercent: number;
  /** Consecutive CSTĐCS years for CSTĐ cấp tỉnh. */
  cstdTinhConsecutiveCstdcsYears: number;
  /** Consecutive CSTĐCS years that ground a Bằng khen tỉnh. */
  bangKhenConsecutiveCstdcsYears: number;
  /** TTLĐXS also barred when a member was disciplined at "cảnh cáo" or above. */
  ttldxsBarsDisciplinedMembers: boolean;
  /** A person disciplined in the year is not proposed for a title that year. */
  personDisciplineBarsTitles: boolean;
  /** Last day of the month a good-deeds report is on time: "trước ngày 15" means by the 14th. */
  goodDeedsDueDay: number;
  /** Typical examples (điển hình) to find and publicise per year. */
  goodDeedsYearlyTarget: number;
  /** Days the proposed list is posted in the unit before deciding. */
  publicNoticeDays: number;
  /** Days the Gia đình văn hóa list is posted for residents' comments. */
  familyPublicNoticeDays: number;
  /** `MM-DD`: the yearly completion date of the Gia đình văn hóa review (NĐ 86/2023: 25/11). */
  familyReviewDeadline: string;
  /** Days the ward chairman has to decide on Gia đình văn hóa from a complete dossier (NĐ 86/2023). */
  familyDecisionDays: number;
  /** `MM-DD`: annual upward dossiers reach the province before this day. */
  upwardDeadline: string;
  /** Days before a thematic ceremony that upward dossiers are due. */
  upwardThematicLeadDays: number;
  /** The files and paper sets the province's channel asks of an upward dossier. */
  upwardDossier: UpwardDossierSetting;
  baseSalaryHistory: BaseSalaryStep[];
  /** Coefficient × base salary, per title and subject kind; a missing entry pays nothing. */
  rewardCoefficients: Partial<Record<TitleCode, Partial<Record<SubjectKind, number>>>>;
  classificationBands: ClassificationBand[];
  tieBreakOrder: TieBreakKey[];
  dossierChecklists: Record<TitleCode, DossierPart[]>;
  nameSortOrder: NameSortOrder;
  /** One register series per document type (TTr, QĐ, BC …) or one series for the whole ward. */
  documentNumbering: 'perType' | 'perIssuer';
  /**
   * The provincial text that asks units to register for the year's titles, quoted as it reads
   * ("Khoản 2 Điều 5 Quyết định số …"); '' = none does, and a missing registration is information only.
   */
  registrationRequiredBy: string;
  /** How titles are named (tỉnh or thành phố; phường, xã): from the ward profile, not a rule to edit. */
  naming: TitleNaming;
  /** The province regulation's citation per rule, from the province pack; absent = neutral wording. */
  ruleReferences: Partial<Record<RuleReferenceKey, string>>;
  /** The province pack's own titles and forms with their article, nominated as "local:<id>" (issue 20). */
  localTitles: LocalTitleInForce[];
  /** `MM-DD` per national title whose upward dossier the province wants on its own day (the pack's). */
  titleDeadlines: Partial<Record<TitleCode, string>>;
  /** "Căn cứ" lines per document type; the province's regulation (ward profile) follows them. */
  documentBases: Record<BasesKind, LegalBasis[]>;
  /** Nơi nhận lines per document type, the last being "Lưu: VT, …". */
  documentRecipients: Record<RecipientsKind, string[]>;
}

/**
 * How a rule is cited on screens and in documents: the law's own article (when there is one), then
 * the ward's provincial regulation as its pack cites it — never another province's text. A rule the
 * law leaves to the council and no pack cites gets "Quy chế làm việc của Hội đồng".
 */
export function ruleReference(settings: Partial<Pick<WardSettings, 'ruleReferences'>>, key: RuleReferenceKey, law?: string): string {
  const province = settings.ruleReferences?.[key]?.trim();
  if (law) return province ? `${law}; ${province}` : law;
  return province || NEUTRAL_REGULATION_REFERENCE;
}

/**
 * Build the upper level from a preset kind and an area name (DOMAIN.md §1); a centrally-run city's
 * bodies say "thành phố" ("Chủ tịch Ủy ban nhân dân thành phố Hà Nội"), a province's "tỉnh".
 */
export function makeUpperLevel(kind: UpperLevel['kind'], areaName: string, provinceKind: ProvinceKind = 'province'): UpperLevel {
  const area = kind === 'province' ? provinceAreaName(areaName) : areaName.trim();
  if (kind === 'province') {
    const bodies = provinceBodies(provinceKind, area);
    return { kind, areaName: area, councilName: bodies.council, authority: bodies.chairman, standingBody: bodies.standingBody };
  }
  return {
    kind,
    areaName: area,
    councilName: `Hội đồng Thi đua - Khen thưởng thị xã ${area}`,
    authority: `Chủ tịch Ủy ban nhân dân thị xã ${area}`,
    standingBody: null,
  };
}

/** Presets offered in the ward profile; the province is the rule since 01/7/2025 (no district level). */
export const UPPER_LEVEL_PRESETS: Record<UpperLevel['kind'], { label: string; note: string }> = {
  province: {
    label: 'Tỉnh, thành phố (từ 01/7/2025)',
    note: 'Không còn cấp huyện: Chủ tịch UBND tỉnh, thành phố quyết định qua Hội đồng TĐKT cùng cấp; Sở Nội vụ là cơ quan thường trực. Quyết định cũ vẫn giữ cơ quan ban hành lúc đó (NĐ 129/2025 Đ59; Luật Tổ chức CQĐP 72/2025/QH15).',
  },
  town: {
    label: 'Thị xã (trước 01/7/2025)',
    note: 'Mô hình cũ: Hội đồng TĐKT thị xã. Chỉ dùng cho dữ liệu lịch sử hoặc nơi còn áp dụng.',
  },
};

const SUBMISSION_PART: DossierPart = {
  id: 'submission', label: 'Tờ trình đề nghị và danh sách', required: true, generatable: true, documentKind: 'submission',
};
const COUNCIL_MINUTES_PART: DossierPart = {
  id: 'councilMinutes', label: 'Biên bản họp Hội đồng Thi đua - Khen thưởng', required: true, generatable: true, documentKind: 'meetingMinutes',
};
const VOTE_COUNT_PART: DossierPart = {
  id: 'voteCount', label: 'Biên bản kiểm phiếu', required: true, generatable: true, documentKind: 'voteCountMinutes',
};

const TITLE_DOSSIER: DossierPart[] = [
  SUBMISSION_PART,
  { id: 'unitMinutes', label: 'Biên bản họp bình xét của đơn vị', required: true, generatable: false },
];

const BALLOT_DOSSIER: DossierPart[] = [
  { ...SUBMISSION_PART, label: 'Tờ trình đề nghị (Mẫu 01, NĐ 152/2025) và danh sách' },
  { id: 'personalReport', label: 'Báo cáo thành tích cá nhân (Mẫu 05, NĐ 152/2025)', required: true, generatable: true, documentKind: 'personalReport' },
  COUNCIL_MINUTES_PART,
  VOTE_COUNT_PART,
  { id: 'initiativeProof', label: 'Giấy chứng nhận sáng kiến, đề tài hoặc kết quả xếp loại HTXSNV', required: true, generatable: false },
];

const UPWARD_DOSSIER: DossierPart[] = [
  SUBMISSION_PART,
  COUNCIL_MINUTES_PART,
  { id: 'achievementReport', label: 'Báo cáo thành tích có xác nhận của phường', required: true, generatable: true },
  { id: 'taxConfirmation', label: 'Xác nhận nghĩa vụ thuế, bảo hiểm xã hội (thủ trưởng đơn vị có nghĩa vụ ngân sách)', required: false, generatable: false },
  { id: 'electronicFiles', label: 'Tệp điện tử hồ sơ', required: true, generatable: false },
];

/**
 * Each title's dossier parts by default, the province level named as the ward names it: a CSTĐ's
 * initiative reaches the province or the city (Luật TĐKT 2022 Đ22).
 */
export function defaultDossierChecklists(provinceKind: ProvinceKind): Record<TitleCode, DossierPart[]> {
  return {
    LDTT: TITLE_DOSSIER,
    TTLDTT: [
      ...TITLE_DOSSIER,
      { id: 'shortReport', label: 'Báo cáo tóm tắt thành tích của tập thể', required: true, generatable: true, documentKind: 'collectiveReport' },
    ],
    CSTDCS: BALLOT_DOSSIER,
    CSTD_TINH: [
      ...UPWARD_DOSSIER,
      VOTE_COUNT_PART,
      { id: 'initiativeProof', label: `Xác nhận sáng kiến, đề tài có phạm vi ảnh hưởng cấp ${provinceLevelWord(provinceKind)}`, required: true, generatable: false },
    ],
    TTLDXS: UPWARD_DOSSIER,
    BANG_KHEN_TINH: UPWARD_DOSSIER,
    XA_TIEU_BIEU: UPWARD_DOSSIER,
    CO_THI_DUA_TINH: [
      ...UPWARD_DOSSIER,
      VOTE_COUNT_PART,
    ],
    GIAY_KHEN: [
      SUBMISSION_PART,
      { id: 'achievementReport', label: 'Báo cáo thành tích (tóm tắt nếu khen đột xuất)', required: true, generatable: true },
      COUNCIL_MINUTES_PART,
    ],
    GIA_DINH_VAN_HOA: [
      { id: 'proposal', label: 'Văn bản đề nghị (Mẫu 01, NĐ 86/2023)', required: true, generatable: false },
      { id: 'householdList', label: 'Danh sách hộ đạt chuẩn kèm ý kiến của người dân (Mẫu 02)', required: true, generatable: false },
      { id: 'reviewMinutes', label: 'Biên bản họp bình xét của thôn, tổ dân phố (Mẫu 03)', required: true, generatable: false },
    ],
    TDP_VAN_HOA: [
      { id: 'submission', label: 'Tờ trình (Mẫu 04, NĐ 86/2023)', required: true, generatable: true, documentKind: 'submission' },
      { id: 'achievementReport', label: 'Báo cáo thành tích', required: true, generatable: true, documentKind: 'collectiveReport' },
    ],
  };
}

export const DEFAULT_SETTINGS: WardSettings = {
  ballotThresholdPercent: { CSTDCS: 80, CSTD_TINH: 80, CO_THI_DUA_TINH: 80 },
  majorityBase: 'totalMembers',
  quorumNumerator: 2,
  quorumDenominator: 3,
  awardSessionQuorumPercent: null,
  cstdcsMaxShareOfLdtt: null,
  memberLdttSharePercent: 70,
  womenPriorityCollectiveSharePercent: 70,
  cstdTinhConsecutiveCstdcsYears: 3,
  bangKhenConsecutiveCstdcsYears: 2,
  ttldxsBarsDisciplinedMembers: true,
  personDisciplineBarsTitles: true,
  goodDeedsDueDay: 14,
  goodDeedsYearlyTarget: 5,
  publicNoticeDays: 5,
  familyPublicNoticeDays: 10,
  familyReviewDeadline: '11-25',
  familyDecisionDays: 10,
  upwardDeadline: '12-10',
  upwardThematicLeadDays: 10,
  upwardDossier: { format: 'wordAndPdf', paperCopies: 1 },
  baseSalaryHistory: [
    { from: '2024-07-01', amount: 2_340_000 },
    { from: '2026-07-01', amount: 2_530_000 },
  ],
  rewardCoefficients: {
    CSTD_TINH: { person: 3.0 },
    CSTDCS: { person: 1.0 },
    LDTT: { person: 0.3 },
    CO_THI_DUA_TINH: { unit: 8 },
    XA_TIEU_BIEU: { unit: 2.0 },
    TTLDXS: { unit: 1.5 },
    TDP_VAN_HOA: { unit: 1.5 },
    TTLDTT: { unit: 0.8 },
    // Households get 1,5 × the individual coefficient (NĐ 152/2025 Đ49–54), written out so the screen shows 2,25 not 2,2499….
    BANG_KHEN_TINH: { person: 1.5, unit: 3, household: 2.25 },
    GIAY_KHEN: { person: 0.3, unit: 0.6, household: 0.45 },
  },
  classificationBands: [
    { label: 'Xuất sắc', minScore: 90 },
    { label: 'Tốt', minScore: 80 },
    { label: 'Khá', minScore: 65 },
    { label: 'Trung bình', minScore: 50 },
    { label: 'Yếu', minScore: 0 },
  ],
  tieBreakOrder: ['coreGroupCouncilScore', 'fewerDeductions', 'womenFirst', 'councilVote'],
  dossierChecklists: defaultDossierChecklists('province'),
  nameSortOrder: 'givenMiddleFamily',
  documentNumbering: 'perType',
  registrationRequiredBy: '',
  naming: DEFAULT_NAMING,
  ruleReferences: {},
  localTitles: [],
  titleDeadlines: {},
  documentBases: DEFAULT_DOCUMENT_BASES,
  documentRecipients: DEFAULT_DOCUMENT_RECIPIENTS,
};

/** The national defaults as a ward names them: its province level in the award names and the dossier parts. */
export function defaultSettingsFor(naming: TitleNaming): WardSettings {
  return { ...DEFAULT_SETTINGS, naming, dossierChecklists: defaultDossierChecklists(naming.provinceKind) };
}

/**
 * Why each default is what it is, with its legal reference, shown beside the setting. Where the domain
 * brief marks a rule probable ([P]) or unverified ([U]) the note stays in a comment: users see the law only.
 */
export const SETTING_REASONS: Record<keyof WardSettings, { reason: string; reference: string }> = {
  ballotThresholdPercent: {
    reason: 'CSTĐCS chỉ đạt khi số phiếu đồng ý từ 80 % tổng số thành viên Hội đồng trở lên (kể cả ý kiến bằng văn bản của thành viên vắng mặt). NĐ 152/2025 chưa thấy quy định lại nên để chỉnh được.',
    reference: 'NĐ 98/2023 Đ30.7 (đã hết hiệu lực, chưa thấy quy định thay thế)',
  },
  majorityBase: {
    reason: 'Danh hiệu không bắt buộc bỏ phiếu kín do quy chế Hội đồng quyết định theo đa số; mặc định tính trên tổng số thành viên.',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  quorumNumerator: {
    reason: 'Không có văn bản trung ương cho cấp xã; mặc định họp khi có từ 2/3 thành viên, theo quy chế của tỉnh, thành phố nếu có.',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  quorumDenominator: {
    reason: 'Mẫu số của tỷ lệ thành viên dự họp tối thiểu (mặc định 2/3).',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  awardSessionQuorumPercent: {
    reason: 'Một số tỉnh, thành phố yêu cầu phiên xét khen thưởng có từ 80 % thành viên dự; mặc định không áp dụng.',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  cstdcsMaxShareOfLdtt: {
    reason: 'Giới hạn CSTĐCS ≤ 15 % số LĐTT (NĐ 91/2017) đã bỏ; Luật 2022 không đặt giới hạn. Tỉnh, thành phố hoặc ngành có thể đặt lại.',
    reference: 'Luật TĐKT 2022',
  },
  memberLdttSharePercent: {
    reason: 'Tập thể lao động tiên tiến và xuất sắc cần từ 70 % thành viên đạt Lao động tiên tiến.',
    reference: 'Luật TĐKT 2022 Đ27, Đ28',
  },
  womenPriorityCollectiveSharePercent: {
    reason: 'Khi ngang nhau, ưu tiên nữ hoặc tập thể có từ 70 % nữ.',
    reference: 'NĐ 152/2025 Đ4',
  },
  cstdTinhConsecutiveCstdcsYears: {
    reason: 'CSTĐ cấp tỉnh xét trong số người có 3 lần liên tục đạt CSTĐCS.',
    reference: 'Luật TĐKT 2022 Đ22',
  },
  bangKhenConsecutiveCstdcsYears: {
    reason: 'Bằng khen của Chủ tịch UBND cấp tỉnh: một căn cứ thường gặp là 2 năm liên tục đạt CSTĐCS; tỉnh, thành phố quy định cụ thể.',
    reference: 'Luật TĐKT 2022 Đ74',
  },
  ttldxsBarsDisciplinedMembers: {
    reason: 'Nhiều tỉnh, thành phố không xét TTLĐXS cho tập thể có thành viên bị kỷ luật từ cảnh cáo trở lên.',
    reference: 'Luật TĐKT 2022 Đ27',
  },
  personDisciplineBarsTitles: {
    reason: 'Cá nhân bị kỷ luật trong năm thường không được xếp loại từ hoàn thành tốt nhiệm vụ nên không xét danh hiệu; tỉnh, thành phố quy định cụ thể.',
    reference: 'Luật TĐKT 2022 Đ24',
  },
  goodDeedsDueDay: {
    reason: 'Các đơn vị gửi báo cáo Người tốt, việc tốt hằng tháng “trước ngày 15”, tức chậm nhất hết ngày 14; báo cáo đến ngày 15 là muộn. Ô này là ngày cuối còn đúng hạn.',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  goodDeedsYearlyTarget: {
    reason: 'Số điển hình tiên tiến phường cần phát hiện, bồi dưỡng mỗi năm; tỉnh, thành phố có thể đặt chỉ tiêu riêng (mặc định 5 mỗi xã, phường).',
    reference: 'QĐ 1526/QĐ-TTg',
  },
  publicNoticeDays: {
    reason: 'Công khai danh sách đề nghị tại đơn vị trước khi quyết định; thường 3–5 ngày làm việc.',
    reference: 'Luật TĐKT 2022 Đ84',
  },
  familyPublicNoticeDays: {
    reason: 'Danh sách hộ đề nghị Gia đình văn hóa niêm yết công khai 10 ngày để lấy ý kiến.',
    reference: 'NĐ 86/2023/NĐ-CP Đ7',
  },
  familyReviewDeadline: {
    reason: 'Bình xét Gia đình văn hóa hoàn thành trước ngày 25/11 hằng năm; ứng dụng cảnh báo khi thời gian niêm yết kết thúc sau ngày này.',
    reference: 'NĐ 86/2023/NĐ-CP Đ7',
  },
  familyDecisionDays: {
    reason: 'Chủ tịch UBND cấp xã quyết định công nhận Gia đình văn hóa trong 10 ngày kể từ ngày nhận đủ hồ sơ.',
    reference: 'NĐ 86/2023/NĐ-CP Đ7',
  },
  upwardDeadline: {
    reason: 'Hồ sơ khen thưởng tổng kết năm gửi Sở Nội vụ trước mốc ngày do tỉnh, thành phố quy định (mặc định 10/12).',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  upwardThematicLeadDays: {
    reason: 'Khen thưởng chuyên đề: hồ sơ gửi chậm nhất 10 ngày trước lễ tổng kết (mặc định).',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  upwardDossier: {
    reason: 'Cấp trên nhận hồ sơ điện tử gồm tệp Word và tệp PDF kèm bản giấy (khen thưởng cấp Nhà nước), hoặc chỉ tệp PDF qua hệ thống của tỉnh, hoặc bản giấy; số bộ bản giấy theo quy định của tỉnh, thành phố.',
    reference: 'QĐ 311/QĐ-BNV 2025; NĐ 30/2020 Đ15',
  },
  baseSalaryHistory: {
    reason: 'Tiền thưởng tính theo mức lương cơ sở có hiệu lực vào ngày ký quyết định: 2.340.000 đ từ 01/7/2024; 2.530.000 đ từ 01/7/2026 (chưa kiểm chứng).',
    reference: 'NĐ 73/2024; NĐ 161/2026; NĐ 152/2025 Đ49.2',
  },
  rewardCoefficients: {
    reason: 'Hệ số nhân mức lương cơ sở theo từng danh hiệu, hình thức; hộ gia đình bằng 1,5 lần mức của cá nhân. Gia đình văn hóa không có mức trong bảng nên mặc định không chi.',
    reference: 'NĐ 152/2025 Đ49–54',
  },
  classificationBands: {
    reason: 'Không có thang xếp loại quốc gia; các mức mặc định chỉ là ví dụ để sửa theo bộ tiêu chí của năm.',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  tieBreakOrder: {
    reason: 'Khi bằng điểm: điểm nhóm tiêu chí chính, rồi ít điểm trừ, rồi ưu tiên nữ, cuối cùng Hội đồng biểu quyết. Hội đồng chọn và công bố thứ tự.',
    reference: 'NĐ 152/2025 Đ4',
  },
  dossierChecklists: {
    reason: 'Thành phần hồ sơ cấp xã do tỉnh, thành phố quy định; mặc định theo Luật và các thủ tục hành chính hiện hành.',
    reference: 'Luật TĐKT 2022 Đ84.1; NĐ 152/2025 Đ6.2.c; QĐ 638/QĐ-BNV; NĐ 86/2023 Đ7',
  },
  nameSortOrder: {
    reason: 'Danh sách xếp theo tên, rồi tên đệm, rồi họ; một số nơi xếp theo tên rồi "họ và tên đệm".',
    reference: 'Quy tắc sắp xếp tiếng Việt',
  },
  registrationRequiredBy: {
    reason: 'Đăng ký thi đua không còn là điều kiện xét danh hiệu; chỉ khi văn bản của tỉnh, thành phố yêu cầu thì ghi trích dẫn văn bản đó để ứng dụng nhắc khi đơn vị chưa đăng ký.',
    reference: 'Luật TĐKT 2022 Đ7',
  },
  documentNumbering: {
    reason: 'Số văn bản bắt đầu từ 01 mỗi năm, không trùng theo cơ quan ban hành; nhiều nơi lập sổ riêng cho từng loại văn bản.',
    reference: 'NĐ 30/2020 Đ15; PL I §II.3',
  },
  naming: {
    reason: 'Tên danh hiệu, hình thức theo cấp trên là tỉnh hay thành phố trực thuộc trung ương, và theo phường hay xã.',
    reference: 'Luật Tổ chức CQĐP 72/2025/QH15',
  },
  ruleReferences: {
    reason: 'Điều khoản quy chế thi đua, khen thưởng của tỉnh, thành phố mà từng quy định viện dẫn; lấy từ gói quy định của tỉnh, thành phố.',
    reference: NEUTRAL_REGULATION_REFERENCE,
  },
  localTitles: {
    reason: 'Danh hiệu, hình thức riêng của tỉnh, thành phố với điều kiện, ngưỡng phiếu và mức thưởng do quy chế của tỉnh, thành phố quy định; lấy từ gói quy định.',
    reference: 'NĐ 152/2025 Đ6.2.c',
  },
  titleDeadlines: {
    reason: 'Tỉnh, thành phố có thể đặt hạn gửi hồ sơ riêng cho từng danh hiệu, hình thức; lấy từ gói quy định.',
    reference: 'NĐ 152/2025 Đ6.2.c',
  },
  documentBases: {
    reason: 'Căn cứ ban hành viết thống nhất một dạng “Căn cứ <loại> số … ngày … của … <trích yếu>;”; tỉnh, thành phố ban hành quy chế thi đua, khen thưởng riêng (nhập ở Thông tin chung) và được trích sau các căn cứ này.',
    reference: 'NĐ 30/2020 PL I §II.8.b; NĐ 152/2025 Đ6.2.c',
  },
  documentRecipients: {
    reason: 'Nơi nhận gồm nơi thi hành, nơi để báo cáo hoặc biết (b/c), dòng cuối “Lưu: VT, …”. Có thể dùng {phường}, {Hội đồng}, {Hội đồng cấp trên} để phần mềm điền tên.',
    reference: 'NĐ 30/2020 PL I §II.9',
  },
};

/** Which citable rule a setting belongs to, so its reference follows the ward's own regulation. */
const SETTING_RULE: Partial<Record<keyof WardSettings, RuleReferenceKey>> = {
  ballotThresholdPercent: 'ballotThreshold',
  quorumNumerator: 'quorum',
  quorumDenominator: 'quorum',
  awardSessionQuorumPercent: 'awardSessionQuorum',
  memberLdttSharePercent: 'memberLdttShare',
  bangKhenConsecutiveCstdcsYears: 'bangKhen',
  ttldxsBarsDisciplinedMembers: 'ttldxs',
  personDisciplineBarsTitles: 'personDiscipline',
  goodDeedsDueDay: 'goodDeeds',
  upwardDeadline: 'upwardDeadline',
  upwardThematicLeadDays: 'upwardDeadline',
  dossierChecklists: 'dossier',
};

/**
 * The reference shown beside a setting: the ward's regulation article when its pack cites one (with
 * the law's article when the default names a law), else the default's own reference.
 */
export function settingReference(settings: Pick<WardSettings, 'ruleReferences'>, key: keyof WardSettings): string {
  const rule = SETTING_RULE[key];
  const own = SETTING_REASONS[key].reference;
  const province = rule ? settings.ruleReferences[rule]?.trim() : undefined;
  if (!province) return own;
  return own === NEUTRAL_REGULATION_REFERENCE ? province : `${own}; ${province}`;
}

export type SettingsIssue = { field: keyof WardSettings; message: string };

/** What is wrong with a list of bands (the ward's, or a criteria set's own), or null when usable. */
export function classificationBandsProblem(bands: readonly ClassificationBand[]): string | null {
  const ok = bands.length > 0 && bands.every((b, i) => b.label.trim() && Number.isFinite(b.minScore) && (i === 0 || b.minScore < bands[i - 1].minScore));
  return ok ? null : 'Các mức xếp loại cần có tên và điểm tối thiểu giảm dần, không trùng.';
}

const isPercent = (n: number) => Number.isFinite(n) && n > 0 && n <= 100;

/** Checks values a user typed into the settings screen; an empty list means usable. */
export function validateSettings(s: WardSettings): SettingsIssue[] {
  const issues: SettingsIssue[] = [];
  const add = (field: keyof WardSettings, message: string) => issues.push({ field, message });
  for (const [code, pct] of Object.entries(s.ballotThresholdPercent)) {
    if (!isPercent(pct)) add('ballotThresholdPercent', `Ngưỡng phiếu của ${code} phải trong khoảng (0; 100].`);
  }
  if (!(Number.isInteger(s.quorumNumerator) && Number.isInteger(s.quorumDenominator) && s.quorumNumerator > 0 && s.quorumNumerator <= s.quorumDenominator)) {
    add('quorumNumerator', 'Tỷ lệ dự họp phải là phân số dương không lớn hơn 1 (ví dụ 2/3).');
  }
  if (s.awardSessionQuorumPercent !== null && !isPercent(s.awardSessionQuorumPercent)) {
    add('awardSessionQuorumPercent', 'Tỷ lệ dự phiên xét khen thưởng phải trong khoảng (0; 100].');
  }
  if (s.cstdcsMaxShareOfLdtt !== null && !isPercent(s.cstdcsMaxShareOfLdtt)) {
    add('cstdcsMaxShareOfLdtt', 'Tỷ lệ tối đa CSTĐCS/LĐTT phải trong khoảng (0; 100].');
  }
  if (!isPercent(s.memberLdttSharePercent)) add('memberLdttSharePercent', 'Tỷ lệ LĐTT phải trong khoảng (0; 100].');
  if (!(Number.isInteger(s.familyPublicNoticeDays) && s.familyPublicNoticeDays >= 1 && s.familyPublicNoticeDays <= 60)) {
    add('familyPublicNoticeDays', 'Số ngày niêm yết phải là số nguyên từ 1 đến 60.');
  }
  if (!(Number.isInteger(s.familyDecisionDays) && s.familyDecisionDays >= 1 && s.familyDecisionDays <= 60)) {
    add('familyDecisionDays', 'Số ngày ra quyết định phải là số nguyên từ 1 đến 60.');
  }
  if (!(Number.isInteger(s.goodDeedsDueDay) && s.goodDeedsDueDay >= 1 && s.goodDeedsDueDay <= 28)) {
    add('goodDeedsDueDay', 'Hạn nộp báo cáo phải là ngày từ 1 đến 28.');
  }
  const upward = s.upwardDossier;
  if (!Object.hasOwn(UPWARD_FORMAT_LABELS, upward.format) || !(Number.isInteger(upward.paperCopies) && upward.paperCopies >= 0 && upward.paperCopies <= 20)) {
    add('upwardDossier', 'Hình thức gửi hồ sơ lên cấp trên không hợp lệ (số bộ bản giấy từ 0 đến 20).');
  }
  for (const field of ['familyReviewDeadline', 'upwardDeadline'] as const) {
    if (!/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s[field])) add(field, 'Mốc ngày phải có dạng MM-DD.');
  }
  const steps = s.baseSalaryHistory;
  if (steps.length === 0) add('baseSalaryHistory', 'Cần ít nhất một mức lương cơ sở.');
  if (steps.some((step, i) => !(step.amount > 0) || (i > 0 && step.from <= steps[i - 1].from))) {
    add('baseSalaryHistory', 'Mức lương cơ sở phải dương và xếp theo ngày hiệu lực tăng dần, không trùng ngày.');
  }
  const bandsProblem = classificationBandsProblem(s.classificationBands);
  if (bandsProblem) add('classificationBands', bandsProblem);
  if (new Set(s.tieBreakOrder).size !== s.tieBreakOrder.length) add('tieBreakOrder', 'Mỗi tiêu chí phụ chỉ dùng một lần.');
  for (const bases of Object.values(s.documentBases)) {
    const problem = basesProblem(bases);
    if (problem) add('documentBases', problem);
  }
  for (const lines of Object.values(s.documentRecipients)) {
    const problem = recipientsProblem(lines);
    if (problem) add('documentRecipients', problem);
  }
  return issues;
}
