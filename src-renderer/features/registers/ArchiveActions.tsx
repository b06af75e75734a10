import { useState } from 'react';
import Button from '@mui/material/Button';
import { getDb } from '../../data/db';
import type { Repository } from '../../data/repository';
import type { BaseRecord } from '../../data/schemas';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/**
 * "Xóa" deletes a record nobody refers to and otherwise archives it (the data layer decides, SPEC §7);
 * "Khôi phục" brings an archived record back into pickers.
 */
export function ArchiveActions<R extends BaseRecord>({
  record, repo, label, onDone, onError,
}: {
  record: R;
  // Any entity repository: only get-free operations by id are used here.
  repo: Pick<Repository<never, R>, 'remove' | 'archive'>;
  /** e.g. "đơn vị “Tổ dân phố 1”" */
  label: string;
  onDone: (message: string) => void;
  onError: (error: unknown) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  if (record.archived === 1) {
    return (
      <Button
        onClick={() => repo.archive(getDb(), record, false).then(() => onDone(`Đã khôi phục ${label}.`), onError)}
      >
        Khôi phục
      </Button>
    );
  }
  const remove = async () => {
    setConfirming(false);
    try {
      const outcome = await repo.remove(getDb(), record);
      onDone(outcome === 'deleted' ? `Đã xóa ${label}.` : `${label[0].toLocaleUpperCase('vi')}${label.slice(1)} đang được dùng ở nơi khác nên đã được lưu trữ thay vì xóa.`);
    } catch (e) {
      onError(e);
    }
  };
  return (
    <>
      <Button color="error" onClick={() => setConfirming(true)}>
        Xóa
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Xóa bản ghi?"
        message={`Xóa ${label}? Nếu bản ghi đang được đề nghị, quyết định hoặc văn bản tham chiếu, nó sẽ được lưu trữ thay vì xóa.`}
        confirmLabel="Xóa"
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={remove}
      />
    </>
  );
}
