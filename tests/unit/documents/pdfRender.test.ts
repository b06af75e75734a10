/**
 * The PDF the app makes without an office suite is the same document as the .docx: every document
 * type, rendered by the app and by LibreOffice from the same .docx, has the same text in the same
 * order, A4 pages, and a page count within one. Skips where LibreOffice or poppler is missing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src-renderer/documents';
import { docxToPdf } from '../../../src-renderer/documents/pdf/render';
import type { DocumentKind } from '../../../src-renderer/domain/vocabulary';
import { fixtures } from './fixtures';
import { comparableText, libreOfficePdfs, pdfFacts, renderToolsAvailable, repeatedHeaderRows, writeTemp } from './pdfCompare';
import { readFontFromPackage } from './pdfFonts';

const A4 = new Set(['595x842', '842x595']);

describe.skipIf(!renderToolsAvailable)('the app’s PDF beside LibreOffice’s render of the same .docx', () => {
  const dir = process.env.DOCS_RENDER_DIR ?? mkdtempSync(join(tmpdir(), 'thidua-pdf-'));
  const kinds = Object.keys(fixtures) as DocumentKind[];
  const docx = {} as Record<DocumentKind, Uint8Array>;
  const mine = {} as Record<DocumentKind, string>;
  const theirs = {} as Record<DocumentKind, string>;

  beforeAll(async () => {
    const files: string[] = [];
    for (const kind of kinds) {
      docx[kind] = await buildDocument(kind, fixtures[kind]);
      files.push(writeTemp(dir, `${kind}.docx`, docx[kind]));
      mine[kind] = writeTemp(dir, `${kind}-app.pdf`, await docxToPdf(docx[kind], readFontFromPackage));
    }
    libreOfficePdfs(files, dir).forEach((pdf, i) => (theirs[kinds[i]] = pdf));
  }, 300_000);

  it.each(kinds)('%s: same text in the same order, A4, page count within one', (kind) => {
    const app = pdfFacts(mine[kind]);
    const office = pdfFacts(theirs[kind]);
    expect(app.sizes.every((s) => A4.has(s))).toBe(true);
    expect(app.sizes[0]).toBe(office.sizes[0]);
    expect(Math.abs(app.pages - office.pages)).toBeLessThanOrEqual(1);
    const headers = repeatedHeaderRows(docx[kind]);
    const text = comparableText(mine[kind], headers);
    expect(text.length).toBeGreaterThan(200);
    expect(text).toBe(comparableText(theirs[kind], headers));
  });
});
