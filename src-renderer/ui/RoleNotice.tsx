import Alert from '@mui/material/Alert';
import { useRefusal } from '../data/currentUser';
import type { Action } from '../domain/roles';

/** Says up front, on a screen whose changes the signed-in role may not make, why they will be refused. */
export function RoleNotice({ action }: { action: Action }) {
  const reason = useRefusal(action);
  if (!reason) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, displayPrint: 'none' }} data-testid="role-notice">
      Chỉ xem: {reason}
    </Alert>
  );
}
