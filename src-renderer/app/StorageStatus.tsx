import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import { usePersistence, type PersistenceState } from './DatabaseGate';

const LABELS: Record<PersistenceState, { label: string; hint: string; color: 'success' | 'warning' | 'default' }> = {
  granted: {
    label: 'Lưu trữ bền vững: đã cấp',
    hint: 'Trình duyệt/ứng dụng cam kết không tự xóa dữ liệu khi thiếu dung lượng.',
    color: 'success',
  },
  denied: {
    label: 'Lưu trữ bền vững: bị từ chối',
    hint: 'Dữ liệu có thể bị xóa khi ổ đĩa đầy. Hãy sao lưu thường xuyên.',
    color: 'warning',
  },
  unsupported: {
    label: 'Lưu trữ bền vững: không hỗ trợ',
    hint: 'Môi trường này không hỗ trợ yêu cầu lưu trữ bền vững. Hãy sao lưu thường xuyên.',
    color: 'warning',
  },
  pending: { label: 'Đang kiểm tra lưu trữ…', hint: '', color: 'default' },
};

export function StorageStatus() {
  const state = usePersistence();
  const { label, hint, color } = LABELS[state];
  return (
    <Tooltip title={hint}>
      <Chip
        size="small"
        label={label}
        color={color}
        data-testid="storage-status"
        data-state={state}
        sx={{ bgcolor: color === 'default' ? 'rgba(255,255,255,0.85)' : undefined }}
      />
    </Tooltip>
  );
}
