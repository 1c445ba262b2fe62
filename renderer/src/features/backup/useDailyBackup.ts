import { useEffect, useEffectEvent } from 'react';
import { liveQuery } from 'dexie';
import type { CouncilDb } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { autoBackup } from './platform-store';

/**
 * The automatic backups that need no button (issue 6 item 1), started once in DbProvider:
 * - "once per day of use": when the database opens;
 * - "when a round is closed": the closed rounds are watched (a Dexie live query, so whichever
 *   screen closes the round, nothing has to remember to call us); a round seen closing while the
 *   app runs triggers a backup. Rounds already closed at start-up do not.
 * Silent when written (a toast would greet every morning); a failure is shown with what to do.
 */
export function useDailyBackup(db: CouncilDb | null): void {
  const { t } = useI18n();
  const toaster = useToaster();
  // Reported in whichever language is shown when the failure comes.
  const fail = useEffectEvent((error: unknown): void => {
    console.error('automatic backup failed', error);
    toaster.show(
      'warning',
      t('backup.auto.failed', { message: error instanceof Error ? error.message : String(error) }),
    );
  });
  useEffect(() => {
    if (db === null) return;
    autoBackup(db, 'daily').catch((error: unknown) => fail(error));
    const newlyClosed = closedRoundWatcher();
    const subscription = liveQuery(() => db.rounds.where('status').equals('closed').primaryKeys()).subscribe({
      next: (ids) => {
        if (newlyClosed(ids.map(String)))
          autoBackup(db, 'round-closed').catch((error: unknown) => fail(error));
      },
      error: (error: unknown) => fail(error),
    });
    return () => subscription.unsubscribe();
    // Once per opened database.
  }, [db]);
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
