/**
 * Virtualized table rows (@tanstack/react-virtual): only the rows in view, plus `overscan`, are drawn;
 * spacer rows above and below keep the scroll bar and position true. For long tables whose rows hold
 * inputs (a meeting's 500 ballots, the score grid's 200 units), where drawing them all freezes the window.
 */
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface VirtualRowsOptions {
  count: number;
  /** A row's height before it is measured, px. */
  estimate: number;
  overscan: number;
  /** A stable key per row index (the record's id), so a row keeps its measured height when rows move. */
  keyOf: (index: number) => string;
}

export function useVirtualRows({ count, estimate, overscan, keyOf }: VirtualRowsOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan,
    getItemKey: keyOf,
  });
  const rows = virtualizer.getVirtualItems();
  const before = rows.length > 0 ? rows[0].start : 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;
  return { scroller, virtualizer, rows, before, after };
}

/** Stands in for the rows scrolled out of view. */
export function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={1000} style={{ border: 0, padding: 0 }} />
    </tr>
  );
}
