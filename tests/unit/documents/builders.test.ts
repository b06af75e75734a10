/**
 * Every document type, checked on word/document.xml: texts, sizes (half-points), bold/italic, the
 * borderless header table, "Số:" and the place-date line, page size and margins, table widths, the
 * repeating header row and unsplittable rows of long lists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src-renderer/documents';
import type { DocumentModels } from '../../../src-renderer/documents/models';
import type { DocumentKind } from '../../../src-renderer/domain/vocabulary';
import { attr, findParagraph, findRun, gridColumns, readDocx, rowCells, tableRows, type Docx } from './docx';
import { fixtures } from './fixtures';
import { formatPlaceDate } from '../../../src-renderer/domain/text';

const KINDS = Object.keys(fixtures) as DocumentKind[];
const docs = {} as Record<DocumentKind, Docx>;

beforeAll(async () => {
  for (const kind of KINDS) docs[kind] = readDocx(await buildDocument(kind, fixtures[kind] as DocumentModels[typeof kind]));
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Data tables: the ones with borders (layout tables have none). */
const dataTables = (d: Docx) => d.tables.filter((t) => !/<w:top w:val="none"/.test(t));
const headerTable = (d: Docx) => d.tables[0];

/** Documents with the two-column header (all but the personal report). */
const WITH_ISSUER: DocumentKind[] = KINDS.filter((k) => k !== 'personalReport');
const LANDSCAPE_FIRST: DocumentKind[] = ['scoreTable'];

