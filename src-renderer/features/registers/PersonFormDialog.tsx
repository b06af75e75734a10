import { useRef, useState, type ReactNode } from 'react';
import { useFieldArray, useForm, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { DISCIPLINE_LABELS, DISCIPLINE_LEVELS } from '../../domain/eligibility/types';
import { GENDER_LABELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { probableDuplicatesOf } from '../../data/duplicates';
import { describeNamesake, duplicateKeyOf } from '../../domain/duplicates';
import { usePersonAuditTrail } from '../../data/hooks';
import { personRepo } from '../../data/registers';
import { GENDERS, personInputSchema } from '../../data/schemas';
import type { Person, PersonInput, Unit } from '../../data/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormDialog } from '../../ui/FormDialog';
import { FormCheckbox, FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { todayIso } from '../../ui/formValues';
import { RatingsFields } from './RatingsFields';
import { indexById, nameOptions } from './listLogic';
import { personHistoryLines } from './personHistory';

type PersonOutput = z.output<typeof personInputSchema>;

const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));
const DISCIPLINE_OPTIONS = DISCIPLINE_LEVELS.map((d) => ({ value: d, label: DISCIPLINE_LABELS[d][0].toLocaleUpperCase('vi') + DISCIPLINE_LABELS[d].slice(1) }));

export function personToForm(person: Person | null): PersonInput {
  if (!person) {
    return {
      fullName: '', sortName: null, gender: 'female', birthYear: null, birthDate: null, deathDate: null, position: '', isPublicServant: false, unitId: null,
      hometown: '', residence: '', education: '', phone: '', ratings: [], disciplines: [], note: '',
    };
  }
  return {
    fullName: person.fullName, sortName: person.sortName, gender: person.gender, birthYear: person.birthYear, birthDate: person.birthDate, deathDate: person.deathDate,
    hometown: person.hometown, residence: person.residence, education: person.education, position: person.position, isPublicServant: person.isPublicServant, unitId: person.unitId, phone: person.phone,
    ratings: person.ratings.map((r) => ({ ...r })), disciplines: person.disciplines.map((d) => ({ ...d })), note: person.note,
  };
}

/** Add or edit a person (cá nhân): only what the documents and the eligibility rules need. */
export function PersonFormDialog({
  person, units, onClose, onSaved, extraActions,
}: { person: Person | null; units: readonly Unit[]; onClose: () => void; onSaved: (message: string, savedId?: string) => void; extraActions?: ReactNode }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<PersonInput, unknown, PersonOutput>({
    defaultValues: personToForm(person),
    resolver: zodResolver(personInputSchema),
  });
  const edited = useEditedRecord(person, personRepo, (fresh) => reset(personToForm(fresh)));
  // A person who probably is someone already registered (issue 12.5) — entered new, or edited into them
  // (name, birth year or unit changed): asked once, then saved as confirmed.
  const [twins, setTwins] = useState<{ key: string; people: Person[] } | null>(null);
  // A ref, not state: the submit that follows the confirmation runs in the same render's closure.
  const confirmedKey = useRef<string | null>(null);
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (entered: PersonOutput) => {
    // A full date of birth gives the year when the year was left empty.
    const values = entered.birthDate && entered.birthYear === null ? { ...entered, birthYear: Number(entered.birthDate.slice(0, 4)) } : entered;
    const key = duplicateKeyOf(values);
    if (key !== confirmedKey.current && (!person || key !== duplicateKeyOf(person))) {
      const found = (await probableDuplicatesOf(getDb(), values)).filter((p) => p.id !== person?.id);
      if (found.length > 0) {
        setTwins({ key, people: found });
        return;
      }
    }
    const saved = edited.read ? await personRepo.update(getDb(), edited.read, values) : await personRepo.create(getDb(), values);
    onSaved(person ? `Đã lưu “${values.fullName}”.` : `Đã thêm “${values.fullName}”.`, saved.id);
  }, { reload: edited.reload });
  return (
    <>
      <FormDialog
        open
        title={person ? 'Sửa thông tin cá nhân' : 'Thêm cá nhân'}
        onClose={onClose}
        {...submit}
        maxWidth="md"
        extraActions={extraActions}
      >
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' }, gap: 2 }}>
          <FormTextField control={control} name="fullName" label="Họ và tên" required autoFocus />
          <FormSelectField control={control} name="gender" label="Giới tính" options={GENDER_OPTIONS} required />
          <FormNumberField control={control} name="birthYear" label="Năm sinh" />
        </Box>
        {/* Sơ lược lý lịch of the achievement report (NĐ 152/2025 Mẫu 05): printed instead of dotted lines. */}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 2fr' }, gap: 2 }}>
          <FormDateField control={control} name="birthDate" label="Ngày sinh (đầy đủ)" />
          {/* A province's title that is not awarded posthumously refuses a deceased person. */}
          <FormDateField control={control} name="deathDate" label="Ngày mất (nếu đã mất)" />
          <FormTextField control={control} name="hometown" label="Quê quán" />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
          <FormTextField control={control} name="residence" label="Trú quán" />
          <FormTextField control={control} name="education" label="Trình độ chuyên môn, lý luận chính trị" helperText="In vào báo cáo thành tích (Sơ lược lý lịch)." />
        </Box>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
          <FormTextField control={control} name="position" label="Chức vụ" />
          <FormSelectField control={control} name="unitId" label="Đơn vị" options={nameOptions(units)} emptyLabel="Chưa chọn đơn vị" />
          <FormTextField control={control} name="phone" label="Số điện thoại" />
          <FormTextField
            control={control}
            name="sortName"
            label="Tên dùng để sắp xếp (nếu khác)"
            helperText="Chỉ điền khi họ đứng sau tên, ví dụ “Y Moan Niê” → “Niê Y Moan”."
          />
        </Box>
        <FormCheckbox control={control} name="isPublicServant" label="Cán bộ, công chức, viên chức (được xếp loại hằng năm)" />
        <RatingsFields control={control} label="Xếp loại chất lượng hằng năm" />
        <DisciplineFields control={control} />
        <FormTextField control={control} name="note" label="Ghi chú" multiline minRows={2} />
        {person && <ChangeHistory person={person} units={units} />}
      </FormDialog>
      {/* Outside the form dialog: a submit inside it would bubble (through the React tree) to the form's own submit. */}
      <ConfirmDialog
        open={twins !== null}
        title="Có thể trùng với người đã có"
        message={twins && <ProbableTwins people={twins.people} units={units} />}
        confirmLabel={person ? 'Vẫn lưu' : 'Vẫn thêm'}
        onCancel={() => setTwins(null)}
        onConfirm={() => {
          confirmedKey.current = twins?.key ?? null;
          setTwins(null);
          void submit.onSubmit();
        }}
      />
    </>
  );
}

