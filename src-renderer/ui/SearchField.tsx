import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import SearchIcon from '@mui/icons-material/Search';

/** The list search box: diacritics and case are ignored by the search key it feeds. */
export function SearchField({
  value, onChange, label = 'Tìm kiếm', placeholder = 'Gõ có dấu hoặc không dấu…',
}: { value: string; onChange: (value: string) => void; label?: string; placeholder?: string }) {
  return (
    <TextField
      type="search"
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 280 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
