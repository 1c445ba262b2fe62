import type { ReactNode } from 'react';
import { useReportError } from '../../app/useReportError';
import type { SignedDocumentRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { saveFileAs } from '../../platform/platform';
import { signedFileName } from './minutes-data';
import { SignedFileTrust } from '../verify/SignedFileTrust';
import styles from './minutes.module.css';

/** Every signed revision of a product's minutes, the current one last; each can be downloaded. */
export function SignedRevisions(props: { readonly revisions: readonly SignedDocumentRow[] }): ReactNode {
  const { t, dateTime } = useI18n();
  const reportError = useReportError();
  if (props.revisions.length === 0) return null;
  return (
    <section aria-labelledby="revisions-title">
      <h3 id="revisions-title">{t('minutes.revisions')}</h3>
      <ul className={styles.revisions}>
        {props.revisions.map((row) => (
          <li key={row.id}>
            <strong>{t('minutes.revision', { revision: row.revision })}</strong> (
            {t(row.supersededBy === undefined ? 'minutes.revisionCurrent' : 'minutes.revisionSuperseded')})
            {row.revisionReason === undefined ? null : (
              <div>{t('minutes.revisionReason', { reason: row.revisionReason })}</div>
            )}
            <ul>
              {row.signers.map((s) => (
                <li key={`${s.role}-${s.at}`}>
                  {t('minutes.signerLine', {
                    role: t(`minutes.role.${s.role}`),
                    name: s.name,
                    at: dateTime(s.at),
                  })}
                </li>
              ))}
            </ul>
            <SignedFileTrust bytes={row.bytes} sha256={row.sha256} />
            <div>
              {t('verify.sha256')}: <code className={styles.hash}>{row.sha256}</code>
            </div>
            <button
              type="button"
              onClick={() =>
                void saveFileAs(
                  signedFileName(row.fileName, row.revision),
                  row.bytes,
                  'application/pdf',
                ).catch(reportError)
              }
            >
              {t('minutes.downloadSigned', { revision: row.revision })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
