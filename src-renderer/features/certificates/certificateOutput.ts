/**
 * The certificates' PDF, its preview and its printing. Everything heavy loads on demand, never in the
 * initial JS: pdf-lib and the fonts (Noto Serif, SIL Open Font License, carries Vietnamese) when a PDF is
 * made; pdf.js when it is previewed or printed. The PDF is the one source: the download is its bytes,
 * the preview and the print are its pages drawn by pdf.js at the paper's exact size.
 */
import regularUrl from '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf?url';
import italicUrl from '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf?url';
import type { CertificateJob, CertificateLine } from '../../data/certificates';
import { ValidationError } from '../../data/errors';
import { background, type CallOptions } from '../../data/worker';
import type { CertificateImage, CertificatePrinter } from '../../data/schemas';
import { flagsBesideEmblem, imageMimeOf } from '../../domain/certificates';
import type { CertificateFonts, CertificatePrint } from '../../documents/certificates/pdf';
import { platform } from '../../platform';
import { printFrame } from '../documents/printFrame';

let fonts: Promise<CertificateFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Không tải được phông chữ (${response.status}).`);
  return new Uint8Array(await response.arrayBuffer());
}

function certificateFonts(): Promise<CertificateFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl), fetchBytes(italicUrl)]).then(([regular, bold, italic]) => ({ regular, bold, italic }));
  fonts.catch(() => { fonts = null; });
  return fonts;
}

export function dataUrlBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export interface CertificateOutput {
  output: 'colour' | 'blank';
  printer: CertificatePrinter | null;
  emblem: CertificateImage | null;
}

/** What the PDF draws for the chosen lines, in their order numbers; a blank print carries the printer's offset. */
export function certificatePrintOf(job: CertificateJob, lines: readonly CertificateLine[], how: CertificateOutput): CertificatePrint {
  return {
    output: how.output,
    certificates: lines.filter((l) => l.template).map((l) => ({ facts: l.facts, layout: l.template!.layout })),
    authority: job.authority,
    signerTitle: job.signerTitle,
    offset: how.output === 'blank' && how.printer ? { dxMm: how.printer.dxMm, dyMm: how.printer.dyMm } : { dxMm: 0, dyMm: 0 },
    emblem: how.emblem ? { bytes: dataUrlBytes(how.emblem.dataUrl), mime: how.emblem.mime } : null,
    flags: flagsBesideEmblem(job.titleCode),
    title: `Giấy khen theo Quyết định số ${job.decision.numberText}`,
  };
}

/** One PDF for the chosen lines, made in the background worker (issue 18): the window answers while 500 pages are drawn. */
export async function buildCertificatesPdf(job: CertificateJob, lines: readonly CertificateLine[], how: CertificateOutput, options: CallOptions = {}): Promise<Uint8Array> {
  return background.buildCertificatesPdf(certificatePrintOf(job, lines, how), await certificateFonts(), options);
}

export async function buildCalibrationPdf(printer: CertificatePrinter, page = { widthMm: 297, heightMm: 210 }): Promise<Uint8Array> {
  const [{ calibrationPdf }, fontBytes] = await Promise.all([import('../../documents/certificates/pdf'), certificateFonts()]);
  return calibrationPdf(page, { dxMm: printer.dxMm, dyMm: printer.dyMm }, fontBytes, printer.name);
}

export interface RenderedPage {
  /** PNG of the page. */
  src: string;
  widthMm: number;
  heightMm: number;
}

/** The PDF's pages drawn by pdf.js at `dpi`: the preview at screen resolution, the print at the printer's. */
export async function renderPdfPages(bytes: Uint8Array, dpi: number, maxPages = Infinity): Promise<RenderedPage[]> {
  const pdfjs = await import('pdfjs-dist');
  const { default: workerUrl } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes for the download.
  const task = pdfjs.getDocument({ data: bytes.slice() });
  const pdf = await task.promise;
  const pages: RenderedPage[] = [];
  try {
    for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n += 1) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      await page.render({ canvas, viewport }).promise;
      const size = page.getViewport({ scale: 1 });
      pages.push({ src: canvas.toDataURL('image/png'), widthMm: (size.width / 72) * 25.4, heightMm: (size.height / 72) * 25.4 });
      page.cleanup();
    }
  } finally {
    await task.destroy();
  }
  return pages;
}

/**
 * Prints the pages at the paper's exact size (no scaling, no margins): the desktop app hands them to
 * its main process, which prints them from a window of their own; a browser prints them from a frame.
 */
export async function printPdf(bytes: Uint8Array, title: string): Promise<void> {
  const pages = await renderPdfPages(bytes, 200);
  const first = pages[0];
  if (!first) return;
  const { bridge } = platform();
  if (bridge.printPages) {
    const result = await bridge.printPages({ title, widthMm: first.widthMm, heightMm: first.heightMm, pages: pages.map((p) => dataUrlBytes(p.src)) });
    if (result.error) throw new Error(result.error);
    return;
  }
  const holder = document.createElement('div');
  for (const page of pages) {
    const img = document.createElement('img');
    img.src = page.src;
    img.alt = '';
    img.style.width = `${page.widthMm}mm`;
    img.style.height = `${page.heightMm}mm`;
    holder.appendChild(img);
  }
  const styles = `
@page { size: ${first.widthMm.toFixed(1)}mm ${first.heightMm.toFixed(1)}mm; margin: 0; }
html, body { margin: 0; padding: 0; background: white; }
img { display: block; break-after: page; }
img:last-child { break-after: auto; }
`;
  printFrame(holder, title, document, styles);
}

/**
 * Reads a picture the ward adds (the emblem, a blank's scan): its own first bytes must say PNG or JPEG
 * and the browser must be able to draw it; anything else is refused in Vietnamese before it is kept.
 */
export async function readImageFile(file: File): Promise<{ name: string; mime: 'image/png' | 'image/jpeg'; dataUrl: string; widthPx: number; heightPx: number }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = imageMimeOf(bytes);
  const refuse = (message: string) => new ValidationError([{ path: 'dataUrl', message }]);
  if (!mime) throw refuse(`Tệp “${file.name}” không phải ảnh PNG hoặc JPEG.`);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes], { type: mime }));
  } catch {
    throw refuse(`Tệp “${file.name}” bị hỏng: không đọc được ảnh.`);
  }
  const size = { widthPx: bitmap.width, heightPx: bitmap.height };
  bitmap.close();
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, mime, dataUrl: `data:${mime};base64,${btoa(binary)}`, ...size };
}
