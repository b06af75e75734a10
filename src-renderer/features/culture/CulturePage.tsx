import { Route, Routes } from 'react-router-dom';
import { CultureList } from './CultureList';
import { CultureReviewDetail } from './CultureReviewDetail';

/** Gia đình văn hóa (NĐ 86/2023/NĐ-CP): the year's reviews per tổ dân phố, and one review. */
export default function CulturePage() {
  return (
    <Routes>
      <Route index element={<CultureList />} />
      <Route path=":id" element={<CultureReviewDetail />} />
    </Routes>
  );
}
