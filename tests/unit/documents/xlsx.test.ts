import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { goodDeedsXlsx, nomineeListXlsx, scoreTableXlsx } from '../../../src-renderer/documents/xlsx';
import { decision, goodDeedsLetter, scoreTable, submission } from './fixtures';

async function read(bytes: Uint8Array): Promise<Worksheet> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets[0];
}

const rowValues = (sheet: Worksheet, r: number) => (sheet.getRow(r).values as unknown[]).slice(1);

describe('xlsx lists', () => {
  it('writes a name that looks like a formula as a string cell, never a formula', async () => {
    const hostile = '=HYPERLINK("http://x.invalid","bấm vào")';
    const [people, ...others] = submission.list.groups;
    const [first, ...rest] = people.rows;
    const groups = [{ ...people, rows: [{ ...first, name: hostile }, ...rest] }, ...others];
    const model = { ...submission, list: { ...submission.list, groups } };
    const sheet = await read(await nomineeListXlsx(model));
    const cells: { type: number; formula?: string; value: unknown }[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => { if (cell.value === hostile) cells.push(cell); }));
    expect(cells).toHaveLength(1);
    expect(cells[0].type).toBe(ValueType.String);
    expect(cells[0].formula).toBeUndefined();
  });

  it('exports the tờ trình list grouped Tập thể / Cá nhân, with the reference line and a frozen header', async () => {
    const sheet = await read(await nomineeListXlsx(submission));
    expect(sheet.name).toBe('Danh sách');
    expect(sheet.getCell('A1').value).toBe(`DANH SÁCH ${submission.list.title}`);
    expect(sheet.getCell('A2').value).toBe('(Kèm theo Tờ trình số 05/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân phường Ninh Hà)');
    expect(rowValues(sheet, 4)).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị (địa chỉ)', 'Danh hiệu, hình thức đề nghị', 'Tóm tắt thành tích', 'Ghi chú']);
    expect(sheet.getCell('A5').value).toBe('Tập thể');
    expect(sheet.getCell('A5').isMerged).toBe(true);
    expect(sheet.getCell('A6').value).toBe(1);
    expect(sheet.getCell('A10').value).toBe('Cá nhân');
    expect(sheet.rowCount).toBe(4 + 1 + 4 + 1 + 60);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '4:4' });
  });

  it('keeps decision amounts as numbers formatted in đồng', async () => {
    const sheet = await read(await nomineeListXlsx(decision));
    expect(rowValues(sheet, 4)).toContain('Số tiền (đồng)');
    const amount = sheet.getCell('F6');
    expect(amount.value).toBe(1_410_000);
    expect(amount.numFmt).toBe('#,##0');
    expect(sheet.getCell('A2').value).toBe('(Kèm theo Quyết định số 12/QĐ-UBND ngày 18 tháng 12 năm 2026 của Chủ tịch UBND phường Ninh Hà)');
    expect(sheet.getCell('A3').value).toMatch(/^Số tiền = hệ số × mức lương cơ sở 2\.340\.000 đồng/);
    expect(sheet.getCell('E6').value).toBe(0.6);
  });

  it('exports scores as numbers per khối, ranks included', async () => {
    const sheet = await read(await scoreTableXlsx(scoreTable));
    expect(sheet.getCell('A5').value).toBe('Khối Tổ dân phố');
    const first = scoreTable.blocks[0].rows[0];
    expect(rowValues(sheet, 6).slice(0, 8)).toEqual([1, first.unit, first.selfScore, first.councilScore, first.bonus, first.deduction, first.total, first.rank]);
    expect(sheet.getCell('G6').numFmt).toBe('0.00');
  });

  it('exports the good-deeds list with all nine columns', async () => {
    const sheet = await read(await goodDeedsXlsx(goodDeedsLetter));
    expect(rowValues(sheet, 4)).toHaveLength(9);
    expect(sheet.rowCount).toBe(4 + goodDeedsLetter.rows.length);
    expect(sheet.getCell('B5').value).toBe(goodDeedsLetter.rows[0].name);
  });
});
