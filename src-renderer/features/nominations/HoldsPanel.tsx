import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { HOLD_LABELS, holdApplies } from '../../domain/eligibility';
import { getDb } from '../../data/db';
import { nominationRepo } from '../../data/nominations';
import { HOLD_KINDS } from '../../data/schemas';
import type { Nomination } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { CivilDateInput, FormDateField } from '../../ui/formFields';
import { todayIso } from '../../ui/formValues';
import type { Feedback } from '../../ui/useFeedback';
import { endHold, endHoldFormSchema, holdEndNote, reopenHold } from './holdLogic';

type HoldKind = (typeof HOLD_KINDS)[number];

/**
 * Holds (tạm hoãn xét): while the nominee is under disciplinary review, investigation, inspection or a
 * complaint is verified, the nomination stops with the reason shown (NĐ 152/2025 Đ4; DOMAIN.md §3.3).
 */
export function HoldsPanel({ nomination, editable, feedback }: { nomination: Nomination; editable: boolean; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const [kind, setKind] = useState<HoldKind>('discipline');
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const today = todayIso();
  const [ending, setEnding] = useState<number | null>(null);
  const save = (holds: Nomination['holds'], message: string) =>
    nominationRepo.update(getDb(), nomination, { holds }).then(() => feedback.notify(message), feedback.fail);
  return (
    <Stack spacing={2}>
      {nomination.holds.length === 0 && <Typography color="text.secondary">Không có trường hợp tạm dừng xét.</Typography>}
      {nomination.holds.map((hold, index) => (
        <Alert
          key={`${hold.kind}-${index}`}
          severity={holdApplies(hold, today) ? 'info' : 'success'}
          action={
            editable && (
              <FormControlLabel
                label={holdApplies(hold, today) ? 'Đang áp dụng' : 'Đã kết thúc'}
                control={
                  <Switch
                    checked={holdApplies(hold, today)}
                    onChange={(e) => (e.target.checked ? save(reopenHold(nomination.holds, index), 'Đã áp dụng lại tạm dừng xét.') : setEnding(index))}
                  />
                }
              />
            )
          }
        >
          {HOLD_LABELS[hold.kind][0].toLocaleUpperCase('vi') + HOLD_LABELS[hold.kind].slice(1)}
          {hold.note ? `: ${hold.note}` : ''}
          {holdEndNote(hold, today) && <Typography variant="body2">{holdEndNote(hold, today)}</Typography>}
        </Alert>
      ))}
      {editable && (
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!note.trim()) return;
            save([...nomination.holds, { kind, active: true, note: note.trim(), endedOn: until || null }], 'Đã tạm dừng xét đề nghị.').then(() => {
              setNote('');
              setUntil('');
            });
          }}
        >
          <TextField select label="Trường hợp tạm dừng xét" value={kind} onChange={(e) => setKind(e.target.value as HoldKind)} sx={{ minWidth: 280 }}>
            {HOLD_KINDS.map((k) => <MenuItem key={k} value={k}>{HOLD_LABELS[k]}</MenuItem>)}
          </TextField>
          <TextField label="Lý do, văn bản liên quan" value={note} onChange={(e) => setNote(e.target.value)} sx={{ flexGrow: 1 }} />
          <CivilDateInput
            label="Xét tiếp từ ngày (nếu đã biết)"
            value={until}
            onChange={setUntil}
            width={230}
            helperText="Đến ngày này đề nghị tự xét tiếp"
          />
          <Button type="submit" variant="outlined" color="info" disabled={!note.trim()}>
            Tạm dừng xét
          </Button>
        </Stack>
      )}
      {ending !== null && (
        <EndHoldDialog
          kind={nomination.holds[ending].kind}
          onClose={() => setEnding(null)}
          onEnd={(endedOn) => {
            setEnding(null);
            save(endHold(nomination.holds, ending, endedOn), 'Đã kết thúc tạm dừng xét.');
          }}
        />
      )}
    </Stack>
  );
}

/** The day the hold ended; for a discipline, achievements before it no longer count. */
function EndHoldDialog({ kind, onClose, onEnd }: { kind: HoldKind; onClose: () => void; onEnd: (endedOn: string) => void }) {
  const { control, handleSubmit } = useForm<z.input<typeof endHoldFormSchema>, unknown, z.output<typeof endHoldFormSchema>>({
    defaultValues: { endedOn: todayIso() },
    resolver: zodResolver(endHoldFormSchema),
  });
  return (
    <FormDialog open title="Kết thúc tạm dừng xét" onClose={onClose} onSubmit={handleSubmit((v) => onEnd(v.endedOn))} submitLabel="Kết thúc tạm dừng xét">
      {kind === 'discipline' && (
        <Typography variant="body2">Sau khi hết kỷ luật, chỉ tính thành tích đạt được sau ngày kết thúc (NĐ 152/2025 Đ4).</Typography>
      )}
      <FormDateField control={control} name="endedOn" label="Ngày kết thúc" required autoFocus />
    </FormDialog>
  );
}
