import type { ReactNode } from 'react';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { useCertificateBatch, type RoundPapers } from './useRoundPapers';
import styles from './Register.module.css';

/** The round's certificates (numbered by the register), printed in batches with progress and a stop button. */
export function CertificatesSection(props: { readonly papers: RoundPapers }): ReactNode {
  const { t } = useI18n();
  const toaster = useToaster();
  const reportError = useReportError();
  const { progress, running, run, cancel } = useCertificateBatch(props.papers);
  const certificates = props.papers.certificates;
  const start = async (): Promise<void> => {
    const outcome = await run();
    if (outcome.kind === 'saved')
      toaster.show(
        'success',
        t('register.papers.certificatesSaved', { count: outcome.count, files: outcome.files }),
      );
    else toaster.show('info', t('register.papers.certificatesCancelled'));
  };
  return (
    <div className={styles.paperGroup}>
      <h3 className={styles.paperTitle}>{t('register.papers.certificates')}</h3>
      {certificates.length === 0 ? (
        <p className="hint">{t('register.papers.certificatesNone')}</p>
      ) : (
        <>
          <p className="hint">
            {t('register.papers.certificatesRange', {
              count: certificates.length,
              first: certificates[0]?.certificateNo ?? '',
              last: certificates.at(-1)?.certificateNo ?? '',
            })}
          </p>
          <div className={styles.paperActions}>
            <button type="button" disabled={running} onClick={() => void start().catch(reportError)}>
              {t('register.papers.certificatesStart', { count: certificates.length })}
            </button>
            {running ? (
              <button type="button" onClick={cancel}>
                {t('register.papers.cancel')}
              </button>
            ) : null}
          </div>
          {progress === null ? null : (
            <div>
              <progress
                aria-label={t('register.papers.progress')}
                max={progress.total}
                value={progress.done}
              />
              <p role="status">
                {t('register.papers.progressText', { done: progress.done, total: progress.total })}
              </p>
            </div>
          )}
        </>
      )}
    </div>
  );
}
