import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** How long an idle moment is waited for before the next rows are added anyway. */
const NEXT_LATEST_MS = 200;

/**
 * How many of `total` items a long list shows now: `first` at once (more than a screen holds),
 * then `step` more in each idle moment after that, until all are shown. The first paint lays out
 * only the rows in view, and the rest follow within a few frames — all of them stay in the page
 * (find in page, a screen reader and the keyboard reach every one), only not in the first frame.
 * Printing shows everything: the rest is added before the print is laid out.
 */
export function useRevealedCount(total: number, first: number, step: number): number {
  const [shown, setShown] = useState(() => Math.min(total, first));
  const complete = shown >= total;
  useEffect(() => {
    if (complete) return;
    const more = (): void => setShown((n) => Math.min(total, n + step));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(more, { timeout: NEXT_LATEST_MS });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = window.setTimeout(more, 0);
    return () => window.clearTimeout(timer);
  }, [complete, shown, total, step]);
  useEffect(() => {
    if (complete) return;
    const all = (): void => flushSync(() => setShown(total));
    window.addEventListener('beforeprint', all);
    return () => window.removeEventListener('beforeprint', all);
  }, [complete, total]);
  return Math.min(shown, total);
}
