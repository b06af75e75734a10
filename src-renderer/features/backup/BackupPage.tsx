import { useCallback, useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { backupFileName, type BackupSummary, type RestoreImpact } from '../../data/backup';
import { background, type BackupSource } from '../../data/worker';
import { formatNumber } from '../../domain/text';
import { platform, type BackupEntry } from '../../platform';
import { isHubConfigured } from '../../data/sync';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FilePickButton } from '../../ui/FilePickButton';
import { StorageStatus } from '../../app/StorageStatus';
import { PageHeader } from '../../ui/PageHeader';
import { BackgroundProgress, useBackgroundTask } from '../../ui/useBackgroundTask';
import { useFeedback } from '../../ui/useFeedback';

/** A backup the user picked, validated and waiting for confirmation. */
interface PendingRestore {
  source: string;
  file: BackupSource;
  summary: BackupSummary;
  impact: RestoreImpact;
}

/** Numbers issued after the backup stay in the register and are never issued again; the user hears it first. */
function describeImpact({ issuedAfter }: RestoreImpact): string {
  if (issuedAfter.length === 0) return '';
  return ` Các số văn bản đã cấp sau thời điểm sao lưu (${issuedAfter.join(', ')}) vẫn được giữ trong sổ đăng ký, đánh dấu “cấp sau bản sao lưu”, và không bị cấp lại.`;
}

