import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { getDb } from '../../data/db';
import { useCriteriaSets } from '../../data/hooks';
import { copyCriteriaSet, criteriaSetRepo } from '../../data/scoring';
import { optionalId, requiredText, yearSchema } from '../../data/schemas';
import type { Block, CriteriaSet } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { useAsyncSubmit } from '../../ui/useAsyncSubmit';
import { YearSelect } from '../../ui/YearSelect';

const newSetSchema = z.object({
  name: requiredText('Tên bộ tiêu chí', 300),
  year: yearSchema('Năm áp dụng'),
  blockId: optionalId,
});
type NewSetInput = z.input<typeof newSetSchema>;
type NewSetOutput = z.output<typeof newSetSchema>;

/** Starts an empty set for a year and a block (or every block); the tree is built in the editor. */
export function NewCriteriaSetDialog({
  year, blocks, onClose, onCreated,
}: { year: number; blocks: readonly Block[]; onClose: () => void; onCreated: (set: CriteriaSet) => void }) {
  const { control, handleSubmit, setError, formState } = useForm<NewSetInput, unknown, NewSetOutput>({
    defaultValues: { name: `Bộ tiêu chí chấm điểm thi đua năm ${year}`, year, blockId: null },
    resolver: zodResolver(newSetSchema),
  });
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async ({ name, year: setYear, blockId }: NewSetOutput) => {
    const set = await criteriaSetRepo.create(getDb(), {
      blockId,
      note: '',
      definition: { name, year: setYear, nodes: [], bonusCap: null, deductionCap: null, coreSectionId: null },
    });
    onCreated(set);
  }, { fieldPath: (path) => path.replace(/^definition\./, ''), fields: () => ['name', 'year', 'blockId', 'definition'] });
  return (
    <FormDialog open title="Tạo bộ tiêu chí" onClose={onClose} {...submit} submitLabel="Tạo">
      <FormTextField control={control} name="name" label="Tên bộ tiêu chí" required autoFocus />
      <FormNumberField control={control} name="year" label="Năm áp dụng" required />
      <FormSelectField
        control={control}
        name="blockId"
        label="Khối thi đua"
        options={blocks.map((b) => ({ value: b.id, label: b.name }))}
        emptyLabel="Tất cả các khối"
        helperText="Chọn một khối khi các khối chấm theo tiêu chí khác nhau."
      />
    </FormDialog>
  );
}

/** Copies a set of an earlier year (by default last year) to the year on screen, to edit from there. */
export function CopyCriteriaSetDialog({
  toYear, onClose, onCopied,
}: { toYear: number; onClose: () => void; onCopied: (set: CriteriaSet) => void }) {
  const [fromYear, setFromYear] = useState(toYear - 1);
  const [sourceId, setSourceId] = useState('');
  const sources = useCriteriaSets(fromYear);
  const { busy, error, onSubmit } = useAsyncSubmit(async () => {
    if (!sourceId) return 'Hãy chọn bộ tiêu chí cần sao chép.';
    onCopied(await copyCriteriaSet(getDb(), sourceId, toYear));
  });

  return (
    <FormDialog
      open
      title={`Sao chép bộ tiêu chí sang năm ${toYear}`}
      onClose={onClose}
      onSubmit={onSubmit}
      submitting={busy}
      error={error}
      submitLabel="Sao chép"
    >
      <YearSelect value={fromYear} onChange={(y) => { setFromYear(y); setSourceId(''); }} label="Sao chép từ năm" />
      {sources && sources.length === 0 ? (
        <Alert severity="info">Năm {fromYear} không có bộ tiêu chí nào.</Alert>
      ) : (
        <TextField select label="Bộ tiêu chí nguồn" value={sourceId} onChange={(e) => setSourceId(e.target.value)} required autoFocus fullWidth>
          {(sources ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
      )}
    </FormDialog>
  );
}
