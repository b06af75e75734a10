/**
 * Certificates (giấy khen, giấy chứng nhận danh hiệu) printed from a signed decision (issue 17.1).
 * After the chairman's decision the ward's officer writes, stamps and hands out the certificate
 * (QĐ 638/QĐ-BNV 2025). The layout follows the last national template, NĐ 98/2023 Đ104 (repealed on
 * 01/7/2025 with no successor): A4 landscape 297 × 210 mm, quốc hiệu and tiêu ngữ bold black, the
 * awarding authority and the award name caps bold red, bottom left the decision and "Số sổ vàng" —
 * the recipient's order number in the decision's list — bottom right place, date and signer.
 * Lao động tiên tiến carries money only, no certificate (NĐ 98/2023 Đ54.1), so it has no default.
 *
 * Pure: placement in millimetres, shrink-then-wrap with a width measure the caller supplies.
 */
import type { LocalTitleInForce } from './provincePack';
import { formatDateShort, formatPlaceDate, upperVi } from './text';
import { awardCodes, awardTitleInfo, localTitleFor, TITLES, type TitleContext } from './titles';
import { isLocalCode, isNationalCode, localCode, localIdOf, TITLE_CODES, type AwardCode, type SubjectKind } from './vocabulary';

/** 1 mm in PDF points (1 pt = 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** A4 landscape, the colour certificate's page. */
export const A4_LANDSCAPE = { widthMm: 297, heightMm: 210 } as const;

/** The variable fields a certificate prints; on a pre-printed blank these are the only ink. */
export const CERTIFICATE_FIELDS = [
  'recipient', 'positionUnit', 'achievement', 'award', 'decisionNumber', 'decisionDate', 'goldenBook', 'placeDate', 'signer',
] as const;
export type CertificateFieldKey = (typeof CERTIFICATE_FIELDS)[number];

export const FIELD_LABELS: Record<CertificateFieldKey, string> = {
  recipient: 'Họ tên / tên tập thể',
  positionUnit: 'Chức vụ, đơn vị / địa chỉ',
  achievement: 'Thành tích',
  award: 'Danh hiệu, hình thức',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  goldenBook: 'Số sổ vàng',
  placeDate: 'Địa danh, ngày tháng',
  signer: 'Người ký',
};

/** One variable field: a box in millimetres from the page's top-left edge. */
export interface TemplateField {
  key: CertificateFieldKey;
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
  /** The size it prints at when it fits; a long text shrinks to `minSizePt`, then wraps. */
  sizePt: number;
  minSizePt: number;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'center';
  /** Printed red on the colour certificate (the award name); a blank's ink is the printer's. */
  red: boolean;
}

/** What prints in the colour certificate's fixed part, plus the variable fields' boxes. */
export interface CertificateLayout {
  /** "TẶNG" (Giấy khen) or "TẶNG DANH HIỆU" (a title). */
  verb: string;
  /** The big red heading for a form ("GIẤY KHEN"); empty for a title, whose name is the award field. */
  heading: string;
  pageWidthMm: number;
  pageHeightMm: number;
  fields: TemplateField[];
}

/** One recipient line of a decision's list, in print order. */
export interface CertificateRecipient {
  /** Số sổ vàng: the line's position in the decision's list (groups I, II, III in print order, counted through). */
  order: number;
  kind: SubjectKind;
  name: string;
  positionUnit: string;
  achievement: string;
}

interface DecisionListLike {
  groups: readonly { kind: SubjectKind; rows: readonly { name: string; positionUnit: string; achievement: string }[] }[];
}

/** Groups print I. Tập thể, II. Cá nhân, III. Hộ gia đình (the decision's list). */
const PRINT_ORDER: readonly SubjectKind[] = ['unit', 'person', 'household'];

/**
 * The recipients of a decision, numbered as the decision's list reads from top to bottom. The list is
 * stored with the issued decision and never rebuilt, so a reprint finds the same number.
 */
export function decisionRecipients(list: DecisionListLike): CertificateRecipient[] {
  const rows = PRINT_ORDER.flatMap((kind) => list.groups.filter((g) => g.kind === kind).flatMap((g) => g.rows.map((r) => ({ kind, r }))));
  return rows.map(({ kind, r }, i) => ({ order: i + 1, kind, name: r.name, positionUnit: r.positionUnit, achievement: r.achievement }));
}

