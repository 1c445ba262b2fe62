import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { scoringLinks } from './routes';

/** A scoring page whose product or member is gone (deleted, or a stale link): say so, lead back. */
export function ScoringNotFound(props: { readonly withTitle?: boolean }): ReactNode {
  const { t } = useI18n();
  return (
    <section className="panel">
      {props.withTitle ? <h1>{t('scoring.title')}</h1> : null}
      <p>{t('scoring.notFound')}</p>
      <a href={scoringLinks.home()}>{t('scoring.backToList')}</a>
    </section>
  );
}
