/**
 * Plain models of the official documents (DOMAIN.md §5 templates T1–T10, layout §6).
 * `data/` assembles them from records; `documents/` builders turn them into .docx.
 * This file imports no docx, so screens may import it eagerly: the builders load lazily.
 *
 * Conventions: civil dates are ISO `YYYY-MM-DD`, clock times `HH:mm`; texts are NFC and written
 * as they should print, except where a field says the builder capitalises or punctuates it.
 */

import type { SubjectKind } from '../domain/vocabulary';
import type { YearFigures } from '../domain/yearFigures';

/** Left column of the header (ND 30/2020 PL I §II.2): agency over issuing body, one string per line. */
export interface IssuerHeader {
  /** Tên cơ quan chủ quản, printed in caps regular; empty when there is none (ỦY BAN NHÂN DÂN cấp xã). */
  agency: string[];
  /** Tên cơ quan ban hành, printed in caps bold, with the short rule beneath. */
  issuer: string[];
  /** The issuer as it reads in running text, e.g. "Ủy ban nhân dân phường Ninh Hà" (annex references). */
  issuerName: string;
}

/** Where and when a document is issued: "Ninh Hà, ngày 05 tháng 3 năm 2026" (ND 30 PL I §II.4). */
export interface IssuePlaceDate {
  /** Địa danh: the ward's name without "phường/xã", unless numbered ("Phường 12"). */
  place: string;
  date: string;
}

/** "Số: 05/TTr-UBND": the number and symbol, formatted by the register (domain `formatDocumentNumber`). */
export interface NumberedDocument extends IssuePlaceDate {
  header: IssuerHeader;
  /** Number and symbol without "Số:", e.g. "05/TTr-UBND". */
  numberText: string;
}

/**
 * Signature block (ND 30 PL I §II.7): "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH / … / Nguyễn Văn An".
 * Printed in caps bold except the name.
 */
export interface Signature {
  /** Signing on behalf of: TM. (a collective), KT. (deputy for the head), TL., TUQ., Q. */
  mandate?: { prefix: 'TM.' | 'KT.' | 'TL.' | 'TUQ.' | 'Q.'; of: string };
  /** Post of the signer, e.g. "CHỦ TỊCH", "THƯ KÝ"; "\n" breaks a long one ("THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN"). */
  title: string;
  /** Full name, without academic titles; empty leaves the line to be written by hand. */
  name: string;
}

/**
 * A block of running text.
 * - a string: a paragraph, justified with a first-line indent;
 * - `heading`: a bold section heading ("I. KẾT QUẢ …", "1. Thời gian");
 * - `lead` + `text`: a bold lead-in followed by regular text on the same line ("Điều 1. …");
 * - `items`: lines introduced by a dash, the way lists are typed in official documents.
 */
export type BodyBlock = string | { heading: string } | { lead: string; text: string } | { items: string[] };

/** One row of a nominee list (danh sách kèm theo tờ trình / quyết định). */
export interface NomineeRow {
  /** Họ và tên / tên tập thể / chủ hộ. */
  name: string;
  /** Chức vụ, đơn vị — or the address for households. */
  positionUnit: string;
  /** Danh hiệu / hình thức đề nghị, e.g. "Chiến sĩ thi đua cơ sở". */
  award: string;
  /** Tóm tắt thành tích (short). */
  achievement: string;
  /** Reward in đồng (decision lists only), already computed by domain money rules (NĐ 152/2025 Đ49). */
  amount?: number;
  /** The coefficient the amount was computed with (× the decision's base salary). */
  coefficient?: number;
  note?: string;
}

/** Rows of one subject kind: groups print in the order I. Tập thể, II. Cá nhân, III. Hộ gia đình. */
export interface NomineeGroup {
  kind: SubjectKind;
  rows: NomineeRow[];
}

/** The list attached to a tờ trình or a quyết định, printed on its own pages. */
export interface NomineeList {
  /** Caps title, e.g. "DANH SÁCH ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM 2026". */
  title: string;
  groups: NomineeGroup[];
}

/** T1 Tờ trình đề nghị khen thưởng + danh sách (ND 30 Mẫu 1.4; NĐ 152/2025 Mẫu 01). */
export interface SubmissionModel extends NumberedDocument {
  /** Trích yếu under "TỜ TRÌNH", e.g. "Về việc đề nghị tặng danh hiệu …". */
  summary: string;
  /** "Kính gửi:" lines; several print as a dashed list. */
  addressees: string[];
  /** Căn cứ lines, printed italic; the builder adds ";" / "." at the ends. */
  bases: string[];
  body: BodyBlock[];
  /** Nơi nhận lines without the dash and end punctuation, the last being "Lưu: VT, VHXH". */
  recipients: string[];
  signature: Signature;
  list: NomineeList;
}

