import { createTheme } from '@mui/material/styles';
import { viVN as coreViVN } from '@mui/material/locale';
import { viVN as gridViVN } from '@mui/x-data-grid/locales';
import { viVN as pickersViVN } from '@mui/x-date-pickers/locales';
import type {} from '@mui/x-data-grid/themeAugmentation';
import type {} from '@mui/x-date-pickers/themeAugmentation';
import type { PickerValidDate } from '@mui/x-date-pickers/models';
import type { Dayjs } from 'dayjs';

/**
 * MUI's default weekday header takes the first letter of the short name, which turns
 * dayjs' Vietnamese "CN, T2…T7" into "C, T, T…". Show the short names whole.
 */
const vietnameseWeekday = (date: PickerValidDate) => (date as Dayjs).format('dd');

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#1f4e8c' },
      secondary: { main: '#b71c1c' },
      background: { default: '#f4f6f9' },
    },
    typography: {
      fontFamily: 'Roboto, "Noto Sans", "Segoe UI", Arial, sans-serif',
    },
    components: {
      MuiDateCalendar: { defaultProps: { dayOfWeekFormatter: vietnameseWeekday } },
      MuiDatePicker: { defaultProps: { dayOfWeekFormatter: vietnameseWeekday } },
      MuiDesktopDatePicker: { defaultProps: { dayOfWeekFormatter: vietnameseWeekday } },
      MuiMobileDatePicker: { defaultProps: { dayOfWeekFormatter: vietnameseWeekday } },
      MuiStaticDatePicker: { defaultProps: { dayOfWeekFormatter: vietnameseWeekday } },
      MuiTextField: { defaultProps: { size: 'small' } },
    },
  },
  coreViVN,
  gridViVN,
  pickersViVN,
);
