import { useNavigate } from 'react-router-dom';
import Button from '@mui/material/Button';
import { PageHeader } from '../../ui/PageHeader';
import { ImportPanel } from '../exchange/ImportPanel';
import { importTitle } from '../exchange/importLogic';

/** "Nhập danh sách đề nghị" (/de-nghi/nhap): a unit's list pasted or read from a file, through the app's one import. */
export function BulkIntake() {
  const navigate = useNavigate();
  return (
    <>
      <PageHeader requires="editNominations" title={importTitle('nominations')} actions={<Button onClick={() => navigate('..')}>Về danh sách</Button>} />
      <ImportPanel fixedKind="nominations" />
    </>
  );
}
