import { useState } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb } from '../../data/db';
import { useMeetingOutcome } from '../../data/dispatch/hooks';
import { useTitles } from '../../data/hooks';
import { meetingRepo } from '../../data/meetings';
import type { CountingTime, Meeting } from '../../data/schemas';
import type { AwardCode } from '../../domain/vocabulary';
import type { Feedback } from '../../ui/useFeedback';

/** The times of each title's counting as stored, one row per title voted by secret ballot. */
function countingRows(saved: readonly CountingTime[], titles: readonly AwardCode[]): CountingTime[] {
  return titles.map((titleCode) => saved.find((t) => t.titleCode === titleCode) ?? { titleCode, startTime: '', endTime: '' });
}

/**
 * When the counting of each secret ballot began and ended: the biên bản kiểm phiếu prints these, not
 * the meeting's own times; left empty, it leaves the times blank to be written by hand.
 */
export function CountingTimesPanel({ meeting, feedback }: { meeting: Meeting; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const outcome = useMeetingOutcome(meeting.id);
  if (outcome === undefined) return <LinearProgress aria-label="Đang tải các danh hiệu bỏ phiếu kín" />;
  const secretTitles = [...new Set([...(outcome?.ballotTitles ?? []), ...(outcome?.secretTitles ?? [])])];
  return <CountingTimesForm key={`${meeting.updatedAt}-${secretTitles.join(',')}`} meeting={meeting} secretTitles={secretTitles} feedback={feedback} />;
}

/** A clock time typed as the meeting form takes it ("09:40"). */
function TimeField({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      size="small"
      placeholder="09:40"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { inputMode: 'numeric', 'aria-label': name } }}
    />
  );
}

function CountingTimesForm({
  meeting, secretTitles, feedback,
}: { meeting: Meeting; secretTitles: readonly AwardCode[]; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const titles = useTitles();
  const saved = countingRows(meeting.countingTimes ?? [], secretTitles);
  const [rows, setRows] = useState(saved);
  const changed = JSON.stringify(rows) !== JSON.stringify(saved);
  const change = (index: number, patch: Partial<CountingTime>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const save = () =>
    meetingRepo.update(getDb(), meeting, { countingTimes: rows }).then(() => feedback.notify('Đã lưu giờ kiểm phiếu.'), feedback.fail);
  if (secretTitles.length === 0) {
    return <Typography color="text.secondary">Phiên họp chưa có danh hiệu nào bỏ phiếu kín.</Typography>;
  }
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2" color="text.secondary">
        Biên bản kiểm phiếu ghi giờ bắt đầu và kết thúc việc kiểm phiếu của từng danh hiệu (dạng 09:40); nếu để trống, biên bản để chỗ trống để ghi tay.
      </Typography>
      {rows.map((row, index) => {
        const label = titles[row.titleCode].label;
        return (
          <Stack key={row.titleCode} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography sx={{ minWidth: 260 }}>{label}</Typography>
            <TimeField label="Bắt đầu kiểm phiếu" name={`Giờ bắt đầu kiểm phiếu ${label}`} value={row.startTime} onChange={(startTime) => change(index, { startTime })} />
            <TimeField label="Kết thúc kiểm phiếu" name={`Giờ kết thúc kiểm phiếu ${label}`} value={row.endTime} onChange={(endTime) => change(index, { endTime })} />
          </Stack>
        );
      })}
      <Box>
        <Button variant="contained" onClick={save} disabled={!changed}>Lưu giờ kiểm phiếu</Button>
      </Box>
    </Stack>
  );
}
