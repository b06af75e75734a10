/**
 * Lists sent upward also go as .xlsx, since upper levels often ask for both (SPEC §6): the nominee
 * list of a tờ trình or quyết định, the score summary and the good-deeds list. Built from the same
 * models as the .docx; exceljs is loaded on first use so it stays out of the initial bundle.
 * Numbers stay numbers (scores, amounts) so the receiving office can sum and sort them.
 */
import type { Cell, Worksheet } from 'exceljs';
import { SUBJECT_KIND_LABELS } from '../domain/vocabulary';
import {
  GOOD_DEED_COLUMNS,
  SCORE_COLUMNS,
  goodDeedValues,
  groupedNominees,
  nomineeColumns,
  nomineeListAttachment,
  nomineeValues,
  rewardBasisNote,
  scoreValues,
  type ListColumn,
  type ListValue,
  type NumberFormat,
} from './lists';
import type { DecisionModel, GoodDeedsLetterModel, ScoreTableModel, SubmissionModel } from './models';
import { attachmentReference } from './references';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A data row, or a bold row merged across the sheet (a group: "Tập thể", a khối). */
type SheetRow = ListValue[] | { group: string };

interface SheetSpec {
  /** Worksheet name (Excel allows 31 characters). */
  name: string;
  title: string;
  subtitle: string;
  /** A line between the subtitle and the table, e.g. how amounts were computed. */
  note?: string;
  columns: readonly ListColumn[];
  rows: SheetRow[];
}

/** Excel formats of the printed number formats: đồng with thousands, scores with two decimals. */
const NUM_FMT: Record<NumberFormat, string | undefined> = { count: undefined, score: '0.00', money: '#,##0', coefficient: '0.0##' };

const HEADER_ROW = 4;
const THIN = { style: 'thin' } as const;

/** Thin borders all round, text wrapped and centred vertically: the cells of a list or form. */
export function frame(cell: Cell): void {
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.alignment = { vertical: 'middle', wrapText: true, ...cell.alignment };
}

function writeRows(sheet: Worksheet, spec: SheetSpec): void {
  const last = spec.columns.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.mergeCells(2, 1, 2, last);
  Object.assign(sheet.getCell(1, 1), { value: spec.title, font: { bold: true, size: 13 } });
  Object.assign(sheet.getCell(2, 1), { value: spec.subtitle, font: { italic: true } });
  for (const r of [1, 2]) sheet.getCell(r, 1).alignment = { horizontal: 'center', wrapText: true };
  if (spec.note) {
    sheet.mergeCells(3, 1, 3, last);
    Object.assign(sheet.getCell(3, 1), { value: spec.note, font: { italic: true } });
  }

  const header = sheet.getRow(HEADER_ROW);
  spec.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center' };
    frame(cell);
  });
  spec.rows.forEach((row, k) => {
    const r = HEADER_ROW + 1 + k;
    if (!Array.isArray(row)) {
      sheet.mergeCells(r, 1, r, last);
      Object.assign(sheet.getCell(r, 1), { value: row.group, font: { bold: true } });
      frame(sheet.getCell(r, 1));
      return;
    }
    row.forEach((value, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.value = value;
      const format = NUM_FMT[spec.columns[i].format ?? 'count'];
      if (typeof value === 'number' && format) cell.numFmt = format;
      frame(cell);
    });
  });
}

async function workbookBytes(spec: SheetSpec): Promise<Uint8Array> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'ThiDua';
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31), {
    // A4 (paper size 9) landscape, as the lists are wide; one page wide; header row repeated on each page.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  sheet.columns = spec.columns.map((c) => ({ width: c.xlsxWidth }));
  writeRows(sheet, spec);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The danh sách of a tờ trình (T1) or quyết định (T5, with amounts in đồng). */
export function nomineeListXlsx(model: SubmissionModel | DecisionModel): Promise<Uint8Array> {
  const withAmounts = 'articles' in model;
  const rows: SheetRow[] = groupedNominees(model.list).flatMap((g) => [
    { group: SUBJECT_KIND_LABELS[g.kind] },
    ...g.rows.map((row, i) => nomineeValues(i, row, withAmounts)),
  ]);
  return workbookBytes({
    name: 'Danh sách',
    title: `DANH SÁCH ${model.list.title}`,
    subtitle: attachmentReference(nomineeListAttachment(model)),
    note: withAmounts ? rewardBasisNote(model.baseSalary) : undefined,
    columns: nomineeColumns(withAmounts),
    rows,
  });
}

/** The bảng tổng hợp điểm (T8), one group of rows per khối; scores as numbers with two decimals. */
export function scoreTableXlsx(model: ScoreTableModel): Promise<Uint8Array> {
  const rows: SheetRow[] = model.blocks.flatMap((b) => [{ group: b.name }, ...b.rows.map((r, i) => scoreValues(i, r))]);
  return workbookBytes({ name: 'Tổng hợp điểm', title: model.title, subtitle: model.summary, columns: SCORE_COLUMNS, rows });
}

/** The danh sách điển hình tiên tiến, người tốt, việc tốt sent with the công văn (T9). */
export function goodDeedsXlsx(model: GoodDeedsLetterModel): Promise<Uint8Array> {
  const attachedTo = {
    documentLabel: 'Công văn',
    numberText: model.numberText,
    date: model.date,
    issuerName: model.header.issuerName,
  };
  return workbookBytes({
    name: 'Điển hình',
    title: `DANH SÁCH ${model.listTitle}`,
    subtitle: attachmentReference(attachedTo),
    columns: GOOD_DEED_COLUMNS,
    rows: model.rows.map((r, i) => goodDeedValues(i, r)),
  });
}
