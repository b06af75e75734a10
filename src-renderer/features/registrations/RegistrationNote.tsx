import Alert from '@mui/material/Alert';
import { registrationNote } from '../../domain/registration';
import { useRegistrationOf, useSettings, useTitles } from '../../data/hooks';
import type { Nomination } from '../../data/schemas';

/**
 * What the nomination's unit registered for the year: information beside the verdict, never part of it
 * (Luật TĐKT 2022 Điều 7); a warning only where the province's own text asks for a registration.
 */
export function RegistrationNote({ nomination, nomineeName, unitName }: { nomination: Nomination; nomineeName: string; unitName: string }) {
  const registration = useRegistrationOf(nomination.proposingUnitId, nomination.year);
  const settings = useSettings();
  const titles = useTitles();
  if (registration === undefined || !settings || !nomination.proposingUnitId) return null;
  const note = registrationNote({
    registration,
    year: nomination.year,
    unitName,
    subject: { kind: nomination.nominee.kind, personId: nomination.nominee.kind === 'person' ? nomination.nominee.personId : null, name: nomineeName },
    titleCode: nomination.titleCode,
    titleLabel: (code) => titles[code].label,
    requiredBy: settings.registrationRequiredBy,
  });
  return (
    <Alert severity={note.severity} sx={{ mb: 2 }} data-testid="registration-note">
      {note.text}
    </Alert>
  );
}
