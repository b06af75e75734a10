/**
 * Editing the list of households a tổ dân phố proposes: one household with the residents' comments on
 * it, or many pasted from the tổ dân phố's spreadsheet. Each save writes the whole list at once.
 */
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ValidationError } from '../../data/errors';
import type { CultureHousehold } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { useBusyTask } from '../../ui/useBusyTask';
import { parseHouseholdLines } from './householdPaste';

type SaveList = (households: CultureHousehold[], message: string) => Promise<void>;

/** A dialog's save: refusals show inside the dialog, which stays open. */
function useSubmit(work: () => Promise<void>) {
  const task = useBusyTask();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void task.run('Đang lưu…', work);
  };
  return { error: task.error, submitting: task.busy !== null, onSubmit };
}

/** One household: `index` null adds it at the end of the list. */
export function HouseholdDialog({
  households, index, onSave, onClose,
}: { households: readonly CultureHousehold[]; index: number | null; onSave: SaveList; onClose: () => void }) {
  const [value, setValue] = useState<CultureHousehold>(() => (index === null ? { name: '', address: '', comment: '', proposed: true } : households[index]));
  const submit = useSubmit(async () => {
    if (!value.name.trim()) throw new ValidationError([{ path: 'name', message: 'Nhập tên chủ hộ.' }]);
    const next = index === null ? [...households, value] : households.map((h, i) => (i === index ? value : h));
    await onSave(next, index === null ? `Đã thêm hộ ${value.name.trim()}.` : `Đã lưu hộ ${value.name.trim()}.`);
  });
  const remove = useSubmit(async () => {
    await onSave(households.filter((_, i) => i !== index), `Đã bỏ hộ ${households[index!].name} khỏi danh sách.`);
  });
  const field = (key: 'name' | 'address' | 'comment') => ({
    value: value[key],
    onChange: (e: { target: { value: string } }) => setValue((v) => ({ ...v, [key]: e.target.value })),
  });
  return (
    <FormDialog
      open
      title={index === null ? 'Thêm hộ gia đình' : `Hộ ${households[index].name}`}
      onClose={onClose}
      onSubmit={submit.onSubmit}
      submitting={submit.submitting || remove.submitting}
      error={submit.error ?? remove.error}
      extraActions={
        index !== null && (
          <Button color="error" onClick={remove.onSubmit} disabled={remove.submitting}>
            Bỏ khỏi danh sách
          </Button>
        )
      }
    >
      <TextField label="Tên chủ hộ" required autoFocus {...field('name')} />
      <TextField label="Địa chỉ" {...field('address')} />
      <TextField label="Ý kiến của người dân" multiline minRows={2} helperText="Ý kiến nhận được trong thời gian niêm yết (in vào Mẫu 02)." {...field('comment')} />
      <FormControlLabel
        label="Vẫn đề nghị xét tặng sau khi lấy ý kiến"
        control={<Checkbox checked={value.proposed} onChange={(e) => setValue((v) => ({ ...v, proposed: e.target.checked }))} />}
      />
    </FormDialog>
  );
}

/** Many households at once, pasted from a spreadsheet: checked before anything is saved. */
export function PasteHouseholdsDialog({ households, onSave, onClose }: { households: readonly CultureHousehold[]; onSave: SaveList; onClose: () => void }) {
  const [text, setText] = useState('');
  const parsed = parseHouseholdLines(text, households);
  const submit = useSubmit(async () => {
    if (parsed.households.length === 0) throw new ValidationError([{ path: '', message: 'Không có hộ nào mới để thêm.' }]);
    await onSave([...households, ...parsed.households], `Đã thêm ${parsed.households.length} hộ vào danh sách.`);
  });
  return (
    <FormDialog
      open
      title="Dán danh sách hộ gia đình"
      onClose={onClose}
      onSubmit={submit.onSubmit}
      submitting={submit.submitting}
      submitLabel={parsed.households.length > 0 ? `Thêm ${parsed.households.length} hộ` : 'Thêm'}
      error={submit.error}
      maxWidth="md"
    >
      <Typography variant="body2" color="text.secondary">
        Mỗi dòng một hộ: tên chủ hộ, rồi địa chỉ, cách nhau bằng dấu Tab (dán từ bảng tính) hoặc dấu chấm phẩy. Cột số thứ tự ở đầu được bỏ qua.
      </Typography>
      <TextField label="Danh sách hộ" multiline minRows={8} maxRows={16} autoFocus value={text} onChange={(e) => setText(e.target.value)} />
      {text.trim() !== '' && (
        <Alert severity={parsed.skipped.length > 0 ? 'warning' : 'info'}>
          Sẽ thêm {parsed.households.length} hộ.
          {parsed.skipped.map((s) => (
            <span key={s} style={{ display: 'block' }}>{s}</span>
          ))}
        </Alert>
      )}
    </FormDialog>
  );
}
