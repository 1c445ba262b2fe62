import type { ReactNode } from 'react';
import type { SigningRefusalCode } from '../../platform/types';
import { useI18n } from '../../i18n/I18nProvider';
import { getPlatform } from '../../platform/platform';
import { useTokenListing } from './useTokenListing';

export interface TokenChoice {
  /** "serial/certificateId" of the chosen certificate, '' when none. */
  readonly certificate: string;
  readonly pin: string;
}

export const NO_TOKEN_CHOICE: TokenChoice = { certificate: '', pin: '' };

/**
 * The token part of a signing form: the signer's usable certificates (from the library they
 * registered in Settings) and the PIN. The PIN stays in the form's state until the session is
 * opened, then the form clears it.
 */
export function TokenSignFields(props: {
  readonly idPrefix: string;
  readonly personId: string | null;
  readonly value: TokenChoice;
  readonly onChange: (value: TokenChoice) => void;
  readonly disabled?: boolean;
  readonly errors: { readonly certificate?: string | undefined; readonly pin?: string | undefined };
}): ReactNode {
  const { t } = useI18n();
  const { state } = useTokenListing(props.personId);
  const id = (name: string): string => `${props.idPrefix}-${name}`;
  if (props.personId === null) return <p role="alert">{t('token.sign.noSigner')}</p>;
  if (state.step === 'loading' || state.step === 'idle') return <p>{t('token.loading')}</p>;
  if (state.step === 'unavailable') return <p role="alert">{t('token.unavailable')}</p>;
  const listing = state.listing;
  if (!listing.ok) return <p role="alert">{t(`signing.error.${listing.reason}`)}</p>;
  if (listing.libraryPath === null) return <p role="alert">{t('token.sign.noLibrary')}</p>;
  const usable = listing.tokens.flatMap((token) =>
    token.certificates
      .filter((cert) => cert.refusal === null)
      .map((cert) => ({ key: `${token.serial}/${cert.id}`, token, cert })),
  );
  if (usable.length === 0) {
    return <p role="alert">{t(listing.tokens.length === 0 ? 'token.tokens.none' : 'token.sign.noUsable')}</p>;
  }
  const selected = usable.some((u) => u.key === props.value.certificate) ? props.value.certificate : '';
  return (
    <>
      <div className={props.errors.certificate ? 'form-field has-error' : 'form-field'}>
        <label htmlFor={id('certificate')}>{t('token.sign.certificate')}</label>
        <select
          id={id('certificate')}
          value={selected}
          disabled={props.disabled}
          aria-invalid={props.errors.certificate !== undefined}
          onChange={(event) => props.onChange({ ...props.value, certificate: event.currentTarget.value })}
        >
          <option value="" />
          {usable.map(({ key, token, cert }) => (
            <option key={key} value={key}>
              {t('token.sign.certificateOption', {
                holder: cert.holder,
                issuer: cert.issuer,
                label: token.label,
              })}
            </option>
          ))}
        </select>
        {props.errors.certificate ? (
          <div className="field-error" role="alert">
            {props.errors.certificate}
          </div>
        ) : null}
      </div>
      <div className={props.errors.pin ? 'form-field has-error' : 'form-field'}>
        <label htmlFor={id('pin')}>{t('token.sign.pin')}</label>
        <input
          id={id('pin')}
          type="password"
          autoComplete="off"
          inputMode="numeric"
          value={props.value.pin}
          disabled={props.disabled}
          aria-describedby={id('pin-hint')}
          aria-invalid={props.errors.pin !== undefined}
          onChange={(event) => props.onChange({ ...props.value, pin: event.currentTarget.value })}
        />
        <div id={id('pin-hint')} className="hint">
          {t('token.sign.pinHint')}
        </div>
        {props.errors.pin ? (
          <div className="field-error" role="alert">
            {props.errors.pin}
          </div>
        ) : null}
      </div>
    </>
  );
}

/** Logs in to the chosen token once (a signing or a whole batch); the caller closes the session. */
export async function openTokenSession(
  personId: string,
  choice: TokenChoice,
): Promise<{ readonly session: string } | { readonly refused: SigningRefusalCode }> {
  const [tokenSerial = '', certificateId = ''] = choice.certificate.split('/');
  const outcome = await getPlatform().openTokenSession({
    personId,
    tokenSerial,
    certificateId,
    pin: choice.pin,
  });
  return outcome.opened ? { session: outcome.session } : { refused: outcome.reason };
}

/** Logs out; a failure to log out is reported, never hidden. */
export function closeTokenSession(session: string): Promise<void> {
  return getPlatform().closeTokenSession(session);
}
