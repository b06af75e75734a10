import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import { GENDER_LABELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { goodDeedRepo } from '../../data/goodDeeds';
import { GENDERS, goodDeedInputSchema } from '../../data/schemas';
import type { GoodDeed, GoodDeedInput, Unit } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { todayIso } from '../../ui/formValues';
import { SUBJECT_LABELS } from './labels';

type GoodDeedOutput = z.output<typeof goodDeedInputSchema>;

const SUBJECT_OPTIONS = (['person', 'collective'] as const).map((k) => ({ value: k, label: SUBJECT_LABELS[k] }));
const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));

function toForm(deed: GoodDeed | null, month: string, unitId: string | null): GoodDeedInput {
  if (deed) {
    const { month: m, unitId: u, subjectKind, subjectName, personId, birthYear, gender, address, field, deed: text, evidence, submittedAt } = deed;
    return { month: m, unitId: u, subjectKind, subjectName, personId, birthYear, gender, address, field, deed: text, evidence, submittedAt };
  }
  return {
    month, unitId: unitId ?? '', subjectKind: 'person', subjectName: '', personId: null, birthYear: null, gender: null,
    address: '', field: '', deed: '', evidence: '', submittedAt: todayIso(),
  };
}

/** Records or corrects a unit's monthly report of a good deed (SPEC §4). */
export function GoodDeedFormDialog({
  deed, month, unitId, units, onClose, onSaved,
}: {
  deed: GoodDeed | null;
  /** Month and unit proposed for a new report (the page's current filter). */
  month: string;
  unitId: string | null;
  units: readonly Unit[];
  onClose: () => void;
  onSaved: (message: string, savedId: string) => void;
}) {
  const { control, handleSubmit, setError, watch, formState, reset } = useForm<GoodDeedInput, unknown, GoodDeedOutput>({
    defaultValues: toForm(deed, month, unitId),
    resolver: zodResolver(goodDeedInputSchema),
  });
  const edited = useEditedRecord(deed, goodDeedRepo, (fresh) => reset(toForm(fresh, month, unitId)));
  const isPerson = watch('subjectKind') === 'person';

  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: GoodDeedOutput) => {
    const input = isPerson ? values : { ...values, birthYear: null, gender: null };
    const saved = edited.read ? await goodDeedRepo.update(getDb(), edited.read, input) : await goodDeedRepo.create(getDb(), input);
    onSaved(deed ? `Đã lưu báo cáo về “${values.subjectName}”.` : `Đã ghi nhận báo cáo về “${values.subjectName}”.`, saved.id);
  }, { reload: edited.reload });

  return (
    <FormDialog
      open
      title={deed ? 'Sửa báo cáo người tốt, việc tốt' : 'Thêm báo cáo người tốt, việc tốt'}
      onClose={onClose}
      {...submit}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr' }, gap: 2 }}>
        <FormSelectField
          control={control}
          name="unitId"
          label="Đơn vị báo cáo"
          required
          autoFocus
          options={units.map((u) => ({ value: u.id, label: u.name }))}
        />
        <FormTextField control={control} name="month" label="Tháng báo cáo" required placeholder="2026-03" helperText="Dạng năm-tháng, ví dụ 2026-03." />
        <FormDateField control={control} name="submittedAt" label="Ngày nộp" required />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, gap: 2 }}>
        <FormSelectField control={control} name="subjectKind" label="Đối tượng" options={SUBJECT_OPTIONS} required />
        <FormTextField control={control} name="subjectName" label={isPerson ? 'Họ và tên' : 'Tên tập thể'} required />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: isPerson ? '1fr 1fr 2fr' : '1fr' }, gap: 2 }}>
        {isPerson && <FormNumberField control={control} name="birthYear" label="Năm sinh" />}
        {isPerson && <FormSelectField control={control} name="gender" label="Giới tính" options={GENDER_OPTIONS} emptyLabel="Không ghi" />}
        <FormTextField control={control} name="address" label="Địa chỉ/đơn vị" />
      </Box>
      <FormTextField control={control} name="field" label="Lĩnh vực" required placeholder="Ví dụ: Phòng chống tội phạm; Từ thiện, nhân đạo" />
      <FormTextField control={control} name="deed" label="Việc làm, cách làm hay" required multiline minRows={3} />
      <FormTextField control={control} name="evidence" label="Minh chứng" multiline minRows={2} helperText="Văn bản, hình ảnh, xác nhận của đơn vị…" />
    </FormDialog>
  );
}
