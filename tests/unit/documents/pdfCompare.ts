/**
 * Compares the app's own PDF of a .docx with LibreOffice's render of the same .docx: the text in
 * content order (pdftotext -raw), whitespace aside; page numbers (in the top margin), repeated
 * table header rows (their count follows where pages break) and dot leaders (drawn as a rule by the
 * app, as dots by LibreOffice) are set aside. Page size and count are read with pdfinfo.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export function onPath(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export const office = ['libreoffice', 'soffice'].find(onPath);
export const renderToolsAvailable = Boolean(office) && onPath('pdfinfo') && onPath('pdftotext');
if (!renderToolsAvailable) {
  console.warn('LibreOffice or poppler-utils not on PATH: skipping the PDF beside LibreOffice comparison.');
}

/** Converts .docx files to PDF with one LibreOffice start; returns the PDF paths. */
export function libreOfficePdfs(docxFiles: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  execFileSync(office!, ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], {
    stdio: 'ignore',
    timeout: 240_000,
  });
  return docxFiles.map((f) => join(outDir, f.split('/').at(-1)!.replace(/\.docx$/, '.pdf')));
}

export interface PdfFacts {
  pages: number;
  /** Every page's size in points, rounded, as "595x842". */
  sizes: string[];
}

export function pdfFacts(pdf: string): PdfFacts {
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
  return { pages, sizes };
}

const TOP_MARGIN_PT = (20 * 72) / 25.4;

const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/gu, '');

/** The texts of the table rows marked to repeat on each page. */
export function repeatedHeaderRows(docx: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']);
  const rows = xml.match(/<w:tr>(?:(?!<\/w:tr>).)*<w:tblHeader\/>(?:(?!<\/w:tr>).)*<\/w:tr>/gsu) ?? [];
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return rows.map((r) => squeeze(decode([...r.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')))).filter(Boolean);
}

/** The body text of a PDF in content order, whitespace, page numbers, header repeats and leaders aside. */
export function comparableText(pdf: string, headerRows: readonly string[]): string {
  const html = execFileSync('pdftotext', ['-raw', '-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words = [...html.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/gu)]
    .filter((m) => Number(m[1]) > TOP_MARGIN_PT)
    .map((m) => m[2]);
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  let text = squeeze(decode(words.join(''))).replace(/\.{4,}/gu, '');
  for (const row of headerRows) {
    const first = text.indexOf(row);
    if (first >= 0) text = text.slice(0, first + row.length) + text.slice(first + row.length).split(row).join('');
  }
  return text;
}

/** Writes the bytes under a name in a fresh folder, for the tools that read files. */
export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
