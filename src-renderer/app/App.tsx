import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
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
const router = createHashRouter([
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

export function App() {
  return (
    <ThemeProvider theme={theme}>
      <LocalizationProvider dateAdapter={AdapterDayjs} adapterLocale="vi">
        <CssBaseline />
        <UserGate>
          <DatabaseGate>
            <RouterProvider router={router} />
          </DatabaseGate>
        </UserGate>
      </LocalizationProvider>
    </ThemeProvider>
  );
}
