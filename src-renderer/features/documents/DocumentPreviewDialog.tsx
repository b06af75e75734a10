/**
 * An issued document on screen (SPEC §6): rebuilt from the model the register stored, so it reads
 * exactly as issued and keeps its number. Save as .docx, print (A4: only the preview prints), and
 * export the list as .xlsx for the kinds sent upward. While open it answers Ctrl+S and Ctrl+P.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import GlobalStyles from '@mui/material/GlobalStyles';
import LinearProgress from '@mui/material/LinearProgress';
import SaveIcon from '@mui/icons-material/SaveAltOutlined';
import PrintIcon from '@mui/icons-material/PrintOutlined';
import TableIcon from '@mui/icons-material/TableViewOutlined';
import type { RegisteredDocument } from '../../data/schemas';
import { background } from '../../data/worker';
import type { DocumentModels } from '../../documents/models';
import { formatDateShort } from '../../domain/text';
import { platform } from '../../platform';
import { useCommand } from '../../app/commands';
import { useBusyTask } from '../../ui/useBusyTask';
import type { Feedback } from '../../ui/useFeedback';
import { DOCUMENT_KIND_LABELS, documentFileName, hasXlsxList } from './documentKinds';
import { printFrame } from './printFrame';

/** Printing shows the preview pages alone, on A4 without the app's margins (the pages carry their own). */
const PRINT_STYLES = {
  '@media print': {
    '@page': { size: 'A4', margin: 0 },
    '#root, .MuiBackdrop-root, .thidua-print-hide': { display: 'none !important' },
    '.MuiDialog-root, .MuiDialog-container': { position: 'static !important', display: 'block !important', height: 'auto !important' },
    '.MuiDialog-paper': {
      margin: '0 !important', maxHeight: 'none !important', maxWidth: 'none !important', width: 'auto !important',
      boxShadow: 'none !important', overflow: 'visible !important',
    },
    '.MuiDialogContent-root': { padding: '0 !important', overflow: 'visible !important', border: 'none !important' },
    '.thidua-docx-wrapper': { background: 'white !important', padding: '0 !important', display: 'block !important' },
    '.thidua-docx-wrapper > section.thidua-docx': { boxShadow: 'none !important', margin: '0 !important', breakAfter: 'page' },
  },
} as const;

async function buildXlsx(doc: RegisteredDocument): Promise<Uint8Array | null> {
  const { goodDeedsXlsx, nomineeListXlsx, scoreTableXlsx } = await import('../../documents/xlsx');
  const models = doc.model as DocumentModels[keyof DocumentModels];
  switch (doc.kind) {
    case 'submission':
    case 'decision':
      return nomineeListXlsx(models as DocumentModels['submission' | 'decision']);
    case 'scoreTable':
      return scoreTableXlsx(models as DocumentModels['scoreTable']);
    case 'goodDeedsLetter':
      return goodDeedsXlsx(models as DocumentModels['goodDeedsLetter']);
    default:
      return null;
  }
}

export function documentTitle(doc: Pick<RegisteredDocument, 'kind' | 'numberText' | 'date'>): string {
  const label = DOCUMENT_KIND_LABELS[doc.kind];
  return doc.numberText ? `${label} số ${doc.numberText}` : `${label} ngày ${formatDateShort(doc.date)}`;
}

