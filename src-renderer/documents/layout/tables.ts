/**
 * Lists and annex tables: explicit column widths that add up to the text width, a header row that
 * repeats on every page, rows that never split across a page break, group rows ("I. Tập thể")
 * spanning the whole width.
 */
import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { printValue, type ListColumn, type ListValue } from '../lists';
import { SIZE, textWidth, type Orientation } from './geometry';
import { run } from './paragraphs';

export type CellAlign = 'left' | 'center' | 'right';

export interface Column {
  header: string;
  /** Relative width; the widths are scaled to the text width. */
  weight: number;
  align?: CellAlign;
}

/**
 * A data row (one string per column, "\n" for line breaks), or a bold row spanning all columns.
 * `keepNext` keeps the row on the page of what follows it (the next row, or what follows the table).
 */
export type TableRowSpec = ({ cells: string[]; bold?: boolean } | { group: string }) & { keepNext?: boolean };

/** 1 mm each side: narrow columns such as STT keep their header on one line. */
const CELL_PADDING = 57;

/** A row of list values, each printed by its column's number format. */
export function listRow(columns: readonly ListColumn[], values: readonly ListValue[]): TableRowSpec {
  return { cells: values.map((v, i) => printValue(v, columns[i].format)) };
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Column widths in twips proportional to `weights`, rounded so that they sum to exactly `total`. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w * total) / sum));
  // Hand the twips lost to flooring to the widest columns first, one each.
  let rest = total - widths.reduce((a, b) => a + b, 0);
  const byWeight = weights.map((_, i) => i).sort((a, b) => weights[b] - weights[a]);
  for (let k = 0; rest > 0; k = (k + 1) % byWeight.length, rest--) widths[byWeight[k]]++;
  return widths;
}

function cellParagraphs(text: string, align: CellAlign, size: number, bold: boolean, keepNext = false): Paragraph[] {
  return text.split('\n').map(
    (part) =>
      new Paragraph({
        alignment: ALIGN[align],
        spacing: { before: 30, after: 30 },
        keepNext: keepNext || undefined,
        children: [run(part, { size, bold })],
      }),
  );
}

function cell(text: string, width: number, align: CellAlign, size: number, bold: boolean, span = 1, keepNext = false): TableCell {
  return new TableCell({
    children: cellParagraphs(text, align, size, bold, keepNext),
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlign.CENTER,
  });
}

export interface DataTableOptions {
  orientation: Orientation;
  /** Point size of the cells; 12 by default. */
  size?: number;
  /** Least height of the data rows in twips, e.g. room to mark a ballot. */
  rowHeight?: number;
}

/** A bordered table whose header row repeats on each page and whose rows never split. */
export function dataTable(columns: readonly Column[], rows: readonly TableRowSpec[], options: DataTableOptions): Table {
  const size = options.size ?? SIZE.table;
  const total = textWidth(options.orientation);
  const widths = columnWidths(
    columns.map((c) => c.weight),
    total,
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i], 'center', size, true)),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        height: options.rowHeight ? { value: options.rowHeight, rule: HeightRule.ATLEAST } : undefined,
        children:
          'group' in row
            ? [cell(row.group, total, 'left', size, true, columns.length, row.keepNext)]
            : row.cells.map((text, i) => cell(text, widths[i], columns[i].align ?? 'left', size, row.bold ?? false, 1, row.keepNext)),
      }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_PADDING, right: CELL_PADDING, top: 0, bottom: 0 },
    rows: [header, ...body],
  });
}
