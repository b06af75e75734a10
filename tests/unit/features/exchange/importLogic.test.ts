import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS, suggestMapping } from '../../../../src-renderer/data/imports/importRows';
import type { ImportKind, ImportPreview } from '../../../../src-renderer/data/imports/importRows';
import { parseCsv } from '../../../../src-renderer/data/imports/tabular';
import {
  checkSummary, commitLabel, filterPreviewRows, importSummary, importTitle, missingRequired, previewRows, rowsToWrite, sharedColumns, withRow,
} from '../../../../src-renderer/features/exchange/importLogic';

const KINDS: ImportKind[] = ['units', 'people', 'nominations'];

const people = parseCsv(
  'Họ và tên,Năm sinh,Giới tính,Chức vụ,Đơn vị\n' +
    'Nguyễn Thị Hoà,1980,Nữ,Tổ trưởng,Tổ dân phố 3\n' +
    'Trần Văn Bình,19x5,Nam,,Tổ dân phố 3\n' +
    ',1990,Nam,,Tổ dân phố 3\n',
);

function previewOf(errors: Record<number, string[]>, warnings: Record<number, string[]> = {}): ImportPreview {
  const rows = people.rows.map((_, i) => ({ line: i + 2, errors: errors[i + 2] ?? [], warnings: warnings[i + 2] ?? [] }));
  const invalid = rows.filter((r) => r.errors.length > 0).length;
  return { kind: 'people', rows, valid: rows.length - invalid, invalid, probableDuplicates: 0 };
}

describe('column mapping', () => {
  it('maps the usual Vietnamese headers and names the required fields still without a column', () => {
    const mapping = suggestMapping('people', people.headers);
    expect(missingRequired('people', mapping)).toEqual([]);
    expect(missingRequired('people', { ...mapping, gender: null })).toEqual(['Giới tính']);
    expect(missingRequired('nominations', {})).toEqual(['Họ và tên / Tên tập thể', 'Đơn vị đề nghị', 'Danh hiệu/hình thức', 'Năm']);
  });

  it('warns when one column feeds two fields', () => {
    const mapping = suggestMapping('people', people.headers);
    expect(sharedColumns('people', mapping, people.headers)).toEqual([]);
    expect(sharedColumns('people', { ...mapping, position: 0 }, people.headers)).toEqual([
      'Cột “Họ và tên” đang dùng cho nhiều trường: Họ và tên, Chức vụ.',
    ]);
  });

  it('maps every field from its own label, for every kind, whatever the spacing around “/”', () => {
    for (const kind of KINDS) {
      const fields = IMPORT_FIELDS[kind];
      const mapping = suggestMapping(kind, fields.map((f) => f.label));
      expect(fields.map((f) => mapping[f.key]), kind).toEqual(fields.map((_, i) => i));
    }
    for (const header of ['Danh hiệu/hình thức', 'DANH HIỆU / HÌNH THỨC', 'Danh hiệu/hình thức đề nghị', 'Danh hieu / hinh thuc de nghi']) {
      expect(suggestMapping('nominations', ['Họ và tên', header]).title, header).toBe(1);
    }
  });
});

