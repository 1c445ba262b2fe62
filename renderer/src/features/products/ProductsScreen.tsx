import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';

/** Screen "nav.products": built in its own issue; until then it asks for a round. */
export function ProductsScreen(props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  return (
    <section className="panel">
      <h1>{t('nav.products')}</h1>
      {roundId === null || props.rest.length >= 0 ? (
        <p>
          {t('round.chooseFirst')} <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </p>
      ) : null}
    </section>
  );
}
