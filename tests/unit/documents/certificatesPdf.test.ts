/**
 * The certificate PDF read back as a printer would see it: poppler's `pdftotext -bbox` gives every
 * word's box in points, and each field must sit within 0.5 mm of its template position plus the
 * printer's offset; a 40-character name stays inside its box (issue 17.1).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplate, fieldTexts, flagsBesideEmblem, ptToMm, type CertificateFacts, type TemplateField } from '../../../src-renderer/domain/certificates';
import { calibrationPdf, certificatesPdf, type CertificatePrint } from '../../../src-renderer/documents/certificates/pdf';
import { backgroundWork, type Progress } from '../../../src-renderer/data/worker/api';
import { certificateFonts } from './certificateFonts';

interface Word {
  page: number;
  text: string;
  /** Millimetres from the page's top-left edge. */
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

function pdfWords(bytes: Uint8Array): { words: Word[]; pages: { widthMm: number; heightMm: number }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  const file = join(dir, 'c.pdf');
  writeFileSync(file, bytes);
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  const pages: { widthMm: number; heightMm: number }[] = [];
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  for (const [, attrs, body] of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const num = (name: string, s: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(s)![1]);
    pages.push({ widthMm: ptToMm(num('width', attrs)), heightMm: ptToMm(num('height', attrs)) });
    for (const [, box, text] of body.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
      words.push({
        page: pages.length, text: decode(text),
        xMin: ptToMm(num('xMin', box)), yMin: ptToMm(num('yMin', box)), xMax: ptToMm(num('xMax', box)), yMax: ptToMm(num('yMax', box)),
      });
    }
  }
  return { words, pages };
}

