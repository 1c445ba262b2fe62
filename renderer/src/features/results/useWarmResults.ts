import { useEffect } from 'react';
import { useDb } from '../../app/DbProvider';

/** How long an idle moment is waited for before the warm-up starts anyway. */
const WARM_UP_LATEST_MS = 3000;

/**
 * Readies the results screen of the current round while the home screen sits idle: its code,
 * the rest of the catalog, and the round's tally (141 × 9 sheets read and counted, remembered
 * until a round table changes — db/round-memo.ts). Opening Results afterwards shows the table
 * without reading or tallying (issue 13: ≤ 100 ms). `ready` says the home screen's own reads are
 * done, so the warm-up never stands between a person and the first screen. Only the home screen
 * warms: on the scoring screen every answer makes the tally stale, and tallying after each one
 * would be wasted work competing with the typing.
 */
export function useWarmResults(roundId: string | null, ready: boolean): void {
  const db = useDb();
  useEffect(() => {
    if (!ready || roundId === null) return;
    let live = true;
    const warm = (): void => {
      import('./warm-results')
        .then((m) => (live ? m.warmResults(db, roundId) : undefined))
        // Not a person's action: nothing to tell them here. The results screen reads again when
        // opened and shows the failure there.
        .catch((error: unknown) => console.warn('results warm-up failed', error));
    };
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(warm, { timeout: WARM_UP_LATEST_MS });
      return () => {
        live = false;
        window.cancelIdleCallback(handle);
      };
    }
    const timer = window.setTimeout(warm, WARM_UP_LATEST_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [db, roundId, ready]);
}
