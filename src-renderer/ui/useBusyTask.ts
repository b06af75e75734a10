import { useCallback, useState } from 'react';
import { describeError } from './errors';

/**
 * Runs one piece of long work at a time with its progress label and its Vietnamese error message,
 * for dialogs that show a progress bar and an Alert (building, saving, exporting).
 */
export function useBusyTask(initialBusy: string | null = null) {
  const [busy, setBusy] = useState<string | null>(initialBusy);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(null);
    }
  }, []);
  return { busy, error, run };
}
