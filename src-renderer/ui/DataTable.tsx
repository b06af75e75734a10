import Box from '@mui/material/Box';
import {
  DataGrid, type GridCellParams, type GridColDef, type GridRowParams, type GridValidRowModel, type GridLocaleText,
} from '@mui/x-data-grid';
import { viVN } from '@mui/x-data-grid/locales';
import { opensRow } from './rowKeys';

/**
 * A localeText prop replaces the theme's Vietnamese texts instead of merging with them, so start from
 * the vi locale and fill what it leaves in English ("1–25 of 300", "Rows per page").
 */
const localeText: Partial<GridLocaleText> = {
  ...viVN.components.MuiDataGrid.defaultProps.localeText,
  paginationRowsPerPage: 'Số dòng mỗi trang:',
  paginationDisplayedRows: ({ from, to, count }) => `${from}–${to} trên ${count === -1 ? `hơn ${to}` : count}`,
};

/** Constant styles, so a re-render with new rows does not re-serialise them (emotion). */
const clickableSx = { bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' } } as const;
const plainSx = { bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'default' } } as const;
const initialState = { pagination: { paginationModel: { pageSize: 100 } } } as const;

export interface DataTableProps<R extends GridValidRowModel> {
  rows: readonly R[];
  columns: GridColDef<R>[];
  /** Accessible name of the grid ("Danh sách cá nhân"). */
  label: string;
  onRowClick?: (row: R) => void;
  height?: number | string;
  loading?: boolean;
}

/**
 * A virtualized register list. Rows arrive already filtered and in Vietnamese order from the page;
 * column sorting uses the comparators of `gridColumns.ts`. The MIT grid pages at most 100 rows.
 * Keyboard users move between cells with the arrows and open the focused row with Enter.
 */
export function DataTable<R extends GridValidRowModel>({
  rows, columns, label, onRowClick, height = 'calc(100vh - 230px)', loading,
}: DataTableProps<R>) {
  return (
    <Box sx={{ height, minHeight: 320, width: '100%' }}>
      <DataGrid
        rows={rows}
        columns={columns}
        aria-label={label}
        density="compact"
        loading={loading}
        disableRowSelectionOnClick
        localeText={localeText}
        pageSizeOptions={[25, 50, 100]}
        initialState={initialState}
        onRowClick={onRowClick ? (params: GridRowParams<R>) => onRowClick(params.row) : undefined}
        onCellKeyDown={
          onRowClick
            ? (params: GridCellParams<R>, event) => {
                if (!opensRow(event)) return;
                event.preventDefault();
                onRowClick(params.row);
              }
            : undefined
        }
        sx={onRowClick ? clickableSx : plainSx}
      />
    </Box>
  );
}