describe('preview rows', () => {
  it('puts each line’s errors next to it and counts unchecked lines as valid', () => {
    const rows = previewRows(people, previewOf({ 3: ['Năm sinh “19x5” không hợp lệ.'], 4: ['Họ và tên không được để trống.'] }));
    expect(rows.map((r) => [r.id, r.state])).toEqual([[2, 'valid'], [3, 'invalid'], [4, 'invalid']]);
    expect(rows[1].errors).toBe('Năm sinh “19x5” không hợp lệ.');
    expect(rows[1].cells[0]).toBe('Trần Văn Bình');
    expect(previewRows(people, null).every((r) => r.state === 'valid')).toBe(true);
  });

  it('shows a formula-like cell’s warning next to the line without making it invalid', () => {
    const warning = 'Lưu ý: ô “Họ và tên” bắt đầu bằng “=”, sẽ được lưu như chữ thường, không phải công thức.';
    const rows = previewRows(people, previewOf({ 3: ['Lỗi.'] }, { 2: [warning], 3: [warning] }));
    expect(rows[0]).toMatchObject({ state: 'valid', errors: warning });
    expect(rows[1]).toMatchObject({ state: 'invalid', errors: `Lỗi. ${warning}` });
  });

  it('marks a probable duplicate (issue 12.5): valid, found by its own filter and by “valid”, left out of the count when skipped', () => {
    const base = previewOf({ 3: ['Lỗi.'] }, { 2: ['Có thể trùng với “Nguyễn Thị Hòa” (sinh 1980) đã có trong danh mục.'] });
    const preview: ImportPreview = { ...base, probableDuplicates: 1, rows: base.rows.map((r) => (r.line === 2 ? { ...r, duplicateOf: ['p1'] } : r)) };
    const rows = previewRows(people, preview);
    expect(rows.map((r) => r.state)).toEqual(['duplicate', 'invalid', 'valid']);
    expect(filterPreviewRows(rows, 'duplicate', '').map((r) => r.id)).toEqual([2]);
    expect(filterPreviewRows(rows, 'valid', '').map((r) => r.id)).toEqual([2, 4]);
    expect(rowsToWrite(preview, null)).toBe(2);
    expect(rowsToWrite(preview, 'import')).toBe(2);
    expect(rowsToWrite(preview, 'skip')).toBe(1);
    expect(commitLabel('people', preview, 'skip')).toBe('Nhập 1 cá nhân');
  });

  it('filters by state and searches every cell without diacritics', () => {
    const rows = previewRows(people, previewOf({ 3: ['Lỗi.'] }));
    expect(filterPreviewRows(rows, 'invalid', '').map((r) => r.id)).toEqual([3]);
    expect(filterPreviewRows(rows, 'valid', '').map((r) => r.id)).toEqual([2, 4]);
    expect(filterPreviewRows(rows, 'all', 'nguyen thi hoa').map((r) => r.id)).toEqual([2]);
    expect(filterPreviewRows(rows, 'all', 'to truong').map((r) => r.id)).toEqual([2]);
    expect(filterPreviewRows(rows, 'invalid', 'hoa')).toEqual([]);
  });

  it('replaces one corrected row, in NFC and trimmed, leaving the others as they were', () => {
    const decomposed = ' Trần Văn Bình '.normalize('NFD');
    const fixed = withRow(people, 1, [decomposed, '1985', 'Nam', '', 'Tổ dân phố 3']);
    expect(fixed.rows[1]).toEqual(['Trần Văn Bình', '1985', 'Nam', '', 'Tổ dân phố 3']);
    expect(fixed.rows[1][0]).toBe('Trần Văn Bình'.normalize('NFC'));
    expect(fixed.rows[0]).toBe(people.rows[0]);
    expect(fixed.headers).toBe(people.headers);
    expect(people.rows[1][1]).toBe('19x5');
  });
});

describe('sentences', () => {
  it('summarises the check, the commit and the result in Vietnamese with Vietnamese numbers', () => {
    expect(importSummary('people', 1200)).toBe('Đã nhập 1.200 cá nhân.');
    expect(importSummary('units', 3)).toBe('Đã nhập 3 đơn vị.');
    expect(commitLabel('nominations', { kind: 'nominations', rows: [], valid: 118, invalid: 2, probableDuplicates: 0 })).toBe('Nhập 118 đề nghị khen thưởng');
    expect(checkSummary(previewOf({}))).toBe('Tất cả 3 dòng đều hợp lệ.');
    expect(checkSummary(previewOf({ 3: ['x'] }))).toMatch(/^2 dòng hợp lệ, 1 dòng có lỗi\./);
  });

  it('titles the import of one kind as the list pages and the intake page show it', () => {
    expect(KINDS.map(importTitle)).toEqual(['Nhập danh sách đơn vị', 'Nhập danh sách cá nhân', 'Nhập danh sách đề nghị khen thưởng']);
  });
});