function PreviewBody({ doc, onClose, notify }: { doc: RegisteredDocument; onClose: () => void; notify: Feedback['notify'] }) {
  const titleId = useId();
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  /** Parts of a long list drawn so far, while the first pages are already on screen. */
  const [drawn, setDrawn] = useState<{ done: number; total: number } | null>(null);
  const { busy, error, run } = useBusyTask('Đang dựng văn bản…');

  // The body is keyed by the document, so this runs once per opened document, when its container exists.
  // Built in the background worker; a long list is drawn part by part, so the window stays responsive.
  useEffect(() => {
    if (!container) return undefined;
    const closed = new AbortController();
    void run('Đang dựng văn bản…', async () => {
      if (!doc.model) throw new Error('Sổ đăng ký không lưu nội dung của văn bản này nên không mở lại được.');
      const built = await background.buildPreview(doc.kind, doc.model as DocumentModels[typeof doc.kind]);
      if (closed.signal.aborted) return;
      setBytes(built.bytes);
      const { renderPreview } = await import('../../documents/preview');
      await renderPreview(built.parts, container, { signal: closed.signal, onPart: (done, total) => setDrawn(done < total ? { done, total } : null) });
    });
    return () => closed.abort();
  }, [doc, container, run]);

  const save = useCallback(
    () =>
      run('Đang lưu…', async () => {
        if (!bytes) return;
        const result = await platform().bridge.saveFile({
          suggestedName: documentFileName(doc, 'docx'),
          bytes,
          filters: [{ name: 'Tài liệu Word', extensions: ['docx'] }],
        });
        if (result.saved) notify(`Đã lưu ${documentTitle(doc)}: ${result.path}`);
      }),
    [bytes, doc, notify, run],
  );

  // The desktop app prints through its main process (the dialog's print styles show the pages alone);
  // a browser prints the pages from a frame of their own, so the app page never reaches the printer.
  const print = useCallback(
    () =>
      run('Đang in…', async () => {
        const { kind, bridge } = platform();
        if (kind === 'electron') {
          const result = await bridge.printView();
          if (result.error) throw new Error(result.error);
          if (result.printed) notify(`Đã gửi ${documentTitle(doc)} tới máy in.`);
          return;
        }
        if (!container) return;
        printFrame(container, documentTitle(doc));
        notify(`Đã mở bản in khổ A4 của ${documentTitle(doc)}: chọn máy in, hoặc “Lưu dưới dạng PDF”, trong hộp thoại in của trình duyệt.`);
      }),
    [container, doc, notify, run],
  );

  const exportXlsx = useCallback(
    () =>
      run('Đang xuất danh sách .xlsx…', async () => {
        const xlsx = await buildXlsx(doc);
        if (!xlsx) return;
        const result = await platform().bridge.saveFile({
          suggestedName: documentFileName(doc, 'xlsx'),
          bytes: xlsx,
          filters: [{ name: 'Bảng tính Excel', extensions: ['xlsx'] }],
        });
        if (result.saved) notify(`Đã xuất danh sách: ${result.path}`);
      }),
    [doc, notify, run],
  );

  useCommand('save', save);
  useCommand('print', print);

  const ready = bytes !== null && busy === null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby={titleId} slotProps={{ paper: { sx: { height: '92vh' } } }}>
      <GlobalStyles styles={PRINT_STYLES} />
      <DialogTitle id={titleId} className="thidua-print-hide">
        {documentTitle(doc)}
        <Box component="span" sx={{ display: 'block', typography: 'body2', color: 'text.secondary' }}>
          {doc.title}
        </Box>
      </DialogTitle>
      {busy && drawn === null && <LinearProgress aria-label={busy} className="thidua-print-hide" />}
      {drawn && (
        <LinearProgress
          variant="determinate"
          value={(100 * drawn.done) / drawn.total}
          aria-label="Đang hiển thị các trang tiếp theo của danh sách"
          className="thidua-print-hide"
        />
      )}
      <DialogContent dividers sx={{ bgcolor: 'grey.200', p: 0 }}>
        {error && (
          <Alert severity="error" className="thidua-print-hide" sx={{ m: 2 }}>
            {error}
          </Alert>
        )}
        <Box ref={setContainer} aria-label="Xem trước văn bản" role="document" sx={{ '& .thidua-docx-wrapper': { bgcolor: 'grey.200' } }} />
      </DialogContent>
      <DialogActions className="thidua-print-hide">
        {hasXlsxList(doc.kind) && (
          <Button startIcon={<TableIcon />} onClick={exportXlsx} disabled={!doc.model || busy !== null}>
            Xuất .xlsx
          </Button>
        )}
        <Button startIcon={<PrintIcon />} onClick={print} disabled={!ready}>
          In
        </Button>
        <Button startIcon={<SaveIcon />} variant="contained" onClick={save} disabled={!ready}>
          Lưu .docx
        </Button>
        <Button onClick={onClose}>Đóng</Button>
      </DialogActions>
    </Dialog>
  );
}

/** Renders nothing while no document is chosen; claims the menu commands only while one is open. */
export function DocumentPreviewDialog({ doc, onClose, notify }: { doc: RegisteredDocument | null; onClose: () => void; notify: Feedback['notify'] }) {
  return doc ? <PreviewBody key={doc.id} doc={doc} onClose={onClose} notify={notify} /> : null;
}
