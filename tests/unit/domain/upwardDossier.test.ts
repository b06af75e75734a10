import { describe, expect, it } from 'vitest';
import {
  manifestCsv, manifestRows, missingParts, packageFiles, readinessRefusal, type UpwardPart,
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
