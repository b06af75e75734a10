/**
 * Sổ cấp phát giấy khen: every print — the decision, the order number (số sổ vàng), the recipient,
 * when and by whom it was printed, a re-issue's reason — and who received the paper, entered later.
 */
import { useState } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { recordHandover } from '../../data/certificates';
import { getDb } from '../../data/db';
import { useCertificateRegister } from '../../data/hooks';
import { localTimeText } from '../../data/ids';
import type { CertificateIssue } from '../../data/schemas';
import { formatDateShort } from '../../domain/text';
import { DataTable } from '../../ui/DataTable';
import { describeError } from '../../ui/errors';
import { FormDialog } from '../../ui/FormDialog';
import { CivilDateInput } from '../../ui/formFields';
import { viTextColumn } from '../../ui/gridColumns';

const COLUMNS: GridColDef<CertificateIssue>[] = [
  { field: 'decisionNumberText', headerName: 'Quyết định', width: 115, ...viTextColumn },
  { field: 'decisionDate', headerName: 'Ngày QĐ', width: 100, valueGetter: (_v, r) => formatDateShort(r.decisionDate) },
  { field: 'order', headerName: 'Số sổ vàng', width: 90, type: 'number' },
  { field: 'recipientName', headerName: 'Người, tập thể được khen', flex: 1, minWidth: 160, ...viTextColumn },
  {
    field: 'reissueOfId', headerName: 'Lần in', flex: 1, minWidth: 200, ...viTextColumn,
    valueGetter: (_v, r) => `${r.reissueOfId ? 'Cấp lại' : 'Cấp lần đầu'} (${r.output === 'colour' ? 'in màu' : 'lên phôi'})${r.reissueOfId ? `: ${r.reason}` : ''}`,
  },
  { field: 'createdAt', headerName: 'In lúc', width: 170, valueGetter: (_v, r) => localTimeText(r.createdAt) },
  { field: 'printedBy', headerName: 'Người in', width: 120, ...viTextColumn },
  { field: 'handedTo', headerName: 'Người nhận giấy', width: 150, valueGetter: (_v, r) => (r.handedTo ? `${r.handedTo}${r.handedOn ? ` (${formatDateShort(r.handedOn)})` : ''}` : 'Chưa giao'), ...viTextColumn },
];

export function RegisterPanel() {
  const rows = useCertificateRegister();
  const [editing, setEditing] = useState<CertificateIssue | null>(null);
  if (rows === undefined) return <LinearProgress aria-label="Đang tải sổ cấp phát" />;
  return (
    <>
      {rows.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
          Chưa in giấy khen nào. Mỗi lần in hoặc tải PDF giấy khen được ghi vào sổ này.
        </Typography>
      ) : (
        <DataTable rows={rows} columns={COLUMNS} label="Sổ cấp phát giấy khen" onRowClick={setEditing} height="calc(100vh - 300px)" />
      )}
      {editing && <HandoverDialog row={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function HandoverDialog({ row, onClose }: { row: CertificateIssue; onClose: () => void }) {
  const [handedTo, setHandedTo] = useState(row.handedTo || row.recipientName);
  const [handedOn, setHandedOn] = useState(row.handedOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <FormDialog
      open
      title={`Giao giấy khen số sổ vàng ${row.order} — ${row.recipientName}`}
      onClose={onClose}
      submitting={saving}
      error={error}
      onSubmit={async (e) => {
        e.preventDefault();
        setSaving(true);
        try {
          await recordHandover(getDb(), row, { handedTo, handedOn: handedOn || null });
          onClose();
        } catch (err) {
          setError(describeError(err));
        } finally {
          setSaving(false);
        }
      }}
    >
      <Stack spacing={2}>
        <TextField label="Người nhận giấy" value={handedTo} onChange={(e) => setHandedTo(e.target.value)} autoFocus size="small" />
        <CivilDateInput label="Ngày giao" value={handedOn} onChange={setHandedOn} />
      </Stack>
    </FormDialog>
  );
}
