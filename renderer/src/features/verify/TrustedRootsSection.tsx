import { useEffect, useState, type ReactNode } from 'react';
import type { ImportTrustedCertificatesOutcome, TrustedCertificate } from '../../platform/types';
import { useReportError } from '../../app/useReportError';
import { useI18n } from '../../i18n/I18nProvider';
import { CouncilHostError, getPlatform, pickFiles } from '../../platform/platform';
import { useToaster } from '../../ui/Toasts';
import styles from './TrustedRootsSection.module.css';

/** "AB:CD:…": how CAs and Windows' certificate dialog print a fingerprint. */
export function formatFingerprint(hex: string): string {
  return (hex.toUpperCase().match(/.{2}/g) ?? []).join(':');
}

type Listing =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly certificates: readonly TrustedCertificate[] }
  | { readonly kind: 'unsupported' };

/**
 * Settings › "Chứng thư gốc tin cậy": the CA certificates (roots, intermediates) that signatures
 * are checked against. Stored by the host (desktop app or web host), not in the browser.
 */
export function TrustedRootsSection(): ReactNode {
  const { t, date } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  // Bumped after an import or a removal: the list is read again from the host.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    getPlatform()
      .listTrustedCertificates()
      .then((certificates) => live && setListing({ kind: 'ready', certificates }))
      .catch((error: unknown) => {
        if (!live) return;
        if (error instanceof CouncilHostError && error.code === 'unsupported')
          setListing({ kind: 'unsupported' });
        else report(error);
      });
    return () => {
      live = false;
    };
  }, [report, version]);
  const reload = (): void => setVersion((v) => v + 1);

  const announce = (name: string, outcome: ImportTrustedCertificatesOutcome): void => {
    if (!outcome.imported) {
      toaster.show('error', t(`trust.import.${outcome.reason}`, { name }));
      return;
    }
    const parts = [t('trust.import.added', { count: String(outcome.added.length), name })];
    if (outcome.alreadyTrusted > 0)
      parts.push(t('trust.import.already', { count: String(outcome.alreadyTrusted) }));
    if (outcome.skippedNotCa > 0)
      parts.push(t('trust.import.skipped', { count: String(outcome.skippedNotCa) }));
    toaster.show(outcome.added.length > 0 ? 'success' : 'info', parts.join(' '));
  };

  const importFiles = async (): Promise<void> => {
    try {
      const files = await pickFiles({
        multiple: true,
        filters: [{ name: t('trust.fileFilter'), extensions: ['cer', 'crt', 'pem', 'der', 'p7b', 'p7c'] }],
      });
      for (const file of files) {
        announce(file.name, await getPlatform().importTrustedCertificates({ bytes: file.bytes }));
      }
    } catch (error) {
      report(error);
    }
    reload();
  };

  const remove = async (certificate: TrustedCertificate): Promise<void> => {
    if (!window.confirm(t('trust.removeConfirm', { subject: certificate.subject }))) return;
    try {
      await getPlatform().removeTrustedCertificate(certificate.fingerprint);
      toaster.show('success', t('trust.removed', { subject: certificate.subject }));
    } catch (error) {
      report(error);
    }
    reload();
  };

  return (
    <section aria-labelledby="trusted-roots-title">
      <h2 id="trusted-roots-title">{t('trust.title')}</h2>
      <p className="hint">{t('trust.hint')}</p>
      {listing.kind === 'unsupported' ? <p>{t('trust.unsupported')}</p> : null}
      {listing.kind === 'ready' ? (
        <>
          <button type="button" onClick={() => void importFiles()}>
            {t('trust.import')}
          </button>
          {listing.certificates.length === 0 ? (
            <p>{t('trust.empty')}</p>
          ) : (
            <table className={styles.table}>
              <caption className={styles.caption}>{t('trust.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trust.subject')}</th>
                  <th scope="col">{t('trust.issuer')}</th>
                  <th scope="col">{t('trust.validity')}</th>
                  <th scope="col">{t('trust.fingerprint')}</th>
                  <th scope="col">{t('trust.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {listing.certificates.map((c) => (
                  <tr key={c.fingerprint}>
                    <th scope="row">
                      {c.subject}
                      <div className={styles.kind}>
                        {t(c.selfSigned ? 'trust.kind.root' : 'trust.kind.intermediate')}
                      </div>
                    </th>
                    <td>{c.issuer}</td>
                    <td>{t('trust.validityRange', { from: date(c.notBefore), to: date(c.notAfter) })}</td>
                    <td>
                      <code className={styles.fingerprint}>{formatFingerprint(c.fingerprint)}</code>
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('trust.removeLabel', { subject: c.subject })}
                        onClick={() => void remove(c)}
                      >
                        {t('trust.remove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
