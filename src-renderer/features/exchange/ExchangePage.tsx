import { Link as RouterLink, Route, Routes, useLocation } from 'react-router-dom';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { PageHeader } from '../../ui/PageHeader';
import { ExchangePanel } from './ExchangePanel';
import { ImportPanel } from './ImportPanel';

const BASE = '/trao-doi';
const PACKAGES = 'goi';

/** "Trao đổi, nhập dữ liệu" (/trao-doi/*): bulk intake from spreadsheets, and exchange packages (/trao-doi/goi). */
export default function ExchangePage() {
  const onPackages = useLocation().pathname.split('/').includes(PACKAGES);
  return (
    <>
      <PageHeader title="Trao đổi, nhập dữ liệu" subtitle="Nhập danh sách từ bảng tính; gửi và nhận gói dữ liệu giữa các đơn vị và phường." />
      <Tabs value={onPackages ? PACKAGES : 'nhap'} sx={{ mb: 2 }} aria-label="Chức năng">
        <Tab value="nhap" label="Nhập từ tệp Excel/CSV hoặc dán" component={RouterLink} to={BASE} />
        <Tab value={PACKAGES} label="Gói trao đổi giữa các đơn vị" component={RouterLink} to={`${BASE}/${PACKAGES}`} />
      </Tabs>
      <Routes>
        <Route index element={<ImportPanel />} />
        <Route path={PACKAGES} element={<ExchangePanel />} />
      </Routes>
    </>
  );
}
