/**
 * The certificates' PDF as it will print: its pages drawn by pdf.js, then downloaded (a native save
 * dialog on the desktop) or printed at the paper's exact size. The first download or print of the
 * dialog enters the register (sổ cấp phát); a refusal (a reprint without its reason, a line without a
 * template) saves nothing and prints nothing.
 */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { recordPrint, type CertificateJob, type CertificateLine } from '../../data/certificates';
import { getDb } from '../../data/db';
import { platform } from '../../platform';
import { describeError } from '../../ui/errors';
import { useBusyTask } from '../../ui/useBusyTask';
import type { Progress } from '../../data/worker';
import { asciiWords } from '../../domain/text';
import { buildCertificatesPdf, printPdf, renderPdfPages, type CertificateOutput, type RenderedPage } from './certificateOutput';

/** The preview draws the first pages only: a 500-line decision is one PDF, looked at by its first pages. */
const PREVIEW_PAGES = 6;

interface Props {
  job: CertificateJob;
  lines: readonly CertificateLine[];
  how: CertificateOutput;
  reason: string;
  onClose: () => void;
}

export function PreviewDialog({ job, lines, how, reason, onClose }: Props) {
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [pages, setPages] = useState<RenderedPage[]>([]);
  const [buildError, setBuildError] = useState<string | null>(null);
  const [making, setMaking] = useState<Progress | null>(null);
  const [recorded, setRecorded] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useBusyTask();
  const outputLabel = how.output === 'colour' ? 'in màu' : 'in lên phôi';

  useEffect(() => {
    let live = true;
    (async () => {
      const pdf = await buildCertificatesPdf(job, lines, how, { onProgress: (p) => live && setMaking(p) });
      if (!live) return;
      setBytes(pdf);
      const drawn = await renderPdfPages(pdf, 60, PREVIEW_PAGES);
      if (live) setPages(drawn);
    })().catch((e: unknown) => live && setBuildError(describeError(e)));
    return () => {
      live = false;
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- one PDF per opening of the dialog

  /** The register first: nothing leaves the app that the register does not know. */
  const record = async () => {
    if (recorded) return;
    const rows = await recordPrint(getDb(), job, { orders: lines.map((l) => l.recipient.order), output: how.output, printerName: how.printer?.name ?? '', reason });
    setRecorded(true);
    setDone(`Đã ghi ${rows.length} giấy khen vào sổ cấp phát.`);
  };
  const fileName = `Giay-khen-${how.output === 'colour' ? 'mau' : 'phoi'}-${asciiWords(job.decision.numberText)}-${job.decision.year}.pdf`;

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg" aria-labelledby="certificate-preview-title">
      <DialogTitle id="certificate-preview-title">
        Giấy khen theo Quyết định số {job.decision.numberText} — {lines.length} tờ, {outputLabel}
      </DialogTitle>
      <DialogContent>
        {busy && <LinearProgress aria-label={busy} sx={{ mb: 2 }} />}
        {!busy && !bytes && !buildError && (
          <Box sx={{ mb: 2 }}>
            <Typography variant="body2">{making?.label ?? 'Đang tạo PDF…'}</Typography>
            <LinearProgress
              aria-label="Đang tạo PDF"
              variant={making?.fraction != null ? 'determinate' : 'indeterminate'}
              value={(making?.fraction ?? 0) * 100}
            />
          </Box>
        )}
        {buildError && <Alert severity="error">{buildError}</Alert>}
        {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
        {done && <Alert severity="success" sx={{ mb: 2 }}>{done}</Alert>}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          In ở cỡ thật (100 %, không co giãn theo trang).{lines.length > PREVIEW_PAGES ? ` Xem trước ${PREVIEW_PAGES} trang đầu; tệp PDF có đủ ${lines.length} trang.` : ''}
        </Typography>
        <Box role="document" aria-label="Xem trước giấy khen" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, bgcolor: 'grey.200', p: 2 }}>
          {pages.map((p, i) => (
            <Box key={p.src.length + i} component="img" src={p.src} alt={`Trang ${i + 1}`} sx={{ width: 520, maxWidth: '100%', boxShadow: 2, bgcolor: 'white' }} />
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={Boolean(busy)}>
          Đóng
        </Button>
        <Button
          disabled={!bytes || Boolean(busy)}
          onClick={() =>
            run('Đang lưu PDF…', async () => {
              await record();
              const result = await platform().bridge.saveFile({ suggestedName: fileName, bytes: bytes!, filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }] });
              if (result.saved) setDone(`Đã lưu ${fileName}${result.path ? `: ${result.path}` : ''}. Giấy khen đã ghi vào sổ cấp phát.`);
            })
          }
        >
          Tải PDF
        </Button>
        <Button
          variant="contained"
          disabled={!bytes || Boolean(busy)}
          onClick={() =>
            run('Đang chuẩn bị bản in…', async () => {
              await record();
              await printPdf(bytes!, `Giấy khen theo Quyết định số ${job.decision.numberText}`);
            })
          }
        >
          In
        </Button>
      </DialogActions>
    </Dialog>
  );
}
