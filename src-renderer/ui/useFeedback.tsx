import { useCallback, useMemo, useState, type ReactElement } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { describeError } from './errors';

interface FeedbackMessage {
  text: string;
  severity: 'success' | 'error' | 'info' | 'warning';
}

export interface Feedback {
  /** Confirms a completed action ("Đã lưu."). */
  notify: (text: string, severity?: FeedbackMessage['severity']) => void;
  /** Shows what went wrong, in Vietnamese; stays until closed. */
  fail: (error: unknown) => void;
  /** Render once in the page. */
  feedback: ReactElement;
}

/** A page-local Snackbar: success messages fade, errors stay until the user closes them. */
export function useFeedback(): Feedback {
  const [message, setMessage] = useState<FeedbackMessage | null>(null);
  const notify = useCallback((text: string, severity: FeedbackMessage['severity'] = 'success') => {
    setMessage({ text, severity });
  }, []);
  const fail = useCallback((error: unknown) => setMessage({ text: describeError(error), severity: 'error' }), []);
  const close = useCallback(() => setMessage(null), []);
  const feedback = useMemo(
    () => (
      <Snackbar
        open={message !== null}
        onClose={(_, reason) => reason !== 'clickaway' && close()}
        autoHideDuration={message?.severity === 'error' ? null : 4000}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert severity={message?.severity ?? 'info'} onClose={close} variant="filled" sx={{ maxWidth: 720 }}>
          {message?.text}
        </Alert>
      </Snackbar>
    ),
    [message, close],
  );
  return { notify, fail, feedback };
}
