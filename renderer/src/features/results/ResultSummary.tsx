import type { ReactNode } from 'react';
import type { CouncilResult } from '../../domain/council/council-result';
import { displayAverage } from '../../domain/scoring/bands';
import { useI18n } from '../../i18n/I18nProvider';
import { Stars } from '../../ui/Stars';
import { outcomeText } from './outcome-text';
import styles from './results.module.css';
import { cx } from '../../ui/cx';

/**
 * The council's result in words and numbers, every one from the engine: average (rounded
 * down by the domain), part averages, spread against the limit, stars and why, unmet star
 * minimums with their member counts, the proposal, and the disqualification.
 */
export function ResultSummary(props: {
  readonly result: CouncilResult;
  readonly decimals: number;
  readonly spreadLimit: number;
}): ReactNode {
  const { t, language } = useI18n();
  const r = props.result;
  const avg = r.average;
  return (
    <dl className={cx('facts', styles.resultSummary)}>
      {avg === null ? null : (
        <>
          <dt>{t('results.summary.average')}</dt>
          <dd className={styles.average}>{displayAverage(avg.total, props.decimals, language)}</dd>
          <dt>{t('results.summary.parts')}</dt>
          <dd>
            {Object.entries(avg.parts)
              .map(([part, a]) =>
                t('results.summary.part', { part, average: displayAverage(a, props.decimals, language) }),
              )
              .join(' · ')}
          </dd>
          <dt>{t('results.summary.spread')}</dt>
          <dd className={r.spreadExceeded ? styles.spreadExceeded : undefined}>
            {t('results.summary.spreadValue', { spread: r.spread ?? 0, limit: props.spreadLimit })}
            {r.spreadExceeded ? (
              <strong className={cx(styles.flag, styles.flagSpreadExceeded)}>
                {t('results.summary.spreadExceeded', { limit: props.spreadLimit })}
              </strong>
            ) : null}
          </dd>
        </>
      )}
      <dt>{t('results.summary.stars')}</dt>
      <dd>
        {r.stars === null ? (
          t('results.none')
        ) : (
          <>
            <Stars count={r.stars} label={t('results.stars', { stars: r.stars })} showEmpty />{' '}
            {t('results.summary.starsWhy', { band: r.band ?? 0, minimums: r.minimumsLevel ?? 0 })}
          </>
        )}
      </dd>
      {r.unmetMinimums.length > 0 ? (
        <>
          <dt>{t('results.summary.unmet')}</dt>
          <dd>
            <ul className={styles.unmet}>
              {r.unmetMinimums.map((m) => (
                <li key={`${m.criterion}-${m.level}`}>
                  {t('results.summary.unmetItem', {
                    criterion: m.criterion,
                    level: m.level,
                    meeting: m.membersMeeting,
                    scoring: m.membersScoring,
                  })}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {r.disqualified === null ? null : (
        <>
          <dt>{t('results.summary.disqualified')}</dt>
          <dd>
            {r.disqualified.criterion === undefined
              ? r.disqualified.reason
              : t('results.summary.disqualifiedCriterion', {
                  reason: r.disqualified.reason,
                  criterion: r.disqualified.criterion,
                })}
          </dd>
        </>
      )}
      <dt>{t('results.summary.outcome')}</dt>
      <dd className={styles.outcome}>{outcomeText(t, r.outcome, r)}</dd>
    </dl>
  );
}
