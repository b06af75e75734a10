/**
 * Virtualized table rows (@tanstack/react-virtual): only the rows in view, plus `overscan`, are drawn;
 * spacer rows above and below keep the scroll bar and position true. For long tables whose rows hold
 * inputs (a meeting's 500 ballots, the score grid's 200 units), where drawing them all freezes the window.
 */
import { useRef } from 'react';
import { elementScroll, useVirtualizer } from '@tanstack/react-virtual';
import type { Rect, ScrollToOptions, Virtualizer } from '@tanstack/react-virtual';

/**
 * The scroll box's size, read only from a ResizeObserver (after the browser's own layout). The
 * library's default reads clientHeight at once while React commits, which forces a layout of the
 * whole freshly drawn table inside the task (issue 18); until the first observation the virtualizer
 * uses its `initialRect`, an estimate of the box.
 */
export function observeRectAfterLayout<T extends Element>(instance: Virtualizer<T, Element>, report: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element, { box: 'content-box' });
  const scrolled = () => moved.add(element);
  element.addEventListener('scroll', scrolled, { once: true, passive: true });
  return () => {
    observer.disconnect();
    element.removeEventListener('scroll', scrolled);
  };
}

/** Scroll boxes that were scrolled (by the user or by a write): only those can be away from their start. */
const moved = new WeakSet<Element>();

/**
 * The library's scroll write, less the one it makes when a box mounts: scrolling a new box to 0,
 * where it already is, forced a layout of the freshly drawn table inside the task (issue 18).
 */
export function scrollUnlessAtStart<T extends Element>(offset: number, options: ScrollToOptions & { adjustments?: number }, instance: Virtualizer<T, Element>) {
  const element = instance.scrollElement;
  if (!element) return;
  if (!moved.has(element) && offset + (options.adjustments ?? 0) === 0) return;
  moved.add(element);
  elementScroll(offset, options, instance);
}

export interface VirtualRowsOptions {
  count: number;
  /** A row's height before it is measured, px. */
  estimate: number;
  overscan: number;
  /** A stable key per row index (the record's id), so a row keeps its measured height when rows move. */
  keyOf: (index: number) => string;
  /**
   * Draw no rows until the browser has laid out the scroll box, then those in view (the score grid,
   * issue 18): its size is read from a ResizeObserver, never while React commits. Rows measured on
   * mount (the ballots) keep the library's own reading, which their measuring forces anyway.
   */
  afterLayout?: boolean;
}

export function useVirtualRows({ count, estimate, overscan, keyOf, afterLayout = false }: VirtualRowsOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => estimate,
    overscan,
    getItemKey: keyOf,
    ...(afterLayout ? { observeElementRect: observeRectAfterLayout, scrollToFn: scrollUnlessAtStart } : {}),
  });
  const sized = !afterLayout || (virtualizer.scrollRect?.height ?? 0) > 0;
  const rows = sized ? virtualizer.getVirtualItems() : [];
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
