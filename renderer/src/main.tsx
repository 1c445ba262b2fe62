import { StrictMode, useCallback, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppFrame } from './shell/AppFrame';
import { CurrentRoundProvider } from './app/CurrentRound';
import { DbProvider } from './app/DbProvider';
import { startFirstScreenReads } from './app/startup';
import { HubProvider } from './features/hub/HubProvider';
import { RootErrorFallback } from './shell/RootErrorFallback';
import type { Language } from './i18n/define';
import { I18nProvider, useI18n } from './i18n/I18nProvider';
import { ensureAllWords } from './i18n/translate';
import { getPlatform } from './platform/platform';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ToastProvider } from './ui/Toasts';
import './ui/styles.css';

function Toasted(props: { readonly children: ReactNode }): ReactNode {
  const { t } = useI18n();
  return (
    <ToastProvider regionLabel={t('toast.region')} closeLabel={t('action.close')}>
      {props.children}
    </ToastProvider>
  );
}

function Root(): ReactNode {
  // The host builds its menu and dialogs in the UI language.
  const tellHost = useCallback((language: Language) => {
    getPlatform()
      .setLanguage(language)
      .catch((error: unknown) => console.error('setLanguage failed', error));
  }, []);

  return (
    <ErrorBoundary fallback={(error) => <RootErrorFallback error={error} />}>
      <I18nProvider onLanguageChange={tellHost}>
        <Toasted>
          <DbProvider>
            <CurrentRoundProvider>
              <HubProvider>
                <AppFrame />
              </HubProvider>
            </CurrentRoundProvider>
          </DbProvider>
        </Toasted>
      </I18nProvider>
    </ErrorBoundary>
  );
}

// Before React: the database opens and the current round is read while React renders the frame.
startFirstScreenReads();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

// The first screen's words came with the start-up script; the rest load once it is up (2 s:
// on a loaded 2-core machine the first screen takes up to ~1.5 s, and loading them sooner would
// compete with it), so the next screen opened rarely waits for them (a lazy screen awaits them anyway).
const ALL_WORDS_AFTER_MS = 2000;
window.setTimeout(() => {
  ensureAllWords().catch((error: unknown) => console.error('loading the words failed', error));
}, ALL_WORDS_AFTER_MS);
