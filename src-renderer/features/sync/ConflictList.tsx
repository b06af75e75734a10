/**
 * "Xung đột đồng bộ": records two PCs changed differently while apart. Each shows the fields that
 * differ in every version; a Thường trực user keeps one version (the choice and the versions left
 * go to the audit trail). Nothing is chosen silently.
 */
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useRefusal } from '../../data/currentUser';
import { resolveSyncConflict, useSyncConflicts } from '../../data/sync';
import type { SyncConflict } from '../../data/sync';
import { TABLE_LABELS } from '../../data/tables';
import { describeError } from '../../ui/errors';
import { conflictTitle, differingFields, fieldLabel, showValue } from './conflictView';

const REASONS: Record<SyncConflict['reason'], string> = {
  field: 'Cùng một trường được sửa khác nhau trên hai máy.',
  final: 'Bản ghi đã ở trạng thái cuối (đã quyết định, đã cấp số hoặc đã ghi kết quả) nên không tự gộp.',
  deleted: 'Một máy đã xóa bản ghi, máy khác lại sửa nó.',
};

function ConflictCard({ conflict, refusal }: { conflict: SyncConflict; refusal: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const fields = differingFields(conflict);
  const title = conflictTitle(conflict);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} role="region" aria-label={`Xung đột: ${title}`}>
      <Typography variant="subtitle1" component="h3">
        {TABLE_LABELS[conflict.table]}: {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {REASONS[conflict.reason]}
      </Typography>
      <Table size="small" aria-label={`Các phiên bản của ${title}`}>
        <TableHead>
          <TableRow>
            <TableCell>Trường</TableCell>
            {conflict.versions.map((v, i) => (
              <TableCell key={v.rev}>Phiên bản {i + 1}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableCell>{fieldLabel(field)}</TableCell>
              {conflict.versions.map((v) => (
                <TableCell key={v.rev}>{v.record ? showValue(v.record[field]) : '(đã xóa)'}</TableCell>
              ))}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>Sửa lúc</TableCell>
            {conflict.versions.map((v) => (
              <TableCell key={v.rev}>{typeof v.record?.updatedAt === 'string' ? new Date(v.record.updatedAt).toLocaleString('vi-VN') : '—'}</TableCell>
            ))}
          </TableRow>
          <TableRow>
            <TableCell />
            {conflict.versions.map((v, i) => (
              <TableCell key={v.rev}>
                <Button
                  size="small"
                  variant="outlined"
                  disabled={refusal !== null}
                  onClick={() => resolveSyncConflict(conflict, v.rev).catch((e) => setError(describeError(e)))}
                >
                  Giữ phiên bản {i + 1}
                </Button>
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
      {error && <Alert severity="error" sx={{ mt: 1 }}>{error}</Alert>}
    </Paper>
  );
}

export function ConflictList() {
  const conflicts = useSyncConflicts();
  const refusal = useRefusal('resolveConflicts');
  if (!conflicts || conflicts.length === 0) return null;
  return (
    <Paper sx={{ p: 3, mt: 2 }} role="region" aria-label="Xung đột đồng bộ">
      <Typography variant="h6" component="h2" gutterBottom>
        Xung đột đồng bộ ({conflicts.length})
      </Typography>
      {refusal && <Alert severity="info" sx={{ mb: 2 }}>{refusal}</Alert>}
      {conflicts.map((c) => (
        <ConflictCard key={c.docId} conflict={c} refusal={refusal} />
      ))}
    </Paper>
  );
}