/**
 * The title or form a decision awards, a province's own ("local:<id>") included. Decisions issued
 * since certificates exist store it; older ones are recognised by the award their list names (one form
 * or title per decision).
 */
export function decisionTitleCode(model: { titleCode?: string; list: { groups: readonly { rows: readonly { award: string }[] }[] } }, context?: TitleContext): AwardCode | null {
  if (model.titleCode && (isNationalCode(model.titleCode) || isLocalCode(model.titleCode))) return model.titleCode;
  const award = model.list.groups.flatMap((g) => g.rows)[0]?.award;
  if (!award) return null;
  return awardCodes(context ?? { localTitles: [] }).find((code) => {
    const info = awardTitleInfo(code, context);
    return award === info.label || award === info.shortLabel || (isNationalCode(code) && award === TITLES[code].label);
  }) ?? null;
}

/**
 * Why a province's own title prints no certificate here, or null when it does. The pack says whether
 * the title carries one (`certificate`) and who confers it: the ward prints only what its chairman
 * confers (NĐ 152/2025 Đ6.2.c lets the province set it, e.g. Hà Nội QĐ 77/2025 “Người tốt, việc tốt”).
 */
export function localCertificateProblem(code: AwardCode, context: Pick<TitleContext, 'localTitles'>): string | null {
  if (!isLocalCode(code)) return null;
  const title = localTitleFor(code, context);
  if (!title) return `Danh hiệu riêng “${localIdOf(code)}” không còn trong quy định đang áp dụng: không có mẫu giấy khen để in.`;
  if (!title.certificate) return `Theo ${title.reference}, “${title.label}” không kèm giấy khen, giấy chứng nhận: không có giấy để in.`;
  if (title.conferredBy !== 'ward') return `“${title.label}” do cấp trên tặng theo ${title.reference}: giấy khen do cấp trên cấp, phường không in.`;
  return null;
}

/** The facts a decision must carry before anything prints from it; each missing one is a Vietnamese reason. */
export function decisionPrintProblems(decision: { numberText: string; date: string | null | undefined; numberRequest?: string }): string[] {
  const problems: string[] = [];
  if (!decision.numberText) {
    problems.push(decision.numberRequest ? 'Quyết định đang chờ cấp số: chỉ in giấy khen khi quyết định đã có số.' : 'Quyết định chưa có số: chỉ in giấy khen từ quyết định đã có số và ngày ký.');
  }
  if (!decision.date) problems.push('Quyết định chưa có ngày ký: chỉ in giấy khen từ quyết định đã có số và ngày ký.');
  return problems;
}

/** The text each field prints for one recipient. */
export interface CertificateFacts {
  recipient: CertificateRecipient;
  /** The award as printed, e.g. "Chiến sĩ thi đua cơ sở năm 2026". */
  award: string;
  decisionNumberText: string;
  decisionDate: string;
  place: string;
  signerName: string;
}

/**
 * The text of each field. A blank has its labels pre-printed ("Quyết định số …", "Số sổ vàng: …"), so
 * it takes the values alone; the colour certificate prints the labels with them.
 */
export function fieldTexts(f: CertificateFacts, output: 'colour' | 'blank' = 'blank'): Record<CertificateFieldKey, string> {
  const labelled = output === 'colour';
  return {
    recipient: f.recipient.name,
    positionUnit: f.recipient.positionUnit,
    achievement: f.recipient.achievement,
    award: upperVi(f.award),
    decisionNumber: labelled ? `Quyết định số ${f.decisionNumberText}` : f.decisionNumberText,
    decisionDate: labelled ? `ngày ${formatDateShort(f.decisionDate)}` : formatDateShort(f.decisionDate),
    goldenBook: labelled ? `Số sổ vàng: ${f.recipient.order}` : String(f.recipient.order),
    placeDate: formatPlaceDate(f.place, f.decisionDate),
    signer: f.signerName,
  };
}

/** A printer's offset: where its paper feed puts the page, measured on the calibration page. */
export interface PrinterOffset {
  dxMm: number;
  dyMm: number;
}

