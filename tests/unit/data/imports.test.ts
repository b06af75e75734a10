import ExcelJS from 'exceljs';
import { Dexie, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { auditOf } from '../../../src-renderer/data/audit';
import { RefusedError } from '../../../src-renderer/data/errors';
import { FileRejectedError } from '../../../src-renderer/data/fileFormat';
import { commitImport, previewImport, suggestMapping } from '../../../src-renderer/data/imports/importRows';
import { parseCsv, parseDelimited, parsePasted, parseTabular } from '../../../src-renderer/data/imports/tabular';
import { signIn } from '../../../src-renderer/data/currentUser';
import { nominationRepo } from '../../../src-renderer/data/nominations';
import { applyProvincePack } from '../../../src-renderer/data/provincePack';
import { KHANH_HOA_PACK } from '../../../src-renderer/data/provincePacks';
import { saveWardProfile } from '../../../src-renderer/data/registers';
import type { LocalTitle } from '../../../src-renderer/domain/provincePack';
import { addPerson, addUnit, freshDb, snapshot } from './helpers';

const encode = (s: string) => new TextEncoder().encode(s);

describe('tabular parsing', () => {
  it('parses RFC 4180 CSV: quotes, doubled quotes, embedded delimiters and newlines, CRLF', () => {
    expect(parseDelimited('a,"b,c","d ""e""",\r\n"x\ny",2\n', ',')).toEqual([['a', 'b,c', 'd "e"', ''], ['x\ny', '2']]);
  });

  it('detects the semicolon delimiter of Vietnamese Excel, strips the BOM, drops blank rows, normalises to NFC', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    const data = parseCsv(`\ufeffHọ và tên;Giới tính\n${nfd};Nữ\n;\n`);
    expect(data.headers).toEqual(['Họ và tên', 'Giới tính']);
    expect(data.rows).toEqual([['Nguyễn Thị Hoà', 'Nữ']]);
  });

  it('reads pasted Excel cells (tab-separated)', () => {
    expect(parsePasted('Tên đơn vị\tLoại\nTổ dân phố 1\tTổ dân phố\n').rows).toEqual([['Tổ dân phố 1', 'Tổ dân phố']]);
  });

  it('reads the first worksheet of an .xlsx, including numbers and rich text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Năm sinh', 'Giới tính']);
    sheet.addRow(['Trần Văn Hùng', 1975, 'Nam']);
    sheet.addRow([{ richText: [{ text: 'Lê Thị ' }, { text: 'Thủy' }] }, 1988, 'Nữ']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const data = await parseTabular(bytes, 'danh-sach.XLSX');
    expect(data.headers).toEqual(['Họ và tên', 'Năm sinh', 'Giới tính']);
    expect(data.rows).toEqual([['Trần Văn Hùng', '1975', 'Nam'], ['Lê Thị Thủy', '1988', 'Nữ']]);
  });

  it('refuses other file types, broken workbooks and non-UTF-8 CSV', async () => {
    await expect(parseTabular(encode('x'), 'a.pdf')).rejects.toBeInstanceOf(FileRejectedError);
    await expect(parseTabular(encode('not a zip'), 'a.xlsx')).rejects.toMatchObject({ code: 'format' });
    await expect(parseTabular(new Uint8Array([0x48, 0xe0, 0x20, 0x4e]), 'a.csv')).rejects.toMatchObject({ code: 'encoding' });
  });
});

