import type { ReactNode } from 'react';
import type { RegisterStatus } from '../../domain/register/register';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './Register.module.css';

const TONE: Readonly<Record<RegisterStatus, string | undefined>> = {
  valid: styles.statusValid,
  due: styles.statusDue,
  expired: styles.statusExpired,
  revoked: styles.statusRevoked,
  upgraded: undefined,
  renewed: undefined,
  'not-recognised': undefined,
};

/** A register status in words, coloured by what it asks of the office. */
export function StatusLabel(props: { readonly status: RegisterStatus }): ReactNode {
  const { t } = useI18n();
  return (
    <span className={[styles.status, TONE[props.status]].filter(Boolean).join(' ')}>
      {t(`register.status.${props.status}`)}
    </span>
  );
}
