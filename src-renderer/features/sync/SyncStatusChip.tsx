/** Sync status, always in the app bar while a hub is configured: state, pending changes, errors. */
import { useEffect } from 'react';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { NavLink } from 'react-router-dom';
import { resumeHub, usePendingChanges, useSyncConflicts, useSyncStatus } from '../../data/sync';
import { describeStatus } from './syncLabels';

export function SyncStatusChip() {
  useEffect(() => {
    void resumeHub();
  }, []);
  const status = useSyncStatus();
  const pending = Math.max(usePendingChanges() ?? 0, status?.pending ?? 0);
  const conflicts = useSyncConflicts();
  if (!status) return null;
  const { label, color } = describeStatus(status);
  const extras = [
    pending ? `${pending} chưa gửi` : '',
    conflicts?.length ? `${conflicts.length} xung đột` : '',
  ].filter(Boolean);
  const hint = [
    status.lastSyncAt ? `Lần đồng bộ gần nhất: ${new Date(status.lastSyncAt).toLocaleString('vi-VN')}` : 'Chưa đồng bộ lần nào',
    status.error ?? '',
  ].filter(Boolean).join('. ');
  return (
    <Tooltip title={hint}>
      <Chip
        component={NavLink}
        to="/may-chu"
        clickable
        size="small"
        label={[label, ...extras].join(' · ')}
        color={conflicts?.length ? 'warning' : color}
        data-testid="sync-status"
        data-state={status.state}
        sx={{ ml: 1, bgcolor: color === 'default' && !conflicts?.length ? 'rgba(255,255,255,0.85)' : undefined }}
      />
    </Tooltip>
  );
}
