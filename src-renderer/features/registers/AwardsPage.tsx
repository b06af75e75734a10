import { useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import { AWARD_KIND_LABELS, SUBJECT_KIND_LABELS, TITLE_CODES } from '../../domain/vocabulary';
import type { SubjectKind, TitleCode } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { awardRepo, subjectKeyOf } from '../../data/registers';
import { useAwards, useTitles } from '../../data/hooks';
import { AWARD_KINDS, SUBJECT_KINDS, awardInputSchema, nomineeSubjectFields } from '../../data/schemas';
import type { Award, AwardInput, Nominee } from '../../data/schemas';
import { DataTable } from '../../ui/DataTable';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import { PersonPicker, UnitPicker } from '../../ui/RecordPickers';
import { PageHeader } from '../../ui/PageHeader';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { currentYear } from '../../ui/formValues';
import { useFeedback } from '../../ui/useFeedback';
import { ArchiveActions } from './ArchiveActions';
import { AwardsYearList } from './AwardsYearList';
import { AWARD_COLUMNS } from './awardColumns';

type AwardOutput = z.output<typeof awardInputSchema>;

const OTHER_TITLE = 'other';
const KIND_OPTIONS = AWARD_KINDS.map((k) => ({ value: k, label: AWARD_KIND_LABELS[k] }));

/** The nominee a subject choice stands for, or null while incomplete. */
export function subjectOf(kind: SubjectKind, personId: string | null, unitId: string | null, household: { name: string; address: string }): Nominee | null {
  if (kind === 'person') return personId ? { kind, personId } : null;
  if (kind === 'unit') return unitId ? { kind, unitId } : null;
  return household.name.trim() ? { kind, name: household.name.trim(), address: household.address.trim() } : null;
}

/** The subject an award row names, to edit it from the year-wide list. */
export function subjectOfAward(award: Award): Nominee | null {
  return subjectOf(award.subjectKind, award.personId, award.unitId, { name: award.householdName, address: award.householdAddress });
}

type View = 'year' | 'subject';

/**
 * "Lịch sử khen thưởng" (/khen-thuong): every title or form a person, unit or household received,
 * with the decision's number, date and issuer as they were at the time (DOMAIN.md §1). A year's list
 * across all subjects, or one subject's history, where awards are also entered by hand. Prerequisite
 * checks ("two consecutive years of …") read these rows.
 */
export default function AwardsPage() {
  const [view, setView] = useState<View>('year');
  const [kind, setKind] = useState<SubjectKind>('person');
  const [personId, setPersonId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const [household, setHousehold] = useState({ name: '', address: '' });
  const [editing, setEditing] = useState<{ award: Award | null; subject: Nominee } | null>(null);
  const { notify, fail, feedback } = useFeedback();
  const subject = subjectOf(kind, personId, unitId, household);
  const awards = useAwards(view === 'subject' && subject ? subjectKeyOf(subject) : null);
  const open = (award: Award) => {
    const of = subjectOfAward(award);
    if (of) setEditing({ award, subject: of });
  };
  const done = (message: string, savedId?: string) => {
    setEditing(null);
    if (savedId) setJustAdded(savedId);
    notify(message);
  };
  return (
    <>
      <PageHeader requires="editRegisters"
        title="Lịch sử khen thưởng"
        subtitle={
          view === 'year'
            ? 'Các danh hiệu, hình thức khen thưởng trong năm của mọi cá nhân, tập thể, hộ gia đình.'
            : 'Chọn cá nhân, tập thể hoặc hộ gia đình để xem và ghi các danh hiệu, hình thức đã được khen thưởng.'
        }
        actions={
          view === 'subject' && (
            <Button variant="contained" startIcon={<AddIcon />} disabled={!subject} onClick={() => subject && setEditing({ award: null, subject })}>
              Thêm khen thưởng
            </Button>
          )
        }
      />
      <Tabs value={view} onChange={(_e, v: View) => setView(v)} sx={{ mb: 2 }} aria-label="Cách xem lịch sử khen thưởng">
        <Tab value="year" label="Theo năm" />
        <Tab value="subject" label="Theo đối tượng" />
      </Tabs>
      {view === 'year' ? (
        <AwardsYearList onOpen={open} />
      ) : (
        <>
          <Paper sx={{ p: 2, mb: 2 }}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
              <TextField select label="Đối tượng" value={kind} onChange={(e) => setKind(e.target.value as SubjectKind)} sx={{ minWidth: 180 }}>
                {SUBJECT_KINDS.map((k) => <MenuItem key={k} value={k}>{SUBJECT_KIND_LABELS[k]}</MenuItem>)}
              </TextField>
              <Box sx={{ flexGrow: 1 }}>
                {kind === 'person' && <PersonPicker value={personId} onChange={setPersonId} label="Cá nhân" autoFocus />}
                {kind === 'unit' && <UnitPicker value={unitId} onChange={setUnitId} label="Tập thể" />}
                {kind === 'household' && (
                  <Stack direction="row" spacing={2}>
                    <TextField label="Tên hộ (chủ hộ)" value={household.name} onChange={(e) => setHousehold({ ...household, name: e.target.value })} fullWidth />
                    <TextField label="Địa chỉ" value={household.address} onChange={(e) => setHousehold({ ...household, address: e.target.value })} fullWidth />
                  </Stack>
                )}
              </Box>
            </Stack>
          </Paper>
          {!subject ? (
            <Alert severity="info">Chưa chọn đối tượng.</Alert>
          ) : (
            <DataTable label="Các lần được khen thưởng" rows={awards ?? []} columns={AWARD_COLUMNS} onRowClick={open} loading={awards === undefined} height={460} highlightId={justAdded} />
          )}
        </>
      )}
      {editing && (
        <AwardDialog
          award={editing.award}
          subject={editing.subject}
          onClose={() => setEditing(null)}
          onSaved={done}
          extraActions={
            editing.award && (
              <ArchiveActions record={editing.award} repo={awardRepo} label={`khen thưởng “${editing.award.titleLabel}” năm ${editing.award.year}`} onDone={done} onError={fail} />
            )
          }
        />
      )}
      {feedback}
    </>
  );
}

function awardToForm(award: Award | null, subject: Nominee): AwardInput {
  if (award) {
    const { id: _id, createdAt: _c, updatedAt: _u, archived: _a, demo: _d, subjectKey: _k, ...input } = award;
    return input;
  }
  return {
    subjectKind: subject.kind,
    ...nomineeSubjectFields(subject),
    year: currentYear() - 1,
    titleCode: null,
    titleLabel: '',
    awardKind: 'cong_trang',
    decisionNo: '',
    decisionDate: null,
    issuer: '',
    nominationId: null,
    note: '',
  };
}

function AwardDialog({
  award, subject, onClose, onSaved, extraActions,
}: { award: Award | null; subject: Nominee; onClose: () => void; onSaved: (message: string, savedId?: string) => void; extraActions?: ReactNode }) {
  const titles = useTitles();
  const titleOptions = [
    ...TITLE_CODES.map((c) => ({ value: c, label: titles[c].label })),
    { value: OTHER_TITLE, label: 'Hình thức khác (ghi tên bên dưới)' },
  ];
  const { control, handleSubmit, setError, setValue, getValues, formState, reset } = useForm<AwardInput, unknown, AwardOutput>({
    defaultValues: awardToForm(award, subject),
    resolver: zodResolver(awardInputSchema),
  });
  const edited = useEditedRecord(award, awardRepo, (fresh) => reset(awardToForm(fresh, subject)));
  const titleCode = useWatch({ control, name: 'titleCode' });
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: AwardOutput) => {
    const saved = edited.read ? await awardRepo.update(getDb(), edited.read, values) : await awardRepo.create(getDb(), values);
    onSaved('Đã lưu khen thưởng.', saved.id);
  }, { reload: edited.reload });
  const chooseTitle = (value: string) => {
    const code = value === OTHER_TITLE ? null : (value as TitleCode);
    const previousLabel = getValues('titleLabel');
    const wasAutomatic = !previousLabel || TITLE_CODES.some((c) => titles[c].label === previousLabel);
    setValue('titleCode', code, { shouldDirty: true });
    if (code && wasAutomatic) setValue('titleLabel', titles[code].label, { shouldDirty: true, shouldValidate: true });
  };
  return (
    <FormDialog
      open
      title={award ? 'Sửa khen thưởng' : 'Thêm khen thưởng'}
      onClose={onClose}
      {...submit}
      maxWidth="md"
      extraActions={extraActions}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 3fr' }, gap: 2 }}>
        <FormNumberField control={control} name="year" label="Năm" required autoFocus />
        <TextField select label="Danh hiệu / hình thức" value={titleCode ?? OTHER_TITLE} onChange={(e) => chooseTitle(e.target.value)}>
          {titleOptions.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
        </TextField>
      </Box>
      <FormTextField control={control} name="titleLabel" label="Tên danh hiệu / hình thức (in trên văn bản)" required />
      <FormSelectField control={control} name="awardKind" label="Loại hình khen thưởng" options={KIND_OPTIONS} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 2fr' }, gap: 2 }}>
        <FormTextField control={control} name="decisionNo" label="Số quyết định" placeholder="15/QĐ-UBND" />
        <FormDateField control={control} name="decisionDate" label="Ngày quyết định" />
        <FormTextField control={control} name="issuer" label="Cơ quan ban hành (như ghi trên quyết định)" />
      </Box>
      <FormTextField control={control} name="note" label="Ghi chú" />
    </FormDialog>
  );
}
