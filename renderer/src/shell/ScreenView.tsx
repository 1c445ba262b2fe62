import { Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { resultsScreen } from '../features/results/screen-loader';
import { useI18n } from '../i18n/I18nProvider';
import { ensureAllWords } from '../i18n/translate';
import { screenPath, type Route } from '../app/routes';
import { preloadable, type Preloadable } from '../ui/preloadable';

// Home (Rounds) is in the start-up bundle; every other screen loads when first opened, so the
// first screen waits for no other screen's code (issue 13: ≤ 200 KB of JavaScript at start).
// Its words too: a lazy screen renders once the whole catalog is loaded (i18n/translate.ts).
// Each is preloadable: once its code is in, it renders at once, without React's 300 ms
// Suspense hold on a first open (ui/preloadable.tsx); `usePreloadScreens` brings them in.
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  return preloadable(() => Promise.all([load(), ensureAllWords()]).then(([Component]) => Component));
}

const councilScreen = lazyScreen(() =>
  import('../features/council/CouncilScreen').then((m) => m.CouncilScreen),
);
const minutesScreen = lazyScreen(() =>
  import('../features/minutes/MinutesScreen').then((m) => m.MinutesScreen),
);
const packsScreen = lazyScreen(() => import('../features/packs/PacksScreen').then((m) => m.PacksScreen));
const productsScreen = lazyScreen(() =>
  import('../features/products/ProductsScreen').then((m) => m.ProductsScreen),
);
const registerScreen = lazyScreen(() =>
  import('../features/register/RegisterScreen').then((m) => m.RegisterScreen),
);
const scoringScreen = lazyScreen(() =>
  import('../features/scoring/ScoringScreen').then((m) => m.ScoringScreen),
);
const settingsScreen = lazyScreen(() =>
  import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
const verifyScreen = lazyScreen(() => import('../features/verify/VerifyScreen').then((m) => m.VerifyScreen));

const CouncilScreen = councilScreen.Component;
const MinutesScreen = minutesScreen.Component;
const PacksScreen = packsScreen.Component;
const ProductsScreen = productsScreen.Component;
const RegisterScreen = registerScreen.Component;
// Readied ahead by the home screen's warm-up too (features/results/useWarmResults.ts).
const ResultsScreen = resultsScreen.Component;
const ScoringScreen = scoringScreen.Component;
const SettingsScreen = settingsScreen.Component;
const VerifyScreen = verifyScreen.Component;

/** In the order a secretary usually goes through a round: the next screen first. */
const PRELOAD_ORDER: readonly Preloadable<never>[] = [
  productsScreen,
  councilScreen,
  scoringScreen,
  resultsScreen,
  minutesScreen,
  registerScreen,
  packsScreen,
  settingsScreen,
  verifyScreen,
];
/** The first screen's own reads and paint go first: nothing is preloaded before this. */
const PRELOAD_AFTER_MS = 1000;
/** How long an idle moment is waited for before the next screen's code is loaded anyway. */
const PRELOAD_IDLE_LATEST_MS = 2000;

/**
 * Loads every screen's code (and the rest of the catalog), one screen per idle moment, once the
 * first screen has had its second: opening any screen later renders it at once. Loading is not
 * running a screen — no screen's data is read — and a chunk is fetched once.
 */
function usePreloadScreens(): void {
  useEffect(() => {
    let cancel = (): void => undefined;
    let live = true;
    const next = (i: number): void => {
      const screen = PRELOAD_ORDER[i];
      if (!live || screen === undefined) return;
      const load = (): void => {
        screen
          .preload()
          // Not a person's action: opening the screen later loads it again and shows a failure.
          .catch((error: unknown) => console.warn('screen preload failed', error))
          .finally(() => next(i + 1));
      };
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(load, { timeout: PRELOAD_IDLE_LATEST_MS });
        cancel = () => window.cancelIdleCallback(handle);
      } else {
        const timer = window.setTimeout(load, 0);
        cancel = () => window.clearTimeout(timer);
      }
    };
    const timer = window.setTimeout(() => next(0), PRELOAD_AFTER_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
      cancel();
    };
  }, []);
}

/**
 * Picks the screen for a route. Screens own their data; this only dispatches.
 * `rest` carries the segments after the screen id (e.g. /scoring/<productId>/<memberId>).
 */
export function ScreenView(props: { readonly route: Route }): ReactNode {
  const { t } = useI18n();
  usePreloadScreens();
  return (
    <Suspense fallback={<p role="status">{t('nav.loadingScreen')}</p>}>
      <Screen route={props.route} />
    </Suspense>
  );
}

function Screen(props: { readonly route: Route }): ReactNode {
  const { t } = useI18n();
  const { screen, rest } = props.route;
  switch (screen) {
    case 'rounds':
      return <RoundsScreen rest={rest} />;
    case 'council':
      return <CouncilScreen rest={rest} />;
    case 'products':
      return <ProductsScreen rest={rest} />;
    case 'scoring':
      return <ScoringScreen rest={rest} />;
    case 'results':
      return <ResultsScreen rest={rest} />;
    case 'minutes':
      return <MinutesScreen rest={rest} />;
    case 'register':
      return <RegisterScreen rest={rest} />;
    case 'packs':
      return <PacksScreen rest={rest} />;
    case 'verify':
      return <VerifyScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'not-found':
      return (
        <section className="panel">
          <h1>{t('nav.notFound')}</h1>
          <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </section>
      );
  }
}
