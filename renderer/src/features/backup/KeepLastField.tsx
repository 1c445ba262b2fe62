import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { setSetting } from '../../db';
import { keepLastOf, KEEP_LAST_SETTING, MAX_KEEP_LAST, MIN_KEEP_LAST } from '../../db/backup';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { TextField } from '../../ui/Field';
import styles from './backup.module.css';

/** "Keep the last N automatic backups": a whole number, validated, saved as a setting (audited). */
export function KeepLastField(): ReactNode {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const stored = useLiveQuery(() => keepLastOf(db), [db]);
  const [draft, setDraft] = useState('');
  // The draft follows the stored value whenever that changes (on load, or saved elsewhere):
  // adjusted while rendering, as React advises, rather than in an effect that renders twice.
  const [shown, setShown] = useState<number | undefined>(undefined);
  if (stored !== shown) {
    setShown(stored);
    if (stored !== undefined) setDraft(String(stored));
  }
  const value = Number(draft);
  const valid = /^\d+$/.test(draft.trim()) && value >= MIN_KEEP_LAST && value <= MAX_KEEP_LAST;
  const limits = { min: MIN_KEEP_LAST, max: MAX_KEEP_LAST };
  const save = (): void => {
    if (!valid) return;
    setSetting(db, KEEP_LAST_SETTING, value, 'secretary').then(
      () => toaster.show('success', t('backup.keepLast.saved', { count: value })),
      report,
    );
  };
  return (
    <form
      className={styles.keepLast}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <TextField
        label={t('backup.keepLast.label')}
        type="number"
        value={draft}
        onChange={setDraft}
        hint={t('backup.keepLast.hint', limits)}
        error={draft !== '' && !valid ? t('backup.keepLast.invalid', limits) : null}
      />
      <button type="submit" disabled={!valid || value === stored}>
        {t('backup.keepLast.save')}
      </button>
    </form>
  );
}
