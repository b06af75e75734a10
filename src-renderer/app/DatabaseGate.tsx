import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { getDb, openDatabase, requestPersistentStorage, type OpenOutcome } from '../data/db';

export type PersistenceState = 'granted' | 'denied' | 'unsupported' | 'pending';

const PersistenceContext = createContext<PersistenceState>('pending');

export function usePersistence(): PersistenceState {
  return useContext(PersistenceContext);
}

type Failure = Extract<OpenOutcome, { ok: false }>;

/** What the user can do about each kind of failure, in plain Vietnamese. */
const ADVICE: Record<Failure['kind'], string[]> = {
  version: [
    'Dữ liệu trên máy được tạo bởi một phiên bản ThiDua mới hơn phiên bản đang chạy.',
    'Hãy cài đặt phiên bản ThiDua mới nhất rồi mở lại. Dữ liệu vẫn còn nguyên, chưa bị thay đổi.',
  ],
  blocked: [
    'Một cửa sổ ThiDua khác đang giữ cơ sở dữ liệu nên chưa thể nâng cấp.',
    'Hãy đóng các cửa sổ hoặc thẻ ThiDua khác rồi bấm “Thử lại”.',
  ],
  quota: [
    'Ổ đĩa đã đầy hoặc trình duyệt không cho phép lưu thêm dữ liệu.',
    'Hãy giải phóng dung lượng ổ đĩa (xóa tệp không cần thiết, dọn thùng rác) rồi bấm “Thử lại”.',
  ],
  unavailable: [
    'Không mở được nơi lưu trữ dữ liệu (IndexedDB) của ứng dụng.',
    'Nếu đang dùng trình duyệt ở chế độ riêng tư, hãy mở ở cửa sổ thường. Sau đó bấm “Thử lại”.',
  ],
  unknown: [
    'Đã xảy ra lỗi không xác định khi mở cơ sở dữ liệu. Dữ liệu chưa bị thay đổi.',
    'Hãy bấm “Thử lại”. Nếu lỗi vẫn còn, hãy gửi nội dung chi tiết bên dưới cho người hỗ trợ kỹ thuật.',
  ],
};

function RecoveryScreen({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 3 }}>
      <Paper sx={{ p: 4, maxWidth: 640 }} role="alert" aria-live="assertive">
        <Typography variant="h5" gutterBottom>
          Không mở được dữ liệu ThiDua
        </Typography>
        <Alert severity="error" sx={{ mb: 2 }}>
          <AlertTitle>{failure.message}</AlertTitle>
          {ADVICE[failure.kind].map((line) => (
            <Typography key={line} variant="body2" sx={{ mt: 0.5 }}>
              {line}
            </Typography>
          ))}
        </Alert>
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <Button variant="contained" onClick={onRetry}>
            Thử lại
          </Button>
          <Button onClick={() => window.location.reload()}>Tải lại ứng dụng</Button>
        </Stack>
        <Typography variant="caption" component="pre" sx={{ whiteSpace: 'pre-wrap', color: 'text.secondary' }}>
          Chi tiết kỹ thuật: {failure.detail}
        </Typography>
      </Paper>
    </Box>
  );
}

/**
 * Opens the database explicitly before any screen renders, so a version error, a blocked
 * upgrade or a full disk shows a recovery screen instead of a blank window.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<OpenOutcome | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [persistence, setPersistence] = useState<PersistenceState>('pending');

  useEffect(() => {
    let cancelled = false;
    setOutcome(undefined);
    openDatabase(getDb()).then((result) => {
      if (!cancelled) setOutcome(result);
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  useEffect(() => {
    requestPersistentStorage().then(setPersistence);
  }, []);

  if (!outcome) {
    return <LinearProgress aria-label="Đang mở cơ sở dữ liệu" />;
  }
  if (!outcome.ok) {
    return <RecoveryScreen failure={outcome} onRetry={() => setAttempt((n) => n + 1)} />;
  }
  return <PersistenceContext.Provider value={persistence}>{children}</PersistenceContext.Provider>;
}
