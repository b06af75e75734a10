import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { VirtualTable, type TableColumn } from '../../ui/VirtualTable';
import { columnName, type PreviewRow, type RowState } from './importLogic';

const STATE_CHIPS: Record<RowState, { label: string; color: 'error' | 'success' | 'warning' }> = {
  invalid: { label: 'Có lỗi', color: 'error' },
  duplicate: { label: 'Có thể trùng', color: 'warning' },
  valid: { label: 'Hợp lệ', color: 'success' },
};

/** Constant styles: the row colours of the states, the errors in their colour. */
const previewSx = {
  '& .row-invalid': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
  '& .row-duplicate': { bgcolor: 'rgba(237, 108, 2, 0.06)' },
  '& .row-errors': { color: 'warning.dark', whiteSpace: 'normal', overflowWrap: 'anywhere' },
  '& .row-invalid .row-errors': { color: 'error.main' },
} as const;

/**
 * Every row of the file as read, its errors beside it; a double click on a cell corrects it and the
 * whole file is checked again. A virtualized table of our own (a file may hold 10,000 rows): the MUI X
 * grid's first mount with rows of measured height was one task of 0.4–0.7 s (docs/benchmarks.md).
 */
export function PreviewGrid({
  headers, rows, onRowChange,
}: { headers: readonly string[]; rows: readonly PreviewRow[]; onRowChange: (index: number, cells: readonly string[]) => void }) {
  const columns = useMemo<TableColumn<PreviewRow>[]>(
    () => [
      { key: 'line', header: 'Dòng', width: 70, text: (row) => String(row.id) },
      {
        key: 'state', header: 'Trạng thái', width: 130,
        text: (row) => STATE_CHIPS[row.state].label,
        render: (row) => <Chip size="small" color={STATE_CHIPS[row.state].color} variant="outlined" label={STATE_CHIPS[row.state].label} />,
      },
      ...headers.map<TableColumn<PreviewRow>>((_, i) => ({
        key: `c${i}`, header: columnName(headers, i), width: 120, flex: 1,
        text: (row) => row.cells[i] ?? '',
        edit: (row, value) => onRowChange(row.index, row.cells.map((c, j) => (j === i ? value : c))),
      })),
      // A valid row's text is only a warning (a probable duplicate, a formula-like cell): amber, not red.
      { key: 'errors', header: 'Lỗi, lưu ý', width: 320, flex: 2, text: (row) => row.errors, render: (row) => <span className="row-errors">{row.errors}</span> },
    ],
    [headers, onRowChange],
  );
  return (
    <Box sx={previewSx}>
      <VirtualTable
        label="Các dòng của tệp"
        rows={rows}
        columns={columns}
        height="auto"
        maxHeight={480}
        wrap
        rowClassName={(row) => (row.state === 'valid' ? '' : `row-${row.state}`)}
      />
    </Box>
  );
}
