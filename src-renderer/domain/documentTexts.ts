/**
 * The "Căn cứ" lines and the Nơi nhận lines of the documents the ward issues, as ward data with
 * defaults: provinces cite their instruments and send copies in their own way (NĐ 152/2025 Đ6.2.c;
 * ND 30/2020 PL I §II.8.b, §II.9), so a ward follows its province's practice without code.
 */
import type { ProvinceRegulation } from './province';
import { formatLongDate, lowerFirst } from './text';
import type { DocumentKind } from './vocabulary';

/** A legal instrument cited in a "Căn cứ" line. */
export interface LegalBasis {
  /** "Luật Thi đua, khen thưởng", "Nghị định", "Thông tư", "Quyết định". */
  type: string;
  /** "152/2025/NĐ-CP"; empty for a law, which is cited by its name and date. */
  number: string;
  /** ISO date of issue (a law: the date it was passed). */
  date: string;
  /** "Chính phủ", "Bộ trưởng Bộ Nội vụ"; empty for a law. */
  issuer: string;
  /** Trích yếu as the instrument names itself ("quy định …", "ban hành …"); may be empty. */
  title: string;
}

/** Documents that open with Căn cứ lines. */
export type BasesKind = 'decision' | 'submission' | 'movementPlan';

/** Documents that close with a Nơi nhận. */
export type RecipientsKind = Extract<DocumentKind, 'decision' | 'submission' | 'meetingMinutes' | 'voteCountMinutes' | 'goodDeedsLetter' | 'annualReport' | 'movementPlan'>;

export const BASES_KINDS: readonly BasesKind[] = ['decision', 'submission', 'movementPlan'];
export const RECIPIENTS_KINDS: readonly RecipientsKind[] = ['decision', 'submission', 'meetingMinutes', 'voteCountMinutes', 'goodDeedsLetter', 'annualReport', 'movementPlan'];

/** "Căn cứ <loại> số … ngày … của … <trích yếu>", the one form every line takes (punctuation added by the builder). */
export function basisLine(basis: LegalBasis): string {
  const parts = [
    `Căn cứ ${basis.type.trim()}`,
    basis.number.trim() && `số ${basis.number.trim()}`,
    formatLongDate(basis.date),
    basis.issuer.trim() && `của ${basis.issuer.trim()}`,
    basis.title.trim(),
  ];
  return parts.filter(Boolean).join(' ');
}

const SYMBOL_TYPES: readonly [RegExp, string][] = [
  [/\/NQ-/u, 'Nghị quyết'],
  [/\/CT-/u, 'Chỉ thị'],
  [/\/KH-/u, 'Kế hoạch'],
];

/**
 * The province's regulation as a basis; its type read from the symbol ("09/2024/QĐ-UBND" → Quyết
 * định), its trích yếu in running text ("Ban hành Quy chế …" → "ban hành Quy chế …").
 */
export function regulationBasis(regulation: ProvinceRegulation): LegalBasis {
  const type = SYMBOL_TYPES.find(([symbol]) => symbol.test(regulation.number))?.[1] ?? 'Quyết định';
  const title = regulation.title.trim();
  return { type, number: regulation.number, date: regulation.date, issuer: regulation.issuer, title: lowerFirst(title) };
}

const LOCAL_GOVERNMENT_LAW: LegalBasis = {
  type: 'Luật Tổ chức chính quyền địa phương', number: '', date: '2025-06-16', issuer: '', title: '',
};
const EMULATION_LAW: LegalBasis = { type: 'Luật Thi đua, khen thưởng', number: '', date: '2022-06-15', issuer: '', title: '' };
const ND_152: LegalBasis = {
  type: 'Nghị định',
  number: '152/2025/NĐ-CP',
  date: '2025-06-14',
  issuer: 'Chính phủ',
  title: 'quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
};
const TT_15: LegalBasis = {
  type: 'Thông tư',
  number: '15/2025/TT-BNV',
  date: '2025-08-04',
  issuer: 'Bộ trưởng Bộ Nội vụ',
  title: 'quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
};
// NĐ 129/2025 Đ59 gives the commune chairman the titles it decides; its date is the June 2025 batch's.
const ND_129: LegalBasis = {
  type: 'Nghị định',
  number: '129/2025/NĐ-CP',
  date: '2025-06-11',
  issuer: 'Chính phủ',
  title: 'quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ',
};

