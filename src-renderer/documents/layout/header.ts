/**
 * The document header of ND 30/2020 PL I §II.1–4: a borderless two-column table. Left: agency over
 * the issuing body with its short rule, then "Số:" (and "V/v …" for a công văn). Right: the national
 * title and the motto with a rule as long as the motto, then the place-date line level with "Số:".
 * Two rows keep "Số:" and the date level whatever the number of name lines above them.
 */
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { formatPlaceDate, upperVi } from '../../domain/text';
import type { IssuePlaceDate, IssuerHeader } from '../models';
import { HEADER_LEFT_SHARE, HEADER_MAX_OVERHANG, SIZE, textWidth, type Orientation } from './geometry';
import { textWidthTwips } from './measure';
import { line, rule, shortRuleUnder } from './paragraphs';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Cell padding of borderless layout tables. */
const CELL_PADDING = 57;

export interface HeaderOptions {
  /** Absent for a personal report, which carries only the national title (NĐ 152/2025 Mẫu 05). */
  issuer?: IssuerHeader;
  /** "05/TTr-UBND"; absent when the document has no number (phiếu bầu, báo cáo thành tích). */
  numberText?: string;
  /** "V/v …" of a công văn (ND 30 PL I §II.5.b). */
  subjectLine?: string;
  /** Absent for minutes, which carry no place-date line (ND 30 Mẫu 1.9). */
  placeDate?: IssuePlaceDate;
  orientation: Orientation;
}

function nationalBlock(width: number): Paragraph[] {
  return [
    line(NATIONAL_TITLE, { size: SIZE.nationalTitle, bold: true }),
    line(MOTTO, { size: SIZE.motto, bold: true }),
    rule(textWidthTwips(MOTTO, SIZE.motto, true), width),
  ];
}

/** Space above "Số:" and the date, so the two sit level below the rules. */
const NUMBER_LINE_BEFORE = 120;

function placeDateLine(placeDate: IssuePlaceDate, align: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph {
  const text = formatPlaceDate(placeDate.place, placeDate.date);
  return line(text, { size: SIZE.placeDate, italics: true, align, before: NUMBER_LINE_BEFORE });
}

function layoutCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [line('')],
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.TOP,
  });
}

/**
 * A borderless table of cells laid side by side: the header, closings, paired signatures.
 * `overhang` moves its left edge that far into the left margin.
 */
export function layoutTable(rows: Paragraph[][][], widths: readonly number[], overhang = 0): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    indent: overhang > 0 ? { size: -overhang, type: WidthType.DXA } : undefined,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({ cantSplit: true, children: cells.map((children, i) => layoutCell(children, widths[i])) }),
    ),
  });
}

/** Room around a line in a cell: padding both sides and a little slack for the width estimate. */
const LINE_ROOM = 2 * CELL_PADDING + 60;

/**
 * Column widths of the header: the right column keeps the national title on one line, the left one
 * takes the rest (at least its default share); a name line still too wide pushes the table into the
 * left margin, up to HEADER_MAX_OVERHANG, rather than wrap.
 */
export function headerColumns(total: number, agency: readonly string[], issuer: readonly string[]) {
  const rightNeed = textWidthTwips(NATIONAL_TITLE, SIZE.nationalTitle, true) + LINE_ROOM;
  const leftNeed = Math.max(
    ...agency.map((a) => textWidthTwips(a, SIZE.agency, false)),
    ...issuer.map((i) => textWidthTwips(i, SIZE.issuer, true)),
  ) + LINE_ROOM;
  const left = Math.max(Math.round(total * HEADER_LEFT_SHARE), Math.min(leftNeed, total - rightNeed));
  const overhang = Math.min(HEADER_MAX_OVERHANG, Math.max(0, leftNeed - left));
  return { widths: [left + overhang, total - left], overhang };
}

export function documentHeader(options: HeaderOptions): (Table | Paragraph)[] {
  const total = textWidth(options.orientation);
  const { issuer, placeDate } = options;
  if (!issuer) {
    const out: (Table | Paragraph)[] = nationalBlock(total);
    if (placeDate) out.push(placeDateLine(placeDate, AlignmentType.RIGHT));
    return out;
  }
  const agencyLines = issuer.agency.map(upperVi);
  const issuerLines = issuer.issuer.map(upperVi);
  const { widths, overhang } = headerColumns(total, agencyLines, issuerLines);
  const inner = widths.map((w) => w - 2 * CELL_PADDING);
  const names = [
    ...agencyLines.map((a) => line(a, { size: SIZE.agency })),
    ...issuerLines.map((l) => line(l, { size: SIZE.issuer, bold: true })),
    shortRuleUnder(issuerLines, SIZE.issuer, inner[0]),
  ];
  const numberLines: Paragraph[] = [];
  if (options.numberText) {
    numberLines.push(line(`Số: ${options.numberText}`, { size: SIZE.number, before: NUMBER_LINE_BEFORE }));
  }
  if (options.subjectLine) numberLines.push(line(`V/v ${options.subjectLine}`, { size: SIZE.subjectLine }));
  const dateLines = placeDate ? [placeDateLine(placeDate, AlignmentType.CENTER)] : [];
  return [layoutTable([[names, nationalBlock(inner[1])], [numberLines, dateLines]], widths, overhang)];
}
