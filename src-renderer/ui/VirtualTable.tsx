/**
 * A long read-only list drawn by us (@tanstack/react-virtual): only the rows in view are in the page.
 * For the register lists of thousands of rows (10,000 people), where the first mount of MUI X DataGrid
 * in a session (its styles serialised and inserted, its layout measured) froze the window for
 * 0.5–0.7 s. It keeps what users rely on in the grid: the accessible grid (role grid, rows, cells),
 * sorting by a column's header, the arrows moving between rows and Enter opening one, a click opening
 * one, and the record just added marked and scrolled into view.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useVirtualizer } from '@tanstack/react-virtual';
import { sortByCollatedKeys } from '../domain/text';
import { compareViNullable } from './gridColumns';
import { opensRow } from './rowKeys';

export interface TableColumn<R> {
  key: string;
  header: string;
  /** The least width, px; with `flex`, the column also takes that share of the width left over. */
  width: number;
  flex?: number;
  /** The cell's text (what a screen reader reads, what sorting compares unless `sort` is given). */
  text: (row: R) => string;
  /** The rows in this column's ascending order, when it is not the Vietnamese order of the texts. */
  sort?: (rows: readonly R[]) => R[];
  /** What the cell shows, when more than its text (a chip, a coloured message). */
  render?: (row: R) => ReactNode;
  /** The cell can be corrected in place: a double click (or Enter, F2 on the row) opens a field; Enter or leaving it saves, Escape cancels. */
  edit?: (row: R, value: string) => void;
}

type Direction = 'ascending' | 'descending';

export interface VirtualTableProps<R extends { id: string | number }> {
  rows: readonly R[];
  columns: readonly TableColumn<R>[];
  /** Accessible name of the grid ("Danh sách cá nhân"). */
  label: string;
  onRowClick?: (row: R) => void;
  /** 'auto': the list grows with its rows up to `maxHeight`, then scrolls. */
  height?: number | string;
  maxHeight?: number;
  loading?: boolean;
  /** The record just added: the list scrolls to it and marks it until another is. */
  highlightId?: string | null;
  /** A class for a row (e.g. one with errors); `just-added` is set by the table. */
  rowClassName?: (row: R) => string;
  /** Rows may wrap to several lines (measured as drawn); otherwise every row is one line. */
  wrap?: boolean;
}

const ROW_HEIGHT = 36;
const OVERSCAN = 8;

/** Constant styles: serialised once by emotion, whatever the rows. */
const tableSx = {
  bgcolor: 'background.paper', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'auto', position: 'relative',
  fontSize: '0.875rem', outline: 'none',
  '& .vt-row': { display: 'grid', gridTemplateColumns: 'var(--vt-columns)', borderBottom: 1, borderColor: 'divider', minHeight: ROW_HEIGHT, outline: 'none' },
  '& .vt-head': { position: 'sticky', top: 0, zIndex: 1, bgcolor: 'background.paper', fontWeight: 500 },
  '& .vt-cell': { px: 1.25, display: 'flex', alignItems: 'center', minWidth: 0, overflow: 'hidden' },
  '& .vt-text': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .vt-wrap .vt-text': { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  '& .vt-wrap .vt-cell': { py: 0.5 },
  '& .vt-body .vt-row:hover': { bgcolor: 'action.hover' },
  '& .vt-clickable .vt-body .vt-row': { cursor: 'pointer' },
  '& .vt-body .vt-row:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' },
  '& .vt-row.just-added': { bgcolor: '#fff3c4', boxShadow: 'inset 4px 0 0 #f9a825' },
  '& .vt-sort': {
    all: 'unset', cursor: 'pointer', display: 'flex', alignItems: 'center', gap: 0.5, width: '100%', height: '100%',
    overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontWeight: 500,
    '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid', outlineOffset: -2 },
  },
  '& .vt-arrow': { color: 'text.secondary', fontSize: '0.75rem' },
  '& .vt-empty': { p: 2, color: 'text.secondary' },
  '& .vt-input': { font: 'inherit', width: '100%', px: 0.5, py: 0.25, border: 1, borderColor: 'primary.main', borderRadius: 0.5, outline: 'none' },
} as const;

