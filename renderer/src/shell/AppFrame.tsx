import { useEffect, useEffectEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ensureAllWords } from '../i18n/translate';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { pathSegments, useHashLocation } from '../ui/useHashLocation';
import { CurrentRoundBadge } from './CurrentRoundBadge';
import { useDb } from '../app/DbProvider';
import { ErrorPanel } from '../app/ErrorPanel';
import { parseRoute, screenPath, screens } from '../app/routes';
import type { CouncilDb } from '../db';
import { useToaster } from '../ui/Toasts';
import { ScreenView } from './ScreenView';

/** The window's frame: title bar, navigation, and the current screen inside its own error boundary. */
export function AppFrame(): ReactNode {
  const { t } = useI18n();
  // The shell starts the automatic backups: the database context sits below the features and
  // must not know the backup feature.
  const db = useDb();
  useAutomaticBackups(db);
  const [path] = useHashLocation();
  const route = parseRoute(pathSegments(path));

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-logo" aria-hidden="true">
          ★
        </span>
        <div>
          <div className="app-name">{t('app.name')}</div>
          <div className="app-subtitle">{t('app.subtitle')}</div>
        </div>
        <CurrentRoundBadge />
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {screens.map((screen) => (
            <li key={screen.id}>
              <a
                href={`#${screenPath(screen.id)}`}
                aria-current={route.screen === screen.id ? 'page' : undefined}
              >
                {t(screen.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary
          resetKey={path}
          fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}
        >
          <ScreenView route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}

const AUTOMATIC_BACKUP_DELAY_MS = 3000;

/**
 * Starts the automatic backups (features/backup/useDailyBackup.ts) once the first screen is up:
 * their code — the backup format and its checks — is loaded then, not before the first screen
 * (issue 13: the start-up bundle stays ≤ 200 KB).
 */
function useAutomaticBackups(db: CouncilDb): void {
  const { t } = useI18n();
  const toaster = useToaster();
  const fail = useEffectEvent((error: unknown): void => {
    console.error('automatic backup failed', error);
    toaster.show(
      'warning',
      t('backup.auto.failed', { message: error instanceof Error ? error.message : String(error) }),
    );
  });
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    // A moment after the first screen, so neither its code nor the backup's work (hashing a
    // year of data) competes with what the person opened the app to see.
    const timer = window.setTimeout(() => {
      // Its messages (backup words) are in the part of the catalog loaded after start.
      Promise.all([import('../features/backup/useDailyBackup'), ensureAllWords()]).then(
        ([m]) => {
          if (live) stop = m.startAutomaticBackups(db, (error) => fail(error));
        },
        (error: unknown) => fail(error),
      );
    }, AUTOMATIC_BACKUP_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
      stop?.();
    };
  }, [db]);
}
