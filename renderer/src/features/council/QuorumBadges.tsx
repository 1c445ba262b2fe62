import type { ReactNode } from 'react';
import type { RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useQuorum } from './useQuorum';

/** A one-line quorum verdict per meeting day, for places other than the Council screen. */
export function QuorumBadges(props: { readonly bundle: RoundBundle }): ReactNode {
  const { t, date } = useI18n();
  const quorum = useQuorum(props.bundle);
  if (quorum === undefined || props.bundle.members.length === 0) return null;
  return (
    <ul className="quorum-badges" aria-label={t('attendance.quorumRow')}>
      {quorum.map((day) => (
        <li
          key={day.date ?? 'round'}
          className={day.met ? 'quorum-badge quorum-met' : 'quorum-badge quorum-not-met'}
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
