/**
 * "In" in a browser: the document's own A4 pages, not the app page. The preview's pages and their
 * styles are copied into a frame of their own, which is printed; the frame stays (hidden) until the
 * next print, so what went to the printer can be looked at again. The desktop app prints through its
 * main process instead (platform bridge), with the dialog's print styles.
 */
export const PRINT_FRAME_TITLE = 'Bản in văn bản';

/** Each docx page on its own A4 sheet, edge to edge: the pages carry their own margins. */
const PAGE_STYLES = `
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; background: white; }
.thidua-docx-wrapper { background: white !important; padding: 0 !important; display: block !important; }
.thidua-docx-wrapper > section.thidua-docx { box-shadow: none !important; margin: 0 !important; break-after: page; }
.thidua-docx-wrapper > section.thidua-docx:last-child { break-after: auto; }
`;

/** `styles` sets the paper: a docx's A4 pages by default; certificates give their own size. */
export function printFrame(pages: HTMLElement, title: string, doc: Document = document, styles = PAGE_STYLES): HTMLIFrameElement {
  doc.querySelector(`iframe[title="${PRINT_FRAME_TITLE}"]`)?.remove();
  const frame = doc.createElement('iframe');
  frame.title = PRINT_FRAME_TITLE;
  // Laid out at A4 width so the pages keep their size, but out of sight.
  Object.assign(frame.style, { position: 'fixed', left: '-10000px', top: '0', width: '210mm', height: '297mm', border: '0' });
  frame.setAttribute('aria-hidden', 'true');
  doc.body.appendChild(frame);
  const target = frame.contentDocument!;
  target.title = title;
  target.documentElement.lang = 'vi';
  const style = target.createElement('style');
  style.textContent = styles;
  target.head.appendChild(style);
  for (const child of pages.childNodes) target.body.appendChild(target.importNode(child, true));
  frame.contentWindow!.focus();
  frame.contentWindow!.print();
  return frame;
}
