import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { BatchPanel } from './BatchPanel';
import { BatchSignPanel } from './BatchSignPanel';
import { DayFieldsPanel } from './DayFieldsPanel';
import { loadMinutesData } from './minutes-data';
import { MinutesList } from './MinutesList';
import { ProductMinutes } from './ProductMinutes';

/**
 * Screen "Biên bản" (issue 5): the current round's minutes, product by product
 * (#/minutes/<productId>: preview, download, print, sign, revisions), and the whole round's
 * paperwork at once.
 */
export function MinutesScreen(props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const { roundId } = useCurrentRound();
  const data = useLiveQuery(
    () => (roundId === null ? undefined : loadMinutesData(db, roundId)),
    [db, roundId],
  );
  const productId = props.rest[0];

  if (roundId === null) {
    return (
      <section className="panel">
        <h1>{t('nav.minutes')}</h1>
        <p>
          {t('round.chooseFirst')} <a href={`#${screenPath('rounds')}`}>{t('nav.backHome')}</a>
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="minutes-title">
      <h1 id="minutes-title">{t('nav.minutes')}</h1>
      {data === undefined ? (
        <p role="status">{t('minutes.loading')}</p>
      ) : productId === undefined ? (
        <>
          <MinutesList data={data} />
          <DayFieldsPanel data={data} />
          <BatchPanel data={data} />
          <BatchSignPanel data={data} />
          <p>
            <a href={`#${screenPath('verify')}`}>{t('minutes.verifyLink')}</a>
          </p>
        </>
      ) : (
        <ProductMinutes data={data} productId={productId} />
      )}
    </section>
  );
}
