import { lazy, Suspense, type ReactNode } from 'react';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { useI18n } from '../i18n/I18nProvider';
import { screenPath, type Route } from '../app/routes';

// Home (Rounds) is in the start-up bundle; every other screen loads when first opened, so the
// first screen waits for no other screen's code (issue 13: ≤ 200 KB of JavaScript at start).
const CouncilScreen = lazy(() =>
  import('../features/council/CouncilScreen').then((m) => ({ default: m.CouncilScreen })),
);
const MinutesScreen = lazy(() =>
  import('../features/minutes/MinutesScreen').then((m) => ({ default: m.MinutesScreen })),
);
const PacksScreen = lazy(() =>
  import('../features/packs/PacksScreen').then((m) => ({ default: m.PacksScreen })),
);
const ProductsScreen = lazy(() =>
  import('../features/products/ProductsScreen').then((m) => ({ default: m.ProductsScreen })),
);
const RegisterScreen = lazy(() =>
  import('../features/register/RegisterScreen').then((m) => ({ default: m.RegisterScreen })),
);
const ResultsScreen = lazy(() =>
  import('../features/results/ResultsScreen').then((m) => ({ default: m.ResultsScreen })),
);
const ScoringScreen = lazy(() =>
  import('../features/scoring/ScoringScreen').then((m) => ({ default: m.ScoringScreen })),
);
const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);
const VerifyScreen = lazy(() =>
  import('../features/verify/VerifyScreen').then((m) => ({ default: m.VerifyScreen })),
);

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