/** The people a new entry probably duplicates, named with what tells them apart. */
function ProbableTwins({ people, units }: { people: readonly Person[]; units: readonly Unit[] }) {
  const unitById = indexById(units);
  return (
    <>
      Danh mục đã có người cùng họ tên, năm sinh và đơn vị:
      <Box component="ul" sx={{ my: 1 }}>
        {people.map((p) => <li key={p.id}>{describeNamesake(p, p.unitId && unitById.get(p.unitId)?.name)}{p.position && `, ${p.position}`}</li>)}
      </Box>
      Nếu là cùng một người, hãy bấm “Hủy” và sửa hồ sơ đã có. Chỉ bấm “Vẫn thêm” khi đây là người khác.
    </>
  );
}

/** Disciplines (kỷ luật): a discipline in the year bars titles; "cảnh cáo" or above bars the unit's TTLĐTT. */
function DisciplineFields({ control }: { control: Control<PersonInput, unknown, PersonOutput> }) {
  const disciplines = useFieldArray({ control, name: 'disciplines' });
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        Kỷ luật
      </Typography>
      <Stack spacing={1}>
        {disciplines.fields.map((field, index) => (
          <Stack key={field.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <FormSelectField control={control} name={`disciplines.${index}.level`} label={`Hình thức kỷ luật (dòng ${index + 1})`} options={DISCIPLINE_OPTIONS} />
            <FormDateField control={control} name={`disciplines.${index}.decidedOn`} label="Ngày quyết định" />
            <FormDateField control={control} name={`disciplines.${index}.endsOn`} label="Ngày hết hiệu lực" />
            <IconButton aria-label={`Xóa kỷ luật dòng ${index + 1}`} onClick={() => disciplines.remove(index)}>
              <DeleteIcon />
            </IconButton>
          </Stack>
        ))}
      </Stack>
      <Button size="small" startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => disciplines.append({ level: 'khien_trach', decidedOn: todayIso(), endsOn: null, note: '' })}>
        Thêm kỷ luật
      </Button>
    </Box>
  );
}

/** Who changed this person's record, when and what (closed until asked: the form comes first). */
function ChangeHistory({ person, units }: { person: Person; units: readonly Unit[] }) {
  const [open, setOpen] = useState(false);
  const trail = usePersonAuditTrail(open ? person.id : null);
  const unitById = indexById(units);
  const lines = trail && personHistoryLines(trail, (id) => unitById.get(id)?.name ?? 'đơn vị đã xóa');
  return (
    <Accordion expanded={open} onChange={(_e, expanded) => setOpen(expanded)} disableGutters variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="subtitle2" component="h3">Lịch sử thay đổi</Typography>
      </AccordionSummary>
      <AccordionDetails>
        {lines && lines.length === 0 && <Typography variant="body2">Chưa có thay đổi nào được ghi.</Typography>}
        <Stack component="ol" aria-label="Lịch sử thay đổi" spacing={1} sx={{ m: 0, pl: 2.5 }}>
          {lines?.map((line) => (
            <Typography key={line.id} component="li" variant="body2">
              <strong>{line.action}</strong> lúc {line.when} · {line.actor}
              {line.note && ` · ${line.note}`}
              {line.changes.map((c) => (
                <Box key={c.label} component="span" sx={{ display: 'block', pl: 1 }}>
                  {c.label}: {c.from} → {c.to}
                </Box>
              ))}
            </Typography>
          ))}
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
