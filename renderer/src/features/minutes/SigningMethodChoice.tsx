import type { ReactNode } from 'react';
import type { SignerRole } from '../../platform/types';
import { useI18n } from '../../i18n/I18nProvider';
import type { MinutesData } from './minutes-data';

export type SigningMethod = 'p12' | 'token';

const METHODS: readonly SigningMethod[] = ['p12', 'token'];

/** ".p12 file" or "USB token" (issue 10), above the fields of either. */
export function SigningMethodChoice(props: {
  readonly name: string;
  readonly value: SigningMethod;
  readonly onChange: (method: SigningMethod) => void;
  readonly disabled?: boolean;
}): ReactNode {
  const { t } = useI18n();
  return (
    <fieldset className="field">
      <legend>{t('token.method')}</legend>
      {METHODS.map((method) => (
        <label key={method} className="choice">
          <input
            type="radio"
            name={props.name}
            value={method}
            checked={props.value === method}
            disabled={props.disabled}
            onChange={() => props.onChange(method)}
          />
          {t(method === 'p12' ? 'token.method.p12' : 'token.method.token')}
        </label>
      ))}
    </fieldset>
  );
}

/** The person holding `role` in this round's council: whose registered token library is used. */
export function signerPersonId(data: MinutesData, role: SignerRole): string | null {
  return data.bundle.members.find((member) => member.role === role)?.personId ?? null;
}
