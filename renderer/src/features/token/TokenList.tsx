import type { ReactNode } from 'react';
import type { TokenView } from '../../platform/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalog';
import styles from './Token.module.css';

const USAGE_KEYS: Readonly<Record<string, MessageKey>> = {
  digitalSignature: 'token.usage.digitalSignature',
  nonRepudiation: 'token.usage.nonRepudiation',
  keyEncipherment: 'token.usage.keyEncipherment',
  dataEncipherment: 'token.usage.dataEncipherment',
  keyAgreement: 'token.usage.keyAgreement',
  keyCertSign: 'token.usage.keyCertSign',
  cRLSign: 'token.usage.cRLSign',
  encipherOnly: 'token.usage.encipherOnly',
  decipherOnly: 'token.usage.decipherOnly',
};

/** The tokens a library sees and, for each certificate, whether it can sign and why not. */
export function TokenList(props: { readonly tokens: readonly TokenView[] }): ReactNode {
  const { t, dateTime } = useI18n();
  return (
    <>
      {props.tokens.map((token) => (
        <section
          key={token.serial}
          className={styles.token}
          aria-label={t('token.token.title', { label: token.label })}
        >
          <h4>{t('token.token.title', { label: token.label })}</h4>
          <p>{t('token.token.facts', { maker: token.manufacturer, serial: token.serial })}</p>
          {token.pinState === 'ok' ? null : (
            <p className={styles.warning}>{t(`token.token.pin.${token.pinState}`)}</p>
          )}
          {token.certificates.length === 0 ? (
            <p>{t('token.token.noCertificates')}</p>
          ) : (
            <table className={styles.certs}>
              <thead>
                <tr>
                  <th scope="col">{t('token.cert.holder')}</th>
                  <th scope="col">{t('token.cert.issuer')}</th>
                  <th scope="col">{t('token.cert.validity')}</th>
                  <th scope="col">{t('token.cert.usage')}</th>
                  <th scope="col">{t('token.cert.status')}</th>
                </tr>
              </thead>
              <tbody>
                {token.certificates.map((cert) => (
                  <tr key={cert.id}>
                    <td>
                      {cert.holder}
                      {cert.organization === undefined ? null : <div>{cert.organization}</div>}
                    </td>
                    <td>{cert.issuer}</td>
                    <td>
                      {t('token.cert.validityRange', {
                        from: dateTime(cert.notBefore),
                        to: dateTime(cert.notAfter),
                      })}
                    </td>
                    <td>
                      {cert.keyUsage === null
                        ? t('token.cert.usage.unrestricted')
                        : cert.keyUsage
                            .map((usage) => {
                              const key = USAGE_KEYS[usage];
                              return key === undefined ? usage : t(key);
                            })
                            .join(', ')}
                    </td>
                    <td>
                      {cert.refusal === null ? (
                        <span className={styles.usable}>{t('token.cert.usable')}</span>
                      ) : (
                        <span className={styles.refused}>
                          {t('token.cert.refused', { reason: t(`signing.error.${cert.refusal}`) })}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </>
  );
}
