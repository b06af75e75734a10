import { useEffect, useState, type ReactNode } from 'react';

/**
 * How many of `total` items to draw now: `step` at first, then `step` more in each following task,
 * so a long list that is not worth virtualizing (a few hundred rows split among tables) is drawn in
 * slices and no single slice holds the window for long (issue 18). A list that grows later (live data)
 * is drawn in slices too; one that shrinks is drawn whole at once.
 */
export function useDrawnInSlices(total: number, step: number): number {
  const [drawn, setDrawn] = useState(() => Math.min(total, step));
  useEffect(() => {
    if (drawn >= total) return undefined;
    // A task of its own (not a microtask), so the browser can paint and answer input between slices.
    const next = setTimeout(() => setDrawn((d) => Math.min(total, d + step)), 0);
    return () => clearTimeout(next);
  }, [drawn, total, step]);
  return Math.min(drawn, total);
}

/**
 * Draws its children `after` tasks later than the screen around it: a part below the fold (a chart, a
 * form with a date picker) no longer lengthens the task that shows the screen (issue 18, cold start).
 */
export function DrawnLater({ after, children }: { after: number; children: ReactNode }) {
  const drawn = useDrawnInSlices(after + 1, 1);
  return drawn > after ? children : null;
}
