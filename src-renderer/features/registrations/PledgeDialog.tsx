import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import { Controller } from 'react-hook-form';
import { getDb } from '../../data/db';
import { pledgeRepo } from '../../data/registrations';
import { pledgeInputSchema } from '../../data/schemas';
import type { Block, CriteriaSet, Pledge, PledgeInput, Unit } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { FormDateField, FormSelectField, FormTextField } from '../../ui/formFields';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';

type PledgeOutput = z.output<typeof pledgeInputSchema>;

function toForm(block: Block, year: number, units: readonly Unit[], p: Pledge | null): PledgeInput {
  return p
    ? { blockId: p.blockId, year: p.year, criteriaSetId: p.criteriaSetId, signedOn: p.signedOn, signingUnitIds: [...p.signingUnitIds], content: p.content, note: p.note }
    : { blockId: block.id, year, criteriaSetId: null, signedOn: null, signingUnitIds: units.map((u) => u.id), content: '', note: '' };
}

/** A block's giao ước thi đua for the year: who signs it, when, and the criteria set they agree. */
export function PledgeDialog({
  block, year, pledge, units, criteriaSets, onClose, onSaved,
}: {
  block: Block;
  year: number;
  pledge: Pledge | null;
  units: readonly Unit[];
  criteriaSets: readonly CriteriaSet[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { control, handleSubmit, setError, formState, reset } = useForm<PledgeInput, unknown, PledgeOutput>({
    defaultValues: toForm(block, year, units, pledge),
    resolver: zodResolver(pledgeInputSchema),
  });
  const edited = useEditedRecord(pledge, pledgeRepo, (fresh) => reset(toForm(block, year, units, fresh)));
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: PledgeOutput) => {
    if (edited.read) await pledgeRepo.update(getDb(), edited.read, values);
    else await pledgeRepo.create(getDb(), values);
    onSaved(`Đã lưu giao ước thi đua năm ${year} của ${block.name}.`);
  }, { reload: edited.reload });
  return (
    <FormDialog open title={`Giao ước thi đua năm ${year} — ${block.name}`} onClose={onClose} {...submit} maxWidth="md">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 2 }}>
        <FormSelectField
          control={control}
          name="criteriaSetId"
          label="Bộ tiêu chí các đơn vị thống nhất"
          options={criteriaSets.map((s) => ({ value: s.id, label: s.name }))}
          emptyLabel="Chưa chọn"
        />
        <FormDateField control={control} name="signedOn" label="Ngày ký giao ước" />
      </Box>
      <Controller
        control={control}
        name="signingUnitIds"
        render={({ field }) => (
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <FormLabel component="legend">Đơn vị ký giao ước ({field.value?.length ?? 0}/{units.length})</FormLabel>
            <FormGroup sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
              {units.map((u) => (
                <FormControlLabel
                  key={u.id}
                  label={u.name}
                  control={
                    <Checkbox
                      checked={(field.value ?? []).includes(u.id)}
                      onChange={(e) => field.onChange(e.target.checked ? [...(field.value ?? []), u.id] : (field.value ?? []).filter((id) => id !== u.id))}
                    />
                  }
                />
              ))}
            </FormGroup>
          </Box>
        )}
      />
      <FormTextField control={control} name="content" label="Nội dung giao ước" multiline minRows={4} />
      <FormTextField control={control} name="note" label="Ghi chú" />
    </FormDialog>
  );
}
