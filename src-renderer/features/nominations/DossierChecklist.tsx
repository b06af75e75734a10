import { useMemo, useState } from 'react';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import Link from '@mui/material/Link';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { checkDossier, dossierPartsFor } from '../../domain/dossier';
import { getDb } from '../../data/db';
import { nominationRepo } from '../../data/nominations';
import { useSettings } from '../../data/hooks';
import { useDocumentsFrom } from '../../data/dispatch/hooks';
import type { Nomination, RegisteredDocument } from '../../data/schemas';
import type { Feedback } from '../../ui/useFeedback';
import { DocumentPreviewDialog, documentTitle } from '../documents/DocumentPreviewDialog';
import { dossierDocuments } from './dossierLinks';

/** Parts recorded as present in the nomination's dossier. */
function presentParts(dossier: Nomination['dossier']): string[] {
  return Object.entries(dossier).filter(([, part]) => part.present).map(([id]) => id);
}

/** "Thành phần hồ sơ": which parts are present, which are missing, which the app can generate (Luật TĐKT 2022 Đ84.1). */
export function DossierChecklist({
  nomination, editable, feedback,
}: { nomination: Nomination; editable: boolean; feedback: Pick<Feedback, 'fail' | 'notify'> }) {
  const settings = useSettings();
  const ownDocuments = useDocumentsFrom(nomination.id);
  const meetingDocuments = useDocumentsFrom(nomination.meetingId);
  const [opened, setOpened] = useState<RegisteredDocument | null>(null);
  const links = useMemo(
    () =>
      settings && ownDocuments && meetingDocuments
        ? dossierDocuments(dossierPartsFor(nomination.titleCode, settings), nomination.dossier, [...ownDocuments, ...meetingDocuments])
        : new Map<string, RegisteredDocument>(),
    [settings, ownDocuments, meetingDocuments, nomination.titleCode, nomination.dossier],
  );
  if (!settings || !ownDocuments || !meetingDocuments) return <LinearProgress aria-label="Đang tải" />;
  const status = checkDossier(nomination.titleCode, presentParts(nomination.dossier), settings);
  const toggle = (partId: string, present: boolean) => {
    const previous = nomination.dossier[partId] ?? { present: false, documentId: null, note: '' };
    nominationRepo
      .update(getDb(), nomination, { dossier: { ...nomination.dossier, [partId]: { ...previous, present } } })
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
                  <DocumentLink doc={links.get(part.id)} onOpen={setOpened} />
                </Stack>
              }
              slotProps={{ secondary: { component: 'div' } }}
            />
          </ListItem>
        ))}
      </List>
      <DocumentPreviewDialog doc={opened} onClose={() => setOpened(null)} notify={feedback.notify} />
    </Stack>
  );
}

/** Opens the issued document that stands for a dossier part, when there is one. */
function DocumentLink({ doc, onOpen }: { doc: RegisteredDocument | undefined; onOpen: (doc: RegisteredDocument) => void }) {
  if (!doc) return null;
  return (
    <Link component="button" type="button" variant="body2" onClick={() => onOpen(doc)}>
      Xem {documentTitle(doc)}
    </Link>
  );
}
