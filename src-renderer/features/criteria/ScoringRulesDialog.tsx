import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { TIE_BREAK_LABELS } from '../../domain/settings';
import type { WardSettings } from '../../domain/settings';
import { formatNumber } from '../../domain/text';
import { getDb } from '../../data/db';
import { saveWardProfile } from '../../data/registers';
import type { WardProfile } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { useAsyncSubmit } from '../../ui/useAsyncSubmit';
import { parseScoreText } from '../scoring/gridLogic';
import { prepareScoringRules, tieBreakChoices } from './scoringRules';
import type { TieBreakChoice } from './scoringRules';

interface BandRow {
  label: string;
  min: string;
}

/** Edits the ward's classification bands and tie-break chain; both apply to every criteria set. */
export function ScoringRulesDialog({
  profile, settings, onClose, onSaved,
}: { profile: WardProfile; settings: WardSettings; onClose: () => void; onSaved: () => void }) {
  const [bands, setBands] = useState<BandRow[]>(settings.classificationBands.map((b) => ({ label: b.label, min: formatNumber(b.minScore) })));
  const [choices, setChoices] = useState<TieBreakChoice[]>(tieBreakChoices(settings.tieBreakOrder));

  const setBand = (i: number, patch: Partial<BandRow>) => setBands(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const moveChoice = (i: number, delta: -1 | 1) => {
    const next = [...choices];
    [next[i], next[i + delta]] = [next[i + delta], next[i]];
    setChoices(next);
  };

  const { busy, error, onSubmit } = useAsyncSubmit(async () => {
    const unreadable = bands.findIndex((b) => typeof parseScoreText(b.min) !== 'number');
    if (unreadable >= 0) return `Điểm tối thiểu của mức “${bands[unreadable].label || unreadable + 1}” phải là số.`;
    const { rules, issues } = prepareScoringRules(
      bands.map((b) => ({ label: b.label, minScore: parseScoreText(b.min) as number })),
      choices,
      settings,
    );
    if (issues.length > 0) return issues.join(' ');
    const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, demo: _d, ...input } = profile;
    await saveWardProfile(getDb(), { ...input, settingsOverrides: { ...profile.settingsOverrides, ...rules } });
    onSaved();
  });

  return (
    <FormDialog
      open
      title="Mức xếp loại và tiêu chí phụ khi bằng điểm"
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={busy}
      error={error}
      maxWidth="md"
    >
      <Typography variant="subtitle2" component="h3">
        Mức xếp loại theo tổng điểm (thang 100 điểm)
      </Typography>
      {bands.map((band, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField label={`Tên mức ${i + 1}`} value={band.label} onChange={(e) => setBand(i, { label: e.target.value })} autoFocus={i === 0} sx={{ flex: 2 }} />
          <TextField
            label={`Từ điểm (mức ${i + 1})`}
            value={band.min}
            onChange={(e) => setBand(i, { min: e.target.value })}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ flex: 1 }}
          />
          <IconButton aria-label={`Xóa mức ${i + 1}`} onClick={() => setBands(bands.filter((_, j) => j !== i))} disabled={bands.length === 1}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Box>
        <Button startIcon={<AddIcon />} onClick={() => setBands([...bands, { label: '', min: '' }])}>
          Thêm mức xếp loại
        </Button>
      </Box>
      <Typography variant="subtitle2" component="h3">
        Khi bằng tổng điểm, xếp trước đơn vị có (theo thứ tự)
      </Typography>
      {choices.map((choice, i) => (
        <Stack key={choice.key} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <FormControlLabel
            sx={{ flex: 1 }}
            control={
              <Checkbox
                checked={choice.enabled}
                onChange={(e) => setChoices(choices.map((c, j) => (j === i ? { ...c, enabled: e.target.checked } : c)))}
              />
            }
            label={TIE_BREAK_LABELS[choice.key]}
          />
          <IconButton aria-label={`Đưa “${TIE_BREAK_LABELS[choice.key]}” lên`} onClick={() => moveChoice(i, -1)} disabled={i === 0}>
            <ArrowUpIcon />
          </IconButton>
          <IconButton aria-label={`Đưa “${TIE_BREAK_LABELS[choice.key]}” xuống`} onClick={() => moveChoice(i, 1)} disabled={i === choices.length - 1}>
            <ArrowDownIcon />
          </IconButton>
        </Stack>
      ))}
      <Typography variant="body2" color="text.secondary">
        Thứ tự này được nêu dưới bảng xếp hạng. Ưu tiên nữ theo NĐ 152/2025 Đ4; nếu các tiêu chí phụ vẫn bằng nhau, Hội đồng quyết định.
      </Typography>
    </FormDialog>
  );
}
