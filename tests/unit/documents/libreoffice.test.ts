/**
 * Renders every document type through LibreOffice to PDF and checks the page count (pdfinfo) and the
 * text (pdftotext). Runs where LibreOffice and poppler-utils are installed (CI installs them); skips
 * with a message elsewhere. Set DOCS_RENDER_DIR=/some/dir to keep the .docx/.pdf and get PNG pages
 * (pdftoppm -r 70) for reviewing the layout by eye.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src-renderer/documents';
import type { DocumentKind } from '../../../src-renderer/domain/vocabulary';
import { fixtures } from './fixtures';
import { office, renderToolsAvailable } from './pdfCompare';

const available = renderToolsAvailable;

interface Expectation {
  pages: [min: number, max: number];
  texts: string[];
}

const HEADER = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

/**
 * What a careful reader sees in each rendered document, and how many pages it takes: one-page forms
 * stay on one page, long lists run over several.
 */
const EXPECTED: Record<DocumentKind, Expectation> = {
  submission: {
    pages: [6, 8],
    texts: [...HEADER, 'Số: 05/TTr-UBND', 'Ninh Hà, ngày 05 tháng 3 năm 2026', 'TỜ TRÌNH', 'Kính gửi:', 'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN', 'Trần Quốc Bảo', 'DANH SÁCH', 'I. Tập thể', 'II. Cá nhân', 'Danh sách này có 04 tập thể và 60 cá nhân./.'],
  },
  meetingMinutes: {
    pages: [2, 4],
    texts: [...HEADER, 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 'Số: 03/BB-HĐTĐKT', 'BIÊN BẢN', 'Thời gian bắt đầu:',
      'Chủ trì:', 'Thư ký:', '90,91 %', 'Không đạt', 'Ninh Hà, ngày 02 tháng 3 năm 2026', 'THƯ KÝ', 'CHỦ TỌA', 'Nguyễn Thị Mỹ Linh'],
  },
  ballotPaper: {
    pages: [1, 1],
    texts: [...HEADER, 'PHIẾU BẦU', 'Danh hiệu “Chiến sĩ thi đua cơ sở” năm 2026', 'Không đồng ý', fixtures.ballotPaper.candidates[11].name],
  },
  voteCountMinutes: {
    pages: [2, 3],
    texts: [...HEADER, 'Số: 04/BB-HĐTĐKT', 'Số phiếu phát ra: 10 phiếu', 'Số phiếu không hợp lệ: 0 phiếu', '72,73 %', '1 ý kiến bằng văn bản = 11/11 thành viên, 100 %',
      'TRƯỞNG BAN KIỂM PHIẾU', 'Lê Hữu Phước'],
  },
  decision: {
    pages: [5, 7],
    texts: [...HEADER, 'Số: 12/QĐ-UBND', 'QUYẾT ĐỊNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ', 'QUYẾT ĐỊNH:', 'Điều 1.',
      'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Thị Thu Hà', 'Số tiền', 'Hệ số', '0,6', '1.410.000', '55.320.000', 'Danh sách này có 06 tập thể và 66 cá nhân./.'],
  },
  personalReport: {
    pages: [2, 2],
    texts: [...HEADER, 'BÁO CÁO THÀNH TÍCH', 'I. SƠ LƯỢC LÝ LỊCH', 'Họ và tên: Nguyễn Thị Thu Thảo',
      'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', 'NGƯỜI BÁO CÁO THÀNH TÍCH', 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG'],
  },
  collectiveReport: {
    pages: [2, 2],
    texts: [...HEADER, 'TRƯỜNG TIỂU HỌC NINH HÀ', 'BÁO CÁO THÀNH TÍCH', 'I. ĐẶC ĐIỂM, TÌNH HÌNH', 'HIỆU TRƯỞNG',
      'Phạm Thị Ngọc Hân'],
  },
  scoreTable: {
    pages: [2, 4],
    texts: [...HEADER, 'BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2026', 'Khối Tổ dân phố', 'Tổ dân phố 24', 'Khối Trường học, Y tế',
      'NGƯỜI LẬP BẢNG', 'TM. HỘI ĐỒNG'],
  },
  goodDeedsLetter: {
    pages: [4, 6],
    texts: [...HEADER, 'Số: 215/UBND-VHXH', 'V/v giới thiệu điển hình tiên tiến,', 'Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Khánh Hòa.',
      'ĐIỂN HÌNH TIÊN TIẾN, NGƯỜI TỐT, VIỆC TỐT NĂM 2026', 'Việc làm, cách làm hay', 'Trần Quốc Nam'],
  },
  annualReport: {
    pages: [2, 3],
    texts: [...HEADER, 'Số: 318/BC-UBND', 'BÁO CÁO', 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027', 'Phụ lục I', 'SỐ LIỆU KHEN THƯỞNG',
      '4.210', '4.213'],
  },
  movementPlan: {
    pages: [1, 3],
    texts: [...HEADER, 'Số: 12/KH-UBND', 'KẾ HOẠCH', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'I. MỤC TIÊU',
      'II. PHẠM VI VÀ ĐỐI TƯỢNG THI ĐUA', 'III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA', 'phấn đấu đạt ít nhất 05 điển hình', 'IV. THỜI GIAN THỰC HIỆN',
      'V. BIỆN PHÁP VÀ TỔ CHỨC THỰC HIỆN', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN', 'Trần Quốc Bảo'],
  },
  cultureProposal: {
    pages: [1, 1],
    texts: [...HEADER, 'ỦY BAN NHÂN DÂN', 'PHƯỜNG NINH HÀ', 'TỔ DÂN PHỐ PHƯỚC THUẬN', 'Ninh Hà, ngày 12 tháng 11 năm 2026', 'VĂN BẢN ĐỀ NGHỊ',
      'Xét tặng danh hiệu “Gia đình văn hóa” năm 2026', 'Kính gửi: Chủ tịch Ủy ban nhân dân phường Ninh Hà.', 'TỔ TRƯỞNG TỔ DÂN PHỐ', 'Trương Văn Hải'],
  },
  cultureHouseholdList: {
    pages: [2, 4],
    texts: [...HEADER, 'TỔ DÂN PHỐ PHƯỚC THUẬN', 'DANH SÁCH', 'Ý kiến của người dân', 'Không có ý kiến', fixtures.cultureHouseholdList.rows[44].name,
      'Hộ gia đình không tiếp tục đề nghị sau khi lấy ý kiến:', 'TỔ TRƯỞNG TỔ DÂN PHỐ'],
  },
  cultureMinutes: {
    pages: [1, 1],
    texts: [...HEADER, 'TỔ DÂN PHỐ PHƯỚC THUẬN', 'BIÊN BẢN HỌP', 'bình xét danh hiệu “Gia đình văn hóa” năm 2026', 'I. THÀNH PHẦN', 'THƯ KÝ', 'CHỦ TRÌ'],
  },
};

const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe.skipIf(!available)('LibreOffice rendering of every document type', () => {
  const keep = process.env.DOCS_RENDER_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'thidua-docs-'));
  const kinds = Object.keys(fixtures) as DocumentKind[];

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const kind of kinds) {
      const file = join(dir, `${kind}.docx`);
      writeFileSync(file, await buildDocument(kind, fixtures[kind]));
      files.push(file);
    }
    // One LibreOffice start for all files, with a private profile so parallel runs don't collide.
    const profile = mkdtempSync(join(tmpdir(), 'lo-'));
    execFileSync(
      office!,
      ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', dir, ...files],
      { stdio: 'ignore', timeout: 180_000 },
    );
    if (keep) {
      for (const kind of kinds) execFileSync('pdftoppm', ['-png', '-r', '70', join(dir, `${kind}.pdf`), join(dir, kind)]);
    }
  }, 240_000);

  it.each(kinds)('%s: page count and text', (kind) => {
    const pdf = join(dir, `${kind}.pdf`);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d* pts \(A4\)|Page size:\s+841\.\d* x 595\.\d* pts/);
    const [min, max] = EXPECTED[kind].pages;
    expect(pages).toBeGreaterThanOrEqual(min);
    expect(pages).toBeLessThanOrEqual(max);
    const text = normalize(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const expected of EXPECTED[kind].texts) expect(text).toContain(normalize(expected));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
