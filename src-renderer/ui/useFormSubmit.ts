import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { placeIssues } from './errors';

export interface FormSubmitOptions<O> {
  /** The form's fields a data-layer issue may land on; by default the keys of the submitted values. */
  fields?: (values: O) => string[];
  /** A data-layer issue path as the form names that field, when the two differ. */
  fieldPath?: (path: string) => string;
}

/**
 * The submit of a react-hook-form dialog that saves through the data layer: what the data layer
 * refuses lands next to its field, anything else above the buttons. Spread the result on FormDialog.
 */
export function useFormSubmit<I extends FieldValues, O>(
  form: Pick<UseFormReturn<I, unknown, O>, 'handleSubmit' | 'setError' | 'formState'>,
  save: (values: O) => Promise<void>,
  options: FormSubmitOptions<O> = {},
) {
  const [error, setFormError] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save(values);
    } catch (e) {
      const fields = options.fields?.(values) ?? Object.keys(values as object);
      setFormError(placeIssues(e, (path, message) => form.setError((options.fieldPath?.(path) ?? path) as never, { message }), fields));
    }
  });
  return { onSubmit, submitting: form.formState.isSubmitting, error };
}
