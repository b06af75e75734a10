/**
 * "Máy chủ văn phòng" (/may-chu, issue 13): the office hub this PC replicates with — address, account,
 * password (kept by the desktop host's safeStorage, or for this session only in a browser), test the
 * connection, join or leave, the sync status, and the conflicts waiting for a Thường trực user.
 */
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { connectHub, leaveHub, loadHubSettings, syncNow, testHubConnection, usePendingChanges, useSyncStatus } from '../../data/sync';
import { platform } from '../../platform';
import { PageHeader } from '../../ui/PageHeader';
import { describeError } from '../../ui/errors';
import { ConflictList } from './ConflictList';
import { describeStatus } from './syncLabels';

export default function HubSettingsPage() {
  const saved = loadHubSettings();
  const [url, setUrl] = useState(saved?.url ?? 'http://127.0.0.1:5984/thidua');
  const [user, setUser] = useState(saved?.user ?? '');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useSyncStatus();
  const pending = Math.max(usePendingChanges() ?? 0, status?.pending ?? 0);

  const run = async (work: () => Promise<{ ok: boolean; text: string } | null>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (e) {
      setMessage({ ok: false, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  const connect = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const test = await testHubConnection({ url, user }, password);
      if (!test.ok) return { ok: false, text: test.message };
      await connectHub({ url, user }, password);
      return { ok: true, text: `Đã kết nối máy chủ văn phòng. ${test.message}` };
    });
  };

  const keeps = platform().kind === 'electron'
    ? 'Mật khẩu được máy tính mã hóa và cất giữ (safeStorage), không lưu dạng chữ thường.'
    : 'Trong trình duyệt, mật khẩu chỉ được giữ trong phiên làm việc này; mở lại ứng dụng cần nhập lại.';

  return (
    <>
      <PageHeader
        title="Máy chủ văn phòng"
        subtitle="Nhiều máy trong văn phòng dùng chung một bộ dữ liệu qua máy chủ CouchDB của phường. Không có máy chủ, máy này vẫn làm việc một mình như bình thường."
        requires="configureHub"
      />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Paper component="form" onSubmit={connect} sx={{ p: 3, flex: 1, minWidth: 0 }} aria-label="Kết nối máy chủ văn phòng" noValidate>
          <Typography variant="h6" component="h2" gutterBottom>
            Kết nối
          </Typography>
          <Stack spacing={2}>
            <TextField label="Địa chỉ cơ sở dữ liệu" value={url} onChange={(e) => setUrl(e.target.value)} helperText="Ví dụ http://192.168.1.10:5984/thidua" required />
            <TextField label="Tên đăng nhập" value={user} onChange={(e) => setUser(e.target.value)} required autoComplete="username" />
            <TextField label="Mật khẩu" type="password" value={password} onChange={(e) => setPassword(e.target.value)} required autoComplete="current-password" helperText={keeps} />
            {message && <Alert severity={message.ok ? 'success' : 'error'}>{message.text}</Alert>}
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button
                disabled={busy}
                onClick={() => void run(async () => {
                  const test = await testHubConnection({ url, user }, password);
                  return { ok: test.ok, text: test.message };
                })}
              >
                Kiểm tra kết nối
              </Button>
              <Button type="submit" variant="contained" disabled={busy}>
                Lưu và đồng bộ
              </Button>
              {saved && (
                <Button color="warning" disabled={busy} onClick={() => void run(async () => {
                  await leaveHub();
                  return { ok: true, text: 'Máy này đã ngừng đồng bộ và làm việc một mình; dữ liệu trên máy vẫn giữ nguyên.' };
                })}>
                  Ngừng đồng bộ
                </Button>
              )}
            </Stack>
          </Stack>
        </Paper>
        <Paper sx={{ p: 3, flex: 1, minWidth: 0 }} aria-label="Tình trạng đồng bộ" role="region">
          <Typography variant="h6" component="h2" gutterBottom>
            Tình trạng đồng bộ
          </Typography>
          {status ? (
            <Stack spacing={1}>
              <Typography data-testid="sync-state">{describeStatus(status).label}</Typography>
              <Typography variant="body2">
                Lần đồng bộ gần nhất: {status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString('vi-VN') : 'chưa có'}
              </Typography>
              <Typography variant="body2" data-testid="sync-pending">
                Thay đổi chưa gửi lên máy chủ: {(pending ?? 0).toLocaleString('vi-VN')}
              </Typography>
              {status.received > 0 && <Typography variant="body2">Đã nhận từ máy chủ: {status.received.toLocaleString('vi-VN')} tài liệu</Typography>}
              {status.error && <Alert severity={status.state === 'offline' ? 'warning' : 'error'}>{status.error}</Alert>}
              {status.invalid.length > 0 && (
                <Alert severity="warning">
                  {status.invalid.length} tài liệu trên máy chủ do phiên bản ThiDua mới hơn tạo ra, máy này chưa đọc được (vẫn giữ nguyên trên máy chủ): {status.invalid.slice(0, 3).join('; ')}
                </Alert>
              )}
              <Button sx={{ alignSelf: 'flex-start' }} disabled={busy} onClick={() => void run(async () => (await syncNow(), null))}>
                Đồng bộ ngay
              </Button>
            </Stack>
          ) : (
            <Typography color="text.secondary">Máy này chưa kết nối máy chủ văn phòng: dữ liệu chỉ nằm trên máy này.</Typography>
          )}
        </Paper>
      </Stack>
      <ConflictList />
    </>
  );
}
