import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** What a person sees when a screen crashes: what happened, that data is safe, what to do. */
export function ErrorPanel(props: { readonly error: Error; readonly onRetry?: () => void }): ReactNode {
  const { t } = useI18n();
  return (
    <div role="alert" className="panel panel-error">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <details>
        <summary>{t('error.details')}</summary>
        <pre>{props.error.stack ?? props.error.message}</pre>
      </details>
      <button type="button" onClick={() => window.location.reload()}>
        {t('action.reload')}
      </button>
    </div>
  );
}