describe('imports', () => {
  it('maps headers by search key and lists each row’s errors for people', async () => {
    const db = freshDb();
    await addUnit(db, 'Tổ dân phố 1');
    const data = parseCsv(
      'HO VA TEN,Giới tính,Năm sinh,Đơn vị\n' +
        'Nguyễn Thị Hoà,Nữ,1980,Tổ dân phố 1\n' +
        'Trần Văn Hùng,Ông,1975,Tổ dân phố 1\n' +
        'Lê Thị Thủy,Nữ,19x8,Tổ dân phố 99\n' +
        ',Nam,,\n' +
        'Nguyễn Thị Hoà,Nữ,01/02/1980,Tổ dân phố 1\n',
    );
    const mapping = suggestMapping('people', data.headers);
    expect(mapping).toMatchObject({ fullName: 0, gender: 1, birthYear: 2, unit: 3, position: null });
    const preview = await previewImport(db, 'people', data, mapping);
    expect(preview).toMatchObject({ valid: 1, invalid: 4 });
    expect(preview.rows.map((r) => [r.line, r.errors])).toEqual([
      [2, []],
      [3, ['Giới tính “Ông” phải là Nam hoặc Nữ.']],
      [4, ['Đơn vị “Tổ dân phố 99” chưa có trong danh mục.', 'Năm sinh “19x8” không hợp lệ.']],
      [5, ['Họ và tên không được để trống.']],
      [6, ['Trùng với một dòng phía trên (cùng họ tên, năm sinh, đơn vị).']],
    ]);
  });

  it('tells the live queries that the tables changed as a whole, not key by key (the window copied 100,000 keys)', async () => {
    const db = freshDb();
    const lines = Array.from({ length: 60 }, (_, i) => `Người Thứ ${i + 1},${i % 2 ? 'Nữ' : 'Nam'},${1950 + i}`);
    const data = parseCsv(`Họ và tên,Giới tính,Năm sinh\n${lines.join('\n')}\n`);
    const preview = await previewImport(db, 'people', data, suggestMapping('people', data.headers));
    const notices: ObservabilitySet[] = [];
    const listen = (parts: ObservabilitySet) => notices.push(parts);
    Dexie.on('storagemutated', listen);
    try {
      expect(await commitImport(db, preview)).toBe(60);
    } finally {
      Dexie.on('storagemutated').unsubscribe(listen);
    }
    const parts = Object.assign({}, ...notices) as Record<string, { from: unknown; to: unknown; l?: unknown; r?: unknown }>;
    expect(Object.keys(parts)).toContain(`idb://${db.name}/people/`);
    expect(Object.keys(parts)).toContain(`idb://${db.name}/people/searchWords`);
    for (const set of Object.values(parts)) expect([set.from, set.to, set.l ?? null, set.r ?? null]).toEqual([-Infinity, [[[]]], null, null]);
    // And the register read by a live query has them.
    expect(await db.people.count()).toBe(60);
  });

  it('commits nothing while rows are in error, everything valid in one step when told to skip them', async () => {
    const db = freshDb();
    const data = parseCsv('Tên đơn vị,Loại\nTổ dân phố 1,\nTrường Tiểu học Ninh Hà,\nCông an phường,Không biết\nTổ dân phố 1,\n');
    const preview = await previewImport(db, 'units', data, suggestMapping('units', data.headers));
    expect(preview.rows.map((r) => r.errors)).toEqual([[], [], ['Loại đơn vị “Không biết” không rõ.'], ['Đơn vị “Tổ dân phố 1” đã có.']]);
    const before = await snapshot(db);
    await expect(commitImport(db, preview)).rejects.toBeInstanceOf(RefusedError);
    expect(await snapshot(db)).toEqual(before);
    expect(await commitImport(db, preview, { skipInvalid: true })).toBe(2);
    const units = await db.units.toArray();
    expect(units.map((u) => [u.name, u.kind]).sort()).toEqual([['Trường Tiểu học Ninh Hà', 'school'], ['Tổ dân phố 1', 'tdp']]);
    expect((await auditOf(db, 'units', units[0].id))[0]).toMatchObject({ action: 'import' });
  });

  it('rolls back the whole import when one row fails while writing', async () => {
    const db = freshDb();
    const unit = await addUnit(db, 'Tổ dân phố 2');
    const data = parseCsv('Họ và tên,Giới tính,Đơn vị\nA,Nam,Tổ dân phố 2\nB,Nữ,Tổ dân phố 2\n');
    const preview = await previewImport(db, 'people', data, suggestMapping('people', data.headers));
    await db.units.delete(unit.id); // the unit disappears between preview and commit
    await expect(commitImport(db, preview)).rejects.toThrow('Đơn vị không tồn tại');
    expect(await db.people.count()).toBe(0);
  });

  it('reads a “Ngày mất” column into the person\'s date of death, and names a bad one on its row', async () => {
    const db = freshDb();
    await addUnit(db, 'Tổ dân phố 1');
    const data = parseCsv(
      'Họ và tên,Giới tính,Năm sinh,Đơn vị,Ngày mất\n' +
        'Lê Văn Mất,Nam,1950,Tổ dân phố 1,05/03/2026\n' +
        'Trần Thị Sống,Nữ,1960,Tổ dân phố 1,\n' +
        'Lê Văn Sai,Nam,1950,Tổ dân phố 1,31/02/2026\n' +
        'Lê Văn Trước,Nam,1950,Tổ dân phố 1,01/01/1949\n' +
        'Lê Văn Sau,Nam,1950,Tổ dân phố 1,01/01/2999\n',
    );
    const mapping = suggestMapping('people', data.headers);
    expect(mapping.deathDate).toBe(4);
    const preview = await previewImport(db, 'people', data, mapping);
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [], [],
      ['Ngày mất “31/02/2026” không hợp lệ (ghi ngày/tháng/năm, ví dụ 05/03/2020).'],
      ['Ngày mất không được trước ngày sinh.'],
      ['Ngày mất không được sau ngày hôm nay.'],
    ]);
    expect(await commitImport(db, preview, { skipInvalid: true })).toBe(2);
    const people = await db.people.toArray();
    expect(Object.fromEntries(people.map((p) => [p.fullName, p.deathDate]))).toEqual({ 'Lê Văn Mất': '2026-03-05', 'Trần Thị Sống': null });
  });

  it('imports nominations by name, title label or abbreviation, and reports unknown or duplicate ones', async () => {
    const db = freshDb();
    const unit = await addUnit(db, 'Tổ dân phố 3');
    const hoa = await addPerson(db, unit.id, 'Nguyễn Thị Hòa');
    await nominationRepo.create(db, { nominee: { kind: 'person', personId: hoa.id }, year: 2026, titleCode: 'CSTDCS', proposingUnitId: unit.id });
    await addPerson(db, unit.id, 'Phan Văn Lộc');
    const data = parseCsv(
      'Họ và tên / Tên tập thể,Đơn vị đề nghị,Danh hiệu,Năm,Tóm tắt thành tích\n' +
        'Nguyễn Thị Hoà,Tổ dân phố 3,LĐTT,2026,Tích cực\n' +
        'Phan Văn Lộc,Tổ dân phố 3,Lao động tiên tiến,2026,\n' +
        'Tổ dân phố 3,Tổ dân phố 3,Tổ dân phố văn hoá,2026,\n' +
        'Nguyễn Thị Hoà,Tổ dân phố 3,Chiến sĩ thi đua cơ sở,2026,\n' +
        'Người Lạ,Tổ dân phố 3,LĐTT,2026,\n' +
        'Phan Văn Lộc,Tổ dân phố 3,Huân chương,2026,\n' +
        'Phan Văn Lộc,Tổ dân phố 3,Bằng khen của Chủ tịch Ủy ban nhân dân thành phố,2026,\n',
    );
    const preview = await previewImport(db, 'nominations', data, suggestMapping('nominations', data.headers));
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [],
      [],
      [],
      ['Đã có đề nghị “Chiến sĩ thi đua cơ sở” năm 2026 cho Nguyễn Thị Hoà.'],
      ['Chưa có cá nhân “Người Lạ” trong danh mục (hãy nhập danh sách cá nhân trước).'],
      ['Danh hiệu/hình thức “Huân chương” không rõ.'],
      [], // a city ward's name of the Bằng khen (issue 20 item 1)
    ]);
    expect(await commitImport(db, preview, { skipInvalid: true })).toBe(4);
    expect((await db.nominations.toArray()).filter((n) => n.titleCode === 'BANG_KHEN_TINH')).toHaveLength(1);
  });

  it('imports a province pack\'s own title by its name, short name or code; an unknown title is named with the pack\'s titles', async () => {
    const db = freshDb();
    signIn('Cán bộ VH-XH', 'standing');
    await saveWardProfile(db, {
      name: 'Phường Một', headerIssuer: 'ỦY BAN NHÂN DÂN PHƯỜNG MỘT', councilName: 'Hội đồng Thi đua - Khen thưởng phường Một',
      placeName: 'Một', province: '', upperLevel: { preset: 'province' }, chairman: { name: 'Trần Văn Hùng', title: 'Chủ tịch' }, standingMember: {},
    });
    const local: LocalTitle = {
      id: 'nguoi-tot-viec-tot', label: 'Người tốt, việc tốt của phường', shortLabel: 'NTVT phường', subjectKinds: ['person', 'unit'], conferredBy: 'ward',
      prerequisites: [], voteThresholdPercent: null, voteBase: 'presentMembers', secretBallot: false, disciplineBar: null, capPerYear: null,
      oncePerLifetime: false, posthumous: false, coefficient: { person: 0.3 }, certificate: true, fromGoodDeeds: true, deadline: null, citation: 'Đ14',
    };
    await applyProvincePack(db, { ...KHANH_HOA_PACK, province: { name: 'Mẫu', kind: 'city' }, verificationNote: '', localTitles: [local] });
    const unit = await addUnit(db, 'Tổ dân phố 3');
    for (const name of ['Nguyễn Thị Hòa', 'Phan Văn Lộc', 'Lê Văn Tám']) await addPerson(db, unit.id, name);
    const data = parseCsv(
      'Họ và tên / Tên tập thể,Đơn vị đề nghị,Danh hiệu,Năm\n' +
        'Nguyễn Thị Hòa,Tổ dân phố 3,Người tốt việc tốt của phường,2026\n' +
        'Phan Văn Lộc,Tổ dân phố 3,NTVT phường,2026\n' +
        'Lê Văn Tám,Tổ dân phố 3,local:nguoi-tot-viec-tot,2026\n' +
        'Tổ dân phố 3,Tổ dân phố 3,"“Người tốt, việc tốt của phường”",2026\n' +
        'Lê Văn Tám,Tổ dân phố 3,Gương mặt trẻ,2026\n',
    );
    const preview = await previewImport(db, 'nominations', data, suggestMapping('nominations', data.headers));
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [], [], [], [],
      ['Danh hiệu/hình thức “Gương mặt trẻ” không rõ: không phải danh hiệu, hình thức toàn quốc, cũng không phải danh hiệu riêng của thành phố (“Người tốt, việc tốt của phường”).'],
    ]);
    expect((preview.rows[3].input as { nominee: unknown }).nominee).toEqual({ kind: 'unit', unitId: unit.id });
    expect(await commitImport(db, preview, { skipInvalid: true })).toBe(4);
    const codes = (await db.nominations.toArray()).map((n) => n.titleCode);
    expect(codes).toEqual(['local:nguoi-tot-viec-tot', 'local:nguoi-tot-viec-tot', 'local:nguoi-tot-viec-tot', 'local:nguoi-tot-viec-tot']);
    // A second file with the same rows: each is named as already nominated, by the title's own name.
    const again = await previewImport(db, 'nominations', parseCsv('Họ và tên / Tên tập thể,Đơn vị đề nghị,Danh hiệu,Năm\nPhan Văn Lộc,Tổ dân phố 3,NTVT phường,2026\n'), suggestMapping('nominations', data.headers));
    expect(again.rows[0].errors).toEqual(['Đã có đề nghị “Người tốt, việc tốt của phường” năm 2026 cho Phan Văn Lộc.']);
  });

  it('refuses a birth year or nomination year beyond next year, as it refuses 1800', async () => {
    const db = freshDb();
    const unit = await addUnit(db, 'Tổ dân phố 3');
    await addPerson(db, unit.id, 'Phan Văn Lộc');
    const next = new Date().getFullYear() + 1;
    const people = parseCsv(`Họ và tên,Giới tính,Năm sinh\nA,Nam,${next + 1}\nB,Nữ,1800\nC,Nam,1990\n`);
    const peoplePreview = await previewImport(db, 'people', people, suggestMapping('people', people.headers));
    expect(peoplePreview.rows.map((r) => r.errors)).toEqual([
      [`Năm sinh ${next + 1} không hợp lệ (muộn hơn năm ${next}).`],
      ['Năm sinh không hợp lệ.'],
      [],
    ]);
    const nominations = parseCsv(
      `Họ và tên,Năm sinh,Đơn vị,Danh hiệu,Năm\nPhan Văn Lộc,,Tổ dân phố 3,LĐTT,${next + 1}\n` +
        `Phan Văn Lộc,3024,Tổ dân phố 3,LĐTT,${next}\nPhan Văn Lộc,,Tổ dân phố 3,LĐTT,${next}\n`,
    );
    const preview = await previewImport(db, 'nominations', nominations, suggestMapping('nominations', nominations.headers));
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [`Năm đề nghị ${next + 1} không hợp lệ (muộn hơn năm ${next}).`],
      [`Năm sinh 3024 không hợp lệ (muộn hơn năm ${next}).`],
      [],
    ]);
  });

  it('warns on cells a spreadsheet would run as formulas, and stores them as plain text', async () => {
    const db = freshDb();
    const data = parseCsv(
      'Họ và tên,Giới tính,Số điện thoại,Chức vụ\n' +
        '"=HYPERLINK(""http://x"",""bấm"")",Nam,+84 912 345 678,\n' +
        'Lê Văn An,Nam,,@SUM(A1)\n' +
        '-Trần Văn Bình,Nam,,+cmd\n' +
        'Đỗ Thị Cúc,Nữ,0912345678,Tổ trưởng\n',
    );
    const preview = await previewImport(db, 'people', data, suggestMapping('people', data.headers));
    expect(preview.invalid).toBe(0);
    expect(preview.rows.map((r) => r.warnings)).toEqual([
      ['Lưu ý: ô “Họ và tên” bắt đầu bằng “=”, sẽ được lưu như chữ thường, không phải công thức.'],
      ['Lưu ý: ô “Chức vụ” bắt đầu bằng “@”, sẽ được lưu như chữ thường, không phải công thức.'],
      [
        'Lưu ý: ô “Họ và tên” bắt đầu bằng “-”, sẽ được lưu như chữ thường, không phải công thức.',
        'Lưu ý: ô “Chức vụ” bắt đầu bằng “+”, sẽ được lưu như chữ thường, không phải công thức.',
      ],
      [],
    ]);
    expect(await commitImport(db, preview)).toBe(4);
    const stored = await db.people.where('searchKey').startsWith('=').toArray();
    expect(stored.map((p) => p.fullName)).toEqual(['=HYPERLINK("http://x","bấm")']);
  });

  it('refuses a mapping that leaves out a required column', async () => {
    const db = freshDb();
    await expect(previewImport(db, 'people', parseCsv('Tên\nA\n'), { fullName: 0 })).rejects.toThrow('Chưa chọn cột cho: Giới tính.');
  });
});