describe.each(KINDS)('%s: page, fonts, header', (kind) => {
  it('is A4 with ND 30 margins (20/20/30/15 mm) in every section', () => {
    const d = docs[kind];
    expect(d.sections.length).toBeGreaterThan(0);
    for (const s of d.sections) {
      const landscape = attr(s, 'w:pgSz', 'w:orient') === 'landscape';
      expect(attr(s, 'w:pgSz', 'w:w')).toBe(landscape ? '16838' : '11906');
      expect(attr(s, 'w:pgSz', 'w:h')).toBe(landscape ? '11906' : '16838');
      expect(attr(s, 'w:pgMar', 'w:top')).toBe('1134');
      expect(attr(s, 'w:pgMar', 'w:bottom')).toBe('1134');
      expect(attr(s, 'w:pgMar', 'w:left')).toBe('1701');
      expect(attr(s, 'w:pgMar', 'w:right')).toBe('850');
    }
    expect(attr(d.sections[0], 'w:pgSz', 'w:orient')).toBe(LANDSCAPE_FIRST.includes(kind) ? 'landscape' : 'portrait');
  });

  it('numbers pages at the top centre from page 2 (title page header empty)', () => {
    const d = docs[kind];
    for (const s of d.sections) {
      expect(s).toContain('<w:titlePg/>');
      expect(s).toMatch(/<w:headerReference w:type="first"/);
      expect(s).toMatch(/<w:headerReference w:type="default"/);
    }
    const headers = Object.entries(d.files).filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, x]) => x);
    const numbered = headers.filter((h) => /PAGE/.test(h));
    expect(numbered.length).toBe(d.sections.length);
    for (const h of numbered) {
      expect(h).toContain('<w:jc w:val="center"/>');
      expect(h).toContain('<w:sz w:val="26"/>');
    }
    // The first-page headers carry no text.
    expect(headers.filter((h) => !/PAGE/.test(h)).every((h) => !/<w:t[ >]/.test(h))).toBe(true);
  });

  it('uses Times New Roman 14 pt by default, in Vietnamese', () => {
    const styles = docs[kind].files['word/styles.xml'];
    expect(styles).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="28"\/>/);
    expect(styles).toContain('w:val="vi-VN"');
  });

  it('prints the national title 12 pt bold and the motto 13 pt bold, with a rule under the motto', () => {
    const d = docs[kind];
    expect(findRun(d, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, size: 24 });
    expect(findRun(d, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 26 });
    const motto = d.paragraphs.findIndex((p) => p.text === 'Độc lập - Tự do - Hạnh phúc');
    expect(d.paragraphs[motto + 1].xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it('keeps every stored string NFC', () => {
    const text = docs[kind].paragraphs.map((p) => p.text).join('\n');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('gives every data table explicit widths that add up to the text width', () => {
    const d = docs[kind];
    for (const t of dataTables(d)) {
      const width = Number(attr(t, 'w:tblW', 'w:w'));
      expect([9355, 14287]).toContain(width);
      expect(sum(gridColumns(t))).toBe(width);
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const rows = tableRows(t);
      expect(rows[0]).toContain('<w:tblHeader/>');
      expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    }
  });
});

describe.each(WITH_ISSUER)('%s: the two-column header', (kind) => {
  it('is a borderless table of two columns, issuer in caps bold with its short rule', () => {
    const d = docs[kind];
    const t = headerTable(d);
    expect(gridColumns(t)).toHaveLength(2);
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(t).toContain(`<w:${side} w:val="none"`);
    }
    const model = fixtures[kind] as { header: { issuer: string[]; agency: string[] } };
    for (const l of model.header.issuer) expect(findRun(d, l.toLocaleUpperCase('vi'))).toMatchObject({ bold: true, size: 24 });
    for (const l of model.header.agency) expect(findRun(d, l.toLocaleUpperCase('vi'))).toMatchObject({ bold: false, size: 24 });
    expect(rowCells(tableRows(t)[0])[0]).toContain(model.header.issuer.at(-1)!.toLocaleUpperCase('vi'));
    expect(tableRows(t)[0]).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });
});

describe('number and place-date lines', () => {
  const numbered: [DocumentKind, string][] = [
    ['submission', 'Số: 05/TTr-UBND'],
    ['meetingMinutes', 'Số: 03/BB-HĐTĐKT'],
    ['voteCountMinutes', 'Số: 04/BB-HĐTĐKT'],
    ['decision', 'Số: 12/QĐ-UBND'],
    ['goodDeedsLetter', 'Số: 215/UBND-VHXH'],
    ['annualReport', 'Số: 318/BC-UBND'],
    ['movementPlan', 'Số: 12/KH-UBND'],
  ];

  it.each(numbered)('%s prints "%s" at 13 pt regular in the left column, level with the date', (kind, text) => {
    const d = docs[kind];
    expect(findRun(d, text)).toMatchObject({ bold: false, italics: false, size: 26 });
    const secondRow = rowCells(tableRows(headerTable(d))[1]);
    expect(secondRow[0].split('\n')[0]).toBe(text);
  });

  const dated: [DocumentKind, string][] = [
    ['submission', 'Ninh Hà, ngày 05 tháng 3 năm 2026'],
    ['ballotPaper', 'Ninh Hà, ngày 02 tháng 3 năm 2026'],
    ['decision', 'Ninh Hà, ngày 18 tháng 12 năm 2026'],
    ['personalReport', 'Ninh Hà, ngày 20 tháng 11 năm 2026'],
    ['collectiveReport', 'Ninh Hà, ngày 25 tháng 11 năm 2026'],
    ['scoreTable', 'Ninh Hà, ngày 05 tháng 12 năm 2026'],
    ['goodDeedsLetter', 'Ninh Hà, ngày 10 tháng 11 năm 2026'],
    ['annualReport', 'Ninh Hà, ngày 22 tháng 12 năm 2026'],
  ];

  it.each(dated)('%s dates itself "%s" in 14 pt italic', (kind, text) => {
    expect(findRun(docs[kind], text)).toMatchObject({ italics: true, size: 28, bold: false });
  });

  it.each(['meetingMinutes', 'voteCountMinutes'] as DocumentKind[])('%s has its own place-date line, level with "Số:" (issue 19 item 3)', (kind) => {
    expect(rowCells(tableRows(headerTable(docs[kind]))[1])[1]).toBe('Ninh Hà, ngày 02 tháng 3 năm 2026');
    expect(findRun(docs[kind], 'Ninh Hà, ngày 02 tháng 3 năm 2026')).toMatchObject({ italics: true, size: 28 });
  });

  it('a phiếu bầu has no number', () => {
    expect(docs.ballotPaper.paragraphs.some((p) => p.text.startsWith('Số:'))).toBe(false);
  });
});

describe('T1 tờ trình + danh sách', () => {
  const d = () => docs.submission;

  it('has the title, trích yếu with its rule, and Kính gửi lines', () => {
    expect(findRun(d(), 'TỜ TRÌNH')).toMatchObject({ bold: true, size: 28 });
    const summary = findParagraph(d(), fixtures.submission.summary);
    expect(summary.runs.every((r) => r.bold && r.size === 28)).toBe(true);
    const next = d().paragraphs[d().paragraphs.indexOf(summary) + 1];
    expect(next.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    expect(findParagraph(d(), 'Kính gửi:\t- Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa;')).toBeTruthy();
    expect(findParagraph(d(), '- Sở Nội vụ tỉnh Khánh Hòa.')).toBeTruthy();
  });

  it('prints the bases in italic, one a line, ";" then "." at the end', () => {
    const bases = d().paragraphs.filter((p) => p.text.startsWith('Căn cứ'));
    expect(bases).toHaveLength(fixtures.submission.bases.length);
    expect(bases.every((p) => p.runs.every((r) => r.italics))).toBe(true);
    expect(bases.slice(0, -1).every((p) => p.text.endsWith(';'))).toBe(true);
    expect(bases.at(-1)!.text.endsWith('.')).toBe(true);
  });

  it('justifies the body with a 1 cm first-line indent and 6 pt after', () => {
    const body = findParagraph(d(), fixtures.submission.body[0] as string);
    expect(body.align).toBe('both');
    expect(body.xml).toContain('w:firstLine="567"');
    expect(body.xml).toMatch(/<w:spacing [^>]*w:after="120"/);
    expect(body.runs[0].size).toBe(28);
  });

  it('closes with Nơi nhận (12 bold italic, lines 11) beside the signature (caps bold)', () => {
    expect(findRun(d(), 'Nơi nhận:')).toMatchObject({ bold: true, italics: true, size: 24 });
    expect(findRun(d(), '- Như trên;')).toMatchObject({ size: 22, bold: false });
    expect(findRun(d(), '- Lưu: VT, VHXH.')).toMatchObject({ size: 22 });
    expect(findRun(d(), 'TM. ỦY BAN NHÂN DÂN')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d(), 'CHỦ TỊCH')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d(), 'Trần Quốc Bảo')).toMatchObject({ bold: true });
    const closing = d().tables.find((t) => t.includes('Nơi nhận:'))!;
    const [left, right] = rowCells(tableRows(closing)[0]);
    expect(left).toContain('Nơi nhận:');
    expect(right).toContain('TM. ỦY BAN NHÂN DÂN');
  });

  it('attaches the list as its own landscape part with page numbers restarting at 1', () => {
    expect(d().sections).toHaveLength(2);
    expect(attr(d().sections[1], 'w:pgNumType', 'w:start')).toBe('1');
    expect(attr(d().sections[1], 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(findParagraph(d(), '(Kèm theo Tờ trình số 05/TTr-UBND ngày 05 tháng 3 năm 2026 của Ủy ban nhân dân phường Ninh Hà)')).toBeTruthy();
  });

  it('groups the list I. Tập thể before II. Cá nhân with STT restarting, all 64 rows', () => {
    const list = dataTables(d())[0];
    const rows = tableRows(list).map(rowCells);
    expect(rows[0]).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị (địa chỉ)', 'Danh hiệu, hình thức đề nghị', 'Tóm tắt thành tích', 'Ghi chú']);
    expect(rows[1]).toEqual(['I. Tập thể']);
    expect(rows[2][0]).toBe('1');
    expect(rows[2][1]).toBe('Tổ dân phố Phước Thuận');
    expect(rows[6]).toEqual(['II. Cá nhân']);
    expect(rows[7][0]).toBe('1');
    expect(rows.at(-1)![0]).toBe('60');
    expect(rows).toHaveLength(1 + 2 + 4 + 60);
    expect(findParagraph(d(), 'Danh sách này có 04 tập thể và 60 cá nhân./.')).toBeTruthy();
  });
});

describe('T2 biên bản họp Hội đồng', () => {
  const d = () => docs.meetingMinutes;

  it('states time, place, attendance and absences with written opinions', () => {
    expect(findParagraph(d(), 'Thời gian bắt đầu: 14 giờ 00 phút, ngày 02 tháng 3 năm 2026.')).toBeTruthy();
    expect(findRun(d(), 'Thời gian bắt đầu: ')).toMatchObject({ bold: true });
    expect(findParagraph(d(), /^Thành phần: Tổng số thành viên Hội đồng: 11 người; có mặt: 10 người; vắng mặt: 1 người \(1 người có ý kiến bằng văn bản\)\.$/)).toBeTruthy();
    expect(findParagraph(d(), /^- Hồ Thị Kim Oanh – .*: đi công tác .*, có ý kiến bằng văn bản;$/)).toBeTruthy();
    expect(findParagraph(d(), /^Cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày/)).toBeTruthy();
  });

  it('counts the ballot papers apart from written opinions, then adds them against the total membership (issue 12 item 19)', () => {
    const votes = dataTables(d())[0];
    const rows = tableRows(votes).map(rowCells);
    expect(rows[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Phiếu đồng ý', 'Phiếu không đồng ý', 'Ý kiến bằng văn bản', 'Đồng ý / tổng số thành viên', 'Kết quả']);
    const first = fixtures.meetingMinutes.voteResults[0];
    expect(rows[1]).toEqual(['1', first.name, first.positionUnit, '10', '0', '1 đồng ý', '11/11\n100 %', 'Đạt']);
    expect(rows[2].slice(3)).toEqual(['9', '1', '1 đồng ý', '10/11\n90,91 %', 'Đạt']);
    expect(rows[11].slice(3)).toEqual(['7', '3', '1 không đồng ý', '7/11\n63,64 %', 'Không đạt']);
    // Papers never exceed the members present (10); the opinions make up the 11th.
    for (const r of rows.slice(1)) expect(Number(r[3]) + Number(r[4])).toBe(10);
    findParagraph(d(), `- ${first.name}: 10 phiếu đồng ý + 1 ý kiến bằng văn bản = 11/11 thành viên, 100 %, đạt;`);
    findParagraph(d(), `- ${fixtures.meetingMinutes.voteResults[10].name}: 7 phiếu đồng ý = 7/11 thành viên, 63,64 %, không đạt;`);
  });

  it('signs THƯ KÝ on the left and CHỦ TỌA on the right, names level, Nơi nhận beneath', () => {
    const signatures = d().tables.find((t) => t.includes('CHỦ TỌA'))!;
    const [left, right] = rowCells(tableRows(signatures)[0]);
    expect(left.split('\n')[0]).toBe('THƯ KÝ');
    expect(left).toContain('Nguyễn Thị Mỹ Linh');
    expect(right.split('\n')[0]).toBe('CHỦ TỌA');
    expect(right).toContain('Trần Quốc Bảo');
    const after = d().document.slice(d().document.indexOf('CHỦ TỌA'));
    expect(after).toContain('Nơi nhận:');
  });
});

describe('T3 phiếu bầu', () => {
  it('lists every candidate with empty boxes tall enough to mark, and no voter name', () => {
    const d = docs.ballotPaper;
    expect(findRun(d, 'PHIẾU BẦU')).toMatchObject({ bold: true, size: 28 });
    const rows = tableRows(dataTables(d)[0]);
    expect(rowCells(rows[0])).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Đồng ý', 'Không đồng ý']);
    expect(rows).toHaveLength(1 + fixtures.ballotPaper.candidates.length);
    for (const r of rows.slice(1)) {
      expect(r).toMatch(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/);
      expect(rowCells(r).slice(3)).toEqual(['', '']);
    }
    expect(d.document).not.toMatch(/Người bầu|Họ tên người bỏ phiếu/);
    expect(findRun(d, fixtures.ballotPaper.instruction)).toMatchObject({ italics: true });
  });
});

describe('T4 biên bản kiểm phiếu', () => {
  const d = () => docs.voteCountMinutes;

  it('counts ballot papers issued, returned, valid and invalid, and written opinions on their own line (issue 12 item 19)', () => {
    expect(findParagraph(d(), '1. Tổng số thành viên Hội đồng: 11 người')).toBeTruthy();
    expect(findParagraph(d(), '2. Số phiếu phát ra: 10 phiếu')).toBeTruthy();
    expect(findParagraph(d(), '4. Số phiếu hợp lệ: 10 phiếu')).toBeTruthy();
    expect(findParagraph(d(), '5. Số phiếu không hợp lệ: 0 phiếu')).toBeTruthy();
    expect(findParagraph(d(), '6. Ý kiến bằng văn bản của thành viên vắng mặt (tính riêng): 1 ý kiến (Hồ Thị Kim Oanh)')).toBeTruthy();
    expect(findRun(d(), '10 phiếu')).toMatchObject({ bold: true });
    expect(findParagraph(d(), /^1\. Huỳnh Ngọc Sơn – .*, Trưởng ban;$/)).toBeTruthy();
    expect(findParagraph(d(), /mức đạt: từ 80 % trở lên\.$/).runs[0].italics).toBe(true);
    findParagraph(d(), /: 9 phiếu đồng ý \+ 1 ý kiến bằng văn bản = 10\/11 thành viên, 90,91 %, đạt;$/);
  });

  it('records when the counting began and ended, not the meeting’s times (issue 19 item 3)', () => {
    findParagraph(d(), /^Vào lúc 15 giờ 30 phút, ngày 02 tháng 3 năm 2026, tại Hội trường/);
    findParagraph(d(), /^Việc kiểm phiếu kết thúc vào lúc 16 giờ 00 phút cùng ngày/);
    expect(d().document).not.toContain('14 giờ 00 phút');
  });

  it('signs the board two by two, the odd one centred beneath', () => {
    const pairs = d().tables.find((t) => t.includes('TRƯỞNG BAN KIỂM PHIẾU'))!;
    expect(tableRows(pairs)).toHaveLength(1);
    const lone = findParagraph(d(), 'Lê Hữu Phước');
    expect(d().document.indexOf(lone.xml)).toBeGreaterThan(d().document.indexOf(pairs));
    expect(lone.align).toBe('center');
  });
});

describe('T5 quyết định + danh sách có số tiền', () => {
  const d = () => docs.decision;

  it('has the authority line, bases, "QUYẾT ĐỊNH:" and articles with "Điều N." in bold', () => {
    expect(findRun(d(), 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d(), 'QUYẾT ĐỊNH:')).toMatchObject({ bold: true });
    for (const n of [1, 2, 3]) expect(findRun(d(), `Điều ${n}. `)).toMatchObject({ bold: true });
    expect(findParagraph(d(), /^Xét đề nghị của .*2026\.$/).runs[0].italics).toBe(true);
    expect(findRun(d(), 'KT. CHỦ TỊCH')).toMatchObject({ bold: true });
    expect(findRun(d(), 'PHÓ CHỦ TỊCH')).toMatchObject({ bold: true });
    expect(findRun(d(), '- Như Điều 3;')).toBeTruthy();
  });

  it('lists the amounts in đồng with their coefficient, and their total', () => {
    const rows = tableRows(dataTables(d())[0]).map(rowCells);
    expect(rows[2].slice(4, 6)).toEqual(['0,6', '1.410.000']);
    expect(rows[9].slice(4, 6)).toEqual(['0,3', '710.000']);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['', 'Tổng cộng']);
    expect(rows.at(-1)![5]).toBe('55.320.000'); // 6 × 1.410.000 + 66 × 710.000
    expect(rows).toHaveLength(1 + 2 + 6 + 66 + 1);
  });

  it('names who decided in the list’s annex line, with the date in words (issue 12 item 20)', () => {
    expect(findParagraph(d(), '(Kèm theo Quyết định số 12/QĐ-UBND ngày 18 tháng 12 năm 2026 của Chủ tịch UBND phường Ninh Hà)')).toBeTruthy();
  });

  it('states the coefficient and base salary "Số tiền" was computed with (issue 12 item 20)', () => {
    const note = findParagraph(d(), 'Số tiền = hệ số × mức lương cơ sở 2.340.000 đồng, làm tròn lên hàng chục nghìn đồng (khoản 2 Điều 49 Nghị định số 152/2025/NĐ-CP).');
    expect(note.runs[0].italics).toBe(true);
    expect(note.xml).toContain('<w:keepNext/>');
  });

  it('keeps its list portrait with STT, name, position and unit, award, coefficient, amount — no achievement column (issue 19 item 5)', () => {
    const rows = tableRows(dataTables(d())[0]).map(rowCells);
    expect(rows[0]).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị (địa chỉ)', 'Danh hiệu, hình thức', 'Hệ số', 'Số tiền (đồng)', 'Ghi chú']);
    expect(d().sections).toHaveLength(2);
    expect(attr(d().sections[1], 'w:pgSz', 'w:orient')).toBe('portrait');
    expect(d().document).not.toContain('Tóm tắt thành tích');
  });

  it('cites every basis in one form, ND 152 by its title, TT 15 right after it, ND 129 with its date, the province’s regulation (issue 19 item 1, issue 12 item 20)', () => {
    const bases = d().paragraphs.filter((p) => p.text.startsWith('Căn cứ')).map((p) => p.text);
    expect(bases).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ;',
      'Căn cứ Nghị định số 129/2025/NĐ-CP ngày 11 tháng 6 năm 2025 của Chính phủ quy định phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ;',
      'Căn cứ Quyết định số 45/2025/QĐ-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Khánh Hòa ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh Khánh Hòa;',
    ]);
  });

  it('ends with Điều 3 holding the effect and who carries it out, kept with the signature block (issue 12 item 20, issue 19 item 5)', () => {
    const article3 = findParagraph(d(), /^Điều 3\. Quyết định này có hiệu lực kể từ ngày ký\. Chánh Văn phòng .* chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
    const index = d().paragraphs.indexOf(article3);
    expect(article3.xml).toContain('<w:keepNext/>');
    // Only the spacer (kept with the closing table) stands between Điều 3 and the Nơi nhận.
    const spacer = d().paragraphs[index + 1];
    expect(spacer.text).toBe('');
    expect(spacer.xml).toContain('<w:keepNext/>');
    expect(d().paragraphs[index + 2].text).toBe('Nơi nhận:');
  });
});

describe('T6/T7 báo cáo thành tích', () => {
  it('the personal report has only the national title, prefilled facts and dotted lines for the rest', () => {
    const d = docs.personalReport;
    expect(d.paragraphs[0].text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(findParagraph(d, '- Họ và tên: Nguyễn Thị Thu Thảo')).toBeTruthy();
    const blank = findParagraph(d, '- Học hàm, học vị, danh hiệu, giải thưởng: \t');
    expect(blank.xml).toMatch(/<w:tab w:val="right" w:pos="9355" w:leader="dot"\/>/);
    expect(findRun(d, 'BÁO CÁO THÀNH TÍCH')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d, 'Đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026')).toMatchObject({ bold: true });
  });

  it('lists earlier titles and commendations in year order in two tables', () => {
    const d = docs.personalReport;
    const [titles, commendations] = dataTables(d).map((t) => tableRows(t).map(rowCells));
    expect(titles.slice(1).map((r) => r[0])).toEqual(['2024', '2025']);
    expect(titles[2][1]).toBe('Chiến sĩ thi đua cơ sở');
    expect(commendations[1][2]).toMatch(/^Số 1420\/QĐ-UBND/);
  });

  it('signs NGƯỜI BÁO CÁO on the right, the unit head on the left, the proposing level below', () => {
    const d = docs.personalReport;
    const pair = d.tables.find((t) => t.includes('NGƯỜI BÁO CÁO THÀNH TÍCH'))!;
    const [left, right] = rowCells(tableRows(pair)[0]);
    expect(left).toContain('THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ'.split('\n')[0]);
    expect(right).toContain('Nguyễn Thị Thu Thảo');
    expect(findRun(d, 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG')).toMatchObject({ bold: true });
  });

  it('the collective report carries the unit header and its parts', () => {
    const d = docs.collectiveReport;
    expect(findRun(d, 'TRƯỜNG TIỂU HỌC NINH HÀ')).toMatchObject({ bold: true });
    expect(findParagraph(d, 'I. ĐẶC ĐIỂM, TÌNH HÌNH')).toBeTruthy();
    expect(findParagraph(d, '- Tổng số cán bộ, giáo viên, nhân viên: 42 người (nữ 35 người)')).toBeTruthy();
    expect(findRun(d, 'HIỆU TRƯỞNG')).toMatchObject({ bold: true });
  });
});

describe('T8 bảng tổng hợp điểm', () => {
  const d = () => docs.scoreTable;

  it('is landscape with a table as wide as the landscape text width', () => {
    expect(attr(d().sections[0], 'w:pgSz', 'w:orient')).toBe('landscape');
    expect(attr(dataTables(d())[0], 'w:tblW', 'w:w')).toBe('14287');
  });

  it('groups units by khối, keeps decimals with a comma and shows shared ranks', () => {
    const rows = tableRows(dataTables(d())[0]).map(rowCells);
    expect(rows[0]).toEqual(['STT', 'Đơn vị', 'Tự chấm', 'Hội đồng chấm', 'Điểm thưởng', 'Điểm trừ', 'Tổng điểm', 'Xếp hạng', 'Xếp loại', 'Đề nghị khen thưởng', 'Ghi chú']);
    expect(rows[1]).toEqual(['Khối Tổ dân phố']);
    const block = rows.slice(2, 26);
    expect(block.map((r) => r[0])).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
    expect(block.some((r) => /,\d+$/.test(r[6]))).toBe(true);
    const ranks = block.map((r) => r[7]);
    expect(new Set(ranks).size).toBeLessThan(ranks.length); // ties share a rank
    expect(rows[26]).toEqual(['Khối Mặt trận và các đoàn thể']);
    expect(findRun(d(), fixtures.scoreTable.tieBreakNote)).toMatchObject({ italics: true });
  });

  it('is signed by the preparer (left) and the chair for the council (right)', () => {
    const pair = d().tables.find((t) => t.includes('NGƯỜI LẬP BẢNG'))!;
    const [left, right] = rowCells(tableRows(pair)[0]);
    expect(left).toMatch(/^NGƯỜI LẬP BẢNG/);
    expect(right).toMatch(/^TM\. HỘI ĐỒNG\nCHỦ TỊCH/);
  });
});

describe('T9 công văn giới thiệu điển hình + danh sách', () => {
  const d = () => docs.goodDeedsLetter;

  it('puts "V/v …" under the number in 12 pt, with no title', () => {
    const left = rowCells(tableRows(headerTable(d()))[1])[0].split('\n');
    expect(left).toEqual(['Số: 215/UBND-VHXH', 'V/v giới thiệu điển hình tiên tiến, người tốt, việc tốt năm 2026']);
    expect(findRun(d(), left[1])).toMatchObject({ size: 24, bold: false });
    expect(findParagraph(d(), 'Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa.').align).toBe('center');
  });

  it('attaches the nine-column list on landscape pages', () => {
    expect(attr(d().sections[0], 'w:pgSz', 'w:orient')).toBe('portrait');
    expect(attr(d().sections[1], 'w:pgSz', 'w:orient')).toBe('landscape');
    const rows = tableRows(dataTables(d())[0]).map(rowCells);
    expect(rows[0]).toHaveLength(9);
    expect(rows).toHaveLength(1 + 24);
    expect(rows[4][2]).toBe('');
  });
});

describe('T10 báo cáo tổng kết năm', () => {
  const d = () => docs.annualReport;

  it('has the sections as bold headings and the statistics in Phụ lục I', () => {
    expect(findRun(d(), 'BÁO CÁO')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d(), 'I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA')).toMatchObject({ bold: true });
    expect(findRun(d(), 'Phụ lục I')).toMatchObject({ bold: true, size: 28 });
    expect(findParagraph(d(), /^\(Kèm theo Báo cáo số 318\/BC-UBND ngày 22 tháng 12 năm 2026/)).toBeTruthy();
    expect(d().paragraphs.some((p) => p.text.startsWith('Kính gửi'))).toBe(false);
  });

  it('totals the award counts with thousands separators', () => {
    const rows = tableRows(dataTables(d())[0]).map(rowCells);
    expect(rows.at(-2)![5]).toBe('4.210');
    expect(rows.at(-1)).toEqual(['', 'Tổng cộng', '', '24', '221', '4.213']);
  });
});

describe('Kế hoạch phát động phong trào thi đua (Luật TĐKT 2022 Điều 16, 17.1)', () => {
  const d = () => docs.movementPlan;
  const texts = () => d().paragraphs.map((p) => p.text);

  it('has "KẾ HOẠCH" with its trích yếu, the Căn cứ lines in italic, then the opening paragraph', () => {
    expect(findRun(d(), 'KẾ HOẠCH')).toMatchObject({ bold: true, size: 28 });
    expect(findParagraph(d(), fixtures.movementPlan.summary).runs.every((r) => r.bold)).toBe(true);
    expect(findRun(d(), 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;')).toMatchObject({ italics: true });
    const t = texts();
    expect(t.indexOf(fixtures.movementPlan.opening)).toBeGreaterThan(t.findIndex((x) => x.startsWith('Căn cứ Luật Thi đua')));
  });

  it('prints the parts of Điều 17.1 as bold sections I–V in order, each with its text, the quota in section III', () => {
    const t = texts();
    const headings = ['I. MỤC TIÊU', 'II. PHẠM VI VÀ ĐỐI TƯỢNG THI ĐUA', '1. Phạm vi', '2. Đối tượng', 'III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA',
      'IV. THỜI GIAN THỰC HIỆN', 'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN'];
    const at = headings.map((h) => t.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const h of headings) expect(findRun(d(), h)).toMatchObject({ bold: true });
    expect(t.indexOf('- Hộ gia đình, cá nhân.')).toBeGreaterThan(t.indexOf('2. Đối tượng'));
    const quota = t.findIndex((x) => x.startsWith('Chỉ tiêu: phường Ninh Hà phấn đấu đạt ít nhất 05 điển hình'));
    expect(quota).toBeGreaterThan(t.indexOf('III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA'));
    expect(quota).toBeLessThan(t.indexOf('IV. THỜI GIAN THỰC HIỆN'));
    expect(t.indexOf('Nơi nhận:')).toBeGreaterThan(t.indexOf('V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN'));
  });
});

describe('Gia đình văn hóa, NĐ 86/2023 Phụ lục IV (issue 12 item 4)', () => {
  const CULTURE: DocumentKind[] = ['cultureProposal', 'cultureHouseholdList', 'cultureMinutes'];

  it.each(CULTURE)('%s: the tổ dân phố under the ward’s committee, unnumbered, with its place-date line', (kind) => {
    const d = docs[kind];
    const [left, right] = rowCells(tableRows(headerTable(d))[0]);
    expect(left.split('\n')).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ', 'TỔ DÂN PHỐ PHƯỚC THUẬN', '']);
    expect(findRun(d, 'PHƯỜNG NINH HÀ')).toMatchObject({ bold: false });
    expect(findRun(d, 'TỔ DÂN PHỐ PHƯỚC THUẬN')).toMatchObject({ bold: true });
    expect(right).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(d.paragraphs.some((p) => p.text.startsWith('Số:'))).toBe(false);
    expect(rowCells(tableRows(headerTable(d))[1])[1]).toBe(formatPlaceDate('Ninh Hà', fixtures[kind].date));
  });

  it('Mẫu 01: “VĂN BẢN ĐỀ NGHỊ”, its trích yếu, Kính gửi the chairman, NĐ 86/2023 as basis, the Tổ trưởng signs', () => {
    const d = docs.cultureProposal;
    expect(findRun(d, 'VĂN BẢN ĐỀ NGHỊ')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d, 'Xét tặng danh hiệu “Gia đình văn hóa” năm 2026')).toMatchObject({ bold: true });
    expect(findParagraph(d, 'Kính gửi: Chủ tịch Ủy ban nhân dân phường Ninh Hà.')).toBeTruthy();
    expect(findRun(d, fixtures.cultureProposal.bases[0] + ';')).toMatchObject({ italics: true });
    expect(findParagraph(d, /cho 45 hộ gia đình \(có danh sách kèm theo\)\.$/)).toBeTruthy();
    const closingTable = d.tables.find((t) => t.includes('TỔ TRƯỞNG TỔ DÂN PHỐ'))!;
    const [recipients, signature] = rowCells(tableRows(closingTable)[0]);
    expect(recipients).toBe('Nơi nhận:\n- Như trên;\n- Lưu: Tổ dân phố Phước Thuận.');
    expect(signature).toBe('TỔ TRƯỞNG TỔ DÂN PHỐ\nTrương Văn Hải');
  });

  it('Mẫu 02: “DANH SÁCH” of the households proposed with residents’ comments, then those withdrawn', () => {
    const d = docs.cultureHouseholdList;
    expect(findRun(d, 'DANH SÁCH')).toMatchObject({ bold: true });
    expect(findRun(d, 'Hộ gia đình đề nghị xét tặng danh hiệu “Gia đình văn hóa” năm 2026')).toMatchObject({ bold: true });
    const [proposed, withdrawn] = dataTables(d).map((t) => tableRows(t).map(rowCells));
    expect(proposed[0]).toEqual(['STT', 'Họ và tên chủ hộ', 'Địa chỉ', 'Ý kiến của người dân']);
    expect(proposed).toHaveLength(46);
    expect(proposed[45].slice(0, 2)).toEqual(['45', fixtures.cultureHouseholdList.rows[44].name]);
    expect(proposed[1][3]).toBe('Không có ý kiến');
    expect(proposed[5][3]).toMatch(/^Có ý kiến đề nghị xem lại/);
    expect(withdrawn.slice(1).map((r) => r[1])).toEqual(fixtures.cultureHouseholdList.withdrawn.map((h) => h.name));
    expect(findParagraph(d, 'Hộ gia đình không tiếp tục đề nghị sau khi lấy ý kiến:')).toBeTruthy();
  });

  it('Mẫu 03: “BIÊN BẢN HỌP” of the tổ dân phố, THƯ KÝ left and CHỦ TRÌ right, and no attendance share (NĐ 122/2018 repealed)', () => {
    const d = docs.cultureMinutes;
    expect(findRun(d, 'BIÊN BẢN HỌP')).toMatchObject({ bold: true, size: 28 });
    expect(findRun(d, 'Tổ dân phố Phước Thuận bình xét danh hiệu “Gia đình văn hóa” năm 2026')).toMatchObject({ bold: true });
    const pair = d.tables.find((t) => t.includes('CHỦ TRÌ'))!;
    const [left, right] = rowCells(tableRows(pair)[0]);
    expect(left.split('\n')[0]).toBe('THƯ KÝ');
    expect(right).toBe('CHỦ TRÌ\nTrương Văn Hải');
    expect(d.document).not.toMatch(/60\s?%/);
  });
});
