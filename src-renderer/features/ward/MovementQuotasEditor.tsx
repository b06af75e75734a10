/**
 * "Chỉ tiêu phong trào cho mỗi phường, xã" (issue 20): the per-ward quotas the province's movement plans
 * set, kept in the pack in force, seen and edited here. Each change is validated with the whole pack;
 * the movement screen shows the quota that applies and the Kế hoạch phát động states it.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { getDb } from '../../data/db';
import { saveMovementQuotas } from '../../data/provincePack';
import { movementQuotaSchema } from '../../data/schemas';
import { quotaAmount } from '../../domain/movementPlan';
import { regulationArticleReference } from '../../domain/province';
import type { MovementQuota, ProvincePack } from '../../domain/provincePack';
import { FormDialog } from '../../ui/FormDialog';
import { FormNumberField, FormTextField } from '../../ui/formFields';
import { useBusyAction } from '../../ui/useBusyAction';
import { useFormSubmit } from '../../ui/useFormSubmit';
import type { Feedback } from '../../ui/useFeedback';

type QuotaInput = z.input<typeof movementQuotaSchema>;
type QuotaOutput = z.output<typeof movementQuotaSchema>;

/** The quota being edited: its place in the list, or null for a new one. */
type Editing = { index: number | null; quota: QuotaInput };

export function MovementQuotasEditor({ pack, feedback }: { pack: ProvincePack; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const quotas = pack.movementQuotas;
  const [editing, setEditing] = useState<Editing | null>(null);
  const { busy, run } = useBusyAction(feedback.fail);
  const remove = (index: number) =>
    run(async () => {
      const gone = quotas[index];
      await saveMovementQuotas(getDb(), quotas.filter((_, i) => i !== index));
      feedback.notify(`Đã bỏ chỉ tiêu của phong trào “${gone.movement}”.`);
    });
  return (
    <Box component="section" aria-label="Chỉ tiêu phong trào cho mỗi phường, xã">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="subtitle2" component="h3" sx={{ mr: 'auto' }}>Chỉ tiêu phong trào cho mỗi phường, xã</Typography>
        <Button startIcon={<AddIcon />} disabled={busy} onClick={() => setEditing({ index: null, quota: { movement: '', quota: 1, unit: '', citation: '' } })}>
          Thêm chỉ tiêu
        </Button>
      </Box>
      {quotas.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Gói chưa có chỉ tiêu phong trào. Khi kế hoạch của tỉnh, thành phố giao chỉ tiêu cho mỗi phường, xã, hãy thêm ở đây: màn hình Phong trào sẽ hiện chỉ tiêu và kế hoạch phát động của phường ghi chỉ tiêu đó.
        </Typography>
      ) : (
        <Table size="small" aria-label="Danh sách chỉ tiêu phong trào">
          <TableHead>
            <TableRow>
              <TableCell>Phong trào</TableCell>
              <TableCell>Chỉ tiêu mỗi phường, xã</TableCell>
              <TableCell>Căn cứ</TableCell>
              <TableCell align="right" sx={{ width: 100 }}>Sửa, bỏ</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {quotas.map((q, index) => (
              <TableRow key={`${q.movement}-${index}`}>
                <TableCell>{q.movement}</TableCell>
                <TableCell>{quotaAmount(q)}</TableCell>
                <TableCell>{regulationArticleReference(pack.regulation, q.citation)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Tooltip title="Sửa">
                    <IconButton aria-label={`Sửa chỉ tiêu ${q.movement}`} disabled={busy} onClick={() => setEditing({ index, quota: { ...q } })}><EditIcon /></IconButton>
                  </Tooltip>
                  <Tooltip title="Bỏ">
                    <IconButton aria-label={`Bỏ chỉ tiêu ${q.movement}`} disabled={busy} onClick={() => void remove(index)}><DeleteIcon /></IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editing && (
        <QuotaDialog
          editing={editing}
          onClose={() => setEditing(null)}
          onSave={async (quota) => {
            const next = editing.index === null ? [...quotas, quota] : quotas.map((q, i) => (i === editing.index ? quota : q));
            await saveMovementQuotas(getDb(), next);
            setEditing(null);
            feedback.notify(`Đã lưu chỉ tiêu của phong trào “${quota.movement.trim()}”.`);
          }}
        />
      )}
    </Box>
  );
}

function QuotaDialog({ editing, onClose, onSave }: { editing: Editing; onClose: () => void; onSave: (quota: MovementQuota) => Promise<void> }) {
  const { control, handleSubmit, setError, formState } = useForm<QuotaInput, unknown, QuotaOutput>({
    defaultValues: editing.quota,
    resolver: zodResolver(movementQuotaSchema),
  });
  // A refusal of the whole pack names no field, so it shows above the buttons.
  const submit = useFormSubmit({ handleSubmit, setError, formState }, onSave, { fields: () => [] });
  return (
    <FormDialog open title={editing.index === null ? 'Thêm chỉ tiêu phong trào' : 'Sửa chỉ tiêu phong trào'} onClose={onClose} {...submit}>
      <FormTextField control={control} name="movement" label="Tên phong trào" required autoFocus
        helperText="Như kế hoạch của tỉnh, thành phố gọi; áp dụng cho phong trào của phường có tên chứa tên này." />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2 }}>
        <FormNumberField control={control} name="quota" label="Chỉ tiêu mỗi phường, xã" required />
        <FormTextField control={control} name="unit" label="Đơn vị tính" required helperText="Ví dụ: điển hình, mô hình, công trình." />
      </Box>
      <FormTextField control={control} name="citation" label="Căn cứ (điều, khoản)" helperText="Điều khoản của văn bản giao chỉ tiêu, ví dụ Đ12." />
    </FormDialog>
  );
}
