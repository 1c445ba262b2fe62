import type { ReactNode } from 'react';
import type { RoundSummary } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './rounds.module.css';
import { cx } from '../../ui/cx';

/** The rounds list; clicking a round's name makes it the current round. */
export function RoundsTable(props: {
  readonly rounds: readonly RoundSummary[];
  readonly currentId: string | null;
  readonly onOpen: (roundId: string) => void;
}): ReactNode {
  const { t, date } = useI18n();
  return (
    <table className="data" aria-label={t('rounds.table')}>
      <thead>
        <tr>
          <th scope="col">{t('rounds.col.name')}</th>
          <th scope="col">{t('rounds.col.level')}</th>
          <th scope="col">{t('rounds.col.dates')}</th>
          <th scope="col">{t('rounds.col.status')}</th>
          <th scope="col" className="num">
            {t('rounds.col.products')}
          </th>
          <th scope="col" className="num">
            {t('rounds.col.progress')}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rounds.map(({ round, products, progress }) => {
          const current = round.id === props.currentId;
          return (
            <tr
              key={round.id}
              aria-current={current ? 'true' : undefined}
              className={current ? styles.isCurrent : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('rounds.open', { name: round.name })}
                  onClick={() => props.onOpen(round.id)}
                >
                  {round.name}
                </button>
                {current ? (
                  <span className={cx(styles.statusBadge, styles.statusCurrent)}>
                    {t('rounds.isCurrent')}
                  </span>
                ) : null}
                {round.archived === 1 ? (
                  <span className={styles.statusBadge}>{t('rounds.archivedBadge')}</span>
                ) : null}
              </th>
              <td>{t(`level.${round.level}`)}</td>
              <td>
                {round.meetingDates.length === 0
                  ? t('rounds.noDates')
                  : round.meetingDates.map(date).join(', ')}
              </td>
              <td>
                <span className={cx(styles.statusBadge, styles[`status-${round.status}`])}>
                  {t(`status.${round.status}`)}
                </span>
              </td>
              <td className="num">{products}</td>
              <td className="num">
                {progress === undefined
                  ? t('settings.about.loading')
                  : progress === null
                    ? t('rounds.facts.none')
                    : t('rounds.progress', { submitted: progress.submitted, expected: progress.expected })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