/**
 * The PDF point of a spot given in millimetres from the page's top-left edge, shifted by the printer's
 * offset (positive dx moves right, positive dy moves down). PDF's origin is the bottom-left corner.
 */
export function placeMm(xMm: number, yMm: number, offset: PrinterOffset, pageHeightMm: number): { x: number; y: number } {
  return { x: mmToPt(xMm + offset.dxMm), y: mmToPt(pageHeightMm - (yMm + offset.dyMm)) };
}

/** Fields placed outside the page are refused by name (on a blank they would print off the paper). */
export function fieldPlacementProblems(layout: Pick<CertificateLayout, 'pageWidthMm' | 'pageHeightMm' | 'fields'>): string[] {
  return layout.fields.flatMap((f) => {
    const label = FIELD_LABELS[f.key];
    const problems: string[] = [];
    if (f.widthMm <= 0 || f.heightMm <= 0) problems.push(`Ô “${label}” phải có chiều rộng và chiều cao lớn hơn 0.`);
    if (f.xMm < 0 || f.yMm < 0 || f.xMm + f.widthMm > layout.pageWidthMm || f.yMm + f.heightMm > layout.pageHeightMm) {
      problems.push(`Ô “${label}” nằm ngoài trang ${layout.pageWidthMm} × ${layout.pageHeightMm} mm: hãy kéo ô vào trong trang.`);
    }
    if (f.minSizePt > f.sizePt) problems.push(`Ô “${label}”: cỡ chữ nhỏ nhất không được lớn hơn cỡ chữ.`);
    return problems;
  });
}

/** Width of `text` at `sizePt`, in points (the PDF font's own metrics). */
export type MeasureText = (text: string, sizePt: number) => number;

export interface FittedText {
  sizePt: number;
  lines: string[];
}

/** Line height as a multiple of the size when the font gives none: Vietnamese stacked diacritics need the room. */
export const LINE_HEIGHT = 1.25;
/** Below this nothing is legible; a text still too long there is cut with "…" rather than leave its box. */
export const FLOOR_SIZE_PT = 5;
const STEP_PT = 0.5;

function breakWord(word: string, widthPt: number, sizePt: number, measure: MeasureText): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && measure(current + ch, sizePt) > widthPt) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  return current ? [...parts, current] : parts;
}

