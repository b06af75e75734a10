import { useEffect } from 'react';
import Box from '@mui/material/Box';
import {
  DataGrid, gridPaginationModelSelector, useGridApiRef,
  type GridCellParams, type GridColDef, type GridRowParams, type GridValidRowModel, type GridLocaleText,
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
/** A record just added is marked until another is: the user sees where it went in the list. */
const justAddedSx = { '& .MuiDataGrid-row.just-added': { bgcolor: '#fff3c4', boxShadow: 'inset 4px 0 0 #f9a825' } } as const;
const clickableSx = { bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'pointer' }, ...justAddedSx } as const;
const plainSx = { bgcolor: 'background.paper', '& .MuiDataGrid-row': { cursor: 'default' }, ...justAddedSx } as const;
const initialState = { pagination: { paginationModel: { pageSize: 100 } } } as const;

export interface DataTableProps<R extends GridValidRowModel> {
  rows: readonly R[];
  columns: GridColDef<R>[];
  /** Accessible name of the grid ("Danh sách cá nhân"). */
  label: string;
  onRowClick?: (row: R) => void;
  height?: number | string;
  loading?: boolean;
  /** The record just added: the list turns to its page, scrolls to it and marks it. */
  highlightId?: string | null;
}

/**
 * A virtualized register list. Rows arrive already filtered and in Vietnamese order from the page;
 * column sorting uses the comparators of `gridColumns.ts`. The MIT grid pages at most 100 rows.
 * Keyboard users move between cells with the arrows and open the focused row with Enter.
 */
export function DataTable<R extends GridValidRowModel>({
  rows, columns, label, onRowClick, height = 'calc(100vh - 230px)', loading, highlightId,
}: DataTableProps<R>) {
  const apiRef = useGridApiRef();
  // Once the new row is among the grid's sorted rows (the live query, then the grid's own row state,
  // bring it a moment after saving), turn to its page, scroll to it and bring it into the window.
  const arrived = Boolean(highlightId && rows.some((r) => r.id === highlightId));
  useEffect(() => {
    const api = apiRef.current;
    if (!arrived || !highlightId || !api) return undefined;
    const reveal = () => {
      const index = api.getSortedRowIds().indexOf(highlightId);
      if (index < 0) return false;
      const { pageSize } = gridPaginationModelSelector(apiRef);
      api.setPage(Math.floor(index / pageSize));
      // The index counts from the first row of the first page; the grid scrolls once the page is drawn.
      setTimeout(() => {
        api.scrollToIndexes({ rowIndex: index });
        setTimeout(() => api.getRowElement(highlightId)?.scrollIntoView({ block: 'nearest' }), 50);
      }, 0);
      return true;
    };
    if (reveal()) return undefined;
    const unsubscribe = api.subscribeEvent('sortedRowsSet', () => {
      if (reveal()) unsubscribe();
    });
    return unsubscribe;
  }, [apiRef, arrived, highlightId]);
  return (
    <Box sx={{ height, minHeight: 320, width: '100%' }}>
      <DataGrid
        apiRef={apiRef}
        rows={rows}
        getRowClassName={highlightId ? (params) => (params.id === highlightId ? 'just-added' : '') : undefined}
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