/** A council member or guest as named in minutes. */
export interface Attendee {
  name: string;
  /** Chức vụ, or the role in the council. */
  role: string;
}

export interface AbsentMember extends Attendee {
  reason: string;
  /** Gave a written opinion, which counts in ballots (NĐ 98/2023 Đ30.7, DOMAIN.md §4). */
  writtenOpinion: boolean;
}

/**
 * One nominee's ballot result, as counted in a biên bản kiểm phiếu: the secret ballot papers and the
 * absent members' written opinions are counted apart, then added against the total membership
 * ("8 phiếu đồng ý + 1 ý kiến bằng văn bản = 9/9 thành viên").
 */
export interface VoteResultRow {
  name: string;
  positionUnit: string;
  award: string;
  /** Ballot papers marked "Đồng ý" (secret ballot only). */
  agree: number;
  /** Ballot papers marked "Không đồng ý". */
  disagree: number;
  /** Absent members' written opinions agreeing (NĐ 98/2023 Đ30.7 practice), not ballot papers. */
  writtenAgree: number;
  writtenDisagree: number;
  /** (agree + writtenAgree) ÷ the council's TOTAL membership (DOMAIN.md §4), computed by domain ballots. */
  agreeShare: number;
  passed: boolean;
}

/** What both kinds of biên bản open with: the council's header, its own number series, time and place. */
export interface MinutesHeading extends IssuePlaceDate {
  header: IssuerHeader;
  /** e.g. "03/BB-HĐTĐKT" (ND 30 PL I §II.3.a). */
  numberText: string;
  /** Trích yếu under "BIÊN BẢN", e.g. "Họp Hội đồng Thi đua - Khen thưởng phường xét khen thưởng năm 2026". */
  summary: string;
  /** When the meeting (T2) or the counting (T4) began and ended, `HH:mm`; "" prints a dotted blank to fill in. */
  startTime: string;
  endTime: string;
  /** Địa điểm. */
  venue: string;
}

/** T2 Biên bản họp Hội đồng (ND 30 Mẫu 1.9): the council's own number series and its place-date line. */
export interface MeetingMinutesModel extends MinutesHeading {
  totalMembers: number;
  present: Attendee[];
  absent: AbsentMember[];
  guests: Attendee[];
  chair: Attendee;
  secretary: Attendee;
  /** Nội dung: reports heard, discussion, vote method. */
  proceedings: BodyBlock[];
  /** Ballot results summarised in the minutes (details in the biên bản kiểm phiếu); empty when none. */
  voteResults: VoteResultRow[];
  /** Percentage the title needs, e.g. 80 for CSTĐCS. */
  passThresholdPercent: number;
  conclusions: BodyBlock[];
  recipients: string[];
  /** Names under THƯ KÝ (left) and CHỦ TỌA (right). */
  secretarySignature: Signature;
  chairSignature: Signature;
}

/** One line of a ballot paper. */
export interface BallotCandidate {
  name: string;
  positionUnit: string;
}

/** T3 Phiếu bầu: no number, no voter's name (secret ballot). */
export interface BallotPaperModel extends IssuePlaceDate {
  header: IssuerHeader;
  /** Under "PHIẾU BẦU", e.g. "Danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026". */
  summary: string;
  candidates: BallotCandidate[];
  /** How to mark the ballot; printed italic under the table. */
  instruction: string;
}

/** T4 Biên bản kiểm phiếu. */
export interface VoteCountMinutesModel extends MinutesHeading {
  /** Ban kiểm phiếu; the first is its head (Trưởng ban). */
  countingBoard: Attendee[];
  totalMembers: number;
  ballotsIssued: number;
  ballotsReturned: number;
  ballotsValid: number;
  ballotsInvalid: number;
  /** Why invalid ballots were invalid; empty when none were. */
  invalidReason: string;
  /** Absent members who gave a written opinion: counted apart from the papers, added in the result. */
  writtenOpinions: string[];
  passThresholdPercent: number;
  results: VoteResultRow[];
  recipients: string[];
  /** Signatures of the counting board, printed in pairs across the page. */
  boardSignatures: Signature[];
}

