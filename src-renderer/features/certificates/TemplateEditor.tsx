/**
 * The template editor: the blank's scan under the variable fields, millimetre rulers along the top and
 * left edges, each field a box dragged into place (to half a millimetre) or typed in millimetres. A box
 * off the page is refused on saving, by its name, and nothing is saved.
 */
import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Checkbox from '@mui/material/Checkbox';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { certificateImageRepo, certificateTemplateRepo } from '../../data/certificates';
import { getDb } from '../../data/db';
import { useRecord } from '../../data/hooks';
import type { CertificateImage, CertificateTemplate } from '../../data/schemas';
import { FIELD_LABELS, type CertificateFieldKey, type TemplateField } from '../../domain/certificates';
import { describeError } from '../../ui/errors';
import { ImagePickButton } from './ImagePickButton';

/** The drawn page's width on screen. */
const PAGE_PX = 760;
const RULER_PX = 22;
const half = (mm: number) => Math.round(mm * 2) / 2;

type Draft = Pick<CertificateTemplate, 'name' | 'verb' | 'heading' | 'pageWidthMm' | 'pageHeightMm' | 'fields' | 'scanImageId'>;

function Ruler({ lengthMm, scale, vertical }: { lengthMm: number; scale: number; vertical?: boolean }) {
  const ticks = [];
  for (let mm = 0; mm <= lengthMm; mm += 5) {
    const long = mm % 10 === 0;
    const at = mm * scale;
    ticks.push(
      <Box key={mm} sx={{ position: 'absolute', bgcolor: 'text.secondary', ...(vertical ? { top: at, right: 0, height: '1px', width: long ? 10 : 5 } : { left: at, bottom: 0, width: '1px', height: long ? 10 : 5 }) }} />,
    );
    if (long && mm > 0 && mm < lengthMm) {
      ticks.push(
        <Typography key={`l${mm}`} component="span" sx={{ position: 'absolute', fontSize: 9, color: 'text.secondary', ...(vertical ? { top: at - 6, left: 0 } : { left: at + 2, top: 0 }) }}>
          {mm}
        </Typography>,
      );
    }
  }
  return (
    <Box aria-hidden sx={{ position: 'relative', bgcolor: 'grey.100', ...(vertical ? { width: RULER_PX, height: lengthMm * scale } : { height: RULER_PX, width: lengthMm * scale }) }}>
      {ticks}
    </Box>
  );
}

