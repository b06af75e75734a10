/**
 * Biểu 0601–0603 of TT 02/2023/TT-BNV and the ward's own table, one landscape part each (the forms are
 * wide tables; ND 30 PL I §I.2 allows landscape for them): the form's heading block, its title and year,
 * the table with its numbering row (A, B, C, 1=(2+…), 2 …), then the preparer and the head of the
 * reporting unit sign. Cells the record cannot fill print empty.
 */
import { AlignmentType } from 'docx';
import type { Paragraph, Table } from 'docx';
import { formHead, formHeading, formRowValues, type FigureForm } from '../../domain/yearFigures';
import type { YearFiguresModel } from '../models';
import { packDocument } from '../layout/document';
import { SIZE, textWidth } from '../layout/geometry';
import { layoutTable } from '../layout/header';
import { line } from '../layout/paragraphs';
import { signaturePairs } from '../layout/signature';
import { dataTable, type Column, type TableRowSpec } from '../layout/tables';
import { formatPlaceDate } from '../../domain/text';

const ORIENTATION = 'landscape' as const;

function columnsOf(form: FigureForm): Column[] {
  const { titles } = formHead(form);
  return titles.map((header, i) => {
    if (i === 0) return { header, weight: form.columns.length > 6 ? 5 : 7, align: 'left' };
    if (i === 1) return { header, weight: 1.1, align: 'center' };
    if (i === 2 && form.hasMeasure) return { header, weight: 1.5, align: 'center' };
    return { header, weight: 1.6, align: 'center' };
  });
}

/**
 * A form's heading and table fill the landscape page (Biểu 0601: 18 rows), leaving no room for the date
 * and signatures: the last two rows go over with them rather than let them stand alone on a page, and
 * a heading ("3. Chia theo …") stays with its first row.
 */
function rowsOf(form: FigureForm): TableRowSpec[] {
  const numbers: TableRowSpec = { cells: formHead(form).numbers, bold: true };
  return [
    numbers,
    ...form.rows.map((row, i) => ({
      cells: formRowValues(form, row).map((v) => (v === null ? '' : String(v))),
      bold: row.bold,
      keepNext: row.cells.length === 0 || i >= form.rows.length - 2,
    })),
  ];
}

/** One form; `after` prints under its table, above the date and the signatures. */
function formPart(m: YearFiguresModel, form: FigureForm, after: Paragraph[] = []): (Paragraph | Table)[] {
  const heading = formHeading(form, m.reportingUnit, m.receivingUnit);
  const total = textWidth(ORIENTATION);
  const left = Math.round(total * 0.55);
  const headBlock = layoutTable(
    [[
      heading.left.map((text, i) => line(text, { size: 12, bold: i === 0, align: AlignmentType.LEFT })),
      heading.right.map((text) => line(text, { size: 12, align: AlignmentType.LEFT })),
    ]],
    [left, total - left],
  );
  const size = form.columns.length > 6 ? 9 : 10;
  return [
    headBlock,
    line(form.title, { size: SIZE.title, bold: true, before: 240 }),
    line(`Năm ${m.figures.year}`, { italics: true, after: form.measureNote ? 0 : 120 }),
    ...(form.measureNote ? [line(form.measureNote, { size: 12, italics: true, align: AlignmentType.RIGHT, after: 60 })] : []),
    dataTable(columnsOf(form), rowsOf(form), { orientation: ORIENTATION, size }),
    ...after,
    line(formatPlaceDate(m.place, m.date), { italics: true, align: AlignmentType.RIGHT, before: 240, keepNext: true }),
    ...signaturePairs([m.preparer, m.head], ORIENTATION),
  ];
}

/** Awards the register names without a level: listed after the ward's table, to be placed by hand. */
function unplacedPart(m: YearFiguresModel): Paragraph[] {
  if (m.figures.unplaced.length === 0) return [];
  return [
    line('Khen thưởng chưa xếp được vào biểu (không rõ cấp khen thưởng):', { bold: true, align: AlignmentType.LEFT, before: 240 }),
    ...m.figures.unplaced.map((u) => line(`- ${u.label}: ${u.count}`, { align: AlignmentType.LEFT })),
  ];
}

export function buildYearFigures(m: YearFiguresModel): Promise<Uint8Array> {
  const sections = m.figures.forms.map((form) => ({
    orientation: ORIENTATION,
    children: formPart(m, form, form.id === 'ward' ? unplacedPart(m) : []),
  }));
  return packDocument(`Biểu thống kê thi đua, khen thưởng năm ${m.figures.year}`, sections);
}
