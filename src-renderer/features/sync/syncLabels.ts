import type { SyncStatus } from '../../data/sync';

/** The app bar's words for each state (short) and its colour. */
export function describeStatus(status: SyncStatus): { label: string; color: 'success' | 'warning' | 'error' | 'default' } {
  switch (status.state) {
    case 'idle':
      return { label: 'Đã đồng bộ', color: 'success' };
    case 'syncing':
      return { label: 'Đang đồng bộ…', color: 'default' };
    case 'connecting':
      return { label: status.received > 0 ? `Đang nhận dữ liệu (${status.received.toLocaleString('vi-VN')})…` : 'Đang kết nối máy chủ…', color: 'default' };
    case 'offline':
      return { label: 'Ngoại tuyến', color: 'warning' };
    case 'error':
      return { label: 'Lỗi đồng bộ', color: 'error' };
  }
}
