import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { background } from '../data/worker';
import { platform, type AppInfo, type MenuCommand } from '../platform';
import { useFeedback } from '../ui/useFeedback';
import { runClaimedCommand } from './commands';

export const BACKUP_PATH = '/sao-luu';

function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | undefined>();
  useEffect(() => {
    if (open) platform().bridge.getAppInfo().then(setInfo);
  }, [open]);
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>Giới thiệu ThiDua</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>
          Phần mềm phục vụ Hội đồng Thi đua - Khen thưởng phường/xã: danh mục, đề nghị khen thưởng, chấm điểm
          thi đua, “Người tốt, việc tốt”, phiên họp và văn bản theo Nghị định 30/2020/NĐ-CP.
        </Typography>
        {info && (
          <Typography variant="body2" color="text.secondary">
            Phiên bản {info.version}
            {info.electron ? ` — Electron ${info.electron}, ${info.platform}` : ' — bản web'}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Đóng
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Connects the desktop host to the app: answers its backup requests (on quit, daily) and runs the
 * Vietnamese menu's commands. In a browser, Ctrl+S is routed the same way as the desktop menu.
 */
export function HostIntegration() {
  const navigate = useNavigate();
  const { notify, fail, feedback } = useFeedback();
  const [aboutOpen, setAboutOpen] = useState(false);

  const handle = useCallback(
    async (command: MenuCommand) => {
      const { bridge } = platform();
      try {
        if (await runClaimedCommand(command)) return;
        switch (command) {
          case 'save':
            notify('Hãy mở một văn bản (xem trước) rồi bấm Ctrl+S để lưu.', 'info');
            break;
          case 'print':
            await bridge.printView();
            break;
          case 'printToPdf':
            if (bridge.printToPdf) {
              const result = await bridge.printToPdf({ suggestedName: 'ThiDua.pdf' });
              if (result.saved) notify(`Đã lưu tệp PDF: ${result.path}`);
            } else await bridge.printView();
            break;
          case 'backupNow':
            if (bridge.backups) {
              const entry = await bridge.backups.writeNow(await background.exportBackup());
              notify(`Đã sao lưu vào thư mục sao lưu: ${entry.name}`);
            } else navigate(BACKUP_PATH);
            break;
          case 'restore':
            navigate(BACKUP_PATH);
            break;
          case 'about':
            setAboutOpen(true);
            break;
        }
      } catch (error) {
        fail(error);
      }
    },
    [fail, navigate, notify],
  );

  useEffect(() => {
    const { bridge } = platform();
    const unsubscribers = [
      bridge.onBackupRequest?.(() => background.exportBackup()),
      bridge.onMenuCommand?.((command) => void handle(command)),
    ];
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void handle('save');
      }
    };
    if (!bridge.onMenuCommand) window.addEventListener('keydown', onKey);
    return () => {
      unsubscribers.forEach((unsubscribe) => unsubscribe?.());
      window.removeEventListener('keydown', onKey);
    };
  }, [handle]);

  return (
    <>
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      {feedback}
    </>
  );
}
