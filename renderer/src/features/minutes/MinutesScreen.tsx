import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { BatchPanel } from './BatchPanel';
import { BatchSignPanel } from './BatchSignPanel';
import { DayFieldsPanel } from './DayFieldsPanel';
import { invalidSheetsOf, loadMinutesScreen } from './minutes-data';
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
    () => (roundId === null ? undefined : loadMinutesScreen(db, roundId)),
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
      ) : data.kind === 'sheets-invalid' ? (
        <InvalidSheets roundId={roundId} />
      ) : productId === undefined ? (
        <>
          <MinutesList data={data.data} />
          <DayFieldsPanel data={data.data} />
          <BatchPanel data={data.data} />
          <BatchSignPanel data={data.data} />
          <p>
            <a href={`#${screenPath('verify')}`}>{t('minutes.verifyLink')}</a>
          </p>
        </>
      ) : (
        <ProductMinutes data={data.data} productId={productId} />
      )}
    </section>
  );
}

/** Sheets the tally cannot count: which ones, so the secretary can have them scored again. */
function InvalidSheets(props: { readonly roundId: string }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const sheets = useLiveQuery(() => invalidSheetsOf(db, props.roundId), [db, props.roundId]);
  if (sheets === undefined) return <p role="status">{t('minutes.loading')}</p>;
  return (
    <div role="alert">
      <p>{t('minutes.sheetsInvalid', { count: sheets.length })}</p>
      <ul>
        {sheets.map((s) => (
          <li key={s.sheetId}>
            {t(s.caseMissing ? 'minutes.sheetCaseMissing' : 'minutes.sheetAnswersInvalid', {
              product: s.product,
              member: s.member,
              criteria: s.criteria.join(', '),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