/** Where a made PDF is kept to be looked at (test-output/, made here on a fresh checkout). */
function keptDir(): string {
  const dir = join(process.cwd(), 'test-output');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const LONG_NAME = 'Nguyễn Thị Hồng Nhung Phương Thảo Lan Hà'; // 40 characters
const facts = (order: number, name: string): CertificateFacts => ({
  recipient: { order, kind: 'person', name, positionUnit: 'Tổ trưởng, Tổ dân phố 3', achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026' },
  award: 'Giấy khen',
  decisionNumberText: '05/QĐ-UBND',
  decisionDate: '2026-11-25',
  place: 'Ninh Hà',
  signerName: 'Trần Văn Hùng',
});

function print(output: CertificatePrint['output'], offset = { dxMm: 2.5, dyMm: -1.5 }): CertificatePrint {
  const layout = defaultTemplate({ award: 'GIAY_KHEN', subjectKind: 'person' });
  // The recipient's box is narrower than the default, so the long name must shrink and wrap.
  layout.fields = layout.fields.map((f) => (f.key === 'recipient' ? { ...f, xMm: 80, widthMm: 90, heightMm: 16 } : f));
  return {
    output, offset, title: 'Giấy khen', authority: 'Chủ tịch Ủy ban nhân dân phường Ninh Hà', signerTitle: ['CHỦ TỊCH'],
    certificates: [facts(1, 'Lê Văn Tâm'), facts(2, LONG_NAME), facts(3, 'Phạm Thị Mai')].map((f) => ({ facts: f, layout })),
  };
}

/** The words of one field on one page: those inside its box widened by 1 mm (so a word just outside still fails the checks). */
function fieldWords(words: Word[], page: number, f: TemplateField, offset: { dxMm: number; dyMm: number }): Word[] {
  const x = f.xMm + offset.dxMm;
  const y = f.yMm + offset.dyMm;
  return words.filter((w) => w.page === page && w.xMin > x - 1 && w.xMax < x + f.widthMm + 1 && w.yMin > y - 1 && w.yMax < y + f.heightMm + 1);
}

describe('certificate PDF read back with pdftotext -bbox', () => {
  it('is made by the background work as the preview asks it, the same PDF, with the pages drawn as its progress', async () => {
    const p = print('blank');
    const steps: Progress[] = [];
    const work = backgroundWork(async () => { throw new Error('the certificates need no database'); });
    const bytes = await work.buildCertificatesPdf(p, certificateFonts(), (step) => steps.push(step));
    expect(pdfWords(bytes).words.map((w) => w.text)).toEqual(pdfWords(await certificatesPdf(p, certificateFonts())).words.map((w) => w.text));
    expect(steps.map((s) => s.label)).toEqual(Array(4).fill('Đang tạo 3 trang giấy khen…'));
    expect(steps.map((s) => s.fraction)).toEqual([0, 0, 1 / 3, 2 / 3]);
  });

  it('is exactly the template’s size, one page per recipient, every field within 0.5 mm of its place plus the printer offset', async () => {
    const p = print('blank');
    const { words, pages } = pdfWords(await certificatesPdf(p, certificateFonts()));
    expect(pages).toHaveLength(3);
    for (const pg of pages) {
      expect(pg.widthMm).toBeCloseTo(297, 1);
      expect(pg.heightMm).toBeCloseTo(210, 1);
    }
    const texts = fieldTexts(p.certificates[0].facts);
    for (const f of p.certificates[0].layout.fields) {
      const found = fieldWords(words, 1, f, p.offset);
      // Every word of the field's text is there, in order.
      expect(found.map((w) => w.text).join(' '), f.key).toBe(texts[f.key]);
      const left = Math.min(...found.map((w) => w.xMin));
      const right = Math.max(...found.map((w) => w.xMax));
      const top = Math.min(...found.map((w) => w.yMin));
      expect(Math.abs(top - (f.yMm + p.offset.dyMm)), `${f.key} top`).toBeLessThanOrEqual(0.5);
      if (f.align === 'left') expect(Math.abs(left - (f.xMm + p.offset.dxMm)), `${f.key} left`).toBeLessThanOrEqual(0.5);
      else expect(Math.abs((left + right) / 2 - (f.xMm + p.offset.dxMm + f.widthMm / 2)), `${f.key} centre`).toBeLessThanOrEqual(0.5);
    }
    // A blank gets only the variable fields: nothing of the fixed part.
    expect(words.some((w) => w.text === 'CỘNG')).toBe(false);
  });

  it('keeps a 40-character name inside its box: it shrinks, then wraps, and loses no word', async () => {
    expect(LONG_NAME).toHaveLength(40);
    const p = print('blank');
    const { words } = pdfWords(await certificatesPdf(p, certificateFonts()));
    const box = p.certificates[1].layout.fields.find((f) => f.key === 'recipient')!;
    const x = box.xMm + p.offset.dxMm;
    const y = box.yMm + p.offset.dyMm;
    const nameWords = words.filter((w) => w.page === 2 && LONG_NAME.split(' ').includes(w.text) && w.yMin < y + box.heightMm + 5 && w.yMin > y - 5);
    expect(nameWords.map((w) => w.text).join(' ')).toBe(LONG_NAME);
    for (const w of nameWords) {
      expect(w.xMin).toBeGreaterThanOrEqual(x - 0.05);
      expect(w.xMax).toBeLessThanOrEqual(x + box.widthMm + 0.05);
      expect(w.yMin).toBeGreaterThanOrEqual(y - 0.05);
      expect(w.yMax).toBeLessThanOrEqual(y + box.heightMm + 0.05);
    }
    // Two lines: it wrapped, since even the smallest size does not fit 90 mm on one line.
    expect(new Set(nameWords.map((w) => w.yMin.toFixed(1))).size).toBe(2);
  });

  it('prints the colour certificate on A4 landscape with the fixed part and the same fields, Vietnamese intact', async () => {
    const p = print('colour', { dxMm: 0, dyMm: 0 });
    const bytes = await certificatesPdf(p, certificateFonts());
    const { words, pages } = pdfWords(bytes);
    expect(pages).toHaveLength(3);
    const page1 = words.filter((w) => w.page === 1).map((w) => w.text).join(' ');
    expect(page1).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page1).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(page1).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NINH HÀ');
    expect(page1).toContain('GIẤY KHEN');
    expect(page1).toContain('Lê Văn Tâm');
    expect(page1).toContain('Ninh Hà, ngày 25 tháng 11 năm 2026');
    // On plain paper the labels print with the values (a blank has them pre-printed).
    expect(page1).toContain('Quyết định số 05/QĐ-UBND');
    expect(page1).toContain('Số sổ vàng: 1');
    // The fonts are embedded (emb = yes) with their Unicode map, so the page prints and searches the same on a PC without them.
    const dir = mkdtempSync(join(tmpdir(), 'cert-'));
    writeFileSync(join(dir, 'c.pdf'), bytes);
    const fonts = execFileSync('pdffonts', [join(dir, 'c.pdf')], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts).toHaveLength(3);
    for (const line of fonts) expect(line).toMatch(/NotoSerif.*CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);
    writeFileSync(join(keptDir(), 'certificate-colour.pdf'), bytes);
  });

  it('calibration page: crosses at their stated coordinates, and a second page shifted by the offset', async () => {
    const offset = { dxMm: -1.5, dyMm: 2 };
    const { words, pages } = pdfWords(await calibrationPdf({ widthMm: 297, heightMm: 210 }, offset, certificateFonts(), 'Canon LBP 2900'));
    expect(pages).toHaveLength(2);
    // Each cross's label is printed 1.5 mm right of its centre, on both pages (page 2 moved by the offset).
    for (const [page, o] of [[1, { dxMm: 0, dyMm: 0 }], [2, offset]] as const) {
      const label = words.find((w) => w.page === page && w.text === '(148.5;');
      expect(label, `page ${page}`).toBeDefined();
      expect(Math.abs(label!.xMin - (148.5 + 1.5 + o.dxMm))).toBeLessThanOrEqual(0.5);
    }
  });

  it('Chiến sĩ thi đua cơ sở: “TẶNG DANH HIỆU” and a red flag with its yellow star either side of the emblem; a Giấy khen has none', async () => {
    const cstdcs = defaultTemplate({ award: 'CSTDCS', subjectKind: 'person' });
    const flagged: CertificatePrint = {
      ...print('colour', { dxMm: 0, dyMm: 0 }), flags: flagsBesideEmblem('CSTDCS'),
      certificates: [{ facts: { ...facts(1, 'Lê Văn Tâm'), award: 'Chiến sĩ thi đua cơ sở' }, layout: cstdcs }],
    };
    const bytes = await certificatesPdf(flagged, certificateFonts());
    const text = pdfWords(bytes).words.map((w) => w.text).join(' ');
    expect(text).toContain('TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ');
    writeFileSync(join(keptDir(), 'certificate-cstdcs.pdf'), bytes);

    // Colours in the band above the quốc hiệu (12–34 mm from the top), left and right of the emblem's place.
    const band = (png: Pixels, from: number, to: number) => ({
      red: png.count(from, to, 12, 34, (r, g, b) => r > 170 && g < 90 && b < 90),
      yellow: png.count(from, to, 12, 34, (r, g, b) => r > 200 && g > 170 && b < 90),
    });
    const page = rasterize(bytes);
    for (const [from, to] of [[100, 137], [160, 197]]) {
      const seen = band(page, from, to);
      expect(seen.red, `red ${from}–${to} mm`).toBeGreaterThan(100);
      expect(seen.yellow, `yellow ${from}–${to} mm`).toBeGreaterThan(10);
    }
    expect(band(page, 137.5, 159.5)).toEqual({ red: 0, yellow: 0 }); // the emblem's own place stays clear
    expect(flagsBesideEmblem('GIAY_KHEN')).toBe(false);
    const plain = rasterize(await certificatesPdf({ ...flagged, flags: flagsBesideEmblem('GIAY_KHEN') }, certificateFonts()));
    expect(band(plain, 20, 277)).toEqual({ red: 0, yellow: 0 });
  });
});

interface Pixels {
  /** Pixels whose colour passes `test` in a box given in millimetres from the top-left edge. */
  count: (x1: number, x2: number, y1: number, y2: number, test: (r: number, g: number, b: number) => boolean) => number;
}

/** The first page drawn by poppler at 72 dpi, as RGB pixels. */
function rasterize(bytes: Uint8Array): Pixels {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  writeFileSync(join(dir, 'c.pdf'), bytes);
  const ppm = execFileSync('pdftoppm', ['-r', '72', '-f', '1', '-l', '1', join(dir, 'c.pdf')], { maxBuffer: 16 * 1024 * 1024 });
  const [, w, h, headerLength] = /^P6\s+(\d+)\s+(\d+)\s+\d+\s/.exec(ppm.subarray(0, 40).toString('latin1'))!.map((v, i) => (i === 0 ? v.length : Number(v))) as number[];
  const data = ppm.subarray(headerLength);
  const px = (mm: number) => Math.round((mm / 25.4) * 72);
  return {
    count: (x1, x2, y1, y2, test) => {
      let n = 0;
      for (let y = px(y1); y < Math.min(h, px(y2)); y += 1) {
        for (let x = px(x1); x < Math.min(w, px(x2)); x += 1) {
          const i = (y * w + x) * 3;
          if (test(data[i], data[i + 1], data[i + 2])) n += 1;
        }
      }
      return n;
    },
  };
}
