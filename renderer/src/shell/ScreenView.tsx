import type { ReactNode } from 'react';
import { CouncilScreen } from '../features/council/CouncilScreen';
import { MinutesScreen } from '../features/minutes/MinutesScreen';
import { PacksScreen } from '../features/packs/PacksScreen';
import { ProductsScreen } from '../features/products/ProductsScreen';
import { RegisterScreen } from '../features/register/RegisterScreen';
import { ResultsScreen } from '../features/results/ResultsScreen';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { ScoringScreen } from '../features/scoring/ScoringScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { VerifyScreen } from '../features/verify/VerifyScreen';
import { useI18n } from '../i18n/I18nProvider';
import { screenPath, type Route } from '../app/routes';

/**
 * Picks the screen for a route. Screens own their data; this only dispatches.
 * `rest` carries the segments after the screen id (e.g. /scoring/<productId>/<memberId>).
 */
export function ScreenView(props: { readonly route: Route }): ReactNode {
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
