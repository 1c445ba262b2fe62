import { useEffect } from 'react';
import type { CouncilDb } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { autoBackup } from './platform-store';

/**
 * The "once per day of use" automatic backup, run once when the app starts (DbProvider).
 * Silent when written (a toast would greet every morning); a failure is shown with what to do.
 */
export function useDailyBackup(db: CouncilDb | null): void {
  const { t } = useI18n();
  const toaster = useToaster();
  useEffect(() => {
    if (db === null) return;
    autoBackup(db, 'daily').catch((error: unknown) => {
      console.error('daily backup failed', error);
      toaster.show('warning', t('backup.auto.failed', { message: error instanceof Error ? error.message : String(error) }));
    });
    // Once per opened database: the texts and toaster are stable enough for that.
  }, [db]);
}
