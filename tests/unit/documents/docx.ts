/**
 * Reading generated .docx files in tests: unzip with fflate, then pick paragraphs, runs, tables and
 * section properties out of word/document.xml with small regular expressions (the XML docx writes is
 * regular: no nested tables in our documents).
 */
import { strFromU8, unzipSync } from 'fflate';

export interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
  /** Half-points, or null when the run inherits the default. */
  size: number | null;
}

export interface Para {
  xml: string;
  text: string;
  runs: Run[];
  align: string | null;
}

export interface Docx {
  files: Record<string, string>;
  document: string;
  paragraphs: Para[];
  tables: string[];
  sections: string[];
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function parseRuns(paragraphXml: string): Run[] {
  return [...paragraphXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, body]) => {
    const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
    // A <w:br/> (a line break inside the paragraph) reads as "\n".
    const text = [...body.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1])))
      .join('');
    const size = /<w:sz w:val="(\d+)"\/>/.exec(props);
    return {
      text,
      bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(props),
      italics: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(props),
      size: size ? Number(size[1]) : null,
    };
  });
}

export function parseParagraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map(([p]) => {
    const runs = parseRuns(p);
    return { xml: p, runs, text: runs.map((r) => r.text).join(''), align: /<w:jc w:val="(\w+)"\/>/.exec(p)?.[1] ?? null };
  });
}

export function readDocx(bytes: Uint8Array): Docx {
  const entries = unzipSync(bytes);
  const files = Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
  const document = files['word/document.xml'];
  return {
    files,
    document,
    paragraphs: parseParagraphs(document),
    tables: [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]),
    sections: [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]),
  };
}

/** The first paragraph whose text equals (or, with a RegExp, matches) `text`, line breaks read as spaces. */
export function findParagraph(doc: { paragraphs: Para[] }, text: string | RegExp): Para {
  const flat = (p: Para) => p.text.replace(/\n/g, ' ');
  const found = doc.paragraphs.find((p) => (typeof text === 'string' ? flat(p) === text : text.test(flat(p))));
  if (!found) throw new Error(`No paragraph ${String(text)} in:\n${doc.paragraphs.map((p) => p.text).join('\n')}`);
  return found;
}

/** The run holding `text` exactly, after the line break it may open with. */
export function findRun(doc: { paragraphs: Para[] }, text: string): Run {
  for (const p of doc.paragraphs) {
    const run = p.runs.find((r) => r.text.replace(/^\n/, '') === text);
    if (run) return run;
  }
  throw new Error(`No run “${text}”`);
}

export function gridColumns(table: string): number[] {
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

export function tableRows(table: string): string[] {
  return [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [^>]*>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
}

/** The texts of each cell of a row. */
export function rowCells(row: string): string[] {
  return [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => parseParagraphs(m[0]).map((p) => p.text).join('\n'));
}

export function attr(xml: string, element: string, name: string): string | null {
  const el = new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
  return el ? (new RegExp(`${name}="([^"]*)"`).exec(el)?.[1] ?? null) : null;
}
