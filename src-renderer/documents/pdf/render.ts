/**
 * PDF of a document, made without Word or LibreOffice (an office PC has neither for sure): the .docx
 * the builders packed from the shared layout primitives is read back and laid out again with pdfmake.
 * Reading the very bytes that are saved as .docx, rather than a second description of each document,
 * makes the PDF the same document: the same paragraphs and runs in the same order, the same page
 * size, orientation and ND 30/2020 margins per part, the header table, the data tables with their
 * repeated header row and unsplit rows, the signature tables, page numbers centred in the top margin
 * and hidden on each part's first page. One renderer serves every builder, present and future; it
 * understands the WordprocessingML the layout primitives write (documents/layout), nothing more.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XmlDocument, type XmlElement } from 'xmldoc';
import { FONT_FAMILY, fontRuns, loadPdfFonts, type FontReader, type FontStyle, type PdfFonts } from './fonts';

type Node = Record<string, unknown>;

const pt = (twips: number) => twips / 20;
const num = (value: string | undefined, fallback = 0) => (value === undefined ? fallback : Number(value));

function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.childNamed(name);
}
function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el?.attr[`w:${name}`];
}
function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.type === 'element');
}
/** <w:b/> or <w:b w:val="true"/> is on; w:val="false" or "0" is off. */
function flag(el: XmlElement | undefined, name: string): boolean {
  const f = child(el, name);
  if (!f) return false;
  const v = attr(f, 'val');
  return v === undefined || (v !== 'false' && v !== '0');
}

const ALIGN: Record<string, string> = { left: 'left', start: 'left', center: 'center', right: 'right', end: 'right', both: 'justify', distribute: 'justify' };

interface Ctx {
  /** Width available to the paragraph, in points. */
  width: number;
  /** Point size of text without its own (docDefaults). */
  size: number;
  /** Section-relative page number text, in headers. */
  page?: string;
}

interface Inline {
  text: string;
  bold: boolean;
  italics: boolean;
  size: number;
}

/** The runs of a paragraph as inlines; a tab ends an inline with "\t", a line break becomes "\n". */
function paragraphInlines(p: XmlElement, ctx: Ctx): Inline[] {
  const out: Inline[] = [];
  let field = false;
  for (const r of p.childrenNamed('w:r')) {
    const rPr = child(r, 'w:rPr');
    const style = { bold: flag(rPr, 'w:b'), italics: flag(rPr, 'w:i'), size: num(attr(child(rPr, 'w:sz'), 'val'), ctx.size * 2) / 2 };
    for (const part of elements(r)) {
      let text = '';
      if (part.name === 'w:t' && !field) text = part.val;
      else if (part.name === 'w:br' && attr(part, 'type') !== 'page') text = '\n';
      else if (part.name === 'w:tab') text = '\t';
      else if (part.name === 'w:fldChar') field = attr(part, 'fldCharType') === 'begin' ? true : attr(part, 'fldCharType') === 'separate' ? false : field;
      else if (part.name === 'w:instrText' && /^\s*PAGE\s*$/.test(part.val)) text = ctx.page ?? '';
      if (text) out.push({ text, ...style });
    }
  }
  return out;
}

/** One inline per font subset, so each letter is drawn by the file that has it. */
function pdfInlines(inlines: readonly Inline[]): Node[] {
  return inlines.flatMap((i) =>
    fontRuns(i.text).map((run) => ({ text: run.text, font: FONT_FAMILY[run.subset], bold: i.bold, italics: i.italics, fontSize: i.size })),
  );
}

interface Para {
  node: Node;
  keepNext: boolean;
  pageBreakBefore: boolean;
}

/** A paragraph that only draws its bottom border: the short rules of ND 30 under names and titles. */
function ruleNode(width: number, left: number, right: number, margin: number[], lineWidth: number, height: number): Node {
  const length = Math.max(0, width - left - right);
  return {
    canvas: [{ type: 'line', x1: left, y1: height, x2: left + length, y2: height, lineWidth }],
    margin,
  };
}

