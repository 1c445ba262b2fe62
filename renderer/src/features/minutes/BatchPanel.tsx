import { useState, type ReactNode } from 'react';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { productsWithMinutes } from './batch-jobs';
import type { MinutesData } from './minutes-data';
import { useMinutesBatch } from './useMinutesBatch';
import styles from './minutes.module.css';

/** All minutes of the round (optionally every sheet and the summary) in one go. */
export function BatchPanel(props: { readonly data: MinutesData }): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const { progress, running, run, cancel } = useMinutesBatch(props.data);
  const [sheets, setSheets] = useState(false);
  const [summary, setSummary] = useState(true);
  const [combined, setCombined] = useState(false);
  const products = productsWithMinutes(props.data);
  const sheetCount = sheets
    ? props.data.results.products
        .filter((r) => products.includes(r.product.id))
        .reduce((n, r) => n + r.result.memberScores.length, 0)
    : 0;
  const count = products.length + sheetCount + (summary ? 1 : 0);

  const start = async (): Promise<void> => {
    const outcome = await run({ sheets, summary }, combined);
    if (outcome.kind === 'saved')
      toaster.show('success', t('minutes.batch.saved', { count: outcome.count, folder: outcome.folder }));
    else if (outcome.kind === 'downloaded')
      toaster.show('success', t('minutes.batch.downloaded', { count: outcome.count }));
    else if (outcome.kind === 'audit-broken')
      toaster.show('error', t('minutes.auditBroken', { seq: outcome.seq }));
  };

  return (
    <section aria-labelledby="batch-title" className={styles.batch}>
      <h2 id="batch-title">{t('minutes.batch.title')}</h2>
      <p className="hint">{t('minutes.batch.hint')}</p>
      {products.length === 0 ? (
        <p>{t('minutes.batch.none')}</p>
      ) : (
        <>
          <label className="choice">
            <input
              type="checkbox"
              checked={sheets}
              disabled={running}
              onChange={(e) => setSheets(e.currentTarget.checked)}
            />
            {t('minutes.batch.sheets')}
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={summary}
              disabled={running}
              onChange={(e) => setSummary(e.currentTarget.checked)}
            />
            {t('minutes.batch.summary')}
          </label>
          <fieldset className="field">
            <legend>{t('minutes.batch.mode')}</legend>
            <label className="choice">
              <input
                type="radio"
                name="batch-mode"
                checked={!combined}
                disabled={running}
                onChange={() => setCombined(false)}
              />
              {t('minutes.batch.separate')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="batch-mode"
                checked={combined}
                disabled={running}
                onChange={() => setCombined(true)}
              />
              {t('minutes.batch.combined')}
            </label>
          </fieldset>
          <div className={styles.actions}>
            <button type="button" disabled={running} onClick={() => void start().catch(reportError)}>
              {t('minutes.batch.start', { count })}
            </button>
            {running ? (
              <button type="button" onClick={cancel}>
                {t('minutes.batch.cancel')}
              </button>
            ) : null}
          </div>
          {running || progress !== null ? (
            <div>
              <progress
                aria-label={t('minutes.batch.progress')}
                max={progress?.total ?? count}
                value={progress?.done ?? 0}
              />
              {progress === null ? null : (
                <p role="status">
                  {t('minutes.batch.progressText', {
                    done: progress.done,
                    total: progress.total,
                    name: progress.fileName,
                  })}
                </p>
              )}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
