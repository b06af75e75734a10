/**
 * The preview of a long document is drawn in parts (issue 18): the parts together must hold exactly the
 * document's rows, in order, each part a .docx of its own with the table's properties and grid.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildDocument } from '../../../src-renderer/documents';
import { splitForPreview } from '../../../src-renderer/documents/previewParts';
import { fixtures } from './fixtures';

const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']);
const rowsOf = (tableXml: string) => tableXml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
const tablesOf = (xml: string) => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];

/** The tờ trình with a 500-row list, as a big ward's meeting issues it. */
let long: Uint8Array;
beforeAll(async () => {
  const model = structuredClone(fixtures.submission);
  const [people] = model.list.groups;
  model.list.groups = [{ ...people, rows: Array.from({ length: 500 }, (_, i) => ({ ...people.rows[i % people.rows.length], name: `Người thứ ${i + 1}` })) }];
  long = await buildDocument('submission', model);
});

describe('splitForPreview (issue 18)', () => {
  it('keeps the first rows of the long list in the head and puts every other row, in order, in the tails', () => {
    const whole = documentXml(long);
    const listIndex = tablesOf(whole).findIndex((t) => t.includes('Người thứ 1<'));
    const allRows = rowsOf(tablesOf(whole)[listIndex]);
    expect(allRows.length).toBe(502); // the header row, "I. Cá nhân", 500 people

    const { head, tails } = splitForPreview(long, 40);
    const headTables = tablesOf(documentXml(head));
    // Every other table (the two-column header, the signature) is whole in the head.
    expect(headTables.length).toBe(tablesOf(whole).length);
    headTables.forEach((t, i) => i !== listIndex && expect(t).toBe(tablesOf(whole)[i]));
    const headRows = rowsOf(headTables[listIndex]);
    expect(headRows).toEqual(allRows.slice(0, 40));
    expect(headRows[0]).toContain('<w:tblHeader/>');

    expect(tails.length).toBe(Math.ceil((502 - 40) / 40));
    const tailRows = tails.flatMap((tail) => {
      expect(tail.table).toBe(listIndex);
      const [table = '', ...others] = tablesOf(documentXml(tail.bytes));
      expect(others).toEqual([]);
      // The table's own properties and grid come with its rows, so the cells keep their widths and borders.
      expect(table).toContain('<w:tblGrid>');
      expect(table).toContain('<w:tblBorders>');
      return rowsOf(table);
    });
    expect(tailRows).toEqual(allRows.slice(40));
    expect(tailRows.at(-1)).toContain('Người thứ 500<');
  });

  it('keeps the text around the list in the head, and the tails draw no page header', () => {
    const { head, tails } = splitForPreview(long, 40);
    const xml = documentXml(head);
    expect(xml).toContain('Kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định./.');
    expect(xml).toContain('<w:headerReference');
    expect(xml.endsWith('</w:body></w:document>')).toBe(true);
    for (const tail of tails) {
      const tailXml = documentXml(tail.bytes);
      expect(tailXml).toContain('<w:sectPr');
      expect(tailXml).not.toContain('<w:headerReference');
      // Every other part of the package (styles, numbering, relationships) is the document's own.
      expect(Object.keys(unzipSync(tail.bytes)).sort()).toEqual(Object.keys(unzipSync(long)).sort());
    }
  });

  it('leaves a document with no long table whole', async () => {
    const short = await buildDocument('meetingMinutes', fixtures.meetingMinutes);
    const { head, tails } = splitForPreview(short, 200);
    expect(tails).toEqual([]);
    expect(head).toBe(short);
  });
});
