import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { resultsScreen } from '../features/results/screen-loader';
import { useI18n } from '../i18n/I18nProvider';
import { ensureAllWords } from '../i18n/translate';
import { screenPath, type Route } from '../app/routes';

// Home (Rounds) is in the start-up bundle; every other screen loads when first opened, so the
// first screen waits for no other screen's code (issue 13: ≤ 200 KB of JavaScript at start).
// Its words too: a lazy screen renders once the whole catalog is loaded (i18n/translate.ts).
function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => Promise.all([load(), ensureAllWords()]).then(([Component]) => ({ default: Component })));
}

const CouncilScreen = lazyScreen(() =>
  import('../features/council/CouncilScreen').then((m) => m.CouncilScreen),
);
const MinutesScreen = lazyScreen(() =>
  import('../features/minutes/MinutesScreen').then((m) => m.MinutesScreen),
);
const PacksScreen = lazyScreen(() => import('../features/packs/PacksScreen').then((m) => m.PacksScreen));
const ProductsScreen = lazyScreen(() =>
  import('../features/products/ProductsScreen').then((m) => m.ProductsScreen),
);
const RegisterScreen = lazyScreen(() =>
  import('../features/register/RegisterScreen').then((m) => m.RegisterScreen),
);
// Readied ahead by the home screen's warm-up (features/results/useWarmResults.ts).
const ResultsScreen = resultsScreen.Component;
const ScoringScreen = lazyScreen(() =>
  import('../features/scoring/ScoringScreen').then((m) => m.ScoringScreen),
);
const SettingsScreen = lazyScreen(() =>
  import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
);
const VerifyScreen = lazyScreen(() => import('../features/verify/VerifyScreen').then((m) => m.VerifyScreen));

/**
 * Picks the screen for a route. Screens own their data; this only dispatches.
 * `rest` carries the segments after the screen id (e.g. /scoring/<productId>/<memberId>).
 */
export function ScreenView(props: { readonly route: Route }): ReactNode {
  const { t } = useI18n();
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
