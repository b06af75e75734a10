import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { DataGrid, type GridColDef, type GridLocaleText } from '@mui/x-data-grid';
import { compareViNullable } from '../../ui/gridColumns';
import { columnName, type PreviewRow, type RowState } from './importLogic';

/** Page labels as the other lists show them (the grid's own defaults here are English). */
const localeText: Partial<GridLocaleText> = {
  paginationRowsPerPage: 'Số dòng mỗi trang:',
  paginationDisplayedRows: ({ from, to, count }) => `${from}–${to} trên ${count}`,
};

const STATE_CHIPS: Record<RowState, { label: string; color: 'error' | 'success' | 'warning' }> = {
  invalid: { label: 'Có lỗi', color: 'error' },
  duplicate: { label: 'Có thể trùng', color: 'warning' },
  valid: { label: 'Hợp lệ', color: 'success' },
};

/** Up to this many rows the grid grows with them; beyond, it scrolls inside a fixed height. */
const AUTO_HEIGHT_ROWS = 12;

/**
 * Every row of the file as read, its errors beside it; a double click on a cell corrects it and the
 * whole file is checked again. Virtualized and paged, as a list may hold thousands of rows.
 */
export function PreviewGrid({
  headers, rows, onRowChange,
}: { headers: readonly string[]; rows: readonly PreviewRow[]; onRowChange: (index: number, cells: readonly string[]) => void }) {
  const columns = useMemo<GridColDef<PreviewRow>[]>(
    () => [
      { field: 'id', headerName: 'Dòng', width: 70, type: 'number' },
      {
        field: 'state',
        headerName: 'Trạng thái',
        width: 130,
        valueGetter: (_v, row) => STATE_CHIPS[row.state].label,
        renderCell: ({ row, value }) => <Chip size="small" color={STATE_CHIPS[row.state].color} variant="outlined" label={value} />,
      },
      ...headers.map<GridColDef<PreviewRow>>((_, i) => ({
        field: `c${i}`,
        headerName: columnName(headers, i),
        minWidth: 120,
        flex: 1,
        editable: true,
        valueGetter: (_v, row) => row.cells[i],
        valueSetter: (value, row) => ({ ...row, cells: row.cells.map((c, j) => (j === i ? String(value ?? '') : c)) }),
        sortComparator: compareViNullable,
      })),
      {
        field: 'errors',
        headerName: 'Lỗi, lưu ý',
        minWidth: 320,
        flex: 2,
        // A valid row's text is only a warning (a probable duplicate, a formula-like cell): amber, not red.
        renderCell: ({ value, row }) => (
          <Box sx={{ color: row.state === 'invalid' ? 'error.main' : 'warning.dark', whiteSpace: 'normal', py: 0.5 }}>{value}</Box>
        ),
      },
    ],
    [headers],
  );
  return (
    <Box sx={{ height: rows.length > AUTO_HEIGHT_ROWS ? 480 : undefined, width: '100%' }}>
      <DataGrid
        autoHeight={rows.length <= AUTO_HEIGHT_ROWS}
        rows={rows}
        columns={columns}
        aria-label="Các dòng của tệp"
        density="compact"
        getRowHeight={() => 'auto'}
        disableRowSelectionOnClick
        localeText={localeText}
        pageSizeOptions={[25, 50, 100]}
        initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
        processRowUpdate={(next: PreviewRow, previous: PreviewRow) => {
          if (next.cells.some((c, j) => c !== previous.cells[j])) onRowChange(next.index, next.cells);
          return next;
        }}
        getRowClassName={({ row }) => (row.state === 'valid' ? '' : `row-${row.state}`)}
        sx={{
          bgcolor: 'background.paper',
          '& .MuiDataGrid-cell': { display: 'flex', alignItems: 'center' },
          '& .row-invalid': { bgcolor: 'rgba(211, 47, 47, 0.06)' },
          '& .row-duplicate': { bgcolor: 'rgba(237, 108, 2, 0.06)' },
        }}
      />
    </Box>
  );
}
