import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { DayQuorum } from './results-data';
import styles from './results.module.css';

/**
 * The engine's quorum verdict per meeting day. Below quorum it is an alert at the top of the
 * screen with its consequence (nothing can be closed), so nobody learns it from a refusal.
 */
export function QuorumNotice(props: { readonly quorum: readonly DayQuorum[] }): ReactNode {
  const { t, date } = useI18n();
  const below = props.quorum.filter((q) => !q.met);
  const dayText = (q: DayQuorum) => (q.day === '' ? t('results.quorum.noDay') : date(q.day));
  if (below.length > 0) {
    return (
      <div role="alert" className={styles.quorumAlert}>
        <h2>{t('results.quorum.below')}</h2>
        <ul>
          {below.map((q) => (
            <li key={q.day}>
              {t('results.quorum.dayBelow', { day: dayText(q), present: q.present, total: q.total })}
            </li>
          ))}
        </ul>
        <p>{t('db.below-quorum')}</p>
      </div>
    );
  }
  if (props.quorum.length === 0) return null;
  return (
    <p className={styles.quorumOk}>
      {props.quorum
        .map((q) => t('results.quorum.dayMet', { day: dayText(q), present: q.present, total: q.total }))
        .join(' · ')}
    </p>
  );
}