/** The rows in a column's order: Vietnamese order of the texts, blanks last (each distinct text compared once). */
function sortedRows<R>(rows: readonly R[], column: TableColumn<R>, direction: Direction): R[] {
  const ascending = column.sort ? column.sort(rows) : sortByCollatedKeys(rows, (row) => [column.text(row)], compareViNullable);
  return direction === 'ascending' ? ascending : ascending.reverse();
}

export function VirtualTable<R extends { id: string | number }>({
  rows, columns, label, onRowClick, height = 'calc(100vh - 230px)', maxHeight, loading, highlightId, rowClassName, wrap = false,
}: VirtualTableProps<R>) {
  const [editing, setEditingState] = useState<{ id: R['id']; key: string } | null>(null);
  // The field open now: the blur of one already ended (Enter, Escape, Tab) must not save it again.
  const editOpen = useRef<{ id: R['id']; key: string } | null>(null);
  const setEditing = (cell: { id: R['id']; key: string } | null) => {
    editOpen.current = cell;
    setEditingState(cell);
  };
  const [sort, setSort] = useState<{ key: string; direction: Direction } | null>(null);
  const shown = useMemo(() => {
    const column = sort && columns.find((c) => c.key === sort.key);
    return column ? sortedRows(rows, column, sort.direction) : rows;
  }, [rows, columns, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (index) => shown[index].id,
    // The sticky header row sits above the first row inside the scroller.
    scrollPaddingStart: ROW_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  // The row that takes the keyboard (one tab stop for the whole list); focus follows it once moved by a key.
  const [active, setActive] = useState(0);
  const focusActive = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));
  // A row far away is drawn only after the scroll: focus it at the first render that has it.
  useEffect(() => {
    if (!focusActive.current) return;
    const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (!row) return;
    focusActive.current = false;
    row.focus({ preventScroll: true });
    // The list may be lower than the window: the page scrolls too, as little as needed.
    row.scrollIntoView({ block: 'nearest' });
  });

  // Once the new record is among the rows (the live query brings it a moment after saving), scroll to it.
  // Then, once its row is drawn, bring it into the window too (the page may scroll as well as the list).
  const highlightIndex = highlightId ? shown.findIndex((r) => r.id === highlightId) : -1;
  const reveal = useRef(false);
  useEffect(() => {
    if (highlightIndex < 0) return;
    setActive(highlightIndex);
    reveal.current = true;
    virtualizer.scrollToIndex(highlightIndex, { align: 'center' });
  }, [highlightIndex, virtualizer]);
  useEffect(() => {
    const row = reveal.current ? scroller.current?.querySelector('.just-added') : null;
    if (!row) return;
    reveal.current = false;
    row.scrollIntoView({ block: 'nearest' });
  });

  const move = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setActive(next);
    focusActive.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 2);
    const to: Record<string, number> = {
      ArrowDown: activeIndex + 1, ArrowUp: activeIndex - 1, PageDown: activeIndex + page, PageUp: activeIndex - page, Home: 0, End: shown.length - 1,
    };
    if (event.key in to && shown.length > 0) {
      event.preventDefault();
      move(to[event.key]);
    } else if (onRowClick && opensRow(event) && shown[activeIndex]) {
      event.preventDefault();
      onRowClick(shown[activeIndex]);
    } else if (!onRowClick && (opensRow(event) || event.key === 'F2') && shown[activeIndex]) {
      const first = columns.find((c) => c.edit);
      if (!first) return;
      event.preventDefault();
      setEditing({ id: shown[activeIndex].id, key: first.key });
    }
  };
  /** Saves (unless `value` is null) and closes the field, then opens `next` or gives the keyboard back to the row. */
  const finishEdit = (row: R, column: TableColumn<R>, value: string | null, next: TableColumn<R> | null = null) => {
    if (editOpen.current?.id !== row.id || editOpen.current.key !== column.key) return;
    setEditing(next && { id: row.id, key: next.key });
    focusActive.current = next === null;
    if (value !== null && value !== column.text(row)) column.edit?.(row, value);
  };
  // A new order starts at its top.
  const cycleSort = (key: string) => {
    setSort((s) => (s?.key !== key ? { key, direction: 'ascending' } : s.direction === 'ascending' ? { key, direction: 'descending' } : null));
    setActive(0);
    virtualizer.scrollToOffset(0);
  };

  const template = columns.map((c) => (c.flex ? `minmax(${c.width}px, ${c.flex}fr)` : `${c.width}px`)).join(' ');
  const minWidth = columns.reduce((sum, c) => sum + c.width, 0);
  return (
    <Box
      ref={scroller}
      role="grid"
      aria-label={label}
      aria-rowcount={shown.length + 1}
      aria-busy={loading || undefined}
      className={`${onRowClick ? 'vt-clickable' : ''}${wrap ? ' vt-wrap' : ''}`}
      sx={tableSx}
      style={{ height, maxHeight, minHeight: height === 'auto' ? undefined : 320, ['--vt-columns' as string]: template }}
    >
      <div role="rowgroup" className="vt-head" style={{ minWidth }}>
        <div role="row" aria-rowindex={1} className="vt-row">
          {columns.map((c) => {
            const direction = sort?.key === c.key ? sort.direction : undefined;
            return (
              <div key={c.key} role="columnheader" aria-sort={direction ?? 'none'} className="vt-cell">
                <button type="button" className="vt-sort" onClick={() => cycleSort(c.key)} title={`Sắp xếp theo ${c.header.toLocaleLowerCase('vi')}`}>
                  {c.header}
                  {direction && <span className="vt-arrow" aria-hidden>{direction === 'ascending' ? '▲' : '▼'}</span>}
                </button>
              </div>
            );
          })}
        </div>
        {loading && <LinearProgress aria-label="Đang tải" sx={{ position: 'absolute', left: 0, right: 0, bottom: -2 }} />}
      </div>
      <div role="rowgroup" className="vt-body" style={{ minWidth }} onKeyDown={onKeyDown}>
        {before > 0 && <div aria-hidden style={{ height: before }} />}
        {items.map((item) => {
          const row = shown[item.index];
          const extra = rowClassName?.(row);
          return (
            <div
              key={item.key}
              ref={wrap ? virtualizer.measureElement : undefined}
              data-index={item.index}
              role="row"
              aria-rowindex={item.index + 2}
              tabIndex={item.index === activeIndex ? 0 : -1}
              className={`vt-row${row.id === highlightId ? ' just-added' : ''}${extra ? ` ${extra}` : ''}`}
              style={wrap ? undefined : { height: ROW_HEIGHT }}
              onClick={onRowClick ? () => { setActive(item.index); onRowClick(row); } : () => setActive(item.index)}
            >
              {columns.map((c) => (
                <div key={c.key} role="gridcell" className="vt-cell" onDoubleClick={c.edit ? () => setEditing({ id: row.id, key: c.key }) : undefined}>
                  {editing?.id === row.id && editing.key === c.key ? (
                    <input
                      className="vt-input"
                      aria-label={c.header}
                      defaultValue={c.text(row)}
                      autoFocus
                      onKeyDown={(event) => {
                        // The row's own keys (arrows, Enter) stay out of the field.
                        event.stopPropagation();
                        if (event.key === 'Enter') finishEdit(row, c, event.currentTarget.value);
                        if (event.key === 'Escape') finishEdit(row, c, null);
                        // Tab saves and opens the row's next correctable cell (Shift+Tab the one before).
                        const editable = columns.filter((e) => e.edit);
                        const next = editable[editable.indexOf(c) + (event.shiftKey ? -1 : 1)];
                        if (event.key === 'Tab' && next) {
                          event.preventDefault();
                          finishEdit(row, c, event.currentTarget.value, next);
                        }
                      }}
                      onBlur={(event) => finishEdit(row, c, event.currentTarget.value)}
                    />
                  ) : c.render ? c.render(row) : <span className="vt-text">{c.text(row)}</span>}
                </div>
              ))}
            </div>
          );
        })}
        {after > 0 && <div aria-hidden style={{ height: after }} />}
        {!loading && shown.length === 0 && <div className="vt-empty">Không có dữ liệu</div>}
      </div>
    </Box>
  );
}
