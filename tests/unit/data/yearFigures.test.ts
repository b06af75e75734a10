/**
 * The year's figures read from a database: the same awards as the register lists for the year (archived
 * ones and other years left out), the movements launched in the year; then both files built from them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook, type Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { findAwards } from '../../../src-renderer/data/awardQueries';
import { awardRepo, movementRepo, saveWardProfile } from '../../../src-renderer/data/registers';
import { yearFiguresModel, yearFiguresOf } from '../../../src-renderer/data/yearFigures';
import { buildYearFigures } from '../../../src-renderer/documents/builders/yearFigures';
import { yearFiguresXlsx } from '../../../src-renderer/documents/yearFiguresXlsx';
import { attr, findParagraph, readDocx, rowCells, tableRows } from '../documents/docx';
import { libreOfficePdfs, pdfFacts, renderToolsAvailable, writeTemp } from '../documents/pdfCompare';
import { addPerson, addUnit, freshDb } from './helpers';

async function setUp(province = 'Khánh Hòa') {
  const db = freshDb();
  await saveWardProfile(db, {
    name: 'Phường Ninh Hà', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ', councilName: 'Hội đồng Thi đua - Khen thưởng phường Ninh Hà',
    placeName: 'Ninh Hà', province, provinceKind: province === 'Hà Nội' ? 'city' : 'province', upperLevel: { preset: 'province', viaAgency: `Sở Nội vụ ${province === 'Hà Nội' ? 'thành phố' : 'tỉnh'} ${province}` },
    chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: { name: 'Lê Thị Mai', title: 'Ủy viên thường trực' },
  });
  const unit = await addUnit(db);
  const person = await addPerson(db, unit.id);
  const award = (over: Record<string, unknown>) => awardRepo.create(db, { subjectKind: 'person', personId: person.id, year: 2026, awardKind: 'cong_trang', ...over } as never);
  await award({ titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
  await award({ titleCode: 'CSTDCS', titleLabel: 'Chiến sĩ thi đua cơ sở' });
  await award({ subjectKind: 'unit', personId: null, unitId: unit.id, titleCode: 'BANG_KHEN_TINH', titleLabel: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh' });
  await award({ titleCode: null, titleLabel: 'Huân chương Lao động hạng Ba', awardKind: 'cong_hien' });
  await award({ titleCode: null, titleLabel: 'Bằng khen của Thủ tướng Chính phủ' });
  await award({ subjectKind: 'household', personId: null, householdName: 'Hộ ông Nguyễn Văn Bình', titleCode: 'GIAY_KHEN', titleLabel: 'Giấy khen' });
  await award({ titleCode: null, titleLabel: 'Thư khen' });
  // Neither of these counts: another year, and an award archived (struck from the register).
  await award({ year: 2025, titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
  const struck = await award({ titleCode: 'LDTT', titleLabel: 'Lao động tiên tiến' });
  await awardRepo.archive(db, struck);
  await movementRepo.create(db, { name: 'Thi đua yêu nước 2026', periodFrom: '2026-01-01', periodTo: '2026-12-31' });
  await movementRepo.create(db, { name: 'Chuyển đổi số', periodFrom: '2026-03-01', periodTo: '2026-09-30', form: 'thematic', launchDocIssuer: `Ủy ban nhân dân tỉnh ${province}` });
  await movementRepo.create(db, { name: 'Năm trước', periodFrom: '2025-01-01', periodTo: '2025-12-31' });
  return db;
}

async function readXlsx(bytes: Uint8Array): Promise<Worksheet[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook.worksheets;
}

/** The values of the row whose first cell is `label`. */
function rowByLabel(sheet: Worksheet, label: string): unknown[] {
  let found: unknown[] | undefined;
  sheet.eachRow((row) => { if (row.getCell(1).value === label && !found) found = (row.values as unknown[]).slice(1); });
  if (!found) throw new Error(`no row ${label} in ${sheet.name}`);
  return found;
}

