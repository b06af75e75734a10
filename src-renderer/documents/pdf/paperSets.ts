/**
 * The paper sets of a dossier sent upward (QĐ 311/QĐ-BNV 2025: the files with the paper set; the
 * province says how many sets): one PDF holding the package's PDFs in the package's order, the whole
 * set repeated N times, so one print job gives N complete sets. A picture the ward attached is placed on
 * an A4 page of its own; a Word file the ward attached has no PDF to print and is named, not skipped silently.
 */
import { PDFDocument } from 'pdf-lib';

/** A4 in points. */
const A4 = { width: 595.28, height: 841.89 };
/** ND 30/2020's smallest margin (15 mm) around a picture. */
const MARGIN = (15 / 25.4) * 72;

export interface SetFile {
  name: string;
  bytes: Uint8Array;
  /** 'pdf' for a part's PDF, 'attachment' for the ward's own file; anything else is not printed. */
  kind: string;
}

export interface PaperSets {
  bytes: Uint8Array;
  copies: number;
  /** Pages of one set. */
  setPages: number;
  /** Files of the package that are in no set, each with the reason, in Vietnamese. */
  leftOut: string[];
}

async function addPicture(set: PDFDocument, file: SetFile, jpeg: boolean): Promise<void> {
  const image = jpeg ? await set.embedJpg(file.bytes) : await set.embedPng(file.bytes);
  // Upright A4 like the set's documents: the print path sizes the paper from the first page.
  const page = set.addPage([A4.width, A4.height]);
  const room = { width: page.getWidth() - 2 * MARGIN, height: page.getHeight() - 2 * MARGIN };
  const scale = Math.min(room.width / image.width, room.height / image.height, 1);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, { x: (page.getWidth() - width) / 2, y: (page.getHeight() - height) / 2, width, height });
}

/** One set, in the package's order. */
async function oneSet(files: readonly SetFile[]): Promise<{ set: PDFDocument; leftOut: string[] }> {
  const set = await PDFDocument.create();
  const leftOut: string[] = [];
  for (const file of files) {
    const extension = /\.([a-z0-9]+)$/iu.exec(file.name)?.[1]?.toLowerCase() ?? '';
    if (file.kind !== 'pdf' && file.kind !== 'attachment') continue;
    try {
      if (extension === 'pdf') {
        const source = await PDFDocument.load(file.bytes, { ignoreEncryption: true });
        if (source.getPageCount() === 0) throw new Error('no pages');
        for (const page of await set.copyPages(source, source.getPageIndices())) set.addPage(page);
      } else if (extension === 'png' || extension === 'jpg' || extension === 'jpeg') {
        await addPicture(set, file, extension !== 'png');
      } else {
        leftOut.push(`${file.name} (tệp Word: hãy in riêng từ Word)`);
      }
    } catch {
      leftOut.push(`${file.name} (không đọc được tệp để in)`);
    }
  }
  return { set, leftOut };
}

/** The N sets as one PDF: page count = N × the set's pages. */
export async function paperSetsPdf(files: readonly SetFile[], copies: number): Promise<PaperSets> {
  if (!Number.isInteger(copies) || copies < 1) throw new Error('Số bộ bản giấy phải từ 1 trở lên.');
  const { set, leftOut } = await oneSet(files);
  const setPages = set.getPageCount();
  if (setPages === 0) throw new Error('Gói hồ sơ không có trang nào để in.');
  const out = await PDFDocument.create();
  out.setTitle(`Hồ sơ gửi cấp trên: ${copies} bộ`);
  for (let copy = 0; copy < copies; copy += 1) {
    for (const page of await out.copyPages(set, set.getPageIndices())) out.addPage(page);
  }
  return { bytes: await out.save(), copies, setPages, leftOut };
}
