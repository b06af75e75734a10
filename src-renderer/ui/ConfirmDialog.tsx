import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** When set, a reason must be typed before confirming (sending back, reversing a step). */
  reasonLabel?: string;
  danger?: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** Asks before an action that matters; Enter confirms, Escape cancels. */
export function ConfirmDialog({
  open, title, message, confirmLabel, reasonLabel, danger, onCancel, onConfirm,
}: ConfirmDialogProps) {
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) {
      setReason('');
      setTouched(false);
    }
  }, [open]);
  const missing = Boolean(reasonLabel) && reason.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Asked from inside another form (a record's "Xóa"): React bubbles the submit through the portal to it.
    e.stopPropagation();
    setTouched(true);
    if (!missing) onConfirm(reason.trim());
  };
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText component="div">{message}</DialogContentText>
          {reasonLabel && (
            <TextField
              label={reasonLabel}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              required
              fullWidth
              sx={{ mt: 2 }}
              error={touched && missing}
              helperText={touched && missing ? `${reasonLabel} không được để trống.` : undefined}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Hủy</Button>
          <Button type="submit" variant="contained" color={danger ? 'error' : 'primary'} autoFocus={!reasonLabel}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