/** Greedy line breaking by measured width; a word wider than the box is broken between letters. */
export function wrapText(text: string, widthPt: number, sizePt: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, sizePt) <= widthPt) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure(word, sizePt) <= widthPt) line = word;
    else {
      const parts = breakWord(word, widthPt, sizePt, measure);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

const linesFit = (count: number, sizePt: number, heightPt: number, lineHeight: number) => count * sizePt * lineHeight <= heightPt + 1e-6;

/**
 * Shrink, then wrap: the text stays on one line, shrinking from its size to its smallest; if it still
 * does not fit it wraps, at the largest size whose lines fit the box's height; below the smallest size
 * it keeps shrinking to the floor, and only there are lines that do not fit cut with "…". The result
 * never leaves the box.
 */
export function fitText(
  text: string,
  box: { widthPt: number; heightPt: number; sizePt: number; minSizePt: number; lineHeight?: number },
  measure: MeasureText,
): FittedText {
  const lineHeight = box.lineHeight ?? LINE_HEIGHT;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return { sizePt: box.sizePt, lines: [] };
  for (let size = box.sizePt; size >= box.minSizePt - 1e-9; size -= STEP_PT) {
    if (measure(clean, size) <= box.widthPt && linesFit(1, size, box.heightPt, lineHeight)) return { sizePt: size, lines: [clean] };
  }
  for (let size = box.sizePt; size >= FLOOR_SIZE_PT - 1e-9; size -= STEP_PT) {
    const lines = wrapText(clean, box.widthPt, size, measure);
    if (linesFit(lines.length, size, box.heightPt, lineHeight)) return { sizePt: size, lines };
  }
  const size = FLOOR_SIZE_PT;
  const room = Math.max(1, Math.floor(box.heightPt / (size * lineHeight)));
  const lines = wrapText(clean, box.widthPt, size, measure).slice(0, room);
  let last = lines[room - 1] ?? '';
  while (last && measure(`${last}…`, size) > box.widthPt) last = last.slice(0, -1);
  lines[lines.length - 1] = `${last}…`;
  return { sizePt: size, lines };
}

/** The calibration page's crosshairs, in millimetres from the top-left edge: corners and centre of A4 landscape. */
export function calibrationMarks(page: { widthMm: number; heightMm: number }): { xMm: number; yMm: number }[] {
  const w = page.widthMm;
  const h = page.heightMm;
  return [
    { xMm: 20, yMm: 20 }, { xMm: w - 20, yMm: 20 }, { xMm: w / 2, yMm: h / 2 }, { xMm: 20, yMm: h - 20 }, { xMm: w - 20, yMm: h - 20 },
  ];
}

/**
 * Reads the printer offset from what the ward measured on the printed calibration page: where the
 * cross landed against where it should be. A printer that prints 2 mm too far right gets dx = −2: every
 * mark is moved back by it.
 */
export function offsetFromMeasurement(expected: { xMm: number; yMm: number }, measured: { xMm: number; yMm: number }): PrinterOffset {
  const round = (n: number) => Math.round(n * 10) / 10;
  return { dxMm: round(expected.xMm - measured.xMm), dyMm: round(expected.yMm - measured.yMm) };
}

const field = (key: CertificateFieldKey, xMm: number, yMm: number, widthMm: number, heightMm: number, sizePt: number, extra: Partial<TemplateField> = {}): TemplateField => ({
  key, xMm, yMm, widthMm, heightMm, sizePt, minSizePt: Math.max(FLOOR_SIZE_PT, Math.round(sizePt * 0.6)), bold: false, italic: false, align: 'center', red: false, ...extra,
});

/**
 * The default boxes on A4 landscape, matching the colour certificate's fixed part: the fixed lines end
 * at about 95 mm; the recipient, the unit and the achievement follow; the decision and the golden-book
 * number bottom left, the place-date and signer bottom right.
 */
export function defaultFields(isTitle: boolean): TemplateField[] {
  return [
    ...(isTitle ? [field('award', 38, 86, 221, 13, 24, { bold: true, red: true })] : []),
    field('recipient', 38, isTitle ? 101 : 96, 221, 13, 22, { bold: true }),
    field('positionUnit', 38, isTitle ? 115 : 110, 221, 9, 14),
    field('achievement', 38, isTitle ? 125 : 120, 221, 20, 14, { italic: true }),
    field('decisionNumber', 30, 165, 100, 7, 12, { align: 'left' }),
    field('decisionDate', 30, 172, 100, 7, 12, { align: 'left' }),
    field('goldenBook', 30, 179, 60, 7, 12, { align: 'left' }),
    field('placeDate', 170, 150, 110, 7, 13, { italic: true }),
    field('signer', 170, 182, 110, 9, 15, { bold: true }),
  ];
}

/** Which award and recipient kind a template serves. */
export interface TemplateKey {
  award: AwardCode;
  subjectKind: SubjectKind;
}

/**
 * The templates a ward starts with: Giấy khen for a person, a collective and a household, each
 * ward-conferred title's certificate, and each of its province's own titles that the pack says the
 * ward chairman confers with a certificate. Lao động tiên tiến has none (money only, NĐ 98/2023 Đ54.1).
 */
export function defaultTemplateKeys(localTitles: readonly LocalTitleInForce[] = []): TemplateKey[] {
  const keys: TemplateKey[] = [
    { award: 'GIAY_KHEN', subjectKind: 'person' },
    { award: 'GIAY_KHEN', subjectKind: 'unit' },
    { award: 'GIAY_KHEN', subjectKind: 'household' },
  ];
  for (const code of TITLE_CODES) {
    const info = TITLES[code];
    if (info.level !== 'ward' || !info.isEmulationTitle || code === 'LDTT') continue;
    for (const subjectKind of info.subjectKinds) keys.push({ award: code, subjectKind });
  }
  for (const title of localTitles) {
    if (localCertificateProblem(localCode(title.id), { localTitles })) continue;
    for (const subjectKind of title.subjectKinds) keys.push({ award: localCode(title.id), subjectKind });
  }
  return keys;
}

const KIND_WORDS: Record<SubjectKind, string> = { person: 'cá nhân', unit: 'tập thể', household: 'hộ gia đình' };

/**
 * A default template's name, verb, heading and boxes. A province's own title reads as its decision
 * does (“tặng …”): "TẶNG" over the title's own name in red, as the award field, with no form heading.
 */
export function defaultTemplate(key: TemplateKey, context?: TitleContext): { name: string } & CertificateLayout {
  const info = awardTitleInfo(key.award, context);
  const local = isLocalCode(key.award);
  const isTitle = info.isEmulationTitle;
  return {
    name: `${isTitle || local ? info.label : info.shortLabel} (${KIND_WORDS[key.subjectKind]})`,
    verb: isTitle ? 'TẶNG DANH HIỆU' : 'TẶNG',
    heading: isTitle || local ? '' : upperVi(info.shortLabel),
    pageWidthMm: A4_LANDSCAPE.widthMm,
    pageHeightMm: A4_LANDSCAPE.heightMm,
    fields: defaultFields(isTitle || local),
  };
}

/**
 * The Chiến sĩ thi đua cơ sở certificate has a flag either side of the national emblem (the NĐ 98/2023
 * Đ104 layout); a Giấy khen and the other titles have the emblem alone.
 */
export function flagsBesideEmblem(award: AwardCode): boolean {
  return award === 'CSTDCS';
}

/** A point in millimetres from the page's top-left edge. */
export interface PointMm {
  x: number;
  y: number;
}

/**
 * One flag beside the emblem, in millimetres from the page's top-left edge: the national flag (Hiến
 * pháp 2013 Đ13: red, width two thirds of its length, a five-pointed yellow star in the middle) waving
 * on a pole that leans away from the emblem. `side` −1 is left of the emblem, +1 right;
 * `emblemHalfWidthMm` keeps the flag clear of the emblem whatever its scan's width.
 */
export function emblemFlag(centreXMm: number, emblemHalfWidthMm: number, side: -1 | 1): { pole: [PointMm, PointMm]; cloth: string; star: PointMm[] } {
  const lengthMm = 21;
  const heightMm = lengthMm * (2 / 3);
  const base = { x: centreXMm + side * (emblemHalfWidthMm + 3), y: 36.5 };
  const top = { x: centreXMm + side * (emblemHalfWidthMm + 8), y: 15 };
  // The cloth hangs from the pole's top and flies outward with a gentle wave (two curves per edge).
  // The edge along the pole follows its lean, so the cloth stays on the pole all the way down.
  const lean = (base.x - top.x) / (base.y - top.y);
  const at = (u: number, v: number): PointMm => ({
    x: top.x + lean * (0.6 + v * heightMm) + side * u * lengthMm,
    y: top.y + 0.6 + v * heightMm + Math.sin(u * Math.PI * 1.5) * 1.6,
  });
  const edge = (v: number, from: number, to: number) => {
    const steps = 8;
    return Array.from({ length: steps }, (_, i) => at(from + ((to - from) * (i + 1)) / steps, v));
  };
  const f = (n: number) => n.toFixed(2);
  const path = [at(0, 0), ...edge(0, 0, 1), ...edge(1, 1, 0)].map((p, i) => `${i === 0 ? 'M' : 'L'}${f(p.x)} ${f(p.y)}`).join(' ') + ' Z';
  // The star: outer radius a fifth of the length (the flag's drawing), centred on the cloth.
  const centre = at(0.5, 0.5);
  const outer = lengthMm / 5;
  const inner = outer * 0.382;
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) };
  });
  return { pole: [base, top], cloth: path, star };
}

/** What a file's first bytes say it is: only PNG and JPEG go into a PDF as they are. */
export function imageMimeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= 8 && png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The signer's lines over the signature: "CHỦ TỊCH", or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (NĐ 30/2020 PL I). */
export function signerTitleLines(signature: { mandate?: { prefix: string; of: string }; title: string }): string[] {
  const title = upperVi(signature.title);
  return signature.mandate ? [`${signature.mandate.prefix} ${upperVi(signature.mandate.of)}`, title] : [title];
}
