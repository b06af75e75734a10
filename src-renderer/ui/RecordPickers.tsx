/**
 * Pickers for people and units that stay fast with the big ward: people are searched through the data
 * layer's search index as the user types (first 30 matches), never listed whole.
 */
import { useDeferredValue, useState } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { usePeople, useRecord, useUnits } from '../data/hooks';
import type { Person, Unit } from '../data/schemas';

interface PickerProps {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  required?: boolean;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: string;
  disabled?: boolean;
}

const PERSON_PAGE = 30;

function personLabel(p: Person): string {
  return [p.fullName, p.birthYear ? `(${p.birthYear})` : '', p.position ? `– ${p.position}` : ''].filter(Boolean).join(' ');
}

export function PersonPicker({ value, onChange, label, required, autoFocus, error, helperText, disabled }: PickerProps) {
  const [input, setInput] = useState('');
  const query = useDeferredValue(input);
  const selected = useRecord<Person>('people', value);
  const found = usePeople({ query, limit: PERSON_PAGE });
  const options = [...(selected ? [selected] : []), ...(found ?? []).filter((p) => p.id !== selected?.id)];
  return (
    <Autocomplete
      options={options}
      value={selected ?? null}
      loading={found === undefined}
      disabled={disabled}
      filterOptions={(x) => x}
      getOptionLabel={personLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, person) => onChange(person?.id ?? null)}
      onInputChange={(_, text, reason) => reason !== 'reset' && setInput(text)}
      noOptionsText="Không tìm thấy ai. Gõ họ tên, có dấu hoặc không dấu."
      loadingText="Đang tìm…"
      renderInput={(params) => (
        <TextField {...params} label={label} required={required} autoFocus={autoFocus} error={error} helperText={helperText} placeholder="Gõ để tìm…" />
      )}
    />
  );
}

export function UnitPicker({ value, onChange, label, required, autoFocus, error, helperText, disabled }: PickerProps) {
  const units = useUnits();
  const selected = units?.find((u) => u.id === value) ?? null;
  return (
    <Autocomplete<Unit>
      options={units ?? []}
      value={selected}
      loading={units === undefined}
      disabled={disabled}
      getOptionLabel={(u) => u.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, unit) => onChange(unit?.id ?? null)}
      noOptionsText="Không có đơn vị phù hợp."
      loadingText="Đang tải…"
      renderInput={(params) => (
        <TextField {...params} label={label} required={required} autoFocus={autoFocus} error={error} helperText={helperText} />
      )}
    />
  );
}

interface FormPickerProps<T extends FieldValues> {
  // `any` context and output: each form's schema transforms its input into a different output type.
  control: Control<T, any, any>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
}

function formPicker(Picker: typeof PersonPicker) {
  return function FormPicker<T extends FieldValues>({ control, name, ...rest }: FormPickerProps<T>) {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field, fieldState }) => (
          <Picker {...rest} value={field.value ?? null} onChange={field.onChange} error={Boolean(fieldState.error)} helperText={fieldState.error?.message} />
        )}
      />
    );
  };
}

export const FormPersonField = formPicker(PersonPicker);
export const FormUnitField = formPicker(UnitPicker);
