import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import type { BandRow } from './scoringRules';

/** Rows of classification bands (name, minimum score), for the ward's bands and a set's own. */
export function BandsEditor({
  rows, onChange, disabled = false, autoFocus = false,
}: {
  rows: readonly BandRow[];
  onChange: (rows: BandRow[]) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const setRow = (i: number, patch: Partial<BandRow>) => onChange(rows.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <>
      {rows.map((band, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            label={`Tên mức ${i + 1}`}
            value={band.label}
            onChange={(e) => setRow(i, { label: e.target.value })}
            autoFocus={autoFocus && i === 0}
            disabled={disabled}
            size="small"
            sx={{ flex: 2 }}
          />
          <TextField
            label={`Từ điểm (mức ${i + 1})`}
            value={band.min}
            onChange={(e) => setRow(i, { min: e.target.value })}
            disabled={disabled}
            size="small"
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ flex: 1 }}
          />
          <IconButton aria-label={`Xóa mức ${i + 1}`} onClick={() => onChange(rows.filter((_, j) => j !== i))} disabled={disabled || rows.length === 1}>
            <DeleteIcon />
          </IconButton>
        </Stack>
      ))}
      {!disabled && (
        <Box>
          <Button startIcon={<AddIcon />} onClick={() => onChange([...rows, { label: '', min: '' }])}>
            Thêm mức xếp loại
          </Button>
        </Box>
      )}
    </>
  );
}
