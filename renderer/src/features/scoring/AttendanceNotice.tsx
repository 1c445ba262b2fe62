import type { ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import type { RoundBundle } from '../../db';
import { productMeetingDate, unconfirmedMembers } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './scoring.module.css';

/**
 * Says which meeting days are still closed to scoring because attendance is not confirmed
 * (OCOP-RULES §4 item 7), who is not marked yet, and links to the attendance on Council.
 */
export function AttendanceNotice(props: { readonly bundle: RoundBundle }): ReactNode {
  const { t, date } = useI18n();
  const { round, members, attendance, products } = props.bundle;
  const days = new Set(products.map((p) => productMeetingDate(p, round.meetingDates)));
  const closed: { readonly day: string | undefined; readonly names: readonly string[] }[] = [];
  for (const day of days) {
    const missing = unconfirmedMembers(members, attendance, day);
    if (missing.length > 0) closed.push({ day, names: missing.map((m) => m.person.fullName) });
  }
  if (closed.length === 0 || members.length === 0) return null;
  return (
    <div className={styles.note} role="note" aria-label={t('scoring.attendance.title')}>
      <strong>{t('scoring.attendance.title')}</strong>
      <ul>
        {closed.map(({ day, names }) => (
          <li key={day ?? 'none'}>
            {day === undefined
              ? t('scoring.attendance.noDay')
              : t('scoring.attendance.day', { date: date(day), names: names.join(', ') })}
          </li>
        ))}
      </ul>
      <a href={`#${screenPath('council')}`}>{t('scoring.attendance.link')}</a>
    </div>
  );
}
