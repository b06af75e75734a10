import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { HOLD_LABELS } from '../../domain/eligibility';
import { getDb } from '../../data/db';
import { nominationRepo } from '../../data/nominations';
import { HOLD_KINDS } from '../../data/schemas';
import type { Nomination } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';

type HoldKind = (typeof HOLD_KINDS)[number];

/**
 * Holds (tạm hoãn xét): while the nominee is under disciplinary review, investigation, inspection or a
 * complaint is verified, the nomination stops with the reason shown (NĐ 152/2025 Đ4; DOMAIN.md §3.3).
 */
export function HoldsPanel({ nomination, editable, feedback }: { nomination: Nomination; editable: boolean; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const [kind, setKind] = useState<HoldKind>('discipline');
  const [note, setNote] = useState('');
  const save = (holds: Nomination['holds'], message: string) =>
    nominationRepo.update(getDb(), nomination.id, { holds }).then(() => feedback.notify(message), feedback.fail);
  return (
    <Stack spacing={2}>
      {nomination.holds.length === 0 && <Typography color="text.secondary">Không có trường hợp tạm hoãn.</Typography>}
      {nomination.holds.map((hold, index) => (
        <Alert
          key={`${hold.kind}-${index}`}
          severity={hold.active ? 'error' : 'success'}
          action={
            editable && (
              <FormControlLabel
                label={hold.active ? 'Đang áp dụng' : 'Đã kết thúc'}
                control={
                  <Switch
                    checked={hold.active}
                    onChange={(e) =>
                      save(
                        nomination.holds.map((h, i) => (i === index ? { ...h, active: e.target.checked } : h)),
                        e.target.checked ? 'Đã áp dụng lại tạm hoãn.' : 'Đã kết thúc tạm hoãn.',
                      )
                    }
                  />
                }
              />
            )
          }
        >
          {HOLD_LABELS[hold.kind][0].toLocaleUpperCase('vi') + HOLD_LABELS[hold.kind].slice(1)}
          {hold.note ? `: ${hold.note}` : ''}
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
            save([...nomination.holds, { kind, active: true, note: note.trim(), endedOn: null }], 'Đã tạm hoãn xét đề nghị.').then(() => setNote(''));
          }}
        >
          <TextField select label="Trường hợp tạm hoãn" value={kind} onChange={(e) => setKind(e.target.value as HoldKind)} sx={{ minWidth: 280 }}>
            {HOLD_KINDS.map((k) => <MenuItem key={k} value={k}>{HOLD_LABELS[k]}</MenuItem>)}
          </TextField>
          <TextField label="Lý do, văn bản liên quan" value={note} onChange={(e) => setNote(e.target.value)} sx={{ flexGrow: 1 }} />
          <Button type="submit" variant="outlined" color="error" disabled={!note.trim()}>
            Tạm hoãn xét
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
