import { createContext, useContext, useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { openCouncilDb, requestPersistentStorage, type CouncilDb } from '../db';
import { useI18n } from '../i18n/I18nProvider';
import { useToaster } from '../ui/Toasts';
import { ErrorPanel } from './ErrorPanel';
import { takeEarlyDatabase } from './startup';

const DbContext = createContext<CouncilDb | null>(null);

/**
 * Opens the council database once for the whole app (or takes the opening main.tsx started
 * before the first render: app/startup.ts) and asks the browser to keep it
 * (never evicted under storage pressure). A refusal is shown, with what to do, because the
 * scores are legal evidence.
 */
export function DbProvider(props: { readonly children: ReactNode }): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const [db, setDb] = useState<CouncilDb | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);

  useEffect(() => {
    let opened: CouncilDb | null = null;
    let live = true;
    (takeEarlyDatabase() ?? openCouncilDb())
      .then((value) => {
        opened = value;
        if (live) setDb(value);
        else value.close();
      })
      .catch(
        (error: unknown) => live && setFailure(error instanceof Error ? error : new Error(String(error))),
      );
    return () => {
      live = false;
      opened?.close();
    };
  }, []);

  // Asked once per start; the warning uses whichever language is shown when the answer comes.
  const warnNotPersisted = useEffectEvent(() => toaster.show('warning', t('storage.persistDenied')));
  useEffect(() => {
    requestPersistentStorage().then(
      (answer) => {
        if (answer === 'denied') warnNotPersisted();
      },
      (error: unknown) => console.error('navigator.storage.persist() failed', error),
    );
  }, []);

  if (failure) return <ErrorPanel error={failure} />;
  if (!db) return <p>{t('storage.opening')}</p>;
  return <DbContext.Provider value={db}>{props.children}</DbContext.Provider>;
}

export function useDb(): CouncilDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb must be used inside <DbProvider>');
  return db;
}
