import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { monthAgenda, type RoundWork } from '../../domain/register/this-month';
import { useI18n } from '../../i18n/I18nProvider';
import { cx } from '../../ui/cx';
import { useRegister } from './useRegister';
import styles from './RegisterYear.module.css';

/** Rounds not archived, with how many of their products are closed. */
function useRoundWork(): readonly RoundWork[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const rounds = (await db.rounds.toArray()).filter((r) => r.archived === 0);
    const work: RoundWork[] = [];
    for (const r of rounds) {
      const states = await db.productStates.where('roundId').equals(r.id).toArray();
      work.push({
        id: r.id,
        name: r.name,
        products: states.length,
        closedProducts: states.filter((s) => s.closed !== null).length,
      });
    }
    return work;
  }, [db]);
}

/**
 * Home's "Việc cần làm tháng này": certificates expiring this month, filing windows for
 * re-evaluation open this month, rounds with products still unclosed; each line links to the
 * product in the register or opens the round. The month is the database clock's (tests set it).
 */
export function ThisMonthPanel(): ReactNode {
  const { t, date } = useI18n();
  const view = useRegister();
  const rounds = useRoundWork();
  const { setRoundId } = useCurrentRound();
  if (view === undefined || rounds === undefined) return null;
  const agenda = monthAgenda(view.lines, rounds, view.today);
  const [year, month] = agenda.month.split('-');
  const empty = agenda.expiring.length + agenda.filing.length + agenda.unclosedRounds.length === 0;
  const productLink = (key: string, name: string): ReactNode => (
    <a href={`#${screenPath('register', key)}`}>{name}</a>
  );
  return (
    <section className={cx('panel', styles.month)} aria-labelledby="this-month-title">
      <h2 id="this-month-title">
        {t('registerYear.month.title', { month: Number(month), year: year ?? '' })}
      </h2>
      {empty ? <p>{t('registerYear.month.empty')}</p> : null}
      {agenda.expiring.length > 0 ? (
        <>
          <h3 className={styles.monthHeading}>{t('registerYear.month.expiring')}</h3>
          <ul>
            {agenda.expiring.map((item) => (
              <li key={`e-${item.line.key}`}>
                {productLink(item.line.key, item.line.name)}{' '}
                {t(item.expiry < view.today ? 'registerYear.month.expired' : 'registerYear.month.expires', {
                  date: date(item.expiry),
                  certificate: item.line.current?.certificateNo ?? '',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {agenda.filing.length > 0 ? (
        <>
          <h3 className={styles.monthHeading}>{t('registerYear.month.filing')}</h3>
          <ul>
            {agenda.filing.map((item) => (
              <li key={`f-${item.line.key}`}>
                {productLink(item.line.key, item.line.name)}{' '}
                {t('registerYear.month.window', { opens: date(item.opens), closes: date(item.closes) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {agenda.unclosedRounds.length > 0 ? (
        <>
          <h3 className={styles.monthHeading}>{t('registerYear.month.rounds')}</h3>
          <ul>
            {agenda.unclosedRounds.map((item) => (
              <li key={`r-${item.round.id}`}>
                <a href={`#${screenPath('results')}`} onClick={() => setRoundId(item.round.id)}>
                  {item.round.name}
                </a>{' '}
                {t('registerYear.month.unclosed', { unclosed: item.unclosed, total: item.round.products })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
