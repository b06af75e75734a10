/**
 * A long document cut into small .docx files for the on-screen preview (issue 18): docx-preview reads
 * and draws a file in one go on the window's thread, and a 500-row list (a megabyte of XML) held the
 * window for seconds. The head is the whole document with each long table cut after its first rows;
 * each tail holds the next rows of one of those tables, to be drawn after the head, one at a time, and
 * its rows moved into the head's table. Saving and printing use the whole file, never these parts.
 * Runs in the background worker (it only reads and writes bytes and strings).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface PreviewTail {
  /** Which table of the body (0-based, in document order, tables inside tables not counted) the rows belong to. */
  table: number;
  /** A .docx whose body is that table with the next rows only. */
  bytes: Uint8Array;
}

export interface PreviewParts {
  head: Uint8Array;
  tails: PreviewTail[];
}

const DOCUMENT = 'word/document.xml';
/** Opening and closing tags of tables and rows (w:tblPr, w:tblGrid, w:trPr etc. are not matched). */
const TABLE_OR_ROW = /<(\/?)w:(tbl|tr)(?=[\s/>])[^>]*>/g;

interface TableSpan {
  start: number;
  end: number;
  /** [start, end) of each of the table's own rows. */
  rows: [number, number][];
}

/** The body's tables (not those nested in a cell), with their rows' positions in the XML. */
function bodyTables(xml: string): TableSpan[] {
  const tables: TableSpan[] = [];
  let depth = 0;
  let table: TableSpan | null = null;
  let rowStart = -1;
  for (const m of xml.matchAll(TABLE_OR_ROW)) {
    const closing = m[1] === '/';
    const at = m.index;
    if (m[2] === 'tbl') {
      if (!closing) {
        depth += 1;
        if (depth === 1) table = { start: at, end: -1, rows: [] };
      } else {
        if (depth === 1 && table) {
          table.end = at + m[0].length;
          tables.push(table);
          table = null;
        }
        depth -= 1;
      }
    } else if (depth === 1 && table) {
      if (!closing) rowStart = at;
      else table.rows.push([rowStart, at + m[0].length]);
    }
  }
  return tables;
}

/** A row that continues a vertical merge from the row above must stay with it (docx-preview joins them). */
const continuesMerge = (row: string) => /<w:vMerge(?:\s*\/>|\s+w:val="continue")/.test(row);

/** Row groups of about `size` rows, never starting on a row that continues a merged cell. */
function chunks(rows: [number, number][], xml: string, size: number): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  for (const row of rows) {
    if (current.length >= size && !continuesMerge(xml.slice(row[0], row[1]))) {
      out.push(current);
      current = [];
    }
    current.push(row);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Cuts `docx` for the preview: tables longer than `rowsPerPart` keep their first `rowsPerPart` rows (the
 * repeated header rows among them) in the head, and the rest goes into tails of about `rowsPerPart`
 * rows. A document with no long table is its own head, with no tails.
 */
export function splitForPreview(docx: Uint8Array, rowsPerPart: number): PreviewParts {
  const files = unzipSync(docx);
  const xml = strFromU8(files[DOCUMENT]);
  const long = bodyTables(xml)
    .map((table, index) => ({ table, index, groups: chunks(table.rows, xml, rowsPerPart) }))
    .filter(({ groups }) => groups.length > 1);
  if (long.length === 0) return { head: docx, tails: [] };

  const bodyOpen = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const bodyClose = xml.lastIndexOf('</w:body>');
  // The tails' page: the document's last section, without its headers and footers (not drawn from a tail).
  const sectionStart = xml.lastIndexOf('<w:sectPr', bodyClose);
  const section = sectionStart > bodyOpen ? xml.slice(sectionStart, bodyClose).replace(/<w:(header|footer)Reference\b[^>]*\/>/g, '') : '';
  const withBody = (body: string) => {
    const next = { ...files, [DOCUMENT]: strToU8(`${xml.slice(0, bodyOpen)}${body}${xml.slice(bodyClose)}`) };
    // Stored, not compressed: the window unzips each part, and these bytes never leave the machine.
    return zipSync(next, { level: 0 });
  };

  let head = '';
  let from = bodyOpen;
  const tails: PreviewTail[] = [];
  for (const { table, index, groups } of long) {
    const [first, ...rest] = groups;
    head += xml.slice(from, first[first.length - 1][1]);
    from = table.rows[table.rows.length - 1][1];
    // The table's own properties and grid (everything before its first row), so the rows keep their widths and borders.
    const opening = xml.slice(table.start, table.rows[0][0]);
    for (const group of rest) {
      const rows = xml.slice(group[0][0], group[group.length - 1][1]);
      tails.push({ table: index, bytes: withBody(`${opening}${rows}</w:tbl>${section}`) });
    }
  }
  head += xml.slice(from, bodyClose);
  return { head: withBody(head), tails };
}
