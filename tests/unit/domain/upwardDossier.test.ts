import { describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENTS, attachmentMediaType, attachmentRefusal, manifestCsv, manifestRows, missingParts, packageFiles, readinessRefusal, type UpwardPart,
} from '../../../src-renderer/domain/upwardDossier';

const part = (role: UpwardPart['role'], label: string, documentId: string | null, extra: Partial<UpwardPart> = {}): UpwardPart => ({
  role, label, documentId, numberText: documentId ? '05/TTr-UBND' : '', date: documentId ? '2026-11-20' : '', signer: documentId ? 'Trần Quốc Bảo' : '', ...extra,
});

const complete: UpwardPart[] = [
  part('submission', 'Tờ trình', 'd1'),
  part('list', 'Danh sách kèm theo Tờ trình', 'd1'),
  part('meetingMinutes', 'Biên bản họp Hội đồng', 'd2'),
  part('voteCountMinutes', 'Biên bản kiểm phiếu', 'd3'),
  part('achievementReport', 'Báo cáo thành tích của Nguyễn Văn An', 'd4'),
  part('attachment', 'Tài liệu kèm theo: Xác nhận sáng kiến.pdf', null, { fileName: 'Xác nhận sáng kiến.pdf' }),
];

describe('the upward package’s files', () => {
  it('names each part in order, as .docx and .pdf for Word and PDF; an attachment keeps its own type', () => {
    expect(packageFiles(complete, 'wordAndPdf').map((f) => f.name)).toEqual([
      '01-to-trinh.docx', '01-to-trinh.pdf',
      '02-danh-sach-kem-theo-to-trinh.docx', '02-danh-sach-kem-theo-to-trinh.pdf',
      '03-bien-ban-hop-hoi-dong.docx', '03-bien-ban-hop-hoi-dong.pdf',
      '04-bien-ban-kiem-phieu.docx', '04-bien-ban-kiem-phieu.pdf',
      '05-bao-cao-thanh-tich-cua-nguyen-van-an.docx', '05-bao-cao-thanh-tich-cua-nguyen-van-an.pdf',
      '06-xac-nhan-sang-kien.pdf',
    ]);
  });

  it('sends only PDFs for a PDF-only channel and for paper (the set is printed from them)', () => {
    for (const format of ['pdf', 'paper'] as const) {
      const names = packageFiles(complete, format).map((f) => f.name);
      expect(names.every((n) => n.endsWith('.pdf'))).toBe(true);
      expect(names).toHaveLength(6);
    }
  });
});

describe('“Sẵn sàng gửi”', () => {
  it('is allowed when every part exists', () => {
    expect(missingParts(complete, 'wordAndPdf')).toEqual([]);
    expect(readinessRefusal(complete, 'wordAndPdf')).toBeNull();
  });

  it('is refused naming every part not yet issued', () => {
    const parts = complete.map((p) => (p.role === 'voteCountMinutes' || p.role === 'achievementReport' ? { ...p, documentId: null } : p));
    expect(readinessRefusal(parts, 'wordAndPdf')).toBe(
      'Chưa thể chuyển sang “Sẵn sàng gửi”: còn thiếu Biên bản kiểm phiếu; Báo cáo thành tích của Nguyễn Văn An.',
    );
  });

  it('names a missing tờ trình even when nothing else is there', () => {
    expect(missingParts([], 'pdf')).toEqual(['Tờ trình']);
  });

  it('refuses a Word attachment when the channel takes PDF only, and accepts it for Word and PDF', () => {
    const parts = [...complete.slice(0, 5), part('attachment', 'Tài liệu kèm theo: xac-nhan.docx', null, { fileName: 'xac-nhan.docx' })];
    expect(missingParts(parts, 'pdf')).toEqual(['Tài liệu kèm theo: xac-nhan.docx (cần tệp PDF)']);
    expect(missingParts(parts, 'wordAndPdf')).toEqual([]);
  });
});

