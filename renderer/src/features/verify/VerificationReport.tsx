import type { ReactNode } from 'react';
import type { PdfVerification, SignatureCheck } from '../../platform/types';
import type { SignedDocumentRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { ChangesAfterSigning, IntegrityVerdict, TrustVerdict } from './SignatureTrust';
import styles from './verify.module.css';
import { cx } from '../../ui/cx';

/** The verdicts of one file, in plain words: the whole file first, then each signature. */
export function VerificationReport(props: {
  readonly name: string;
  readonly report: PdfVerification;
  readonly record: SignedDocumentRow | null;
}): ReactNode {
  const { t } = useI18n();
  const { report, record } = props;
  const good = report.verdict === 'all-signatures-valid';
  return (
    <section aria-labelledby="verify-result">
      <h2 id="verify-result">{t('verify.result', { name: props.name })}</h2>
      <p
        role="status"
        className={good ? cx(styles.verdict, styles.verdictGood) : cx(styles.verdict, styles.verdictBad)}
      >
        {t(`verify.doc.${report.verdict}`)}
      </p>
      <dl className="facts">
        <dt>{t('verify.appFile')}</dt>
        <dd className={report.matchesKnownHash ? styles.verdictGood : undefined}>
          {t(report.matchesKnownHash ? 'verify.hash.match' : 'verify.hash.no-match')}
          {record === null ? null : <RecordLine record={record} />}
        </dd>
        <dt>{t('verify.sha256')}</dt>
        <dd>
          <code className={styles.hash}>{report.sha256}</code>
        </dd>
      </dl>
      {report.signatures.map((signature) => (
        <SignatureSection key={signature.index} signature={signature} />
      ))}
    </section>
  );
}

function RecordLine(props: { readonly record: SignedDocumentRow }): ReactNode {
  const { t } = useI18n();
  const signers = props.record.signers.map((s) => `${t(`minutes.role.${s.role}`)} ${s.name}`).join(', ');
  return (
    <div>
      {t('verify.appRecord', { revision: props.record.revision, signers, head: props.record.auditHeadHash })}
    </div>
  );
}

function SignatureSection(props: { readonly signature: SignatureCheck }): ReactNode {
  const { t, dateTime } = useI18n();
  const s = props.signature;
  const valid = s.verdict === 'valid' || s.verdict === 'valid-later-revision-signed';
  const headingId = `verify-signature-${s.index}`;
  return (
    <section aria-labelledby={headingId} className={styles.verifySignature}>
      <h3 id={headingId}>{t('verify.signatureHeading', { index: s.index })}</h3>
      <p className={valid ? cx(styles.verdict, styles.verdictGood) : cx(styles.verdict, styles.verdictBad)}>
        {t(`verify.sig.${s.verdict}`)}
      </p>
      <dl className="facts">
        <dt>{t('verify.signer')}</dt>
        <dd>{s.signerName ?? s.signerCommonName ?? t('verify.unknownSigner')}</dd>
        <dt>{t('verify.time')}</dt>
        <dd>{s.signingTime === null ? t('verify.timeUnknown') : dateTime(s.signingTime)}</dd>
        <dt>{t('verify.integrity')}</dt>
        <dd>
          <IntegrityVerdict signature={s} />
        </dd>
        <dt>{t('verify.coverage')}</dt>
        <dd>{t(s.coversWholeDocument ? 'verify.coversWhole' : 'verify.coversPart')}</dd>
        <dt>{t('verify.changesAfter')}</dt>
        <dd>
          <ChangesAfterSigning signature={s} />
        </dd>
        <dt>{t('verify.pades')}</dt>
        <dd>{t(s.padesBaselineB ? 'verify.padesYes' : 'verify.padesNo')}</dd>
        <dt>{t('verify.issuer')}</dt>
        <dd>{s.issuerName ?? t('verify.unknownSigner')}</dd>
        <dt>{t('verify.trust')}</dt>
        <dd>
          <TrustVerdict signature={s} />
        </dd>
      </dl>
    </section>
  );
}
