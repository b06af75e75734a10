import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import GlobalStyles from '@mui/material/GlobalStyles';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { WardProfileProvider } from '../data/hooks';
import { DemoBanner } from '../ui/DemoBanner';
import { SECTIONS } from './sections';
import { HostIntegration } from './HostIntegration';
import { StorageNotice } from './StorageStatus';
import { UserMenu } from '../features/users/UserMenu';
import { SyncStatusChip } from '../features/sync/SyncStatusChip';

const DRAWER_WIDTH = 248;

export function Layout() {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* Printing (Ctrl+P, print to PDF) shows only the page content on A4. */}
      <GlobalStyles styles={{ '@page': { size: 'A4', margin: '15mm' } }} />
      <HostIntegration />
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, displayPrint: 'none' }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ flexGrow: 1, fontSize: 18 }}>
            ThiDua — Thi đua, Khen thưởng
          </Typography>
          <SyncStatusChip />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          displayPrint: 'none',
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar variant="dense" />
        <List component="nav" aria-label="Các mục" dense>
          {SECTIONS.map((section) => (
            <ListItemButton
              key={section.path}
              component={NavLink}
              to={section.path}
              end={section.path === '/'}
              sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 500 } }}
            >
              <ListItemIcon sx={{ minWidth: 36 }}>{section.icon}</ListItemIcon>
              <ListItemText primary={section.label} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, minWidth: 0 }}>
        <Toolbar variant="dense" sx={{ displayPrint: 'none' }} />
        {/* Demo data is marked on every screen (SPEC §9), from one place. */}
        <Box sx={{ displayPrint: 'none' }}>
          <DemoBanner />
          <StorageNotice />
        </Box>
        <Suspense fallback={<LinearProgress aria-label="Đang tải" />}>
          <WardProfileProvider loading={<LinearProgress aria-label="Đang tải" />}>
            <Outlet />
          </WardProfileProvider>
        </Suspense>
      </Box>
    </Box>
  );
}
