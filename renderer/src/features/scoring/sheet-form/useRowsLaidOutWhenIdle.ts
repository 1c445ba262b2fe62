import { useEffect, type RefObject } from 'react';

/** An idle period shorter than this is left alone: a row's first layout can take a few ms. */
const ROW_BUDGET_MS = 6;

/**
 * The rows are `content-visibility: auto` so that a sheet opens quickly; the price was paid
 * later, on a key: scrolling to the next criterion brought a row never laid out into view, and
 * its first layout (its Vietnamese text shaped for the first time) cost the key's frame up to
 * ~12 ms (issue 13). Here, in the idle periods after the sheet opens, the rows are laid out one
 * by one, in printed order, before typing reaches them: each is marked `data-laid-out` (the
 * stylesheet then keeps it rendered) and laid out at once, inside the idle period. Nothing
 * changes on screen. Where there is no requestIdleCallback the rows stay as they were.
 */
export function useRowsLaidOutWhenIdle(
  rows: RefObject<ReadonlyMap<string, HTMLElement>>,
  order: readonly string[],
): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    let next = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline): void => {
      while (next < order.length && deadline.timeRemaining() > ROW_BUDGET_MS) {
        const row = rows.current.get(order[next] ?? '');
        next += 1;
        if (row === undefined || row.dataset.laidOut !== undefined) continue;
        row.dataset.laidOut = '';
        // Read a size: the layout happens now, in idle time, not in a later key's frame.
        void row.offsetHeight;
      }
      if (next < order.length) handle = window.requestIdleCallback(step);
    };
    handle = window.requestIdleCallback(step);
    return () => window.cancelIdleCallback(handle);
  }, [rows, order]);
}
