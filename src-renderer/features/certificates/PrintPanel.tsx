/**
 * Choosing what to print: a decision of the register, its recipients (each with its order number and
 * what was printed before), colour or blank, and the printer whose offset a blank print carries.
 */
import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCertificateJob, useCertificatePrinters, useDecisions, useEmblem } from '../../data/hooks';
import { formatDateShort } from '../../domain/text';
import { SUBJECT_KIND_LABELS } from '../../domain/vocabulary';
import { PreviewDialog } from './PreviewDialog';

const NO_PRINTER = 'none';

export function PrintPanel() {
  const decisions = useDecisions();
  const [decisionId, setDecisionId] = useState<string>('');
  const state = useCertificateJob(decisionId || null);
  const printers = useCertificatePrinters();
  const emblem = useEmblem();
  const [output, setOutput] = useState<'colour' | 'blank'>('colour');
  const [printerId, setPrinterId] = useState(NO_PRINTER);
  const [reason, setReason] = useState('');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [previewing, setPreviewing] = useState(false);
  const job = state?.job ?? null;

  // A new decision starts with every recipient chosen.
  useEffect(() => {
    setChosen(new Set(job?.lines.map((l) => l.recipient.order) ?? []));
    setReason('');
  }, [job?.decision.id]); // eslint-disable-line react-hooks/exhaustive-deps

  const lines = useMemo(() => job?.lines.filter((l) => chosen.has(l.recipient.order)) ?? [], [job, chosen]);
  const reprint = lines.some((l) => l.issued.length > 0);
  const printer = printers?.find((p) => p.id === printerId) ?? null;

  if (decisions === undefined) return <LinearProgress aria-label="Đang tải quyết định" />;
  return (
    <Stack spacing={2}>
      <TextField
        select label="Quyết định khen thưởng" value={decisionId} onChange={(e) => setDecisionId(e.target.value)} sx={{ maxWidth: 900 }}
        helperText={decisions.length === 0 ? 'Chưa có quyết định nào trong sổ đăng ký văn bản: quyết định được tạo từ phiên họp Hội đồng.' : ' '}
      >
        {decisions.map((d) => (
          <MenuItem key={d.id} value={d.id}>
            {d.numberText ? `Quyết định số ${d.numberText} ngày ${formatDateShort(d.date)}` : 'Quyết định chờ cấp số'} — {d.title}
          </MenuItem>
        ))}
      </TextField>
      {state?.refusal && <Alert severity="error">{state.refusal}</Alert>}
      {job && (
        <>
          <Table size="small" aria-label="Người, tập thể được khen theo quyết định">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    slotProps={{ input: { 'aria-label': 'Chọn tất cả' } }}
                    checked={chosen.size === job.lines.length}
                    indeterminate={chosen.size > 0 && chosen.size < job.lines.length}
                    onChange={(e) => setChosen(new Set(e.target.checked ? job.lines.map((l) => l.recipient.order) : []))}
                  />
                </TableCell>
                <TableCell>Số sổ vàng</TableCell>
                <TableCell>Họ tên / tên tập thể</TableCell>
                <TableCell>Đối tượng</TableCell>
                <TableCell>Mẫu</TableCell>
                <TableCell>Đã in</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {job.lines.map((l) => (
                <TableRow key={l.recipient.order}>
                  <TableCell padding="checkbox">
                    <Checkbox
                      slotProps={{ input: { 'aria-label': `Chọn ${l.recipient.name}` } }}
                      checked={chosen.has(l.recipient.order)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(l.recipient.order);
                        else next.delete(l.recipient.order);
                        setChosen(next);
                      }}
                    />
                  </TableCell>
                  <TableCell>{l.recipient.order}</TableCell>
                  <TableCell>{l.recipient.name}</TableCell>
                  <TableCell>{SUBJECT_KIND_LABELS[l.recipient.kind]}</TableCell>
                  <TableCell>{l.template ? l.template.name : <Typography color="error" variant="body2">Chưa có mẫu</Typography>}</TableCell>
                  <TableCell>
                    {l.issued.length === 0 ? 'Chưa in' : `${l.issued.length} lần, lần cuối ${formatDateShort(l.issued.at(-1)!.createdAt.slice(0, 10))}`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <RadioGroup row value={output} onChange={(e) => setOutput(e.target.value as 'colour' | 'blank')} aria-label="Cách in">
            <FormControlLabel value="colour" control={<Radio />} label="In màu trên giấy trắng (A4 ngang)" />
            <FormControlLabel value="blank" control={<Radio />} label="In lên phôi in sẵn (chỉ in phần thông tin)" />
          </RadioGroup>
          {output === 'colour' && emblem === null && (
            <Alert severity="info">Chưa có ảnh quốc huy: giấy khen in màu để trống chỗ quốc huy. Thêm ảnh ở phần “Mẫu, máy in, quốc huy”.</Alert>
          )}
          {output === 'blank' && (
            <TextField select label="Máy in" value={printerId} onChange={(e) => setPrinterId(e.target.value)} sx={{ maxWidth: 420 }}>
              <MenuItem value={NO_PRINTER}>Không bù độ lệch</MenuItem>
              {(printers ?? []).map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name} (lệch ngang {p.dxMm} mm, dọc {p.dyMm} mm)
                </MenuItem>
              ))}
            </TextField>
          )}
          {reprint && (
            <TextField
              label="Lý do cấp lại" value={reason} onChange={(e) => setReason(e.target.value)} sx={{ maxWidth: 900 }}
              helperText="Có giấy khen đã in trước đây: in lại là cấp lại, giữ nguyên số sổ vàng và phải ghi lý do."
            />
          )}
          <Stack direction="row" spacing={2}>
            <Button variant="contained" disabled={lines.length === 0} onClick={() => setPreviewing(true)}>
              Xem trước và in ({lines.length})
            </Button>
          </Stack>
          {previewing && (
            <PreviewDialog
              job={job}
              lines={lines}
              how={{ output, printer: output === 'blank' ? printer : null, emblem: emblem ?? null }}
              reason={reason}
              onClose={() => setPreviewing(false)}
            />
          )}
        </>
      )}
    </Stack>
  );
}
