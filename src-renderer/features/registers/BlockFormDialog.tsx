import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { getDb } from '../../data/db';
import { blockRepo } from '../../data/registers';
import { blockInputSchema } from '../../data/schemas';
import type { Block, BlockInput } from '../../data/schemas';
import { FormDialog } from '../../ui/FormDialog';
import { FormNumberField, FormTextField } from '../../ui/formFields';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { currentYear } from '../../ui/formValues';

type BlockOutput = z.output<typeof blockInputSchema>;

const blockToForm = (block: Block): BlockInput => ({ year: block.year, name: block.name, note: block.note });

/** Add or edit an emulation block (khối thi đua): a named group of comparable units for one year. */
export function BlockFormDialog({
  block, onClose, onSaved, extraActions,
}: { block: Block | null; onClose: () => void; onSaved: (message: string, savedId?: string) => void; extraActions?: ReactNode }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<BlockInput, unknown, BlockOutput>({
    defaultValues: block ? blockToForm(block) : { year: currentYear(), name: '', note: '' },
    resolver: zodResolver(blockInputSchema),
  });
  const edited = useEditedRecord(block, blockRepo, (fresh) => reset(blockToForm(fresh)));
  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: BlockOutput) => {
    const saved = edited.read ? await blockRepo.update(getDb(), edited.read, values) : await blockRepo.create(getDb(), values);
    onSaved(`Đã lưu khối “${values.name}”.`, saved.id);
  }, { reload: edited.reload });
  return (
    <FormDialog open title={block ? 'Sửa khối thi đua' : 'Thêm khối thi đua'} onClose={onClose} {...submit} extraActions={extraActions}>
      <FormTextField control={control} name="name" label="Tên khối thi đua" required autoFocus />
      <FormNumberField control={control} name="year" label="Năm" required />
      <FormTextField control={control} name="note" label="Ghi chú" multiline minRows={2} />
    </FormDialog>
  );
}
