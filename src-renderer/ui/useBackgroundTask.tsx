/**
 * Long work in the background worker with a progress bar that says what is being done and, where
 * stopping is safe, a "Hủy" button. One task at a time per screen; a cancelled task is not an error.
 */
import { useCallback, useState } from 'react';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CancelledError } from '../data/worker';
import type { CallOptions, Progress } from '../data/worker';
import { describeError } from './errors';

interface Task extends Progress {
  /** Stops the task (Hủy); absent where stopping is not offered. */
  cancel?: () => void;
}

/**
 * `run(label, work)`: `work` gets the options to pass to the `background` calls it makes (progress,
 * and the signal the Hủy button aborts when `cancellable`).
 */
export function useBackgroundTask() {
  const [task, setTask] = useState<Task | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (label: string, work: (options: CallOptions) => Promise<void>, { cancellable = false } = {}) => {
    const abort = new AbortController();
    const cancel = cancellable ? () => abort.abort() : undefined;
    setTask({ label, fraction: null, cancel });
    setError(null);
    try {
      await work({ signal: abort.signal, onProgress: (progress) => setTask({ ...progress, cancel }) });
    } catch (e) {
      if (!(e instanceof CancelledError)) setError(describeError(e));
    } finally {
      setTask(null);
    }
  }, []);
  return { busy: task?.label ?? null, task, error, run };
}

/** The bar, the step's label and the Hủy button of a running task. */
export function BackgroundProgress({ task }: { task: Task | null }) {
  if (!task) return null;
  return (
    <Stack spacing={0.5} sx={{ mb: 2 }} role="status">
      <LinearProgress
        aria-label={task.label}
        variant={task.fraction === null ? 'indeterminate' : 'determinate'}
        value={task.fraction === null ? undefined : Math.round(task.fraction * 100)}
      />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" color="text.secondary">
          {task.label} Cửa sổ vẫn dùng được trong lúc chờ.
        </Typography>
        {task.cancel && (
          <Button size="small" onClick={task.cancel}>
            Hủy
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
