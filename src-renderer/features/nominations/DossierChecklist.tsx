import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { checkDossier } from '../../domain/dossier';
import { getDb } from '../../data/db';
import { nominationRepo } from '../../data/nominations';
import { useSettings } from '../../data/hooks';
import type { Nomination } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';

/** Parts recorded as present in the nomination's dossier. */
export function presentParts(dossier: Nomination['dossier']): string[] {
  return Object.entries(dossier).filter(([, part]) => part.present).map(([id]) => id);
}

/** "Thành phần hồ sơ": which parts are present, which are missing, which the app can generate (Luật TĐKT 2022 Đ84.1). */
export function DossierChecklist({ nomination, editable, feedback }: { nomination: Nomination; editable: boolean; feedback: Pick<Feedback, 'fail'> }) {
  const settings = useSettings();
  if (!settings) return <LinearProgress aria-label="Đang tải" />;
  const status = checkDossier(nomination.titleCode, presentParts(nomination.dossier), settings);
  const toggle = (partId: string, present: boolean) => {
    const previous = nomination.dossier[partId] ?? { present: false, documentId: null, note: '' };
    nominationRepo
      .update(getDb(), nomination.id, { dossier: { ...nomination.dossier, [partId]: { ...previous, present } } })
      .catch(feedback.fail);
  };
  return (
    <Stack spacing={1}>
      <Alert severity={status.complete ? 'success' : 'warning'}>
        {status.complete
          ? 'Hồ sơ đủ các thành phần bắt buộc.'
          : `Còn thiếu ${status.missing.length} thành phần bắt buộc${status.generatableMissing.length > 0 ? `, trong đó ${status.generatableMissing.length} thành phần phần mềm lập được` : ''}.`}
      </Alert>
      <List dense aria-label="Thành phần hồ sơ">
        {status.parts.map((part) => (
          <ListItem key={part.id} disablePadding>
            <ListItemIcon>
              <Checkbox
                edge="start"
                checked={part.present}
                disabled={!editable}
                onChange={(e) => toggle(part.id, e.target.checked)}
                slotProps={{ input: { 'aria-label': part.label } }}
              />
            </ListItemIcon>
            <ListItemText
              primary={part.label}
              secondary={
                <Stack direction="row" spacing={1} component="span" sx={{ mt: 0.5 }}>
                  {part.required ? <Chip component="span" size="small" label="Bắt buộc" /> : <Chip component="span" size="small" variant="outlined" label="Không bắt buộc" />}
                  {part.generatable && <Chip component="span" size="small" color="info" variant="outlined" label="Phần mềm lập được" />}
                  {!part.present && part.required && <Chip component="span" size="small" color="warning" label="Còn thiếu" />}
                </Stack>
              }
              slotProps={{ secondary: { component: 'div' } }}
            />
          </ListItem>
        ))}
      </List>
    </Stack>
  );
}
