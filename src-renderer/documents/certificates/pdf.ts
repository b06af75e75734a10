/**
 * Certificates as a PDF at the paper's exact size (issue 17.1), laid out by pdf-lib itself: every
 * position is known in millimetres, so nothing depends on a host's print engine or page setup. One PDF
 * holds every certificate of a print (a 500-line decision is one file, the fonts embedded once).
 * - colour: A4 landscape on plain paper, the fixed part (frame, quốc hiệu, authority, award) and the fields;
 * - blank: only the variable fields, for the ward's pre-printed blanks, shifted by the printer's offset.
 * Loaded on demand with its fonts (Noto Serif, which carries Vietnamese): never in the initial JS.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';
import type { PDFFont, PDFImage, PDFPage } from 'pdf-lib';
import {
  calibrationMarks, emblemFlag, fieldTexts, fitText, mmToPt, placeMm, PT_PER_MM, type CertificateFacts, type CertificateLayout, type PrinterOffset,
  type TemplateField,
} from '../../domain/certificates';
import { upperVi } from '../../domain/text';

export interface CertificateFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
}

export interface CertificateImage {
  bytes: Uint8Array;
  mime: 'image/png' | 'image/jpeg';
}

/** One certificate: its recipient's facts on its template (a decision with collectives and people uses two). */
export interface CertificatePage {
  facts: CertificateFacts;
  layout: CertificateLayout;
}

export interface CertificatePrint {
  output: 'colour' | 'blank';
  certificates: CertificatePage[];
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ" is derived from it (colour only). */
  authority: string;
  /** "CHỦ TỊCH", or "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH" (colour only). */
  signerTitle: string[];
  /** The printer's offset; applies to every mark on the page. */
  offset: PrinterOffset;
  /** The national emblem, as the ward's scan (colour only); without it the top centre stays blank. */
  emblem?: CertificateImage | null;
  /** A flag either side of the emblem (Chiến sĩ thi đua cơ sở; colour only). */
  flags?: boolean;
  title: string;
}

const RED = rgb(0.78, 0.06, 0.08);
const BLACK = rgb(0, 0, 0);
const FLAG_RED = rgb(0.85, 0.15, 0.11);
const STAR_YELLOW = rgb(1, 0.87, 0);
const POLE = rgb(0.55, 0.42, 0.16);
/** The emblem's height on the page; its width follows the scan's proportions. */
const EMBLEM_HEIGHT_MM = 22;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

async function newDocument(fonts: CertificateFonts, title: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(title);
  doc.setLanguage('vi');
  doc.setCreator('ThiDua');
  doc.setProducer('ThiDua');
  const [regular, bold, italic] = await Promise.all([
    doc.embedFont(fonts.regular, { subset: false }),
    doc.embedFont(fonts.bold, { subset: false }),
    doc.embedFont(fonts.italic, { subset: false }),
  ]);
  return { doc, fonts: { regular, bold, italic } };
}

const fontOf = (fonts: Fonts, f: Pick<TemplateField, 'bold' | 'italic'>) => (f.bold ? fonts.bold : f.italic ? fonts.italic : fonts.regular);

/** Each font's measured widths at 1 pt, per text: one OpenType layout per text however often it is measured. */
const widthsAt1Pt = new WeakMap<PDFFont, Map<string, number>>();

/**
 * The width of `text` at `sizePt`. Measuring is a full shaping of the text by fontkit, the costliest
 * step of a print (shrink-then-wrap measures a text at each size it tries, and the fixed lines repeat
 * on every page); a width is proportional to the size, so each text is shaped once per font.
 */
function widthOf(font: PDFFont, text: string, sizePt: number): number {
  let widths = widthsAt1Pt.get(font);
  if (!widths) widthsAt1Pt.set(font, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) widths.set(text, (width = font.widthOfTextAtSize(text, 1)));
  return width * sizePt;
}

/** The font's own line box (ascent + descent) as a multiple of the size: lines never overlap, and never leave their box. */
function lineHeightOf(font: PDFFont): number {
  return font.heightAtSize(100) / 100;
}

/** Draws one field's text inside its box: shrink, then wrap (domain fitText); the first line's top at the box's top. */
export function drawField(page: PDFPage, fonts: Fonts, f: TemplateField, text: string, offset: PrinterOffset, pageHeightMm: number, red: boolean): void {
  const font = fontOf(fonts, f);
  const lineHeight = lineHeightOf(font);
  const fitted = fitText(text, { widthPt: mmToPt(f.widthMm), heightPt: mmToPt(f.heightMm), sizePt: f.sizePt, minSizePt: f.minSizePt, lineHeight }, (t, size) => widthOf(font, t, size));
  const top = placeMm(f.xMm, f.yMm, offset, pageHeightMm);
  const ascent = font.heightAtSize(fitted.sizePt, { descender: false });
  fitted.lines.forEach((line, i) => {
    const width = widthOf(font, line, fitted.sizePt);
    const x = f.align === 'center' ? top.x + (mmToPt(f.widthMm) - width) / 2 : top.x;
    const y = top.y - ascent - i * fitted.sizePt * lineHeight;
    page.drawText(line, { x, y, size: fitted.sizePt, font, color: red ? RED : BLACK });
  });
}

