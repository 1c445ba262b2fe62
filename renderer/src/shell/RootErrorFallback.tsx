import type { ReactNode } from 'react';
import { translate } from '../i18n/translate';

/**
 * Last line of defence: shown when even the providers failed, so it cannot rely on the
 * language context. It says everything in Vietnamese first, then English.
 */
export function RootErrorFallback(props: { readonly error: Error }): ReactNode {
  return (
    <div role="alert" className="panel panel-error">
      {(['vi', 'en'] as const).map((language) => (
        <section key={language} lang={language}>
          <h1>{translate(language, 'error.title')}</h1>
          <p>{translate(language, 'error.body')}</p>
        </section>
      ))}
      <pre>{props.error.stack ?? props.error.message}</pre>
      <button type="button" onClick={() => window.location.reload()}>
        {translate('vi', 'action.reload')} / {translate('en', 'action.reload')}
      </button>
    </div>
  );
}
