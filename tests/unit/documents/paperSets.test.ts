/**
 * The paper sets of the dossier sent upward (issue 17 item 2): the package's PDFs in its order, the set
 * repeated N times in one PDF — page count N × set, each set starting with the same page — a picture on
 * an A4 page of its own, and what cannot be printed named.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { paperSetsPdf, type SetFile } from '../../../src-renderer/documents/pdf/paperSets';
import { onPath, writeTemp } from './pdfCompare';

/** A PDF whose pages each say their label, so the order can be read back. */
async function pdfOf(labels: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const label of labels) doc.addPage([595.28, 841.89]).drawText(label, { x: 50, y: 800, font, size: 12 });
  return doc.save();
}

describe('paper sets', () => {
  it('hold the package’s PDFs in order, N times, as one PDF of N × the set’s pages; a picture on an A4 page; a Word attachment named', async () => {
    const files: SetFile[] = [
      { name: '01-to-trinh.docx', bytes: new Uint8Array([80, 75, 3, 4]), kind: 'docx' },
      { name: '01-to-trinh.pdf', bytes: await pdfOf(['to-trinh-1', 'to-trinh-2']), kind: 'pdf' },
      { name: '02-bien-ban.pdf', bytes: await pdfOf(['bien-ban']), kind: 'pdf' },
      { name: '03-xac-nhan.pdf', bytes: await pdfOf(['xac-nhan']), kind: 'attachment' },
      { name: '04-anh.png', bytes: new Uint8Array(readFileSync('resources/icon.png')), kind: 'attachment' },
      { name: '05-ban-tu-nhan-xet.docx', bytes: new Uint8Array([80, 75, 3, 4]), kind: 'attachment' },
      { name: '06-hong.pdf', bytes: new TextEncoder().encode('%PDF-1.4\n% hỏng\n'), kind: 'attachment' },
      { name: 'manifest.json', bytes: new TextEncoder().encode('{}'), kind: 'manifest' },
    ];
    const sets = await paperSetsPdf(files, 3);
    expect(sets).toMatchObject({ copies: 3, setPages: 5 });
    expect(sets.leftOut).toEqual(['05-ban-tu-nhan-xet.docx (tệp Word: hãy in riêng từ Word)', '06-hong.pdf (không đọc được tệp để in)']);
    const printed = await PDFDocument.load(sets.bytes);
    expect(printed.getPageCount()).toBe(15);
    for (const page of printed.getPages()) expect([Math.round(page.getWidth()), Math.round(page.getHeight())]).toEqual([595, 842]);
    // Each set starts again with the tờ trình: the pages' text, read back, repeats with the set's period.
    if (onPath('pdftotext')) {
      const file = writeTemp(mkdtempSync(join(tmpdir(), 'thidua-sets-')), 'sets.pdf', sets.bytes);
      const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, 15).map((t) => t.trim());
      const set = ['to-trinh-1', 'to-trinh-2', 'bien-ban', 'xac-nhan', ''];
      expect(pages).toEqual([...set, ...set, ...set]);
    }
  });

  it('refuses no copies and a package with nothing to print', async () => {
    await expect(paperSetsPdf([{ name: 'a.pdf', bytes: await pdfOf(['a']), kind: 'pdf' }], 0)).rejects.toThrow('Số bộ bản giấy phải từ 1 trở lên.');
    await expect(paperSetsPdf([{ name: 'a.docx', bytes: new Uint8Array([1]), kind: 'attachment' }], 2)).rejects.toThrow('không có trang nào để in');
  });
});
