import { lazy, type ReactElement } from 'react';
import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import AccountBalanceIcon from '@mui/icons-material/AccountBalanceOutlined';

/** A section of the app: one entry in the navigation, one feature folder. */
export interface Section {
  path: string;
  label: string;
  icon: ReactElement;
  element: ReactElement;
}

const HomePage = lazy(() => import('../features/home/HomePage'));
const WardProfilePage = lazy(() => import('../features/ward/WardProfilePage'));

/** Only sections that exist are listed; each feature adds its own entry here. */
export const SECTIONS: Section[] = [
  { path: '/', label: 'Tổng quan', icon: <DashboardIcon />, element: <HomePage /> },
  { path: '/don-vi', label: 'Thông tin đơn vị', icon: <AccountBalanceIcon />, element: <WardProfilePage /> },
];