/** A line of fixed text centred on the page, its top `yMm` from the top edge. */
function centred(page: PDFPage, text: string, font: PDFFont, sizePt: number, yMm: number, color: ReturnType<typeof rgb>, print: CertificatePrint, layout: CertificateLayout, centreXMm = layout.pageWidthMm / 2): number {
  const width = widthOf(font, text, sizePt);
  const at = placeMm(centreXMm, yMm, print.offset, layout.pageHeightMm);
  page.drawText(text, { x: at.x - width / 2, y: at.y - font.heightAtSize(sizePt, { descender: false }), size: sizePt, font, color });
  return width;
}

/** The colour certificate's fixed part (NĐ 98/2023 Đ104 layout): frame, emblem, quốc hiệu, authority, verb, heading, signer's title. */
function drawFixedPart(page: PDFPage, fonts: Fonts, print: CertificatePrint, layout: CertificateLayout, emblem: PDFImage | null): void {
  const { pageWidthMm: w, pageHeightMm: h } = layout;
  const rect = (insetMm: number, thickness: number, color: ReturnType<typeof rgb>) => {
    const at = placeMm(insetMm, h - insetMm, print.offset, h);
    page.drawRectangle({ x: at.x, y: at.y, width: mmToPt(w - 2 * insetMm), height: mmToPt(h - 2 * insetMm), borderColor: color, borderWidth: thickness });
  };
  rect(8, 3, RED);
  rect(11, 0.8, BLACK);
  // Without the ward's scan the emblem's place is kept as if it were round.
  const emblemWidthMm = emblem ? (emblem.width / emblem.height) * EMBLEM_HEIGHT_MM : EMBLEM_HEIGHT_MM;
  if (emblem) {
    const at = placeMm(w / 2 - emblemWidthMm / 2, 14 + EMBLEM_HEIGHT_MM, print.offset, h);
    page.drawImage(emblem, { x: at.x, y: at.y, width: mmToPt(emblemWidthMm), height: mmToPt(EMBLEM_HEIGHT_MM) });
  }
  if (print.flags) drawFlags(page, print, layout, emblemWidthMm / 2);
  centred(page, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', fonts.bold, 13, 38, BLACK, print, layout);
  const motto = centred(page, 'Độc lập - Tự do - Hạnh phúc', fonts.bold, 13, 44.5, BLACK, print, layout);
  const rule = placeMm(w / 2, 51, print.offset, h);
  page.drawLine({ start: { x: rule.x - motto / 2, y: rule.y }, end: { x: rule.x + motto / 2, y: rule.y }, thickness: 0.7, color: BLACK });
  centred(page, upperVi(print.authority), fonts.bold, 16, 56, RED, print, layout);
  centred(page, layout.verb, fonts.bold, 15, 65, BLACK, print, layout);
  if (layout.heading) centred(page, layout.heading, fonts.bold, 30, 73, RED, print, layout);
  const signer = layout.fields.find((f) => f.key === 'signer');
  const placeDate = layout.fields.find((f) => f.key === 'placeDate');
  if (signer && placeDate) {
    const centre = placeDate.xMm + placeDate.widthMm / 2;
    print.signerTitle.forEach((line, i) => centred(page, line, fonts.bold, 13, placeDate.yMm + placeDate.heightMm + 1 + i * 6, BLACK, print, layout, centre));
  }
}

/** A flag either side of the emblem, as vector shapes: pole, red cloth, yellow star (paths in mm from the page's top-left edge). */
function drawFlags(page: PDFPage, print: CertificatePrint, layout: CertificateLayout, emblemHalfWidthMm: number): void {
  const origin = placeMm(0, 0, print.offset, layout.pageHeightMm);
  for (const side of [-1, 1] as const) {
    const flag = emblemFlag(layout.pageWidthMm / 2, emblemHalfWidthMm, side);
    const [base, top] = flag.pole.map((p) => placeMm(p.x, p.y, print.offset, layout.pageHeightMm));
    page.drawLine({ start: base, end: top, thickness: 1.6, color: POLE });
    page.drawSvgPath(flag.cloth, { ...origin, scale: PT_PER_MM, color: FLAG_RED });
    const star = flag.star.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(2)} ${p.y.toFixed(2)}`).join(' ') + ' Z';
    page.drawSvgPath(star, { ...origin, scale: PT_PER_MM, color: STAR_YELLOW });
  }
}

async function embedImage(doc: PDFDocument, image: CertificateImage): Promise<PDFImage> {
  return image.mime === 'image/png' ? doc.embedPng(image.bytes) : doc.embedJpg(image.bytes);
}

/**
 * Every certificate of the print, one page each, in the order given (the decision's order numbers).
 * `onPage` hears each page drawn (the progress bar of a 500-line decision).
 */
export async function certificatesPdf(print: CertificatePrint, fontBytes: CertificateFonts, onPage?: (done: number, total: number) => void): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument(fontBytes, print.title);
  const emblem = print.output === 'colour' && print.emblem ? await embedImage(doc, print.emblem) : null;
  const total = print.certificates.length;
  for (const [index, { facts, layout }] of print.certificates.entries()) {
    onPage?.(index, total);
    const page = doc.addPage([mmToPt(layout.pageWidthMm), mmToPt(layout.pageHeightMm)]);
    if (print.output === 'colour') drawFixedPart(page, fonts, print, layout, emblem);
    const texts = fieldTexts(facts, print.output);
    for (const f of layout.fields) drawField(page, fonts, f, texts[f.key], print.offset, layout.pageHeightMm, print.output === 'colour' && f.red);
  }
  return doc.save();
}

/**
 * The calibration page: crosshairs at known places with their coordinates, and millimetre rulers along
 * the top and left edges. Printed without any offset, it shows how far this printer moves the page;
 * with the offset set, a second page shows the crosses where they should be.
 */
export async function calibrationPdf(page: { widthMm: number; heightMm: number }, offset: PrinterOffset, fontBytes: CertificateFonts, printerName: string): Promise<Uint8Array> {
  const { doc, fonts } = await newDocument(fontBytes, `Trang căn chỉnh máy in ${printerName}`);
  const offsets: { offset: PrinterOffset; note: string }[] = [{ offset: { dxMm: 0, dyMm: 0 }, note: 'Trang 1: chưa bù độ lệch. Đo bằng thước từ mép trên, mép trái tờ giấy đến tâm mỗi dấu cộng.' }];
  if (offset.dxMm || offset.dyMm) offsets.push({ offset, note: `Trang 2: đã bù độ lệch của máy in ${printerName} (ngang ${offset.dxMm} mm, dọc ${offset.dyMm} mm): tâm các dấu cộng phải đúng tọa độ ghi bên cạnh.` });
  for (const { offset: o, note } of offsets) {
    const p = doc.addPage([mmToPt(page.widthMm), mmToPt(page.heightMm)]);
    const at = (x: number, y: number) => placeMm(x, y, o, page.heightMm);
    const line = (x1: number, y1: number, x2: number, y2: number, thickness = 0.4) => p.drawLine({ start: at(x1, y1), end: at(x2, y2), thickness, color: BLACK });
    for (let mm = 0; mm <= page.widthMm; mm += 1) line(mm, 0, mm, mm % 10 === 0 ? 6 : mm % 5 === 0 ? 4 : 2, 0.3);
    for (let mm = 0; mm <= page.heightMm; mm += 1) line(0, mm, mm % 10 === 0 ? 6 : mm % 5 === 0 ? 4 : 2, mm, 0.3);
    for (let mm = 10; mm < page.widthMm; mm += 10) p.drawText(String(mm), { ...at(mm + 0.6, 9.5), size: 6, font: fonts.regular });
    for (let mm = 10; mm < page.heightMm; mm += 10) p.drawText(String(mm), { ...at(7, mm + 1), size: 6, font: fonts.regular });
    for (const mark of calibrationMarks(page)) {
      line(mark.xMm - 8, mark.yMm, mark.xMm + 8, mark.yMm, 0.4);
      line(mark.xMm, mark.yMm - 8, mark.xMm, mark.yMm + 8, 0.4);
      p.drawText(`(${mark.xMm}; ${mark.yMm}) mm`, { ...at(mark.xMm + 1.5, mark.yMm - 1.5), size: 8, font: fonts.regular });
    }
    p.drawText(`TRANG CĂN CHỈNH MÁY IN: ${upperVi(printerName)}`, { ...at(40, 70), size: 14, font: fonts.bold });
    p.drawText(note, { ...at(40, 80), size: 10, font: fonts.italic, maxWidth: mmToPt(page.widthMm - 80), lineHeight: 13 });
    p.drawText('In ở cỡ thật (100 %, không co giãn theo trang). Độ lệch = tọa độ đúng − tọa độ đo được.', { ...at(40, 100), size: 10, font: fonts.regular });
  }
  return doc.save();
}
