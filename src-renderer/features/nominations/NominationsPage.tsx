import { Route, Routes } from 'react-router-dom';
import { BulkIntake } from './BulkIntake';
import { NominationDetail } from './NominationDetail';
import { NominationList } from './NominationList';

/** "Đề nghị khen thưởng" (/de-nghi/*): the list, one nomination, bulk intake. */
export default function NominationsPage() {
  return (
    <Routes>
      <Route index element={<NominationList />} />
      <Route path="nhap" element={<BulkIntake />} />
      <Route path=":id" element={<NominationDetail />} />
    </Routes>
  );
}
