import { lazy, type ReactElement } from 'react';
import BackupIcon from '@mui/icons-material/SettingsBackupRestoreOutlined';
import ExchangeIcon from '@mui/icons-material/SyncAltOutlined';
import DashboardIcon from '@mui/icons-material/SpaceDashboardOutlined';
import GoodDeedsIcon from '@mui/icons-material/VolunteerActivismOutlined';
import CultureIcon from '@mui/icons-material/FamilyRestroomOutlined';
import CriteriaIcon from '@mui/icons-material/AccountTreeOutlined';
import ScoringIcon from '@mui/icons-material/GradingOutlined';
import WardIcon from '@mui/icons-material/AccountBalanceOutlined';
import UnitsIcon from '@mui/icons-material/ApartmentOutlined';
import PeopleIcon from '@mui/icons-material/PersonOutlined';
import CouncilIcon from '@mui/icons-material/GroupsOutlined';
import MovementsIcon from '@mui/icons-material/CampaignOutlined';
import AwardsIcon from '@mui/icons-material/EmojiEventsOutlined';
import NominationsIcon from '@mui/icons-material/AssignmentIndOutlined';
import RegistrationsIcon from '@mui/icons-material/HowToRegOutlined';
import MeetingsIcon from '@mui/icons-material/HowToVoteOutlined';
import DocumentsIcon from '@mui/icons-material/FolderCopyOutlined';
import HubIcon from '@mui/icons-material/LanOutlined';
import CertificatesIcon from '@mui/icons-material/WorkspacePremiumOutlined';
import FiguresIcon from '@mui/icons-material/QueryStatsOutlined';

/** A section of the app: one entry in the navigation, one feature folder. */
export interface Section {
  path: string;
  label: string;
  icon: ReactElement;
  element: ReactElement;
}

const BackupPage = lazy(() => import('../features/backup/BackupPage'));
const ExchangePage = lazy(() => import('../features/exchange/ExchangePage'));
// The start screen's code starts loading while the database opens (cold start), in a task of its own:
// asked for at module load, its preload links were added inside the app's first task (issue 18).
let dashboardModule: ReturnType<typeof importDashboard> | undefined;
const importDashboard = () => import('../features/dashboard/DashboardPage');
const loadDashboard = () => (dashboardModule ??= importDashboard());
setTimeout(loadDashboard, 0);
const DashboardPage = lazy(loadDashboard);
const GoodDeedsPage = lazy(() => import('../features/goodDeeds/GoodDeedsPage'));
const CulturePage = lazy(() => import('../features/culture/CulturePage'));
const CriteriaPage = lazy(() => import('../features/criteria/CriteriaPage'));
const ScoringPage = lazy(() => import('../features/scoring/ScoringPage'));
const WardProfilePage = lazy(() => import('../features/ward/WardProfilePage'));
const UnitsPage = lazy(() => import('../features/registers/UnitsPage'));
const PeoplePage = lazy(() => import('../features/registers/PeoplePage'));
const CouncilPage = lazy(() => import('../features/registers/CouncilPage'));
const MovementsPage = lazy(() => import('../features/registers/MovementsPage'));
const AwardsPage = lazy(() => import('../features/registers/AwardsPage'));
const NominationsPage = lazy(() => import('../features/nominations/NominationsPage'));
const RegistrationsPage = lazy(() => import('../features/registrations/RegistrationsPage'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const DocumentsPage = lazy(() => import('../features/documents/DocumentsPage'));
const CertificatesPage = lazy(() => import('../features/certificates/CertificatesPage'));
const YearFiguresPage = lazy(() => import('../features/yearFigures/YearFiguresPage'));
const HubSettingsPage = lazy(() => import('../features/sync/HubSettingsPage'));

/** Only sections that exist are listed; each feature adds its own entry here. */
export const SECTIONS: Section[] = [
  { path: '/', label: 'Tổng quan', icon: <DashboardIcon />, element: <DashboardPage /> },
  { path: '/don-vi', label: 'Thông tin đơn vị', icon: <WardIcon />, element: <WardProfilePage /> },
  { path: '/danh-muc/don-vi', label: 'Đơn vị, khối thi đua', icon: <UnitsIcon />, element: <UnitsPage /> },
  { path: '/danh-muc/ca-nhan', label: 'Cá nhân', icon: <PeopleIcon />, element: <PeoplePage /> },
  { path: '/hoi-dong', label: 'Hội đồng', icon: <CouncilIcon />, element: <CouncilPage /> },
  { path: '/phong-trao', label: 'Phong trào', icon: <MovementsIcon />, element: <MovementsPage /> },
  { path: '/khen-thuong', label: 'Lịch sử khen thưởng', icon: <AwardsIcon />, element: <AwardsPage /> },
  { path: '/dang-ky-thi-dua', label: 'Đăng ký thi đua, giao ước', icon: <RegistrationsIcon />, element: <RegistrationsPage /> },
  { path: '/de-nghi', label: 'Đề nghị khen thưởng', icon: <NominationsIcon />, element: <NominationsPage /> },
  { path: '/phien-hop', label: 'Phiên họp', icon: <MeetingsIcon />, element: <MeetingsPage /> },
  { path: '/tieu-chi', label: 'Tiêu chí chấm điểm', icon: <CriteriaIcon />, element: <CriteriaPage /> },
  { path: '/cham-diem', label: 'Chấm điểm thi đua', icon: <ScoringIcon />, element: <ScoringPage /> },
  { path: '/nguoi-tot-viec-tot', label: 'Người tốt, việc tốt', icon: <GoodDeedsIcon />, element: <GoodDeedsPage /> },
  { path: '/gia-dinh-van-hoa', label: 'Gia đình văn hóa', icon: <CultureIcon />, element: <CulturePage /> },
  { path: '/van-ban', label: 'Văn bản', icon: <DocumentsIcon />, element: <DocumentsPage /> },
  { path: '/giay-khen', label: 'Giấy khen', icon: <CertificatesIcon />, element: <CertificatesPage /> },
  { path: '/thong-ke-nam', label: 'Thống kê năm (Biểu 0601–0603)', icon: <FiguresIcon />, element: <YearFiguresPage /> },
  { path: '/trao-doi', label: 'Trao đổi, nhập dữ liệu', icon: <ExchangeIcon />, element: <ExchangePage /> },
  { path: '/sao-luu', label: 'Sao lưu, khôi phục', icon: <BackupIcon />, element: <BackupPage /> },
  { path: '/may-chu', label: 'Máy chủ văn phòng', icon: <HubIcon />, element: <HubSettingsPage /> },
];
