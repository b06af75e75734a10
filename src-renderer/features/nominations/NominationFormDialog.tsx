import { useEffect, useMemo } from 'react';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { AWARD_KIND_LABELS, SUBJECT_KIND_LABELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { nominationRepo } from '../../data/nominations';
import { useMovements, useRecord, useTitles } from '../../data/hooks';
import { AWARD_KINDS, SUBJECT_KINDS } from '../../data/schemas';
import type { Nomination, Person } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { FormCheckbox, FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import { FormPersonField, FormUnitField } from '../../ui/RecordPickers';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { currentYear } from '../../ui/formValues';
import {
  emptyNominationForm, formPathOf, formToNominationInput, nominationFormSchemaFor, nominationToForm, titleOptions,
  type NominationFormOutput, type NominationFormValues,
} from './nominationForm';

const KIND_OPTIONS = SUBJECT_KINDS.map((k) => ({ value: k, label: SUBJECT_KIND_LABELS[k] }));
const AWARD_KIND_OPTIONS = AWARD_KINDS.map((k) => ({ value: k, label: AWARD_KIND_LABELS[k] }));
const LEVEL_OPTIONS = [
  { value: 'grassroots', label: 'Cấp cơ sở' },
  { value: 'province', label: 'Cấp tỉnh, thành phố' },
  { value: 'national', label: 'Toàn quốc' },
];
const INITIATIVE_KIND_OPTIONS = [
  { value: 'initiative', label: 'Sáng kiến' },
  { value: 'researchTopic', label: 'Đề tài khoa học' },
];
const UNIT_STATS_DEFAULT = {
  memberCount: 0, ldttCount: 0, cstdcsCount: 0, womenCount: null, allMembersCompleteTasks: null, highestMemberDiscipline: null, blockRank: null,
};

type Ctl = Control<NominationFormValues, unknown, NominationFormOutput>;

/** Create or edit a nomination (đề nghị khen thưởng, SPEC §2). */
export function NominationFormDialog({
  nomination, onClose, onSaved,
}: { nomination: Nomination | null; onClose: () => void; onSaved: (saved: Nomination) => void }) {
  const titles = useTitles();
  const schema = useMemo(() => nominationFormSchemaFor(titles), [titles]);
  const { control, handleSubmit, setError, setValue, getValues, formState, reset } = useForm<NominationFormValues, unknown, NominationFormOutput>({
    defaultValues: nomination ? nominationToForm(nomination) : emptyNominationForm(currentYear()),
    resolver: zodResolver(schema),
  });
  const edited = useEditedRecord(nomination, nominationRepo, (fresh) => reset(nominationToForm(fresh)));
  const movements = useMovements();
  const kind = useWatch({ control, name: 'nomineeKind' });
  const titleCode = useWatch({ control, name: 'titleCode' });
  const personId = useWatch({ control, name: 'personId' });
  const unitStats = useWatch({ control, name: 'unitStats' });
  const person = useRecord<Person>('people', kind === 'person' ? personId : null);

  // The person's unit usually proposes them; prefill it once, never over a choice.
  useEffect(() => {
    if (person?.unitId && !getValues('proposingUnitId')) setValue('proposingUnitId', person.unitId);
  }, [person, getValues, setValue]);
  // A title must fit the kind of nominee (DOMAIN.md §2-3).
  useEffect(() => {
    if (!titles[getValues('titleCode')].subjectKinds.includes(kind)) setValue('titleCode', titleOptions(kind, titles)[0].value);
  }, [kind, getValues, setValue]);

  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: NominationFormOutput) => {
    const input = formToNominationInput(values);
    const saved = edited.read ? await nominationRepo.update(getDb(), edited.read, input) : await nominationRepo.create(getDb(), input);
    onSaved(saved);
  }, { fieldPath: formPathOf, fields: (values) => [...Object.keys(values), 'nominee'], reload: edited.reload });

  return (
    <FormDialog
      open
      title={nomination ? 'Sửa đề nghị khen thưởng' : 'Thêm đề nghị khen thưởng'}
      onClose={onClose}
      {...submit}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 3fr' }, gap: 2 }}>
        <FormSelectField control={control} name="nomineeKind" label="Đối tượng" options={KIND_OPTIONS} />
        {kind === 'person' && <FormPersonField control={control} name="personId" label="Cá nhân được đề nghị" required autoFocus />}
        {kind === 'unit' && <FormUnitField control={control} name="unitId" label="Tập thể được đề nghị" required autoFocus />}
        {kind === 'household' && (
          <Stack direction="row" spacing={2}>
            <FormTextField control={control} name="householdName" label="Tên hộ (chủ hộ)" required autoFocus />
            <FormTextField control={control} name="householdAddress" label="Địa chỉ" required />
          </Stack>
        )}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 3fr' }, gap: 2 }}>
        <FormNumberField control={control} name="year" label="Năm" required />
        <FormSelectField control={control} name="titleCode" label="Danh hiệu / hình thức đề nghị" options={titleOptions(kind, titles)} required />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <FormUnitField control={control} name="proposingUnitId" label="Đơn vị đề nghị" required />
        <FormSelectField control={control} name="awardKind" label="Loại hình khen thưởng" options={AWARD_KIND_OPTIONS} />
      </Box>
      <FormSelectField
        control={control}
        name="movementId"
        label="Thuộc phong trào thi đua"
        options={(movements ?? []).map((m) => ({ value: m.id, label: m.name }))}
        emptyLabel="Không thuộc phong trào nào"
      />
      <FormTextField control={control} name="achievementSummary" label="Tóm tắt thành tích" multiline minRows={3} />
      <FormTextField
        control={control}
        name="achievementRef"
        label="Thành tích làm căn cứ (để tránh khen hai lần cho một thành tích)"
        helperText="Ví dụ: “Tổng kết năm 2026”, “Phòng chống bão số 13”. NĐ 152/2025 Đ4."
      />
      <InitiativeFields control={control} />
      {kind === 'unit' && (
        <Box>
          <FormControlLabel
            label="Tự nhập số liệu thành viên (nếu để trống, phần mềm đếm từ danh mục cá nhân và lịch sử khen thưởng)"
            control={<Checkbox checked={unitStats !== null} onChange={(e) => setValue('unitStats', e.target.checked ? { ...UNIT_STATS_DEFAULT } : null)} />}
          />
          {unitStats !== null && (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr 1fr' }, gap: 2, mt: 1 }}>
              <FormNumberField control={control} name="unitStats.memberCount" label="Số thành viên" />
              <FormNumberField control={control} name="unitStats.ldttCount" label="Số đạt LĐTT" />
              <FormNumberField control={control} name="unitStats.cstdcsCount" label="Số đạt CSTĐCS" />
              <FormNumberField control={control} name="unitStats.womenCount" label="Số nữ" />
              <FormCheckbox control={control} name="unitStats.allMembersCompleteTasks" label="Mọi thành viên hoàn thành nhiệm vụ" />
            </Box>
          )}
        </Box>
      )}
      <FormTextField control={control} name="note" label="Ghi chú" />
      <Typography variant="caption" color="text.secondary">
        {titles[titleCode].label}: {titles[titleCode].decider} quyết định ({titles[titleCode].reference}).
      </Typography>
    </FormDialog>
  );
}

