import { useEffect, useState, type ReactNode } from 'react';
import type { PdfVerification } from '../../platform/types';
import { describeError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError, getPlatform } from '../../platform/platform';
import { ChangesAfterSigning, IntegrityVerdict, TrustVerdict } from './SignatureTrust';
import styles from './SignatureTrust.module.css';

type Check =
  | { readonly kind: 'done'; readonly report: PdfVerification }
  | { readonly kind: 'unsupported' }
  | { readonly kind: 'failed'; readonly error: unknown };

/**
 * The minutes' signature list: each signature of a signed file as verification sees it (who,
 * under which root, intact or not, what changed after), checked again against today's trusted
 * roots every time it is shown.
 */
export function SignedFileTrust(props: { readonly bytes: Uint8Array; readonly sha256: string }): ReactNode {
  const { t, language } = useI18n();
  // The answer for one file: a different file is "checking" until its own answer arrives.
  const [answer, setAnswer] = useState<{ readonly sha256: string; readonly check: Check } | null>(null);
  const { bytes, sha256 } = props;

  useEffect(() => {
    let live = true;
    getPlatform()
      .verifyPdf({ pdf: bytes, knownHashes: [sha256] })
      .then((report) => live && setAnswer({ sha256, check: { kind: 'done', report } }))
      .catch((error: unknown) => {
        if (!live) return;
        const unsupported = error instanceof CouncilHostError && error.code === 'unsupported';
        setAnswer({ sha256, check: unsupported ? { kind: 'unsupported' } : { kind: 'failed', error } });
      });
    return () => {
      live = false;
    };
  }, [bytes, sha256]);

  const check = answer?.sha256 === sha256 ? answer.check : null;
  if (check === null) return <p role="status">{t('verify.checking')}</p>;
  if (check.kind === 'unsupported') return <p>{t('verify.needsHost')}</p>;
  if (check.kind === 'failed') {
    return (
      <p role="alert">
        {describeError(check.error, language, (message) => t('verify.readFailed', { message }))}
      </p>
    );
  }
  return (
    <ul className={styles.compact} aria-label={t('verify.signatureList')}>
      {check.report.signatures.map((s) => (
        <li key={s.index}>
          <strong>{s.signerName ?? s.signerCommonName ?? t('verify.unknownSigner')}</strong>
          {' — '}
          <IntegrityVerdict signature={s} />
          <div>
            <TrustVerdict signature={s} />
          </div>
          <div>
            {t('verify.changesAfter')}: <ChangesAfterSigning signature={s} />
          </div>
        </li>
      ))}
    </ul>
  );
}