describe('the manifest', () => {
  const files = packageFiles(complete.slice(0, 2), 'wordAndPdf');
  const hashes = new Map(files.map((f, i) => [f.name, String(i).repeat(64)]));

  it('lists part, file, number, date, signer and SHA-256 for every file, in order', () => {
    expect(manifestRows(complete, files, hashes)).toEqual([
      { part: 'Tờ trình', file: '01-to-trinh.docx', number: '05/TTr-UBND', date: '2026-11-20', signer: 'Trần Quốc Bảo', sha256: '0'.repeat(64) },
      { part: 'Tờ trình', file: '01-to-trinh.pdf', number: '05/TTr-UBND', date: '2026-11-20', signer: 'Trần Quốc Bảo', sha256: '1'.repeat(64) },
      { part: 'Danh sách kèm theo Tờ trình', file: '02-danh-sach-kem-theo-to-trinh.docx', number: '05/TTr-UBND', date: '2026-11-20', signer: 'Trần Quốc Bảo', sha256: '2'.repeat(64) },
      { part: 'Danh sách kèm theo Tờ trình', file: '02-danh-sach-kem-theo-to-trinh.pdf', number: '05/TTr-UBND', date: '2026-11-20', signer: 'Trần Quốc Bảo', sha256: '3'.repeat(64) },
    ]);
  });

  it('refuses to list a file without its hash', () => {
    expect(() => manifestRows(complete, files, new Map())).toThrow('Thiếu mã băm của tệp 01-to-trinh.docx.');
  });

  it('writes CSV that Excel reads: BOM, Vietnamese headers, quotes where needed, no formula', () => {
    const csv = manifestCsv([
      { part: 'Báo cáo thành tích của Lê Văn "Tư", tổ 3', file: '05-x.pdf', number: '', date: '', signer: '=HYPERLINK("x")', sha256: 'a'.repeat(64) },
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Thành phần,Tệp,"Số, ký hiệu",Ngày,Người ký,SHA-256');
    expect(lines[1]).toBe(`"Báo cáo thành tích của Lê Văn ""Tư"", tổ 3",05-x.pdf,,,"'=HYPERLINK(""x"")",${'a'.repeat(64)}`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines[2]).toBe('');
  });
});

describe('a file the ward adds to the dossier', () => {
  const head = {
    pdf: new TextEncoder().encode('%PDF-1.7'),
    docx: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0),
    jpg: Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46),
    png: Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  };

  it('is taken as PDF, Word or picture when its first bytes agree with its name, whatever the case of the extension', () => {
    expect(attachmentRefusal('Xác nhận.PDF', head.pdf, 1000, 0, 0)).toBeNull();
    expect(attachmentRefusal('Bản tự nhận xét.docx', head.docx, 1000, 0, 0)).toBeNull();
    expect(attachmentRefusal('anh.jpeg', head.jpg, 1000, 0, 0)).toBeNull();
    expect(attachmentRefusal('anh.JPG', head.jpg, 1000, 0, 0)).toBeNull();
    expect(attachmentRefusal('anh.png', head.png, 1000, 0, 0)).toBeNull();
    expect(attachmentMediaType('anh.JPG')).toBe('image/jpeg');
    expect(attachmentMediaType('Bản tự nhận xét.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('is refused, in Vietnamese, for its type, its content, its size, or the dossier’s count and total', () => {
    expect(attachmentRefusal('bang.doc', head.docx, 1000, 0, 0)).toContain('phải là tệp PDF, Word (.docx) hoặc ảnh (.jpg, .png)');
    expect(attachmentRefusal('khong-duoi', head.pdf, 1000, 0, 0)).toContain('phải là tệp PDF');
    expect(attachmentRefusal('__proto__', head.pdf, 1000, 0, 0)).toContain('phải là tệp PDF');
    expect(attachmentRefusal('anh.png', head.jpg, 1000, 0, 0)).toBe('Tệp “anh.png” không phải tệp PNG thật (nội dung không khớp với phần mở rộng).');
    expect(attachmentRefusal('trong.pdf', new Uint8Array(0), 0, 0, 0)).toBe('Tệp “trong.pdf” trống.');
    expect(attachmentRefusal('lon.pdf', head.pdf, 3_000_001, 0, 0)).toContain('lớn hơn 3 MB');
    expect(attachmentRefusal('them.pdf', head.pdf, 1000, 0, MAX_ATTACHMENTS)).toBe(`Hồ sơ đã có ${MAX_ATTACHMENTS} tài liệu kèm theo, không thêm được nữa.`);
    expect(attachmentRefusal('them.pdf', head.pdf, 1_500_000, 4_000_000, 3)).toBe('Không thêm được “them.pdf”: các tài liệu kèm theo của một hồ sơ cộng lại không quá 5 MB (đã có 4 MB).');
    expect(attachmentMediaType('bang.xlsx')).toBe('application/octet-stream');
  });
});
