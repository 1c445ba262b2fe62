import type { ReactNode } from 'react';
import type { SignatureChange, SignatureCheck } from '../../platform/types';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './SignatureTrust.module.css';

/**
 * Who signed under which root, and what changed after: the parts of one signature's verdict
 * that the verification screen and the minutes' signature list both show.
 */

const isValid = (s: SignatureCheck): boolean =>
  s.verdict === 'valid' || s.verdict === 'valid-later-revision-signed';

/** The chain up to the trusted root (names), or "Không tin cậy: <reason>". */
export function TrustVerdict(props: { readonly signature: SignatureCheck }): ReactNode {
  const { t, dateTime } = useI18n();
  const s = props.signature;
  if (s.trust === 'not-checked') return <span>{t('verify.trust.not-checked')}</span>;
  const last = s.chain.length - 1;
  return (
    <>
      {s.trust === 'trusted' ? (
        <span className={styles.good}>{t('verify.trust.trusted')}</span>
      ) : (
        <span className={styles.bad}>
          {t('verify.untrustedBecause', {
            reason: t(`verify.trustProblem.${s.trustProblem ?? 'broken-chain'}`),
          })}
        </span>
      )}
      {s.chain.length > 0 ? (
        <ol className={styles.chain} aria-label={t('verify.chain')}>
          {s.chain.map((name, i) => (
            <li key={`${i}-${name}`}>
              {i === last && s.trust === 'trusted' ? t('verify.chainTrustedRoot', { name }) : name}
            </li>
          ))}
        </ol>
      ) : null}
      <div className={styles.note}>
        {t(`verify.trustTime.${s.trustTimeSource}`, { at: dateTime(s.trustCheckedAt) })}
      </div>
    </>
  );
}

export function changeText(t: ReturnType<typeof useI18n>['t'], change: SignatureChange): string {
  return t(`verify.change.${change.kind}`, {
    page: String(change.page ?? ''),
    count: String(change.count ?? ''),
  });
}

/** Every change after this signature, in red; or why none can be named. */
export function ChangesAfterSigning(props: { readonly signature: SignatureCheck }): ReactNode {
  const { t } = useI18n();
  const s = props.signature;
  if (!isValid(s) && s.changes.length === 0) {
    return <span className={styles.bad}>{t('verify.changesUnknown')}</span>;
  }
  if (s.changes.length === 0) {
    return <span>{t(s.coversWholeDocument ? 'verify.changesNoneLast' : 'verify.changesNone')}</span>;
  }
  return (
    <ul className={styles.changes}>
      {s.changes.map((change) => (
        <li key={`${change.kind}-${change.page ?? ''}`}>{changeText(t, change)}</li>
      ))}
    </ul>
  );
}

/** Whether the signature value and the signed bytes agree (before any question of trust). */
export function IntegrityVerdict(props: { readonly signature: SignatureCheck }): ReactNode {
  const { t } = useI18n();
  const intact =
    props.signature.verdict !== 'invalid-signature' && props.signature.verdict !== 'malformed-signature';
  return (
    <span className={intact ? styles.good : styles.bad}>
      {t(intact ? 'verify.integrity.ok' : 'verify.integrity.bad')}
    </span>
  );
}