/**
 * Bases as the provinces wrote them in 2025 (DOMAIN.md §1, §5 T1/T5): ND 152 by its real title, TT 15
 * right after it, ND 129 with its date. The province's regulation follows from the ward profile.
 */
export const DEFAULT_DOCUMENT_BASES: Record<BasesKind, LegalBasis[]> = {
  decision: [LOCAL_GOVERNMENT_LAW, EMULATION_LAW, ND_152, TT_15, ND_129],
  submission: [EMULATION_LAW, ND_152, TT_15, ND_129],
  // A plan rests on the law that sets its parts and forms (Luật TĐKT 2022 Điều 16, 17) and its implementing texts.
  movementPlan: [LOCAL_GOVERNMENT_LAW, EMULATION_LAW, ND_152, TT_15],
};

/**
 * Placeholders a Nơi nhận line may hold, filled from the ward profile: the ward's generic word
 * ("phường", "xã", "đặc khu"), its council, the upper level's council.
 */
export const RECIPIENT_PLACEHOLDERS = {
  ward: '{phường}',
  council: '{Hội đồng}',
  upperCouncil: '{Hội đồng cấp trên}',
} as const;

const FILED = 'Lưu: VT, VHXH';
const PARTY_AND_COUNCIL = 'Thường trực Đảng ủy, HĐND {phường} (b/c)';

/** Who gets a copy, per document type: those informed ("(b/c)") before "Lưu: VT, …" (ND 30/2020 PL I §II.9). */
export const DEFAULT_DOCUMENT_RECIPIENTS: Record<RecipientsKind, string[]> = {
  decision: ['Như Điều 3', PARTY_AND_COUNCIL, 'Chủ tịch, các Phó Chủ tịch UBND {phường}', FILED],
  submission: ['Như trên', PARTY_AND_COUNCIL, FILED],
  meetingMinutes: ['Thành viên {Hội đồng}', FILED],
  voteCountMinutes: ['{Hội đồng}', FILED],
  goodDeedsLetter: ['Như trên', PARTY_AND_COUNCIL, FILED],
  annualReport: ['{Hội đồng cấp trên}', PARTY_AND_COUNCIL, 'Chủ tịch, các Phó Chủ tịch UBND {phường}', FILED],
  movementPlan: ['{Hội đồng cấp trên}', PARTY_AND_COUNCIL, 'Ủy ban MTTQ Việt Nam {phường}', 'Các cơ quan, đơn vị trên địa bàn {phường}', FILED],
};

export interface RecipientContext {
  /** "phường", "xã", "đặc khu". */
  wardWord: string;
  councilName: string;
  upperCouncilName: string;
}

/** The lines as printed: placeholders filled; a line left empty by its placeholder is dropped. */
export function fillRecipients(lines: readonly string[], ctx: RecipientContext): string[] {
  return lines
    .map((line) =>
      line
        .replaceAll(RECIPIENT_PLACEHOLDERS.upperCouncil, ctx.upperCouncilName)
        .replaceAll(RECIPIENT_PLACEHOLDERS.council, ctx.councilName)
        .replaceAll(RECIPIENT_PLACEHOLDERS.ward, ctx.wardWord)
        .trim(),
    )
    .filter((line) => line.length > 0);
}

/** What is wrong with a list of bases a user edited, in Vietnamese; null when usable. */
export function basesProblem(bases: readonly LegalBasis[]): string | null {
  for (const [i, b] of bases.entries()) {
    if (!b.type.trim()) return `Căn cứ thứ ${i + 1}: chưa ghi loại văn bản (Luật, Nghị định, Thông tư…).`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(b.date) || Number.isNaN(Date.parse(b.date))) return `Căn cứ thứ ${i + 1}: ngày ban hành không hợp lệ.`;
  }
  return null;
}

/** What is wrong with Nơi nhận lines a user edited; null when usable. */
export function recipientsProblem(lines: readonly string[]): string | null {
  if (lines.some((l) => !l.trim())) return 'Dòng nơi nhận không được để trống.';
  if (lines.length > 0 && !/^Lưu\b/u.test(lines[lines.length - 1].trim())) return 'Dòng cuối của nơi nhận là “Lưu: VT, …”.';
  return null;
}
