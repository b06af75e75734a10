/**
 * Biểu 0601–0603 of TT 02/2023/TT-BNV and the ward's own table as a workbook, one sheet per form, laid
 * out as the .docx (builders/yearFigures.ts): the heading block, title, year, the table's head with its
 * numbering row, then the rows. Counts stay numbers so the province can sum the wards' sheets; a cell
 * the record cannot fill stays empty. exceljs is loaded on first use.
 */
import type { Worksheet } from 'exceljs';
import { formHead, formHeading, formRowValues, type FigureForm } from '../domain/yearFigures';
import { formatPlaceDate } from '../domain/text';
import type { YearFiguresModel } from './models';
import { frame } from './xlsx';

const SHEET_NAMES: Record<FigureForm['id'], string> = {
  '0601': 'Biểu 0601',
  '0602': 'Biểu 0602',
  '0603': 'Biểu 0603',
  ward: 'Khen thưởng cấp cơ sở',
};

function writeForm(sheet: Worksheet, m: YearFiguresModel, form: FigureForm): void {
  const head = formHead(form);
  const last = head.titles.length;
  const split = Math.max(2, Math.ceil(last / 2));
  const heading = formHeading(form, m.reportingUnit, m.receivingUnit);
  sheet.columns = head.titles.map((_, i) => ({ width: i === 0 ? 48 : i === 1 ? 7 : form.hasMeasure && i === 2 ? 11 : 14 }));
  for (let r = 0; r < 3; r++) {
    sheet.mergeCells(r + 1, 1, r + 1, split);
    sheet.mergeCells(r + 1, split + 1, r + 1, last);
    Object.assign(sheet.getCell(r + 1, 1), { value: heading.left[r] ?? '', font: { bold: r === 0 } });
    sheet.getCell(r + 1, split + 1).value = heading.right[r] ?? '';
  }
  const centred = (r: number, value: string, font: Partial<{ bold: boolean; italic: boolean; size: number }>) => {
    sheet.mergeCells(r, 1, r, last);
    Object.assign(sheet.getCell(r, 1), { value, font, alignment: { horizontal: 'center', wrapText: true } });
  };
  centred(5, form.title, { bold: true, size: 13 });
  centred(6, `Năm ${m.figures.year}`, { italic: true });
  if (form.measureNote) {
    sheet.mergeCells(7, 1, 7, last);
    Object.assign(sheet.getCell(7, 1), { value: form.measureNote, font: { italic: true }, alignment: { horizontal: 'right' } });
  }
  const headRow = 8;
  [head.titles, head.numbers].forEach((values, k) => {
    const row = sheet.getRow(headRow + k);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      cell.value = value;
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center' };
      frame(cell);
    });
  });
  sheet.getRow(headRow).height = 75;
  form.rows.forEach((row, k) => {
    formRowValues(form, row).forEach((value, i) => {
      const cell = sheet.getCell(headRow + 2 + k, i + 1);
      cell.value = value;
      if (row.bold) cell.font = { bold: true };
      if (i > 0) cell.alignment = { horizontal: 'center' };
      frame(cell);
    });
  });
  const after = headRow + 3 + form.rows.length;
  if (form.id === 'ward') {
    m.figures.unplaced.forEach((u, k) => {
      if (k === 0) Object.assign(sheet.getCell(after, 1), { value: 'Khen thưởng chưa xếp được vào biểu (không rõ cấp khen thưởng):', font: { bold: true } });
      sheet.getCell(after + 1 + k, 1).value = `- ${u.label}`;
      sheet.getCell(after + 1 + k, 2).value = u.count;
    });
  }
  const signRow = after + (form.id === 'ward' && m.figures.unplaced.length > 0 ? m.figures.unplaced.length + 2 : 0);
  sheet.mergeCells(signRow, split + 1, signRow, last);
  Object.assign(sheet.getCell(signRow, split + 1), { value: formatPlaceDate(m.place, m.date), font: { italic: true }, alignment: { horizontal: 'center' } });
  sheet.getCell(signRow + 1, 1).value = m.preparer.title.toLocaleUpperCase('vi');
  sheet.getCell(signRow + 1, 1).font = { bold: true };
  // "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH", as the signature block of the .docx.
  const headLines = [...(m.head.mandate ? [`${m.head.mandate.prefix} ${m.head.mandate.of}`] : []), m.head.title];
  headLines.forEach((text, k) => {
    sheet.mergeCells(signRow + 1 + k, split + 1, signRow + 1 + k, last);
    Object.assign(sheet.getCell(signRow + 1 + k, split + 1), { value: text.toLocaleUpperCase('vi'), font: { bold: true }, alignment: { horizontal: 'center' } });
  });
  sheet.getCell(signRow + 5, 1).value = m.preparer.name;
  sheet.mergeCells(signRow + 5, split + 1, signRow + 5, last);
  Object.assign(sheet.getCell(signRow + 5, split + 1), { value: m.head.name, font: { bold: true }, alignment: { horizontal: 'center' } });
}

/** The workbook of the year's figures: one sheet per form, A4 landscape, one page wide. */
export async function yearFiguresXlsx(m: YearFiguresModel): Promise<Uint8Array> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'ThiDua';
  for (const form of m.figures.forms) {
    const sheet = workbook.addWorksheet(SHEET_NAMES[form.id], {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    writeForm(sheet, m, form);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
