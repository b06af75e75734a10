import { Route, Routes } from 'react-router-dom';
import { MeetingDetail } from './MeetingDetail';
import { MeetingList } from './MeetingList';

/** "Phiên họp" (/phien-hop/*): the list and one meeting. */
export default function MeetingsPage() {
  return (
    <Routes>
      <Route index element={<MeetingList />} />
      <Route path=":id" element={<MeetingDetail />} />
    </Routes>
  );
}
