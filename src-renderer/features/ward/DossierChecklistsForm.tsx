import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { defaultDossierChecklists } from '../../domain/settings';
import type { DossierPart, WardSettings } from '../../domain/settings';
import { TITLE_CODES } from '../../domain/vocabulary';
import type { TitleCode } from '../../domain/vocabulary';
import type { WardProfile } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';
import { addPart, checklistOverrides, checklistProblem, isDefaultChecklist } from './dossierSettings';
import { SettingReason } from './SettingReason';
import { useOverridesSave } from './useOverridesSave';
import { useTitles } from '../../data/hooks';

/** "Thành phần hồ sơ": the parts each title's dossier needs, as this ward's province sets them. */
export function DossierChecklistsForm({
  profile, settings, feedback,
}: { profile: WardProfile; settings: WardSettings; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const titles = useTitles();
  const [titleCode, setTitleCode] = useState<TitleCode>('CSTDCS');
  return (
    <Stack spacing={2}>
      <SettingReason settings={settings} setting="dossierChecklists" />
      <TextField select label="Danh hiệu / hình thức" value={titleCode} onChange={(e) => setTitleCode(e.target.value as TitleCode)} sx={{ maxWidth: 420 }}>
        {TITLE_CODES.map((c) => <MenuItem key={c} value={c}>{titles[c].label}</MenuItem>)}
      </TextField>
      <ChecklistEditor key={`${titleCode}-${profile.updatedAt}`} titleCode={titleCode} profile={profile} settings={settings} feedback={feedback} />
    </Stack>
  );
}

function ChecklistEditor({
  titleCode, profile, settings, feedback,
}: { titleCode: TitleCode; profile: WardProfile; settings: WardSettings; feedback: Pick<Feedback, 'notify' | 'fail'> }) {
  const titles = useTitles();
  const saved = settings.dossierChecklists[titleCode] ?? [];
  const [parts, setParts] = useState<DossierPart[]>(saved);
  const [newLabel, setNewLabel] = useState('');
  const { saving, store: storeOverrides } = useOverridesSave(profile, feedback);
  const problem = checklistProblem(parts);
  const changed = JSON.stringify(parts) !== JSON.stringify(saved);
  const change = (index: number, patch: Partial<DossierPart>) => setParts(parts.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const store = (next: readonly DossierPart[], message: string) =>
    storeOverrides(checklistOverrides(profile.settingsOverrides, settings.dossierChecklists, titleCode, next), message);
  return (
    <Stack spacing={1.5} component="section" aria-label={`Thành phần hồ sơ ${titles[titleCode].label}`}>
      {parts.length === 0 && <Typography color="text.secondary">Chưa có thành phần hồ sơ nào.</Typography>}
      {parts.map((part, index) => (
        <Stack key={part.id} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <TextField
            label={`Thành phần ${index + 1}`}
            value={part.label}
            onChange={(e) => change(index, { label: e.target.value })}
            size="small"
            sx={{ flexGrow: 1 }}
          />
          <FormControlLabel
            label="Bắt buộc"
            control={<Checkbox checked={part.required} onChange={(e) => change(index, { required: e.target.checked })} />}
          />
          <Box sx={{ width: 170 }}>{part.generatable && <Chip size="small" color="info" variant="outlined" label="Phần mềm lập được" />}</Box>
          <IconButton aria-label={`Xóa thành phần ${index + 1}`} onClick={() => setParts(parts.filter((_, i) => i !== index))}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      <Stack
        direction="row"
        spacing={2}
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!newLabel.trim()) return;
          setParts(addPart(parts, newLabel));
          setNewLabel('');
        }}
      >
        <TextField label="Thành phần mới" value={newLabel} onChange={(e) => setNewLabel(e.target.value)} size="small" sx={{ flexGrow: 1 }} />
        <Button type="submit" startIcon={<AddIcon />} disabled={!newLabel.trim()}>Thêm thành phần</Button>
      </Stack>
      {problem && <Alert severity="error">{problem}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={!changed || problem !== null || saving} onClick={() => store(parts, 'Đã lưu thành phần hồ sơ.')}>
          Lưu thành phần hồ sơ
        </Button>
        <Button
          disabled={isDefaultChecklist(titleCode, saved, settings.naming.provinceKind) || saving}
          onClick={() => store(defaultDossierChecklists(settings.naming.provinceKind)[titleCode], 'Đã khôi phục thành phần hồ sơ mặc định.')}
        >
          Khôi phục mặc định
        </Button>
      </Stack>
    </Stack>
  );
}
