import { useCallback, useState } from 'react';

/**
 * Runs an action whose failure is told through the screen's snackbar (useFeedback().fail), with a
 * busy flag for its buttons and progress bar. For dialogs that show the error inline, see useBusyTask.
 */
export function useBusyAction(fail: (error: unknown) => void) {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );
  return { busy, run };
}
