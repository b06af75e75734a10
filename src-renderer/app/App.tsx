import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { useState } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createHashRouter, RouterProvider } from 'react-router-dom';
import { theme } from './theme';
import { UserGate } from '../features/users/UserGate';
import { DatabaseGate } from './DatabaseGate';
import { Layout } from './Layout';
import { SECTIONS } from './sections';

dayjs.locale('vi');

// Hash routes: the same URLs work from app:// in Electron and from a static server in a browser.
// Made once the database is open (the router reads the URL and matches every route): at module load
// it lengthened the app's first task (issue 18, cold start).
const makeRouter = () =>
  createHashRouter([
    {
      path: '/',
      element: <Layout />,
      children: SECTIONS.map((section) =>
        section.path === '/'
          ? { index: true, element: section.element }
          : { path: `${section.path.slice(1)}/*`, element: section.element },
      ),
    },
  ]);

function AppRoutes() {
  const [router] = useState(makeRouter);
  return <RouterProvider router={router} />;
}

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="vi">
        <CssBaseline />
        <UserGate>
          <DatabaseGate>
            <AppRoutes />
          </DatabaseGate>
        </UserGate>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
