/**
 * On-screen preview of a built .docx (SPEC §6: the user previews before printing or saving).
 * docx-preview renders the bytes into DOM pages; it is loaded on first use, like the builders.
 * It draws paragraphs and tables in HTML, so it is a faithful reading view but not print-exact:
 * printing goes through the .docx (or LibreOffice/Word), never through this view.
 */
export async function renderPreview(bytes: Uint8Array, container: HTMLElement): Promise<void> {
  const { renderAsync } = await import('docx-preview');
  container.replaceChildren();
  await renderAsync(new Blob([bytes.slice()]), container, undefined, {
    className: 'thidua-docx',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: true,
    // No blob: URLs, which a strict Content-Security-Policy would refuse.
    useBase64URL: true,
  });
}
