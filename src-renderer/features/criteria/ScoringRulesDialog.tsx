import { useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import { TIE_BREAK_LABELS } from '../../domain/settings';
import type { WardSettings } from '../../domain/settings';
import { getDb } from '../../data/db';
import { saveWardProfile } from '../../data/registers';
import type { WardProfile } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { useAsyncSubmit } from '../../ui/useAsyncSubmit';
import { BandsEditor } from './BandsEditor';
import { bandRows, prepareScoringRules, tieBreakChoices, unreadableBand } from './scoringRules';
import type { BandRow, TieBreakChoice } from './scoringRules';

/** Edits the ward's classification bands and tie-break chain; both apply to every criteria set. */
export function ScoringRulesDialog({
  profile, settings, onClose, onSaved,
}: { profile: WardProfile; settings: WardSettings; onClose: () => void; onSaved: () => void }) {
  const [bands, setBands] = useState<BandRow[]>(bandRows(settings.classificationBands));
  const [choices, setChoices] = useState<TieBreakChoice[]>(tieBreakChoices(settings.tieBreakOrder));
  // The version the bands were read at: a save of the profile elsewhere meanwhile refuses this one.
  const [readVersion] = useState(profile.version);

  const moveChoice = (i: number, delta: -1 | 1) => {
    const next = [...choices];
    [next[i], next[i + delta]] = [next[i + delta], next[i]];
    setChoices(next);
  };

  const { busy, error, onSubmit } = useAsyncSubmit(async () => {
    const unreadable = unreadableBand(bands);
    if (unreadable) return unreadable;
    const { rules, issues } = prepareScoringRules(bands, choices, settings);
    if (issues.length > 0) return issues.join(' ');
    const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, demo: _d, version: _v, ...input } = profile;
    await saveWardProfile(getDb(), { ...input, settingsOverrides: { ...profile.settingsOverrides, ...rules } }, { readVersion });
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
      <BandsEditor rows={bands} onChange={setBands} autoFocus />
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
        Thứ tự này được nêu dưới bảng xếp hạng. Ưu tiên nữ theo Khoản 6 Điều 4 NĐ 152/2025 luôn được đề xuất: nếu bỏ chọn ở đây, quy định này vẫn được áp dụng sau các tiêu chí đã chọn; nếu vẫn bằng nhau, Hội đồng quyết định.
      </Typography>
    </FormDialog>
  );
}
