import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { getDb } from '../data/db';
import { removeDemoWard } from '../data/demo';
import { useHasDemoData } from '../data/hooks';
import { ConfirmDialog } from './ConfirmDialog';
import { useFeedback } from './useFeedback';

/**
 * Marks demo data wherever it shows (SPEC §9) and removes it on request: exactly the records loaded
 * with the demo ward, nothing the user typed.
 */
export function DemoBanner() {
  const hasDemo = useHasDemoData();
  const [confirming, setConfirming] = useState(false);
  const [removing, setRemoving] = useState(false);
  const { notify, fail, feedback } = useFeedback();
  if (!hasDemo && !removing) return feedback;

  const remove = async () => {
    setConfirming(false);
    setRemoving(true);
    try {
      await removeDemoWard(getDb());
      notify('Đã xóa dữ liệu mẫu.');
    } catch (e) {
      fail(e);
    } finally {
      setRemoving(false);
    }
  };

  return (
    <>
      <Alert
        severity="warning"
        sx={{ mb: 2 }}
        role="status"
        action={
          <Button color="inherit" size="small" onClick={() => setConfirming(true)} disabled={removing}>
            Xóa dữ liệu mẫu
          </Button>
        }
      >
        Đang dùng dữ liệu mẫu (phường Ninh Hà). Dữ liệu này chỉ để dùng thử.
      </Alert>
      {removing && <LinearProgress aria-label="Đang xóa dữ liệu mẫu" sx={{ mb: 2 }} />}
      <ConfirmDialog
        open={confirming}
        title="Xóa dữ liệu mẫu?"
        message="Mọi bản ghi của phường mẫu sẽ bị xóa. Dữ liệu do bạn tự nhập được giữ nguyên."
        confirmLabel="Xóa dữ liệu mẫu"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={remove}
      />
      {feedback}
    </>
  );
}