/** Initiatives and science topics (sáng kiến, đề tài): CSTĐCS alternative, CSTĐ tỉnh requirement (Luật TĐKT 2022 Đ22–23). */
function InitiativeFields({ control }: { control: Ctl }) {
  const initiatives = useFieldArray({ control, name: 'initiatives' });
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">Sáng kiến, đề tài</Typography>
      <Stack spacing={1} sx={{ mt: 1 }}>
        {initiatives.fields.map((field, index) => (
          <Box key={field.id} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2.6fr 1.2fr 1.2fr 0.8fr 1.3fr 1.8fr auto' }, gap: 1, alignItems: 'start' }}>
            <FormTextField control={control} name={`initiatives.${index}.title`} label={`Tên (dòng ${index + 1})`} />
            <FormSelectField control={control} name={`initiatives.${index}.kind`} label="Loại" options={INITIATIVE_KIND_OPTIONS} />
            <FormSelectField control={control} name={`initiatives.${index}.level`} label="Cấp công nhận" options={LEVEL_OPTIONS} />
            <FormNumberField control={control} name={`initiatives.${index}.year`} label="Năm" />
            <FormTextField control={control} name={`initiatives.${index}.recognitionNo`} label="Số văn bản công nhận" />
            <FormTextField control={control} name={`initiatives.${index}.recognisedBy`} label="Cơ quan công nhận" />
            <IconButton aria-label={`Xóa sáng kiến dòng ${index + 1}`} onClick={() => initiatives.remove(index)}>
              <DeleteIcon />
            </IconButton>
          </Box>
        ))}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        onClick={() => initiatives.append({ title: '', kind: 'initiative', recognised: true, level: 'grassroots', year: currentYear(), recognitionNo: '', recognisedBy: '' })}
      >
        Thêm sáng kiến, đề tài
      </Button>
    </Box>
  );
}