function paragraph(p: XmlElement, ctx: Ctx): Para {
  const pPr = child(p, 'w:pPr');
  const spacing = child(pPr, 'w:spacing');
  const ind = child(pPr, 'w:ind');
  const before = pt(num(attr(spacing, 'before')));
  const after = pt(num(attr(spacing, 'after')));
  const lineAttr = attr(spacing, 'line');
  const lineRule = attr(spacing, 'lineRule') ?? 'auto';
  const left = pt(num(attr(ind, 'left') ?? attr(ind, 'start')));
  const right = pt(num(attr(ind, 'right') ?? attr(ind, 'end')));
  const firstLine = pt(num(attr(ind, 'firstLine')) - num(attr(ind, 'hanging')));
  const alignment = ALIGN[attr(child(pPr, 'w:jc'), 'val') ?? 'left'] ?? 'left';
  const keepNext = flag(pPr, 'w:keepNext');
  const pageBreakBefore = flag(pPr, 'w:pageBreakBefore') || p.descendantsNamed('w:br').some((b) => attr(b, 'type') === 'page');
  const inlines = paragraphInlines(p, ctx);
  const hasText = inlines.some((i) => i.text.trim() !== '');
  const bottom = child(child(pPr, 'w:pBdr'), 'w:bottom');
  const margin = [left, before, right, after];

  if (bottom && attr(bottom, 'val') !== 'none' && !hasText) {
    const height = lineRule === 'exact' && lineAttr ? pt(num(lineAttr)) : 3;
    const lineWidth = num(attr(bottom, 'sz'), 4) / 8;
    return { node: ruleNode(ctx.width, left, right, [0, before, 0, after], lineWidth, height + num(attr(bottom, 'space'), 1)), keepNext, pageBreakBefore };
  }

  // Word's "auto" line spacing is a multiple of the font's own line height, as pdfmake's lineHeight is.
  const lineHeight = lineRule === 'auto' && lineAttr ? num(lineAttr) / 240 : 1;
  const markSize = inlines.find((i) => i.size)?.size ?? ctx.size;
  const tabAt = inlines.findIndex((i) => i.text.includes('\t'));
  if (tabAt >= 0) return { node: tabbedParagraph(pPr, inlines, tabAt, { ctx, left, right, firstLine, margin, lineHeight }), keepNext, pageBreakBefore };

  const text = hasText || inlines.some((i) => i.text.includes('\n')) ? pdfInlines(inlines) : pdfInlines([{ text: '\u00a0', bold: false, italics: false, size: markSize }]);
  const node: Node = { text, alignment, margin, lineHeight };
  if (firstLine) node.leadingIndent = firstLine;
  return { node, keepNext, pageBreakBefore };
}

/**
 * A paragraph with a tab: text before it, then either the rest from the tab stop on (the hanging
 * "Kính gửi:" list) or a dotted leader to the right margin (a field left blank to fill in by hand).
 */
