import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import Box from '@mui/material/Box';
import { UNIT_KIND_LABELS } from '../../domain/vocabulary';
import { getDb } from '../../data/db';
import { unitRepo } from '../../data/registers';
import { UNIT_KINDS, unitInputSchema } from '../../data/schemas';
import type { Block, Unit, UnitInput } from '../../data/schemas';
import type { z } from 'zod';
import { FormDialog } from '../../ui/FormDialog';
import { FormCheckbox, FormNumberField, FormSelectField, FormTextField } from '../../ui/formFields';
import { useEditedRecord } from '../../ui/useEditedRecord';
import { useFormSubmit } from '../../ui/useFormSubmit';
import { RatingsFields } from './RatingsFields';

type UnitOutput = z.output<typeof unitInputSchema>;

const KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

export function unitToForm(unit: Unit | null): UnitInput {
  return unit
    ? {
        name: unit.name, kind: unit.kind, blockId: unit.blockId, headName: unit.headName, address: unit.address,
        active: unit.active, ratings: unit.ratings.map((r) => ({ ...r })), memberCount: unit.memberCount, womenCount: unit.womenCount, note: unit.note,
      }
    : { name: '', kind: 'tdp', blockId: null, headName: '', address: '', active: true, ratings: [], memberCount: null, womenCount: null, note: '' };
}

/** Add or edit a unit (đơn vị, tập thể). */
export function UnitFormDialog({
  unit, blocks, onClose, onSaved, extraActions,
}: { unit: Unit | null; blocks: readonly Block[]; onClose: () => void; onSaved: (message: string, savedId?: string) => void; extraActions?: ReactNode }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<UnitInput, unknown, UnitOutput>({
    defaultValues: unitToForm(unit),
    resolver: zodResolver(unitInputSchema),
  });
  const edited = useEditedRecord(unit, unitRepo, (fresh) => reset(unitToForm(fresh)));
  const blockOptions = blocks.map((b) => ({ value: b.id, label: `${b.name} (${b.year})` }));

  const submit = useFormSubmit({ handleSubmit, setError, formState }, async (values: UnitOutput) => {
    const saved = edited.read ? await unitRepo.update(getDb(), edited.read, values) : await unitRepo.create(getDb(), values);
    onSaved(unit ? `Đã lưu đơn vị “${values.name}”.` : `Đã thêm đơn vị “${values.name}”.`, saved.id);
  }, { reload: edited.reload });

  return (
    <FormDialog
      open
      title={unit ? 'Sửa đơn vị' : 'Thêm đơn vị'}
      onClose={onClose}
      {...submit}
      maxWidth="md"
      extraActions={extraActions}
    >
      <FormTextField control={control} name="name" label="Tên đơn vị" required autoFocus />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <FormSelectField control={control} name="kind" label="Loại đơn vị" options={KIND_OPTIONS} required />
        <FormSelectField control={control} name="blockId" label="Khối thi đua" options={blockOptions} emptyLabel="Không thuộc khối" />
        <FormTextField control={control} name="headName" label="Người đứng đầu" />
        <FormTextField control={control} name="address" label="Địa chỉ" />
        <FormNumberField control={control} name="memberCount" label="Số thành viên" />
        <FormNumberField control={control} name="womenCount" label="Số nữ" helperText="Khi bằng điểm, ưu tiên tập thể có từ 70 % nữ (NĐ 152/2025 Đ4)." />
      </Box>
      <RatingsFields control={control} label="Xếp loại hằng năm của tập thể" />
      <FormTextField control={control} name="note" label="Ghi chú" multiline minRows={2} />
      <FormCheckbox control={control} name="active" label="Đang hoạt động" />
    </FormDialog>
  );
}
