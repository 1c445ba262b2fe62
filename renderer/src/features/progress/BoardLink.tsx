import type { ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';

/** A link to the live progress board (#/results/board), for any screen that wants one (e.g. Scoring). */
export function BoardLink(props: { readonly className?: string }): ReactNode {
  const { t } = useI18n();
  return (
    <a className={props.className} href={`#${screenPath('results', 'board')}`}>
      {t('progress.open')}
    </a>
  );
}