describe('the year\'s figures from the record', () => {
  it('count the award register\'s awards of the year, each once, by level and form', async () => {
    const db = await setUp();
    const register = await findAwards(db, { year: 2026 });
    const figures = await yearFiguresOf(db, 2026);
    expect(register).toHaveLength(7);
    expect(figures.reconciliation).toEqual({ register: register.length, state: 2, upper: 1, ward: 3, unplaced: 1 });
    const total = (id: string) => figures.forms.find((f) => f.id === id)!.rows[0].cells;
    expect(total('0601')).toEqual([2, 0, 1, 1]);
    expect(total('0602')).toEqual([2, 1, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(total('0603')).toEqual([1, 1, 0, 0, 0, 0]);
    expect(total('ward')).toEqual([3, 0, 1, 2]);
    expect(figures.unplaced).toEqual([{ label: 'Thư khen', count: 1 }]);
  });

  it('export as .xlsx whose sheets read back with the same totals, and as a landscape .docx with the forms\' heading', async () => {
    const db = await setUp();
    const model = await yearFiguresModel(db, 2026, '2026-12-03');
    expect(model.reportingUnit).toBe('Ủy ban nhân dân phường Ninh Hà');
    expect(model.receivingUnit).toBe('Sở Nội vụ tỉnh Khánh Hòa');

    const sheets = await readXlsx(await yearFiguresXlsx(model));
    expect(sheets.map((s) => s.name)).toEqual(['Biểu 0601', 'Biểu 0602', 'Biểu 0603', 'Khen thưởng cấp cơ sở']);
    const [s0601, s0602, s0603, ward] = sheets;
    expect(s0601.getCell('A1').value).toBe('Biểu số: 0601.N/BNV-TĐKT');
    expect(s0601.getCell('A3').value).toBe('Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo');
    expect(rowByLabel(s0601, 'Tổng số').slice(1)).toEqual(['01', 2, 0, 1, 1]);
    expect(rowByLabel(s0602, 'Tổng số').slice(1, 6)).toEqual(['1', '', 2, 1, 0]);
    // A cell the record cannot fill stays empty, a count is a number.
    expect(rowByLabel(s0602, '- Niên hạn').slice(3)).toEqual([]);
    expect(rowByLabel(s0603, '- Tập thể').slice(1)).toEqual(['02', 'Tập thể', 1, 1, 0, 0, 0, 0]);
    expect(rowByLabel(ward, 'Tổng số').slice(1)).toEqual(['01', 3, 0, 1, 2]);
    expect(rowByLabel(ward, '- Thư khen').slice(1, 2)).toEqual([1]);
    // Dated and signed under each form: the preparer left, the chairman for the committee right.
    const texts = new Set<unknown>();
    s0603.eachRow((row) => row.eachCell((cell) => texts.add(cell.value)));
    for (const t of ['Ninh Hà, ngày 03 tháng 12 năm 2026', 'NGƯỜI LẬP BIỂU', 'Lê Thị Mai', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Văn Hùng']) expect(texts).toContain(t);

    const docx = readDocx(await buildYearFigures(model));
    expect(docx.sections).toHaveLength(4);
    for (const s of docx.sections) expect(attr(s, 'w:pgSz', 'w:orient')).toBe('landscape');
    findParagraph(docx, 'Biểu số: 0602.N/BNV-TĐKT');
    findParagraph(docx, 'Đơn vị nhận báo cáo: Sở Nội vụ tỉnh Khánh Hòa');
    findParagraph(docx, 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC');
    findParagraph(docx, 'Ninh Hà, ngày 03 tháng 12 năm 2026');
    findParagraph(docx, '- Thư khen: 1');
    // The 0602 table: head, numbering row, then "Tổng số" with its counts.
    const table0602 = docx.tables.find((t) => t.includes('Giải thưởng Hồ Chí Minh'))!;
    const rows = tableRows(table0602).map(rowCells);
    expect(rows[1].slice(0, 4)).toEqual(['A', 'B', 'C', '1=(2+3+4+5+6+7+8+9+10)']);
    expect(rows[2].slice(0, 6)).toEqual(['Tổng số', '1', '', '2', '1', '0']);
    // Each form's last two rows keep with the date and signatures under it, a heading with its first
    // row; no other row is held.
    let headings = 0;
    for (const table of docx.tables.filter((t) => t.includes('<w:tblHeader/>'))) {
      const rows = tableRows(table);
      const kept = rows.map((row) => row.includes('<w:keepNext/>'));
      const heading = rows.map((row) => rowCells(row)[0] !== '' && rowCells(row).slice(1).every((c) => c === ''));
      expect(kept.slice(-2)).toEqual([true, true]);
      expect(kept.slice(0, -2)).toEqual(heading.slice(0, -2));
      headings += heading.filter(Boolean).length;
    }
    expect(headings).toBeGreaterThan(5);
  });

  // Biểu 0601 fills an A4 landscape page with its table (its heading, 18 rows); the date and the two
  // signatures used to fall onto page 2 alone. They now take the table's last rows with them.
  it.skipIf(!renderToolsAvailable)('never leave a form\'s date and signatures alone on a page (LibreOffice render)', async () => {
    const db = await setUp();
    const docx = await buildYearFigures(await yearFiguresModel(db, 2026, '2026-12-03'));
    const dir = mkdtempSync(join(tmpdir(), 'year-figures-'));
    const [pdf] = libreOfficePdfs([writeTemp(dir, 'bieu.docx', docx)], dir);
    const pages = Array.from({ length: pdfFacts(pdf).pages }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }));
    const signed = pages.filter((text) => text.includes('NGƯỜI LẬP BIỂU'));
    expect(signed).toHaveLength(4);
    for (const text of signed) expect(text).toMatch(/Mã số/u);
    expect(signed[0]).toContain('- Thi đua thường xuyên hàng năm');
  }, 120_000);

  it('name the upper level "thành phố" for a ward of a centrally-run city', async () => {
    const db = await setUp('Hà Nội');
    const model = await yearFiguresModel(db, 2026, '2026-12-03');
    const docx = readDocx(await buildYearFigures(model));
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts.filter((t) => /tỉnh(?!\s*[,/]\s*thành phố)/i.test(t))).toEqual([]);
    expect(texts).toContain('Chiến sĩ thi đua cấp bộ, cấp thành phố');
    expect(model.figures.forms[0].rows[0].cells).toEqual([2, 0, 1, 1]);
  });
});
