import type { ReactNode } from 'react';
import type { RoundHead } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useQuorum } from './useQuorum';
import styles from './council.module.css';
import { cx } from '../../ui/cx';

/** A one-line quorum verdict per meeting day, for places other than the Council screen. */
export function QuorumBadges(props: { readonly bundle: RoundHead }): ReactNode {
  const { t, date } = useI18n();
  const quorum = useQuorum(props.bundle);
  if (quorum === undefined || props.bundle.members.length === 0) return null;
  return (
    <ul className={styles.quorumBadges} aria-label={t('attendance.quorumRow')}>
      {quorum.map((day) => (
        <li
          key={day.date ?? 'round'}
          className={
            day.met ? cx(styles.quorumBadge, styles.quorumMet) : cx(styles.quorumBadge, styles.quorumNotMet)
          }
        >
          <span aria-hidden="true">{day.met ? '✓' : '✗'}</span>{' '}
          {day.date === null ? t('quorum.whole') : t('quorum.day', { date: date(day.date) })}:{' '}
          {t(day.met ? 'quorum.met' : 'quorum.notMet')} (
          {t('quorum.present', { present: day.present, total: day.total })})
        </li>
      ))}
    </ul>
  );
}
