import { useId, type FormEventHandler, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';

export interface FormDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** Usually react-hook-form's `handleSubmit(save)`. */
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitting?: boolean;
  submitLabel?: string;
  /** A whole-record problem (not tied to one field). */
  error?: string | null;
  /** Offered with the error when another window saved the record meanwhile: refill the form with that save. */
  onReload?: () => void;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  /** Secondary actions on the left (archive, restore). */
  extraActions?: ReactNode;
  children: ReactNode;
}

/**
 * A dialog that is a real <form>: Enter submits, Escape closes (unless saving), and the first field
 * gets `autoFocus` from the caller so typing can start at once.
 */
export function FormDialog({
  open, title, onClose, onSubmit, submitting = false, submitLabel = 'Lưu', error, onReload, maxWidth = 'sm', extraActions, children,
}: FormDialogProps) {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>{children}</Stack>
          {error && (
            <Alert
              severity="error"
              sx={{ mt: 2 }}
              action={
                onReload && (
                  <Button color="inherit" size="small" onClick={onReload} sx={{ whiteSpace: 'nowrap' }}>
                    Tải lại bản mới nhất
                  </Button>
                )
              }
            >
              {error}
              {onReload && ' Tải lại sẽ thay nội dung đang nhập bằng bản đã lưu ở cửa sổ kia.'}
            </Alert>
          )}
        </DialogContent>
        {submitting && <LinearProgress aria-label="Đang lưu" />}
        <DialogActions>
          {extraActions && <Box sx={{ mr: 'auto' }}>{extraActions}</Box>}
          <Button onClick={onClose} disabled={submitting}>
            Hủy
          </Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
