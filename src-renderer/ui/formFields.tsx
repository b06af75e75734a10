/**
 * react-hook-form fields on MUI: each shows its zod message under the field. Values keep the shapes
 * the data schemas expect (numbers or null, ISO date strings or null, ids or null).
 */
import type { ReactNode, Ref } from 'react';
import { Controller, type Control, type ControllerFieldState, type ControllerRenderProps, type FieldPath, type FieldValues } from 'react-hook-form';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs from 'dayjs';
import { parseNumberInput, NO_CHOICE } from './formValues';

interface FieldProps<T extends FieldValues> {
  // `any` context and output: each form's schema transforms its input into a different output type.
  control: Control<T, any, any>;
  name: FieldPath<T>;
  label: string;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  helperText?: ReactNode;
}

/** What every text-like field takes from its form binding: the wiring, the label and the error under it. */
function boundTextFieldProps<T extends FieldValues>(
  { label, required, disabled, autoFocus, helperText }: Omit<FieldProps<T>, 'control' | 'name'>,
  field: ControllerRenderProps<T, FieldPath<T>>,
  fieldState: ControllerFieldState,
) {
  return {
    name: field.name,
    inputRef: field.ref,
    onBlur: field.onBlur,
    label,
    required,
    disabled,
    autoFocus,
    error: Boolean(fieldState.error),
    helperText: fieldState.error?.message ?? helperText,
    fullWidth: true,
  };
}

export function FormTextField<T extends FieldValues>(props: FieldProps<T> & { multiline?: boolean; minRows?: number; placeholder?: string }) {
  return <BoundTextField {...props} parse={(text) => text} />;
}

/** Whole or decimal numbers; empty → null; anything unreadable is kept as typed so zod reports it. */
export function FormNumberField<T extends FieldValues>(props: FieldProps<T>) {
  return <BoundTextField {...props} parse={parseNumberInput} inputMode="decimal" />;
}

/** A typed-in field whose text `parse` turns into the value the schema expects. */
function BoundTextField<T extends FieldValues>({
  control, name, multiline, minRows, placeholder, parse, inputMode, ...props
}: FieldProps<T> & { multiline?: boolean; minRows?: number; placeholder?: string; parse: (text: string) => unknown; inputMode?: 'decimal' }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...boundTextFieldProps(props, field, fieldState)}
          value={field.value ?? ''}
          onChange={(e) => field.onChange(parse(e.target.value))}
          multiline={multiline}
          minRows={minRows}
          placeholder={placeholder}
          slotProps={inputMode ? { htmlInput: { inputMode } } : undefined}
        />
      )}
    />
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/** A select; with `emptyLabel`, an extra first choice stores null (e.g. "Không thuộc khối"). */
export function FormSelectField<T extends FieldValues>({
  control, name, options, emptyLabel, ...props
}: FieldProps<T> & { options: readonly SelectOption[]; emptyLabel?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          select
          {...boundTextFieldProps(props, field, fieldState)}
          value={field.value ?? NO_CHOICE}
          onChange={(e) => field.onChange(e.target.value === NO_CHOICE ? null : e.target.value)}
        >
          {emptyLabel !== undefined && (
            <MenuItem value={NO_CHOICE}>
              <em>{emptyLabel}</em>
            </MenuItem>
          )}
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

/** Text kept for a date typed only in part, so the schema reports it next to the field. */
const INCOMPLETE_DATE = 'ngày chưa đầy đủ';

/**
 * A civil date stored as "YYYY-MM-DD" ('' when empty), shown as dd/MM/yyyy whatever the browser's own
 * language (a native date input follows the system locale and can show 06/15/2022).
 */
export function CivilDateInput({
  label, value, onChange, required, disabled, autoFocus, error, helperText, width, name, inputRef, onBlur,
}: {
  label: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  error?: boolean;
  helperText?: ReactNode;
  /** Fixed width; the field fills its row when absent. */
  width?: number;
  name?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
}) {
  const parsed = value ? dayjs(value) : null;
  return (
    <DatePicker
      label={label}
      value={parsed?.isValid() ? parsed : null}
      onChange={(next) => onChange(!next ? '' : next.isValid() ? next.format('YYYY-MM-DD') : INCOMPLETE_DATE)}
      format="DD/MM/YYYY"
      disabled={disabled}
      autoFocus={autoFocus}
      inputRef={inputRef}
      slotProps={{
        textField: { name, required, onBlur, error, helperText, fullWidth: width === undefined, size: 'small', sx: width === undefined ? undefined : { width } },
      }}
    />
  );
}

/** A civil date stored as "YYYY-MM-DD" (or null) in a form. */
export function FormDateField<T extends FieldValues>({
  control, name, label, required, disabled, autoFocus, helperText,
}: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CivilDateInput
          label={label}
          value={field.value}
          onChange={(value) => field.onChange(value || null)}
          required={required}
          disabled={disabled}
          autoFocus={autoFocus}
          name={field.name}
          inputRef={field.ref}
          onBlur={field.onBlur}
          error={Boolean(fieldState.error)}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}

export function FormCheckbox<T extends FieldValues>({ control, name, label, disabled }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          disabled={disabled}
          control={
            <Checkbox
              name={field.name}
              slotProps={{ input: { ref: field.ref } }}
              checked={Boolean(field.value)}
              onChange={(e) => field.onChange(e.target.checked)}
              onBlur={field.onBlur}
            />
          }
        />
      )}
    />
  );
}
