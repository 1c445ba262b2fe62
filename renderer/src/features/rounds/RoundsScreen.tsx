import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/** Home screen: the list of evaluation rounds. */
export function RoundsScreen(_props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  return (
    <section className="panel">
      <h1>{t('rounds.title')}</h1>
      <p>{t('rounds.empty')}</p>
    </section>
  );
}