/** T5 Quyết định khen thưởng + danh sách có số tiền (ND 30 Mẫu 1.2): one decision per form or title. */
export interface DecisionModel extends NumberedDocument {
  /** The one form or title it awards (the certificates' template); absent on decisions issued before certificates. */
  titleCode?: string;
  /** e.g. "Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026". */
  summary: string;
  /** Thẩm quyền ban hành, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ". */
  authority: string;
  /** Who decides, as the list's "(Kèm theo …)" line names them: "Chủ tịch UBND phường Ninh Hà". */
  decidedBy: string;
  bases: string[];
  /**
   * Điều 1, Điều 2 … in order; the builder numbers them and prints "Điều N." bold. The last article
   * (effect and who carries it out) is one paragraph: nothing unnumbered follows it.
   */
  articles: BodyBlock[][];
  /** Mức lương cơ sở the list's amounts were computed with (in force on the decision date); null when none is paid. */
  baseSalary: number | null;
  recipients: string[];
  signature: Signature;
  list: NomineeList;
}

/** An earlier award, for the tables of a báo cáo thành tích. */
export interface AwardRecord {
  year: number;
  /** Danh hiệu or hình thức. */
  award: string;
  /** "Số 12/QĐ-UBND ngày 20/12/2025 của Chủ tịch UBND phường Ninh Hà". */
  decision: string;
}

/** A labelled fact of the report's first part; an empty value leaves a dotted line to fill in by hand. */
export interface ReportField {
  label: string;
  value: string;
}

/** Common skeleton of T6 and T7 (NĐ 152/2025 Mẫu 04/05 style). */
export interface AchievementReport extends IssuePlaceDate {
  /** The award proposed, e.g. "danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026". */
  proposedAward: string;
  /** Part I facts. */
  profile: ReportField[];
  /** Part II.1: duties and functions. */
  duties: BodyBlock[];
  /** Part II.2: results, initiatives (with recognition no./date), movements. */
  achievements: BodyBlock[];
  titles: AwardRecord[];
  commendations: AwardRecord[];
}

/** T6 Báo cáo thành tích cá nhân, prefilled from the person and the award history. */
export interface PersonalReportModel extends AchievementReport {
  /** Signs as NGƯỜI BÁO CÁO THÀNH TÍCH. */
  reporterName: string;
  /** THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ. */
  unitHeadSignature: Signature;
}

/** T7 Báo cáo thành tích tập thể. */
export interface CollectiveReportModel extends AchievementReport {
  header: IssuerHeader;
  /** The unit's head, who signs the report (THỦ TRƯỞNG ĐƠN VỊ). */
  unitHeadSignature: Signature;
}

/** One unit's line of the score summary (DOMAIN.md §7: total = council + bonus − deductions). */
export interface ScoreRow {
  unit: string;
  selfScore: number | null;
  councilScore: number | null;
  bonus: number;
  deduction: number;
  total: number | null;
  /** Rank in the block; equal totals share a rank. */
  rank: number | null;
  classification: string;
  proposal: string;
  note?: string;
}

export interface ScoreBlock {
  /** Khối thi đua, e.g. "Khối Tổ dân phố". */
  name: string;
  rows: ScoreRow[];
}

/** T8 Bảng tổng hợp điểm thi đua (landscape, ND 30 PL I §I.2). */
export interface ScoreTableModel extends IssuePlaceDate {
  header: IssuerHeader;
  title: string;
  /** Line under the title, e.g. "Năm 2026 (theo Bộ tiêu chí ban hành kèm theo …)". */
  summary: string;
  blocks: ScoreBlock[];
  /** The tie-break rule the council chose, stated under the table (DOMAIN.md §7). */
  tieBreakNote: string;
  preparerSignature: Signature;
  chairSignature: Signature;
}

/** One typical example (điển hình tiên tiến / người tốt, việc tốt) for forwarding upward. */
export interface GoodDeedRow {
  name: string;
  /** "1978, Nữ" for a person; empty for a collective. */
  birthYearGender: string;
  addressUnit: string;
  field: string;
  deed: string;
  introducedBy: string;
  /** Đã tuyên truyền: channel, date, link. */
  publicity: string;
  note?: string;
}

/** T9 Công văn giới thiệu điển hình + danh sách (ND 30 Mẫu 1.5, "Số: 15/UBND-VHXH"). */
export interface GoodDeedsLetterModel extends NumberedDocument {
  /** "V/v …" under the number, without the "V/v " prefix. */
  summary: string;
  addressees: string[];
  body: BodyBlock[];
  recipients: string[];
  signature: Signature;
  listTitle: string;
  rows: GoodDeedRow[];
}

