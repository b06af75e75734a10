/**
 * What the ward keeps once: the templates per award and recipient kind, the national emblem for the
 * colour certificate, and each printer's offset with its calibration page.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { addDefaultTemplates, certificateImageRepo, certificatePrinterRepo } from '../../data/certificates';
import { getDb } from '../../data/db';
import { useCertificatePrinters, useCertificateTemplates, useEmblem, useTitles } from '../../data/hooks';
import type { CertificatePrinter, CertificateTemplate } from '../../data/schemas';
import { SUBJECT_KIND_LABELS } from '../../domain/vocabulary';
import { FormDialog } from '../../ui/FormDialog';
import { describeError } from '../../ui/errors';
import { useFeedback } from '../../ui/useFeedback';
import { platform } from '../../platform';
import { asciiWords } from '../../domain/text';
import { buildCalibrationPdf } from './certificateOutput';
import { ImagePickButton } from './ImagePickButton';
import { TemplateEditor } from './TemplateEditor';

export function SetupPanel() {
  const templates = useCertificateTemplates();
  const printers = useCertificatePrinters();
  const emblem = useEmblem();
  const titles = useTitles();
  const { notify, fail, feedback } = useFeedback();
  const [editing, setEditing] = useState<CertificateTemplate | null>(null);
  const [printer, setPrinter] = useState<CertificatePrinter | 'new' | null>(null);

  return (
    <Stack spacing={4}>
      <section aria-label="Mẫu giấy khen">
        <Typography variant="h6" component="h2">Mẫu giấy khen</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Mỗi danh hiệu, hình thức và đối tượng một mẫu; bố cục mặc định theo mẫu của Nghị định 98/2023/NĐ-CP (đã hết hiệu lực, chưa có mẫu thay thế). Lao động tiên tiến chỉ có tiền thưởng, không có giấy chứng nhận.
        </Typography>
        <Button
          variant="outlined"
          sx={{ mb: 1 }}
          onClick={async () => {
            try {
              const added = await addDefaultTemplates(getDb());
              notify(added ? `Đã thêm ${added} mẫu mặc định.` : 'Đơn vị đã có đủ các mẫu mặc định.');
            } catch (e) {
              fail(e);
            }
          }}
        >
          Thêm các mẫu mặc định
        </Button>
        <Table size="small" aria-label="Danh sách mẫu giấy khen">
          <TableHead>
            <TableRow>
              <TableCell>Tên mẫu</TableCell>
              <TableCell>Danh hiệu, hình thức</TableCell>
              <TableCell>Đối tượng</TableCell>
              <TableCell>Khổ phôi</TableCell>
              <TableCell>Ảnh quét phôi</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(templates ?? []).map((t) => (
              <TableRow key={t.id}>
                <TableCell>{t.name}</TableCell>
                <TableCell>{titles[t.award].shortLabel}</TableCell>
                <TableCell>{SUBJECT_KIND_LABELS[t.subjectKind]}</TableCell>
                <TableCell>{t.pageWidthMm} × {t.pageHeightMm} mm</TableCell>
                <TableCell>{t.scanImageId ? 'Có' : 'Chưa có'}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setEditing(t)} aria-label={`Sửa mẫu ${t.name}`}>Sửa</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <section aria-label="Quốc huy">
        <Typography variant="h6" component="h2">Quốc huy</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          Ảnh quét quốc huy (PNG hoặc JPEG) in ở giữa phía trên giấy khen in màu. Chỉ cần thêm một lần.
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          {emblem && <Box component="img" src={emblem.dataUrl} alt="Quốc huy đang dùng" sx={{ height: 64 }} />}
          <ImagePickButton
            inputLabel="Chọn ảnh quốc huy"
            onError={fail}
            onImage={async (image) => {
              if (emblem) await certificateImageRepo.update(getDb(), emblem, image);
              else await certificateImageRepo.create(getDb(), { kind: 'emblem', ...image });
              notify('Đã lưu ảnh quốc huy.');
            }}
          >
            {emblem ? 'Đổi ảnh quốc huy' : 'Thêm ảnh quốc huy'}
          </ImagePickButton>
        </Stack>
      </section>

      <section aria-label="Máy in">
        <Typography variant="h6" component="h2">Máy in và độ lệch</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          In trang căn chỉnh ở cỡ thật, đo bằng thước từ mép giấy đến tâm các dấu cộng: độ lệch = tọa độ ghi cạnh dấu − tọa độ đo được (mm).
        </Typography>
        <Button variant="outlined" sx={{ mb: 1 }} onClick={() => setPrinter('new')}>Thêm máy in</Button>
        <Table size="small" aria-label="Danh sách máy in">
          <TableHead>
            <TableRow>
              <TableCell>Máy in</TableCell>
              <TableCell>Lệch ngang (mm)</TableCell>
              <TableCell>Lệch dọc (mm)</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {(printers ?? []).map((p) => (
              <TableRow key={p.id}>
                <TableCell>{p.name}</TableCell>
                <TableCell>{p.dxMm}</TableCell>
                <TableCell>{p.dyMm}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => setPrinter(p)} aria-label={`Sửa máy in ${p.name}`}>Sửa</Button>
                  <Button
                    size="small"
                    aria-label={`Trang căn chỉnh ${p.name}`}
                    onClick={async () => {
                      try {
                        const bytes = await buildCalibrationPdf(p);
                        const name = `Trang-can-chinh-${asciiWords(p.name)}.pdf`;
                        const result = await platform().bridge.saveFile({ suggestedName: name, bytes, filters: [{ name: 'Tệp PDF', extensions: ['pdf'] }] });
                        if (result.saved) notify(`Đã lưu trang căn chỉnh ${name}.`);
                      } catch (e) {
                        fail(e);
                      }
                    }}
                  >
                    Trang căn chỉnh (PDF)
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      {editing && <TemplateEditor template={editing} onClose={() => setEditing(null)} />}
      {printer && <PrinterDialog printer={printer === 'new' ? null : printer} onClose={() => setPrinter(null)} />}
      {feedback}
    </Stack>
  );
}

function PrinterDialog({ printer, onClose }: { printer: CertificatePrinter | null; onClose: () => void }) {
  const [name, setName] = useState(printer?.name ?? '');
  const [dx, setDx] = useState(String(printer?.dxMm ?? 0));
  const [dy, setDy] = useState(String(printer?.dyMm ?? 0));
  const [error, setError] = useState<string | null>(null);
  const number = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
  return (
    <FormDialog
      open
      title={printer ? `Sửa máy in ${printer.name}` : 'Thêm máy in'}
      onClose={onClose}
      error={error}
      onSubmit={async (e) => {
        e.preventDefault();
        const input = { name, dxMm: number(dx), dyMm: number(dy) };
        try {
          if (printer) await certificatePrinterRepo.update(getDb(), printer, input);
          else await certificatePrinterRepo.create(getDb(), input);
          onClose();
        } catch (err) {
          setError(describeError(err));
        }
      }}
    >
      <Stack spacing={2}>
        {!printer && <Alert severity="info">Mới thêm thì để độ lệch 0, in trang căn chỉnh, đo rồi sửa lại.</Alert>}
        <TextField label="Tên máy in" value={name} onChange={(e) => setName(e.target.value)} autoFocus size="small" />
        <TextField label="Lệch ngang (mm)" value={dx} onChange={(e) => setDx(e.target.value)} size="small" helperText="Dương: dời sang phải." />
        <TextField label="Lệch dọc (mm)" value={dy} onChange={(e) => setDy(e.target.value)} size="small" helperText="Dương: dời xuống dưới." />
      </Stack>
    </FormDialog>
  );
}
