/**
 * Page geometry and type sizes of ND 30/2020/NĐ-CP Phụ lục I (DOMAIN.md §6).
 * Lengths are twips (1/20 pt); sizes are points, converted to docx half-points by `halfPoints`.
 */

/** Millimetres to twips, rounded: docx's own convertMillimetersToTwip floors (A4 would be 11905). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** A4 210 × 297 mm. */
export const A4 = { width: mmToTwip(210), height: mmToTwip(297) } as const;

/** Margins: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; we take the lower bound of each. */
export const MARGINS = {
  top: mmToTwip(20),
  bottom: mmToTwip(20),
  left: mmToTwip(30),
  right: mmToTwip(15),
  // The page number sits in the top margin, 12,5 mm from the edge.
  header: mmToTwip(12.5),
  footer: mmToTwip(10),
} as const;

export type Orientation = 'portrait' | 'landscape';

/** Width between the margins: 9355 twips portrait, 14287 landscape. */
export function textWidth(orientation: Orientation): number {
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height;
  return pageWidth - MARGINS.left - MARGINS.right;
}

/** Type sizes in points, per element (ND 30 PL I §II). */
export const SIZE = {
  agency: 12, // tên cơ quan chủ quản 12–13
  issuer: 12, // tên cơ quan ban hành 12–13 bold
  nationalTitle: 12, // quốc hiệu 12–13 bold; 12 keeps it on one line in the 64 % column
  motto: 13, // tiêu ngữ 13–14 bold
  number: 13, // "Số:" 13
  subjectLine: 12, // "V/v …" of a công văn 12–13
  placeDate: 14, // 13–14 italic
  title: 14, // 13–14 bold caps
  body: 14, // 13–14
  signature: 14, // 13–14 bold
  recipientsLabel: 12, // "Nơi nhận:" 12 bold italic
  recipients: 11, // 11
  pageNumber: 13, // 13–14
  table: 12,
  annexLabel: 14, // "Phụ lục I" 14 bold
} as const;

export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/**
 * Body paragraphs: first-line indent 1 cm, 6 pt after, line spacing 1,15 (ND 30: single to 1,5). The
 * paragraphs say lineRule "auto" outright: without it LibreOffice reads 276 as exactly 13,8 pt, not 1,15 lines.
 */
export const BODY = {
  firstLineIndent: mmToTwip(10),
  spacingAfter: 120,
  line: 276,
} as const;

/** Default share of the header's left column; header.ts widens it when a name line needs more. */
export const HEADER_LEFT_SHARE = 0.4;

/**
 * How far the header table may reach into the left margin (1 cm of its 3 cm) so a name line such as
 * "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG" (12 pt bold, 7,7 cm) stays on one line beside the national title.
 */
export const HEADER_MAX_OVERHANG = mmToTwip(10);
