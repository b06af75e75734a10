import { useNavigate } from 'react-router-dom';
import Button from '@mui/material/Button';
import { ImportWizard } from '../../ui/ImportWizard';
import { PageHeader } from '../../ui/PageHeader';
import { useFeedback } from '../../ui/useFeedback';

/** "Nhập danh sách đề nghị": a unit's list pasted or read from a file. */
export function BulkIntake() {
  const navigate = useNavigate();
  const { notify, feedback } = useFeedback();
  return (
    <>
      <PageHeader
        title="Nhập danh sách đề nghị"
        subtitle="Cột cần có: Họ và tên / Tên tập thể, Đơn vị đề nghị, Danh hiệu/hình thức, Năm; có thể thêm Năm sinh, Tóm tắt thành tích."
        actions={<Button onClick={() => navigate('..')}>Về danh sách</Button>}
      />
      <ImportWizard
        kind="nominations"
        onDone={(count) => notify(`Đã nhập ${count} đề nghị. Có thể nhập tiếp hoặc bấm “Về danh sách”.`)}
      />
      {feedback}
    </>
  );
}
