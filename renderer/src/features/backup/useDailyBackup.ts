import { liveQuery } from 'dexie';
import type { CouncilDb } from '../../db';
import { autoBackup } from './platform-store';
import { atQuietMoment, browserQuietHost } from './quiet-moment';

/**
 * The automatic backups that need no button (issue 6 item 1), started once per opened database:
 * - "once per day of use": after the database opens, at the first quiet moment (no typing or
 *   clicking for a few seconds, quiet-moment.ts), so its work never holds a key;
 * - "when a round is closed": the closed rounds are watched (a Dexie live query, so whichever
 *   screen closes the round, nothing has to remember to call us); a round seen closing while the
 *   app runs triggers a backup. Rounds already closed at start-up do not.
 * Silent when written (a toast would greet every morning); a failure is shown with what to do.
 * Returns the function that stops watching. The shell (AppFrame) loads this module after the
 * first screen (issue 13) and shows failures.
 */
export function startAutomaticBackups(db: CouncilDb, fail: (error: unknown) => void): () => void {
  // At a quiet moment, not in the middle of typing (quiet-moment.ts).
  const cancelDaily = atQuietMoment(browserQuietHost(), () => void autoBackup(db, 'daily').catch(fail));
  const newlyClosed = closedRoundWatcher();
  const subscription = liveQuery(() => db.rounds.where('status').equals('closed').primaryKeys()).subscribe({
    next: (ids) => {
      if (newlyClosed(ids.map(String))) autoBackup(db, 'round-closed').catch(fail);
    },
    error: fail,
  });
  return () => {
    cancelDaily();
    subscription.unsubscribe();
  };
}

/**
 * Fed the ids of the closed rounds each time they change: true when a round closed since the
 * previous call. The first call only learns what was already closed.
 */
export function closedRoundWatcher(): (closedIds: readonly string[]) => boolean {
  let known: ReadonlySet<string> | null = null;
  return (closedIds) => {
    const previous = known;
    known = new Set(closedIds);
    return previous !== null && closedIds.some((id) => !previous.has(id));
  };
}
