import type { ReactNode } from 'react';
import type { RulesProfile } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { formatQuorum } from '../rounds/roundFormModel';
import type { DayQuorum } from './useQuorum';
import styles from './council.module.css';
import { cx } from '../../ui/cx';

/** One meeting day's quorum in words and at a glance (✓/✗ with colour, never colour alone). */
export function QuorumSummary(props: { readonly day: DayQuorum; readonly rules: RulesProfile }): ReactNode {
  const { t, date } = useI18n();
  const { day, rules } = props;
  const title = day.date === null ? t('quorum.whole') : t('quorum.day', { date: date(day.date) });
  return (
    <section
      className={day.met ? cx(styles.quorum, styles.quorumMet) : cx(styles.quorum, styles.quorumNotMet)}
      aria-label={title}
    >
      <h3>{title}</h3>
      <p className={styles.quorumVerdict} role="status">
        <span aria-hidden="true">{day.met ? '✓' : '✗'}</span> {t(day.met ? 'quorum.met' : 'quorum.notMet')}
      </p>
      <ul>
        <li>
          {t('quorum.present', { present: day.present, total: day.total })};{' '}
          {t('quorum.required', { fraction: formatQuorum(rules.quorum) })}
        </li>
        <li>
          {rules.chairRequired
            ? t(day.chairPresent ? 'quorum.chairPresent' : 'quorum.chairAbsent')
            : t('quorum.chairNotRequired')}
        </li>
      </ul>
      <meter
        min={0}
        max={Math.max(day.total, 1)}
        value={day.present}
        low={rules.quorum * day.total - 0.001}
        optimum={day.total}
        aria-hidden="true"
      />
    </section>
  );
}
