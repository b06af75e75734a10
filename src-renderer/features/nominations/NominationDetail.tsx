import { useMemo, useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { applyingHolds } from '../../domain/eligibility';
import { isFinal } from '../../domain/lifecycle';
import { AWARD_KIND_LABELS, SUBJECT_KIND_LABELS } from '../../domain/vocabulary';
import Link from '@mui/material/Link';
import { useGoodDeedOfNomination, useRecord, useTitles } from '../../data/hooks';
import { formatMonth } from '../goodDeeds/labels';
import type { Nomination, Person, Unit } from '../../data/schemas';
import { PageHeader } from '../../ui/PageHeader';
import { todayIso } from '../../ui/formValues';
import { useFeedback } from '../../ui/useFeedback';
import { DossierChecklist } from './DossierChecklist';
import { NominationReportActions } from '../documents/RecordDocumentsActions';
import { EligibilityPanel } from './EligibilityPanel';
import { HoldsPanel } from './HoldsPanel';
import { LifecyclePanel } from './LifecyclePanel';
import { NominationFormDialog } from './NominationFormDialog';
import { nominationStateLabel, nomineeName } from './nominationView';
import { RegistrationNote } from '../registrations/RegistrationNote';

type DetailTab = 'eligibility' | 'dossier' | 'lifecycle' | 'holds';

/** One nomination: what is proposed, whether it qualifies and why, its dossier and its lifecycle. */
export function NominationDetail() {
  const titles = useTitles();
  const { id } = useParams();
  const nomination = useRecord<Nomination>('nominations', id);
  const nominee = nomination?.nominee;
  const person = useRecord<Person>('people', nominee?.kind === 'person' ? nominee.personId : null);
  const unit = useRecord<Unit>('units', nominee?.kind === 'unit' ? nominee.unitId : null);
  const proposingUnit = useRecord<Unit>('units', nomination?.proposingUnitId);
  const fromDeed = useGoodDeedOfNomination(id ?? '');
  const [tab, setTab] = useState<DetailTab>('eligibility');
  const [editing, setEditing] = useState(false);
  const { notify, fail, feedback } = useFeedback();
  const name = useMemo(() => {
    if (!nomination) return '';
    return nomineeName(nomination, new Map(person ? [[person.id, person]] : []), new Map(unit ? [[unit.id, unit]] : []));
  }, [nomination, person, unit]);
  if (nomination === undefined) return <LinearProgress aria-label="Đang tải" />;
  if (nomination === null) {
    return (
      <Alert severity="warning" action={<Button component={RouterLink} to="/de-nghi">Về danh sách</Button>}>
        Không tìm thấy đề nghị này (có thể đã bị xóa).
      </Alert>
    );
  }
  const editable = !isFinal(nomination.status);
  const title = titles[nomination.titleCode];
  return (
    <>
      <PageHeader
        title={`${name} — ${title.label} năm ${nomination.year}`}
        subtitle={
          <>
            {SUBJECT_KIND_LABELS[nomination.nominee.kind]}
            {person?.position ? `, ${person.position}` : ''} · Đơn vị đề nghị: {proposingUnit?.name ?? '—'} · {AWARD_KIND_LABELS[nomination.awardKind]}
          </>
        }
        actions={
          <>
            <Button component={RouterLink} to="/de-nghi">Về danh sách</Button>
            {editable && <Button variant="outlined" onClick={() => setEditing(true)}>Sửa đề nghị</Button>}
          </>
        }
      />
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }}>
        <Typography variant="body2">Trạng thái:</Typography>
        <Chip label={nominationStateLabel(nomination, todayIso())} color={isFinal(nomination.status) ? 'default' : 'primary'} data-testid="nomination-status" />
        <Typography variant="body2" color="text.secondary">
          {title.level === 'ward' ? 'Cấp phường quyết định' : 'Trình cấp trên'} · {title.requiresBallot ? 'Bắt buộc bỏ phiếu kín' : 'Biểu quyết theo quy chế'}
        </Typography>
      </Stack>
      <RegistrationNote nomination={nomination} nomineeName={name} unitName={proposingUnit?.name ?? 'Đơn vị đề nghị'} />
      {fromDeed && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Lập từ báo cáo người tốt, việc tốt tháng {formatMonth(fromDeed.month)} về “{fromDeed.subjectName}” ({fromDeed.field}).{' '}
          <Link component={RouterLink} to="/nguoi-tot-viec-tot">Xem sổ Người tốt, việc tốt</Link>
        </Alert>
      )}
      {nomination.achievementSummary && (
        <Paper sx={{ p: 2, mb: 2 }}>
          <Typography variant="subtitle2">Tóm tắt thành tích</Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{nomination.achievementSummary}</Typography>
        </Paper>
      )}
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 1 }}>
        <Tab value="eligibility" label="Điều kiện" />
        <Tab value="dossier" label="Hồ sơ" />
        <Tab value="lifecycle" label="Quá trình xử lý" />
        <Tab value="holds" label={`Tạm dừng xét${applyingHolds({ holds: nomination.holds, asOf: todayIso() }).length > 0 ? ' (đang áp dụng)' : ''}`} />
      </Tabs>
      <Paper sx={{ p: 2 }}>
        {tab === 'eligibility' && <EligibilityPanel nomination={nomination} editable={editable} feedback={{ notify, fail }} />}
        {tab === 'dossier' && <DossierChecklist nomination={nomination} editable={editable} feedback={{ notify, fail }} />}
        {tab === 'dossier' && <NominationReportActions nomination={nomination} />}
        {tab === 'lifecycle' && <LifecyclePanel nomination={nomination} feedback={{ notify, fail }} />}
        {tab === 'holds' && <HoldsPanel nomination={nomination} editable={editable} feedback={{ notify, fail }} />}
      </Paper>
      {editing && (
        <NominationFormDialog
          nomination={nomination}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notify('Đã lưu đề nghị.');
          }}
        />
      )}
      {feedback}
    </>
  );
}
