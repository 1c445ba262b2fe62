import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { pathSegments, useHashLocation } from '../ui/useHashLocation';
import { CurrentRoundBadge } from './CurrentRoundBadge';
import { useDb } from '../app/DbProvider';
import { ErrorPanel } from '../app/ErrorPanel';
import { parseRoute, screenPath, screens } from '../app/routes';
import { useDailyBackup } from '../features/backup/useDailyBackup';
import { ScreenView } from './ScreenView';

/** The window's frame: title bar, navigation, and the current screen inside its own error boundary. */
export function AppFrame(): ReactNode {
  const { t } = useI18n();
  // The shell starts the automatic backups: the database context sits below the features and
  // must not know the backup feature.
  const db = useDb();
  useDailyBackup(db);
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
