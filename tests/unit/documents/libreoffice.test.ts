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

function onPath(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const office = ['libreoffice', 'soffice'].find(onPath);
const poppler = onPath('pdfinfo') && onPath('pdftotext');
const available = Boolean(office) && poppler;
if (!available) {
  console.warn('LibreOffice (libreoffice/soffice) or poppler-utils (pdfinfo, pdftotext) not on PATH: skipping the PDF rendering test.');
}

interface Expectation {
  pages: [min: number, max: number];
  texts: string[];
}

/** What a careful reader sees in each rendered document. */
const EXPECTED: Partial<Record<DocumentKind, Expectation>> = {
  submission: {
    pages: [4, 8],
    texts: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 05/TTr-UBND',
      'Ninh Hà, ngày 05 tháng 3 năm 2026', 'TỜ TRÌNH', 'Kính gửi:', 'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN',
      'Trần Quốc Bảo', 'DANH SÁCH', 'I. Tập thể', 'II. Cá nhân', personNameAt(59)],
  },
};

function personNameAt(i: number): string {
  return fixtures.submission.list.groups[0].rows[i].name;
}

const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe.skipIf(!available)('LibreOffice rendering of every document type', () => {
  const keep = process.env.DOCS_RENDER_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'thidua-docs-'));
  const kinds = Object.keys(fixtures) as (keyof typeof fixtures & DocumentKind)[];

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
