import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { isStaleError } from '../data/errors';
import { describeError, placeIssues } from './errors';

export interface FormSubmitOptions<O> {
  /** The form's fields a data-layer issue may land on; by default the keys of the submitted values. */
  fields?: (values: O) => string[];
  /** A data-layer issue path as the form names that field, when the two differ. */
  fieldPath?: (path: string) => string;
  /** Re-reads the edited record and refills the form; offered when another window saved it meanwhile. */
  reload?: () => Promise<void>;
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
  const [stale, setStale] = useState(false);
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setStale(false);
    try {
      await save(values);
    } catch (e) {
      if (isStaleError(e) && options.reload) {
        setStale(true);
        setFormError(describeError(e));
        return;
      }
      const fields = options.fields?.(values) ?? Object.keys(values as object);
      setFormError(placeIssues(e, (path, message) => form.setError((options.fieldPath?.(path) ?? path) as never, { message }), fields));
    }
  });
  const reload = options.reload;
  const onReload =
    stale && reload
      ? () =>
          reload().then(() => {
            setStale(false);
            setFormError(null);
          }, (e: unknown) => setFormError(describeError(e)))
      : undefined;
  return { onSubmit, submitting: form.formState.isSubmitting, error, onReload };
}
