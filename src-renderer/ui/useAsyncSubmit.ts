import { useCallback, useState, type FormEvent } from 'react';
import { describeError } from './errors';

/**
 * The submit of a dialog that is not a react-hook-form form: runs the work once, shows progress
 * while it runs and the Vietnamese reason when it fails. `work` returns an error text to refuse early.
 */
export function useAsyncSubmit(work: () => Promise<string | void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onSubmit = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      setBusy(true);
      setError(null);
      try {
        const refusal = await work();
        if (refusal) setError(refusal);
      } catch (e) {
        setError(describeError(e));
      } finally {
        setBusy(false);
      }
    },
    [work],
  );
  return { busy, error, onSubmit };
}
