import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { currentYear } from './formValues';

/** The emulation year a screen works on: next year down to five years back, plus any year already chosen. */
export function YearSelect({ value, onChange, label = 'Năm' }: { value: number; onChange: (year: number) => void; label?: string }) {
  const now = currentYear();
  const years = Array.from({ length: 7 }, (_, i) => now + 1 - i);
  if (!years.includes(value)) years.push(value);
  years.sort((a, b) => b - a);
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(Number(e.target.value))} sx={{ minWidth: 110 }}>
      {years.map((year) => (
        <MenuItem key={year} value={year}>
          {year}
        </MenuItem>
      ))}
    </TextField>
  );
}