function tabbedParagraph(
  pPr: XmlElement | undefined,
  inlines: Inline[],
  tabAt: number,
  g: { ctx: Ctx; left: number; right: number; firstLine: number; margin: number[]; lineHeight: number },
): Node {
  const [head, tail] = inlines[tabAt].text.split(/\t(.*)/su);
  const before = [...inlines.slice(0, tabAt), { ...inlines[tabAt], text: head }].filter((i) => i.text);
  const after = [{ ...inlines[tabAt], text: tail ?? '' }, ...inlines.slice(tabAt + 1)].filter((i) => i.text);
  const stop = child(child(pPr, 'w:tabs'), 'w:tab');
  const start = g.left + g.firstLine;
  const stopAt = stop ? pt(num(attr(stop, 'pos'))) : start + 36;
  const leader = stop && attr(stop, 'leader') && attr(stop, 'leader') !== 'none';
  const indent = g.firstLine > 0 ? g.firstLine : 0;
  if (leader && after.length === 0) {
    // The leader as a dotted rule from the text to the stop, level with the text's baseline.
    return {
      margin: [g.left, g.margin[1], g.right, g.margin[3]],
      table: { widths: ['auto', '*'], body: [[{ text: pdfInlines(before), leadingIndent: indent, lineHeight: g.lineHeight }, { text: '' }]] },
      layout: {
        hLineWidth: (i: number) => (i === 1 ? 0.75 : 0),
        vLineWidth: () => 0,
        hLineStyle: () => ({ dash: { length: 1, space: 2 } }),
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
    };
  }
  const firstStart = g.firstLine < 0 ? g.left + g.firstLine : start;
  return {
    margin: [firstStart, g.margin[1], g.right, g.margin[3]],
    columns: [
      { width: Math.max(0, stopAt - firstStart), text: pdfInlines(before), lineHeight: g.lineHeight },
      { width: '*', text: pdfInlines(after), lineHeight: g.lineHeight },
    ],
    columnGap: 0,
  };
}

interface Borders {
  outer: number;
  inner: number;
}

function borderWidth(borders: XmlElement | undefined, side: string): number {
  const b = child(borders, `w:${side}`);
  if (!b || attr(b, 'val') === 'none' || attr(b, 'val') === 'nil') return 0;
  return Math.max(0.25, num(attr(b, 'sz'), 4) / 8);
}

/** Points moved from each cell margin to the text width (see `table`). */
const SLACK = 0.25;

function table(tbl: XmlElement, ctx: Ctx): { node: Node; bordered: boolean } {
  const tblPr = child(tbl, 'w:tblPr');
  const grid = child(tbl, 'w:tblGrid')?.childrenNamed('w:gridCol').map((c) => pt(num(attr(c, 'w')))) ?? [];
  const margins = child(tblPr, 'w:tblCellMar');
  const padL = pt(num(attr(child(margins, 'w:left'), 'w'), 108));
  const padR = pt(num(attr(child(margins, 'w:right'), 'w'), 108));
  const padT = pt(num(attr(child(margins, 'w:top'), 'w')));
  const padB = pt(num(attr(child(margins, 'w:bottom'), 'w')));
  const bordersEl = child(tblPr, 'w:tblBorders');
  const borders: Borders = { outer: borderWidth(bordersEl, 'top'), inner: borderWidth(bordersEl, 'insideV') };
  const bordered = borders.outer > 0 || borders.inner > 0;
  const indent = pt(num(attr(child(tblPr, 'w:tblInd'), 'w')));
  const rows = tbl.childrenNamed('w:tr');
  let headerRows = 0;
  let cantSplit = true;
  const heights: (number | 'auto')[] = [];
  const body = rows.map((tr, rowIndex) => {
    const trPr = child(tr, 'w:trPr');
    if (flag(trPr, 'w:tblHeader') && headerRows === rowIndex) headerRows++;
    cantSplit &&= flag(trPr, 'w:cantSplit');
    const height = child(trPr, 'w:trHeight');
    heights.push(height ? pt(num(attr(height, 'val'))) - padT - padB : 'auto');
    const cells: Node[] = [];
    let column = 0;
    for (const tc of tr.childrenNamed('w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = num(attr(child(tcPr, 'w:gridSpan'), 'val'), 1);
      const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0) - padL - padR;
      const valign = attr(child(tcPr, 'w:vAlign'), 'val');
      const cell: Node = {
        stack: blocks(elements(tc), { ...ctx, width }).map((b) => b.node),
        ...(valign === 'center' ? { verticalAlignment: 'middle' } : valign === 'bottom' ? { verticalAlignment: 'bottom' } : {}),
      };
      if (span > 1) cell.colSpan = span;
      cells.push(cell);
      for (let k = 1; k < span; k++) cells.push({});
      column += span;
    }
    return cells;
  });
  // pdfmake's widths hold the text only: Word's grid columns include the cell margins (the rules are drawn
  // on the grid line). Word rounds a line that fills its cell to the twip and keeps it; half a point taken
  // from the margins lets pdfmake keep it too, without moving the grid.
  const widths = grid.map((w) => Math.max(1, w - padL - padR + 2 * SLACK));
  const node: Node = {
    margin: [indent, 0, 0, 0],
    table: { widths, body, headerRows, dontBreakRows: cantSplit, heights: (row: number) => heights[row] },
    layout: {
      hLineWidth: (i: number, n: Node) => (i === 0 || i === (n.table as { body: unknown[] }).body.length ? borders.outer : borders.inner || borders.outer),
      vLineWidth: (i: number) => (i === 0 || i === widths.length ? borders.outer : borders.inner || borders.outer),
      paddingLeft: () => padL - SLACK,
      paddingRight: () => padR - SLACK,
      paddingTop: () => padT,
      paddingBottom: () => padB,
    },
  };
  return { node, bordered };
}

interface Block {
  node: Node;
  keepNext: boolean;
  /** A bordered list that may run over pages: never pulled whole onto the page of what precedes it. */
  long: boolean;
  pageBreakBefore: boolean;
}

function blocks(children: XmlElement[], ctx: Ctx): Block[] {
  return children.flatMap((el): Block[] => {
    if (el.name === 'w:p') return [{ ...paragraph(el, ctx), long: false }];
    if (el.name === 'w:tbl') {
      const t = table(el, ctx);
      return [{ node: t.node, keepNext: false, long: t.bordered, pageBreakBefore: false }];
    }
    return [];
  });
}

/** "Keep with next": a run of such blocks and the block after them move to a new page together. */
function keptTogether(list: Block[]): Node[] {
  const out: Node[] = [];
  let group: Node[] = [];
  const flush = () => {
    if (group.length === 1) out.push(group[0]);
    else if (group.length > 1) out.push({ stack: group, unbreakable: true });
    group = [];
  };
  for (const b of list) {
    if (b.pageBreakBefore) {
      flush();
      b.node.pageBreak = 'before';
    }
    if (b.long) flush();
    group.push(b.node);
    if (!b.keepNext) flush();
  }
  flush();
  return out;
}

interface Section {
  children: XmlElement[];
  sectPr: XmlElement | undefined;
}

function sectionsOf(body: XmlElement): Section[] {
  const out: Section[] = [];
  let current: XmlElement[] = [];
  for (const el of elements(body)) {
    if (el.name === 'w:sectPr') {
      out.push({ children: current, sectPr: el });
      current = [];
      continue;
    }
    current.push(el);
    const inner = child(child(el, 'w:pPr'), 'w:sectPr');
    if (el.name === 'w:p' && inner) {
      out.push({ children: current, sectPr: inner });
      current = [];
    }
  }
  if (current.length > 0) out.push({ children: current, sectPr: undefined });
  return out;
}

interface Package {
  document: XmlElement;
  parts: Record<string, XmlElement>;
  /** Relationship id → part path, e.g. rId6 → word/header1.xml. */
  rels: Record<string, string>;
  size: number;
}

function readPackage(docx: Uint8Array): Package {
  const files = unzipSync(docx);
  const xml = (path: string) => (files[path] ? new XmlDocument(strFromU8(files[path])) : undefined);
  const document = xml('word/document.xml');
  if (!document) throw new Error('Tệp .docx không có phần nội dung (word/document.xml).');
  const rels: Record<string, string> = {};
  for (const r of xml('word/_rels/document.xml.rels')?.childrenNamed('Relationship') ?? []) rels[r.attr.Id] = `word/${r.attr.Target}`;
  const parts: Record<string, XmlElement> = {};
  for (const path of Object.values(rels)) {
    const part = path.endsWith('.xml') ? xml(path) : undefined;
    if (part) parts[path] = part;
  }
  const defaults = xml('word/styles.xml')?.descendantsNamed('w:rPrDefault')[0];
  const size = num(attr(child(child(defaults, 'w:rPr'), 'w:sz'), 'val'), 24) / 2;
  return { document, parts, rels, size };
}

/** The header of a section, page by page: hidden on its first page when it has a distinct first page. */
function sectionHeader(pkg: Package, sectPr: XmlElement | undefined, margins: { left: number; right: number; header: number }, startAt: number) {
  const refs = sectPr?.childrenNamed('w:headerReference') ?? [];
  const partOf = (type: string) => {
    const id = refs.find((r) => attr(r, 'type') === type)?.attr['r:id'];
    return id ? pkg.parts[pkg.rels[id]] : undefined;
  };
  const titlePage = flag(sectPr, 'w:titlePg');
  const main = partOf('default');
  const first = titlePage ? partOf('first') : main;
  let firstPage = 0;
  let lastPage = 0;
  return (currentPage: number, _count: number, pageSize: { width: number }) => {
    // pdfmake asks page by page in order (again from page 1 if it lays out anew): this part's first page is the first asked.
    if (firstPage === 0 || currentPage <= lastPage) firstPage = currentPage;
    lastPage = currentPage;
    const part = currentPage === firstPage ? first : main;
    if (!part) return null;
    const width = pageSize.width - margins.left - margins.right;
    const page = String(startAt + currentPage - firstPage);
    const content = blocks(elements(part), { width, size: pkg.size, page }).map((b) => b.node);
    return { stack: content, margin: [margins.left, margins.header, margins.right, 0] };
  };
}

/** The pdfmake document of a .docx: one pdfmake section per Word section. */
export function pdfDefinition(docx: Uint8Array): Node {
  const pkg = readPackage(docx);
  const body = child(pkg.document, 'w:body');
  if (!body) throw new Error('Tệp .docx không có phần thân văn bản.');
  let pageCounterStart = 1;
  const sections = sectionsOf(body).map((s) => {
    const size = child(s.sectPr, 'w:pgSz');
    const mar = child(s.sectPr, 'w:pgMar');
    const w = pt(num(attr(size, 'w'), 11906));
    const h = pt(num(attr(size, 'h'), 16838));
    const landscape = attr(size, 'orient') === 'landscape' || w > h;
    const margins = {
      left: pt(num(attr(mar, 'left'), 1701)),
      right: pt(num(attr(mar, 'right'), 850)),
      top: pt(num(attr(mar, 'top'), 1134)),
      bottom: pt(num(attr(mar, 'bottom'), 1134)),
      header: pt(num(attr(mar, 'header'), 709)),
    };
    const start = attr(child(s.sectPr, 'w:pgNumType'), 'start');
    if (start !== undefined) pageCounterStart = Number(start);
    const ctx = { width: w - margins.left - margins.right, size: pkg.size };
    return {
      section: keptTogether(blocks(s.children, ctx)),
      pageSize: { width: Math.min(w, h), height: Math.max(w, h) },
      pageOrientation: landscape ? 'landscape' : 'portrait',
      pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
      header: sectionHeader(pkg, s.sectPr, margins, pageCounterStart),
    };
  });
  const first = sections[0];
  return {
    pageSize: first.pageSize,
    pageOrientation: first.pageOrientation,
    pageMargins: first.pageMargins,
    content: sections,
    defaultStyle: { font: FONT_FAMILY.latin, fontSize: pkg.size },
    info: { creator: 'ThiDua', producer: 'ThiDua' },
  };
}

interface PdfMake {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
  addFonts(fonts: Record<string, Record<FontStyle, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  createPdf(doc: Node): { getBuffer(): Promise<Uint8Array> };
}

let engine: Promise<PdfMake> | null = null;

/** pdfmake, loaded on demand, with the fonts registered once (the benchmark's baseline calls it too). */
export async function pdfMake(fonts: PdfFonts): Promise<PdfMake> {
  engine ??= import('pdfmake').then((m) => {
    const make = ((m as { default?: PdfMake }).default ?? m) as PdfMake;
    // Nothing is fetched or read from disk: fonts come from memory, documents have no images.
    make.setUrlAccessPolicy(() => false);
    make.setLocalAccessPolicy?.(() => false);
    const families: Record<string, Record<FontStyle, string>> = {};
    for (const subset of Object.keys(fonts) as (keyof PdfFonts)[]) {
      const family = FONT_FAMILY[subset];
      families[family] = {} as Record<FontStyle, string>;
      for (const style of Object.keys(fonts[subset]) as FontStyle[]) {
        const name = `${family}-${style}.woff`;
        make.virtualfs.writeFileSync(name, fonts[subset][style]);
        families[family][style] = name;
      }
    }
    make.addFonts(families);
    return make;
  });
  return engine;
}

/** The PDF bytes of a .docx the builders made. */
export async function docxToPdf(docx: Uint8Array, readFont?: FontReader): Promise<Uint8Array> {
  const fonts = await loadPdfFonts(readFont);
  const make = await pdfMake(fonts);
  const buffer = await make.createPdf(pdfDefinition(docx)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
