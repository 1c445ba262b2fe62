import type { ReactNode } from 'react';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { RoundsScreen } from '../features/rounds/RoundsScreen';
import { useI18n } from '../i18n/I18nProvider';
import { screenPath, screens, type Route } from './routes';

/** Picks the screen for a route. Screens own their data; this only dispatches. */
export function ScreenView(props: { readonly route: Route }): ReactNode {
  const { t } = useI18n();
  const { route } = props;
  switch (route.screen) {
    case 'rounds':
      return <RoundsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'not-found':
      return (
        <section className="panel">
          <h1>{t('nav.notFound')}</h1>
          <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </section>
      );
    default: {
      const screen = screens.find((candidate) => candidate.id === route.screen);
      return (
        <section className="panel">
          <h1>{screen ? t(screen.label) : null}</h1>
          <p>{t('round.chooseFirst')}</p>
          <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </section>
      );
    }
  }
}