/** A line of the award statistics of the year. */
export interface AwardCountRow {
  award: string;
  /** Cấp quyết định, e.g. "Chủ tịch UBND phường", "Chủ tịch UBND tỉnh (đề nghị)". */
  decidedBy: string;
  collectives: number;
  individuals: number;
  households: number;
}

export interface ReportSection {
  heading: string;
  blocks: BodyBlock[];
}

/** T10 Báo cáo tổng kết công tác thi đua, khen thưởng năm ("Số: NN/BC-UBND"). */
export interface AnnualReportModel extends NumberedDocument {
  summary: string;
  /** "Kính gửi:" when reported upward; empty for an internal report. */
  addressees: string[];
  sections: ReportSection[];
  /** Printed as Phụ lục I with its own page numbers. */
  awardCounts: AwardCountRow[];
  recipients: string[];
  signature: Signature;
}

/**
 * Kế hoạch phát động phong trào thi đua ("Số: NN/KH-UBND"): Căn cứ lines, the opening paragraph, then
 * the sections of Luật TĐKT 2022 Điều 17.1 in order (I. Mục tiêu … V. Biện pháp, tổ chức thực hiện).
 */
export interface MovementPlanModel extends NumberedDocument {
  /** Trích yếu: "Phát động phong trào thi đua …". */
  summary: string;
  bases: string[];
  /** The paragraph after the bases: why and in what form the movement is launched. */
  opening: string;
  sections: ReportSection[];
  recipients: string[];
  signature: Signature;
}

/**
 * What the three Gia đình văn hóa documents of a tổ dân phố share (NĐ 86/2023/NĐ-CP Phụ lục IV, Mẫu
 * 01–03): the tổ dân phố issues them under "ỦY BAN NHÂN DÂN / PHƯỜNG …" and its own name, unnumbered,
 * and its Tổ trưởng signs.
 */
export interface CultureDocumentFrame extends IssuePlaceDate {
  header: IssuerHeader;
  /** Trích yếu under the title, e.g. "Xét tặng danh hiệu “Gia đình văn hóa” năm 2026". */
  summary: string;
  body: BodyBlock[];
  /** The Tổ trưởng tổ dân phố; an empty name is written by hand. */
  signature: Signature;
}

/** Mẫu 01: the tổ dân phố's proposal to the ward chairman. */
export interface CultureProposalModel extends CultureDocumentFrame {
  addressees: string[];
  bases: string[];
  recipients: string[];
}

/** A household of the posted list with what residents said of it. */
export interface CultureHouseholdRow {
  name: string;
  address: string;
  comment: string;
}

/**
 * Mẫu 02: the households proposed, posted for residents' comments, with the comments received; `body`
 * prints above the list, and the households withdrawn after the comments in a second list below it.
 */
export interface CultureHouseholdListModel extends CultureDocumentFrame {
  rows: CultureHouseholdRow[];
  withdrawn: CultureHouseholdRow[];
}

/** Mẫu 03: minutes of the tổ dân phố's review meeting (THƯ KÝ left, CHỦ TRÌ right). */
export interface CultureMinutesModel extends CultureDocumentFrame {
  secretary: Signature;
}

/**
 * Biểu 0601–0603 of TT 02/2023/TT-BNV with the ward's own table: statistical forms, not documents of
 * the register (they carry no number and go with the year's report), so no DocumentKind.
 */
export interface YearFiguresModel extends IssuePlaceDate {
  figures: YearFigures;
  /** "Đơn vị báo cáo": the ward's Ủy ban nhân dân. */
  reportingUnit: string;
  /** "Đơn vị nhận báo cáo": the upper level's standing body as the ward profile names it. */
  receivingUnit: string;
  header: IssuerHeader;
  preparer: Signature;
  head: Signature;
}

/** The model each document kind is built from (keyed by the register's DocumentKind). */
export interface DocumentModels {
  submission: SubmissionModel;
  meetingMinutes: MeetingMinutesModel;
  ballotPaper: BallotPaperModel;
  voteCountMinutes: VoteCountMinutesModel;
  decision: DecisionModel;
  personalReport: PersonalReportModel;
  collectiveReport: CollectiveReportModel;
  scoreTable: ScoreTableModel;
  goodDeedsLetter: GoodDeedsLetterModel;
  annualReport: AnnualReportModel;
  movementPlan: MovementPlanModel;
  cultureProposal: CultureProposalModel;
  cultureHouseholdList: CultureHouseholdListModel;
  cultureMinutes: CultureMinutesModel;
}