export function TemplateEditor({ template, onClose }: { template: CertificateTemplate; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>({
    name: template.name, verb: template.verb, heading: template.heading, pageWidthMm: template.pageWidthMm, pageHeightMm: template.pageHeightMm,
    fields: template.fields, scanImageId: template.scanImageId,
  });
  const [selected, setSelected] = useState<CertificateFieldKey>(template.fields[0].key);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const scan = useRecord<CertificateImage>('certificateImages', draft.scanImageId);
  const drag = useRef<{ key: CertificateFieldKey; x: number; y: number; xMm: number; yMm: number } | null>(null);
  const scale = PAGE_PX / draft.pageWidthMm;
  const field = draft.fields.find((f) => f.key === selected)!;

  const setField = (key: CertificateFieldKey, patch: Partial<TemplateField>) =>
    setDraft((d) => ({ ...d, fields: d.fields.map((f) => (f.key === key ? { ...f, ...patch } : f)) }));

  const startDrag = (f: TemplateField) => (e: ReactPointerEvent<HTMLDivElement>) => {
    setSelected(f.key);
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { key: f.key, x: e.clientX, y: e.clientY, xMm: f.xMm, yMm: f.yMm };
  };
  const moveDrag = (e: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    setField(d.key, { xMm: half(d.xMm + (e.clientX - d.x) / scale), yMm: half(d.yMm + (e.clientY - d.y) / scale) });
  };

  const numberField = (label: string, value: number, onChange: (n: number) => void, step = 0.5) => (
    <TextField
      label={label} type="number" size="small" value={value} slotProps={{ htmlInput: { step } }}
      onChange={(e) => e.target.value !== '' && onChange(Number(e.target.value))}
    />
  );

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await certificateTemplateRepo.update(getDb(), template, draft);
      onClose();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} fullWidth maxWidth="xl" aria-labelledby="template-editor-title">
      <DialogTitle id="template-editor-title">Sửa mẫu: {template.name}</DialogTitle>
      <DialogContent>
        {error && <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert>}
        <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-start' }}>
          <Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: `${RULER_PX}px auto`, gridTemplateRows: `${RULER_PX}px auto` }}>
              <Box />
              <Ruler lengthMm={draft.pageWidthMm} scale={scale} />
              <Ruler lengthMm={draft.pageHeightMm} scale={scale} vertical />
              <Box
                role="img"
                aria-label="Trang mẫu với các ô thông tin"
                sx={{ position: 'relative', width: PAGE_PX, height: draft.pageHeightMm * scale, bgcolor: 'white', outline: '1px solid', outlineColor: 'grey.400', overflow: 'hidden' }}
              >
                {scan && <Box component="img" src={scan.dataUrl} alt="" sx={{ position: 'absolute', inset: 0, width: '100%', height: '100%', opacity: 0.7 }} />}
                {draft.fields.map((f) => (
                  <Box
                    key={f.key}
                    data-field={f.key}
                    onPointerDown={startDrag(f)}
                    onPointerMove={moveDrag}
                    onPointerUp={() => (drag.current = null)}
                    title={`${FIELD_LABELS[f.key]}: ${f.xMm} mm, ${f.yMm} mm`}
                    sx={{
                      position: 'absolute', left: f.xMm * scale, top: f.yMm * scale, width: f.widthMm * scale, height: f.heightMm * scale,
                      border: '1px dashed', borderColor: f.key === selected ? 'primary.main' : 'grey.600', bgcolor: f.key === selected ? 'rgba(25,118,210,0.12)' : 'rgba(255,255,255,0.5)',
                      cursor: 'move', touchAction: 'none', fontSize: 11, px: 0.5, overflow: 'hidden', whiteSpace: 'nowrap', userSelect: 'none',
                      textAlign: f.align === 'center' ? 'center' : 'left',
                    }}
                  >
                    {FIELD_LABELS[f.key]}
                  </Box>
                ))}
              </Box>
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Kéo các ô vào đúng chỗ trên ảnh quét phôi; tọa độ tính bằng mm từ mép trên, mép trái tờ phôi.
            </Typography>
          </Box>
          <Stack spacing={1.5} sx={{ minWidth: 280 }}>
            <TextField label="Tên mẫu" size="small" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            <TextField label="Dòng “Tặng” (in màu)" size="small" value={draft.verb} onChange={(e) => setDraft({ ...draft, verb: e.target.value })} />
            <TextField label="Tên hình thức in to (in màu)" size="small" value={draft.heading} onChange={(e) => setDraft({ ...draft, heading: e.target.value })} />
            <Stack direction="row" spacing={1}>
              {numberField('Chiều rộng phôi (mm)', draft.pageWidthMm, (n) => setDraft({ ...draft, pageWidthMm: n }))}
              {numberField('Chiều cao phôi (mm)', draft.pageHeightMm, (n) => setDraft({ ...draft, pageHeightMm: n }))}
            </Stack>
            <ImagePickButton
              inputLabel="Chọn ảnh quét phôi"
              onError={(e) => setError(describeError(e))}
              onImage={async (image) => {
                const saved = await certificateImageRepo.create(getDb(), { kind: 'blankScan', ...image });
                setDraft((d) => ({ ...d, scanImageId: saved.id }));
                setError(null);
              }}
            >
              {draft.scanImageId ? 'Đổi ảnh quét phôi' : 'Chọn ảnh quét phôi'}
            </ImagePickButton>
            <TextField
              select size="small" label="Ô đang chọn" value={selected} slotProps={{ select: { native: true } }}
              onChange={(e) => setSelected(e.target.value as CertificateFieldKey)}
            >
              {draft.fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {FIELD_LABELS[f.key]}
                </option>
              ))}
            </TextField>
            <Stack direction="row" spacing={1}>
              {numberField('Vị trí ngang (mm)', field.xMm, (n) => setField(field.key, { xMm: n }))}
              {numberField('Vị trí dọc (mm)', field.yMm, (n) => setField(field.key, { yMm: n }))}
            </Stack>
            <Stack direction="row" spacing={1}>
              {numberField('Rộng (mm)', field.widthMm, (n) => setField(field.key, { widthMm: n }))}
              {numberField('Cao (mm)', field.heightMm, (n) => setField(field.key, { heightMm: n }))}
            </Stack>
            <Stack direction="row" spacing={1}>
              {numberField('Cỡ chữ (pt)', field.sizePt, (n) => setField(field.key, { sizePt: n }))}
              {numberField('Cỡ nhỏ nhất (pt)', field.minSizePt, (n) => setField(field.key, { minSizePt: n }))}
            </Stack>
            <Stack direction="row">
              <FormControlLabel control={<Checkbox checked={field.bold} onChange={(e) => setField(field.key, { bold: e.target.checked })} />} label="Đậm" />
              <FormControlLabel control={<Checkbox checked={field.italic} onChange={(e) => setField(field.key, { italic: e.target.checked })} />} label="Nghiêng" />
              <FormControlLabel control={<Checkbox checked={field.align === 'center'} onChange={(e) => setField(field.key, { align: e.target.checked ? 'center' : 'left' })} />} label="Căn giữa" />
            </Stack>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          Hủy
        </Button>
        <Button variant="contained" onClick={save} disabled={saving}>
          Lưu mẫu
        </Button>
      </DialogActions>
    </Dialog>
  );
}
