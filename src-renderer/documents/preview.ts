/**
 * On-screen preview of a built .docx (SPEC §6: the user previews before printing or saving).
 * docx-preview renders the bytes into DOM pages; it is loaded on first use, like the builders.
 * It draws paragraphs and tables in HTML, so it is a faithful reading view but not print-exact:
 * printing goes through the .docx (or LibreOffice/Word), never through this view.
 *
 * A long document comes cut into parts (previewParts.ts): the head is drawn first, so the pages show
 * at once, then each tail in a task of its own, its rows moved into the head's table, so the window
 * never stops answering for the whole list (issue 18).
 */
import type { PreviewParts } from './previewParts';

const OPTIONS = {
  className: 'thidua-docx',
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: true,
  renderHeaders: true,
  renderFooters: true,
  // No blob: URLs, which a strict Content-Security-Policy would refuse.
  useBase64URL: true,
};
/** A tail is only rows of a table: no page headers, footers or notes to draw. */
const TAIL_OPTIONS = { ...OPTIONS, renderHeaders: false, renderFooters: false, renderFootnotes: false, renderEndnotes: false };

/** The tables of the pages' bodies, not those inside a cell, in document order. */
function bodyTables(root: ParentNode): HTMLTableElement[] {
  return [...root.querySelectorAll<HTMLTableElement>('article table')].filter((t) => t.parentElement?.closest('table') === null);
}

/** Lets the browser paint and answer input before the next part is drawn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws `parts` into `container`. `onPart(done, total)` follows the tails; when `signal` aborts (the
 * preview was closed) drawing stops after the part in hand.
 */
export async function renderPreview(
  parts: PreviewParts,
  container: HTMLElement,
  { signal, onPart }: { signal?: AbortSignal; onPart?: (done: number, total: number) => void } = {},
): Promise<void> {
  const { parseAsync, renderDocument } = await import('docx-preview');
  const draw = async (bytes: Uint8Array, options: typeof OPTIONS) => renderDocument(await parseAsync(new Blob([bytes.slice()]), options), options);
  const head = await draw(parts.head, OPTIONS);
  if (signal?.aborted) return;
  container.replaceChildren(...head);
  const tables = bodyTables(container);
  for (const [i, tail] of parts.tails.entries()) {
    await nextTask();
    if (signal?.aborted) return;
    const holder = document.createElement('div');
    holder.append(...(await draw(tail.bytes, TAIL_OPTIONS)));
    const rows = [...(bodyTables(holder)[0]?.children ?? [])].filter((child) => child.tagName === 'TR');
    tables[tail.table]?.append(...rows);
    onPart?.(i + 1, parts.tails.length);
  }
}
