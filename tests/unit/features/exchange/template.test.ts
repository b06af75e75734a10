import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, previewImport, suggestMapping } from '../../../../src-renderer/data/imports/importRows';
import type { ImportKind } from '../../../../src-renderer/data/imports/importRows';
import { parseTabular } from '../../../../src-renderer/data/imports/tabular';
import { buildImportTemplate, COLUMN_GUIDES, templateFileName } from '../../../../src-renderer/features/exchange/template';
import { addUnit, freshDb } from '../../data/helpers';

const KINDS: ImportKind[] = ['units', 'people', 'nominations'];

describe('import templates', () => {
  it('has a guide for exactly the fields the importer knows', () => {
    for (const kind of KINDS) expect(Object.keys(COLUMN_GUIDES[kind]).sort(), kind).toEqual(IMPORT_FIELDS[kind].map((f) => f.key).sort());
  });

  it('is an .xlsx whose first sheet has only the headers, mapped automatically, and a guide sheet', async () => {
    for (const kind of KINDS) {
      const bytes = await buildImportTemplate(kind);
      const table = await parseTabular(bytes, templateFileName(kind));
      // Headers only (the gender drop-down cells are blank): a blank template imports nothing.
      expect(table.rows).toEqual([]);
      const mapping = suggestMapping(kind, table.headers);
      expect(IMPORT_FIELDS[kind].map((f) => mapping[f.key]), kind).toEqual(IMPORT_FIELDS[kind].map((_, i) => i));
      const { Workbook } = await import('exceljs');
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Danh sách', 'Hướng dẫn']);
      const headers = (workbook.worksheets[0].getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual(IMPORT_FIELDS[kind].map((f) => f.label));
      expect(workbook.worksheets[1].getCell('C2').value).toBe(COLUMN_GUIDES[kind][IMPORT_FIELDS[kind][0].key].hint);
    }
  });

  it('names the titles as the ward does: a centrally-run city\'s template says “thành phố” and lists its pack\'s own title', async () => {
    const { Workbook } = await import('exceljs');
    const hintOf = async (bytes: Uint8Array) => {
      const workbook = new Workbook();
      await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
      const guide = workbook.worksheets[1];
      const row = IMPORT_FIELDS.nominations.findIndex((f) => f.key === 'title') + 2;
      return String(guide.getCell(`C${row}`).value);
    };
    const local = { id: 'nguoi-tot', label: 'Người tốt, việc tốt của phường' } as never;
    const city = await hintOf(await buildImportTemplate('nominations', { naming: { provinceKind: 'city', wardWord: 'phường' }, localTitles: [local] }));
    expect(city).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân thành phố');
    expect(city).toContain('Người tốt, việc tốt của phường');
    expect(city).not.toMatch(/\btỉnh\b/);
    expect(await hintOf(await buildImportTemplate('nominations'))).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh');
  });

  it('imports once filled in: the people template with one row passes the check', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    const template = await buildImportTemplate('people');
    await workbook.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
    workbook.worksheets[0].addRow(['Nguyễn Thị Hoà', 'Nữ', '1980', 'Tổ trưởng', 'Tổ dân phố 3', '']);
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());

    const table = await parseTabular(filled, 'mau-nhap-ca-nhan.xlsx');
    const db = freshDb();
    await addUnit(db, 'Tổ dân phố 3');
    const preview = await previewImport(db, 'people', table, suggestMapping('people', table.headers));
    expect(preview.rows.map((r) => r.errors)).toEqual([[]]);
    expect(preview.rows[0].input).toMatchObject({ fullName: 'Nguyễn Thị Hoà', gender: 'female', birthYear: 1980 });
  });
});
