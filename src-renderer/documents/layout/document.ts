/**
 * Sections and packing. Each section is one part numbered on its own: the document itself, then each
 * annex or attached list (ND 30/2020 PL I §II.12). Page numbers are centred in the top margin and
 * hidden on the first page of each part (PL I §I.6): `titlePage` with an empty first-page header.
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { A4, MARGINS, SIZE, halfPoints, type Orientation } from './geometry';

export interface SectionSpec {
  orientation: Orientation;
  children: (Paragraph | Table)[];
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(SIZE.pageNumber) })],
      }),
    ],
  });
}

function section(spec: SectionSpec, index: number) {
  return {
    properties: {
      titlePage: true,
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: spec.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { ...MARGINS },
        pageNumbers: index > 0 ? { start: 1 } : undefined,
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
    // A part never ends on a table: Word needs a paragraph after it before the section break.
    children: spec.children.at(-1) instanceof Paragraph ? spec.children : [...spec.children, new Paragraph({})],
  };
}

/** Packs the sections into .docx bytes: Times New Roman 14 pt, Vietnamese, A4. */
export async function packDocument(title: string, sections: readonly SectionSpec[]): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'ThiDua',
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: halfPoints(SIZE.body), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: sections.map(section),
  });
  return Packer.pack(doc, 'uint8array');
}