function describeSummary(summary: BackupSummary): string {
  const rows = Object.values(summary.counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const created = new Date(summary.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return `Bản sao lưu tạo lúc ${created}, phiên bản ${summary.appVersion}, ${formatNumber(rows)} bản ghi.`;
}

/** Sao lưu, khôi phục: a backup file on demand, restore from a file or from the automatic backups. */
export default function BackupPage() {
  const { bridge } = platform();
  const { notify, fail, feedback } = useFeedback();
  const { busy, task, error, run } = useBackgroundTask();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const synced = isHubConfigured();
  const [automatic, setAutomatic] = useState<BackupEntry[] | null>(null);

  const refreshAutomatic = useCallback(async () => {
    if (bridge.backups) setAutomatic(await bridge.backups.list());
  }, [bridge]);

  useEffect(() => {
    refreshAutomatic().catch(fail);
  }, [refreshAutomatic, fail]);

  const saveBackupFile = () =>
    run('Đang tạo bản sao lưu…', async (options) => {
      const bytes = await background.exportBackupBlob(options);
      const result = await bridge.saveFile({
        suggestedName: backupFileName(),
        bytes,
        filters: [{ name: 'Bản sao lưu ThiDua', extensions: ['json'] }],
      });
      if (result.saved) notify(`Đã lưu bản sao lưu: ${result.path}`);
    }, { cancellable: true });

  const writeToFolder = () =>
    run('Đang sao lưu vào thư mục…', async (options) => {
      const entry = await bridge.backups!.writeNow(await background.exportBackup(options));
      notify(`Đã sao lưu: ${entry.name}`);
      await refreshAutomatic();
    }, { cancellable: true });

  // Validation happens before the confirmation, so a bad file is refused without touching the data.
  const prepareRestore = (source: string, read: () => Promise<BackupSource>) =>
    run('Đang kiểm tra tệp sao lưu…', async (options) => {
      const file = await read();
      const summary = await background.checkBackup(file, options);
      setPending({ source, file, summary, impact: summary });
    }, { cancellable: true });

  const confirmRestore = () => {
    const restore = pending!;
    setPending(null);
    return run('Đang khôi phục dữ liệu…', async (options) => {
      const summary = await background.restoreBackup(restore.file, restore.source, options);
      notify(`Đã khôi phục dữ liệu từ ${restore.source}. ${describeSummary(summary)}${describeImpact(summary)}`);
    });
  };

  return (
    <>
      <PageHeader requires="restoreBackup" title="Sao lưu, khôi phục" subtitle="Toàn bộ dữ liệu của phường trong một tệp có mã kiểm tra." />
      <BackgroundProgress task={task} />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <Stack spacing={2}>
        <StorageStatus />
        <Paper sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Tạo bản sao lưu
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            Lưu tệp sao lưu ra USB hoặc thư mục khác để phòng khi máy hỏng.
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button variant="contained" onClick={saveBackupFile} disabled={busy !== null}>
              Lưu tệp sao lưu…
            </Button>
            {bridge.backups && (
              <Button onClick={writeToFolder} disabled={busy !== null}>
                Sao lưu ngay vào thư mục sao lưu
              </Button>
            )}
          </Stack>
        </Paper>
        <Paper sx={{ p: 2 }}>
          <Typography variant="h6" component="h2" gutterBottom>
            Khôi phục từ tệp
          </Typography>
          <Alert severity="warning" role="note" sx={{ mb: 1 }}>
            Khôi phục sẽ thay toàn bộ dữ liệu hiện có bằng dữ liệu trong tệp. Tệp được kiểm tra đầy đủ trước; tệp
            hỏng hoặc không hợp lệ sẽ bị từ chối và dữ liệu hiện có giữ nguyên.
          </Alert>
          <FilePickButton
            variant="outlined"
            accept=".json,application/json"
            inputLabel="Chọn tệp sao lưu"
            disabled={busy !== null}
            onFile={(file) => prepareRestore(`tệp ${file.name}`, async () => file)}
          >
            Chọn tệp sao lưu…
          </FilePickButton>
        </Paper>
        {bridge.backups && (
          <Paper sx={{ p: 2 }}>
            <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="h6" component="h2">
                Bản sao lưu tự động
              </Typography>
              <Button onClick={() => bridge.backups!.openFolder().catch(fail)}>Mở thư mục sao lưu</Button>
            </Stack>
            <Typography variant="body2" color="text.secondary">
              Ứng dụng tự sao lưu khi đóng và mỗi ngày; giữ 30 bản gần nhất và một bản mỗi tháng.
            </Typography>
            {automatic && automatic.length === 0 && <Typography sx={{ mt: 1 }}>Chưa có bản sao lưu tự động nào.</Typography>}
            <List dense>
              {automatic?.map((entry) => (
                <ListItem
                  key={entry.name}
                  secondaryAction={
                    <Button
                      size="small"
                      disabled={busy !== null}
                      onClick={() => prepareRestore(`bản sao lưu ${entry.name}`, () => bridge.backups!.read(entry.name))}
                    >
                      Khôi phục
                    </Button>
                  }
                >
                  <ListItemText
                    primary={entry.name}
                    secondary={`${new Date(entry.createdAt).toLocaleString('vi-VN')} — ${formatNumber(Math.ceil(entry.size / 1024))} KB`}
                  />
                </ListItem>
              ))}
            </List>
          </Paper>
        )}
      </Stack>
      <ConfirmDialog
        open={pending !== null}
        title="Khôi phục dữ liệu?"
        message={
          pending && (
            <>
              {describeSummary(pending.summary)} Toàn bộ dữ liệu hiện có sẽ được thay thế (nhật ký thay đổi được giữ
              lại). Bạn nên tạo một bản sao lưu trước khi khôi phục.{describeImpact(pending.impact)}
              {synced && (
                <Alert severity="warning" sx={{ mt: 2 }} data-testid="restore-hub-warning">
                  Máy này đang đồng bộ với máy chủ văn phòng. Khôi phục sẽ gửi nội dung của tệp lên máy chủ và mọi máy khác:
                  những gì các máy đã thêm hoặc sửa sau khi tệp được tạo sẽ bị thay bằng nội dung của tệp, bản ghi không có
                  trong tệp sẽ bị xóa trên mọi máy. Chỉ khôi phục khi dữ liệu của văn phòng thật sự cần quay về thời điểm của tệp;
                  nếu chỉ máy này bị hỏng, hãy “Ngừng đồng bộ” rồi kết nối lại để nhận dữ liệu từ máy chủ thay vì khôi phục.
                </Alert>
              )}
            </>
          )
        }
        confirmLabel={synced ? 'Khôi phục, thay dữ liệu của văn phòng' : 'Khôi phục'}
        danger
        onCancel={() => setPending(null)}
        onConfirm={confirmRestore}
      />
      {feedback}
    </>
  );
}
