import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { usePersistence, type PersistenceState } from './DatabaseGate';

/**
 * Whether the browser promised to keep the ward's data (persistent storage), said in plain words. A
 * refusal is no error — everything is still saved — so it is explained once, with what to do, and
 * after that only on the backup screen; nothing red sits on every screen.
 */
const STATES: Record<Exclude<PersistenceState, 'pending'>, { severity: 'success' | 'info'; text: string }> = {
  granted: {
    severity: 'success',
    text: 'Dữ liệu được lưu trên máy này và trình duyệt đã cam kết không tự xóa khi ổ đĩa gần đầy. Vẫn nên sao lưu định kỳ để phòng máy hỏng.',
  },
  denied: {
    severity: 'info',
    text:
      'Dữ liệu được lưu trên máy này và vẫn được ghi bình thường. Trình duyệt chưa cam kết giữ lâu dài, nghĩa là khi ổ đĩa gần đầy ' +
      'nó có thể tự xóa dữ liệu của ứng dụng để lấy chỗ. Vì vậy: sao lưu ít nhất mỗi tuần và cất tệp sao lưu sang USB hoặc máy khác; giữ ổ đĩa còn trống.',
  },
  unsupported: {
    severity: 'info',
    text:
      'Dữ liệu được lưu trên máy này và vẫn được ghi bình thường, nhưng trình duyệt này không có chế độ cam kết giữ dữ liệu lâu dài. ' +
      'Vì vậy: sao lưu ít nhất mỗi tuần và cất tệp sao lưu sang USB hoặc máy khác; giữ ổ đĩa còn trống.',
  },
};

/** Set on this PC once the explanation was read (a preference of the PC, not ward data). */
const NOTICE_SEEN_KEY = 'thidua.storageNoticeSeen';

function noticeSeen(): boolean {
  try {
    return globalThis.localStorage?.getItem(NOTICE_SEEN_KEY) === '1';
  } catch {
    return false;
  }
}

function markNoticeSeen() {
  try {
    globalThis.localStorage?.setItem(NOTICE_SEEN_KEY, '1');
  } catch {
    // Without local storage the notice simply shows again next time.
  }
}

/** The one-time explanation, above the page, when the browser did not promise to keep the data. */
export function StorageNotice() {
  const state = usePersistence();
  const [seen, setSeen] = useState(noticeSeen);
  if (seen || state === 'pending' || state === 'granted') return null;
  const close = () => {
    markNoticeSeen();
    setSeen(true);
  };
  return (
    <Alert
      severity="info"
      sx={{ mb: 2 }}
      data-testid="storage-notice"
      action={
        <>
          <Button color="inherit" size="small" component={RouterLink} to="/sao-luu" onClick={close} sx={{ whiteSpace: 'nowrap' }}>
            Sao lưu ngay
          </Button>
          <Button color="inherit" size="small" onClick={close} sx={{ whiteSpace: 'nowrap' }}>
            Đã hiểu
          </Button>
        </>
      }
    >
      <AlertTitle>Hãy sao lưu dữ liệu định kỳ</AlertTitle>
      {STATES[state].text}
    </Alert>
  );
}

/** The storage state on the backup screen, where it belongs, every time. */
export function StorageStatus() {
  const state = usePersistence();
  if (state === 'pending') return null;
  return (
    <Alert severity={STATES[state].severity} data-testid="storage-status" data-state={state}>
      {STATES[state].text}
    </Alert>
  );
}
