import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { readBoard } from '../progress/board-data';
import { STATE_LABEL, STATE_SYMBOL } from '../progress/states';
import { MemberScores } from './MemberScores';
import { ProductActions } from './ProductActions';
import type { ResultsPage } from './results-data';
import { ResultSummary } from './ResultSummary';
import styles from './results.module.css';
import { cx } from '../../ui/cx';

/**
 * One product's result. While its current pass is sealed only the members' states show
 * ("Đang niêm phong"); revealed passes show each member's scores, the council's result and,
 * when re-scored, every pass side by side.
 */
export function ProductResultView(props: {
  readonly page: ResultsPage;
  readonly productId: string;
}): ReactNode {
  const { t, dateTime } = useI18n();
  const db = useDb();
  const { page } = props;
  const board = useLiveQuery(() => readBoard(db, page.round.id), [db, page.round.id]);
  const item = page.products.find((p) => p.product.id === props.productId);
  const back = (
    <a href={`#${screenPath('results')}`} className={styles.backLink}>
      {t('results.back')}
    </a>
  );
  if (item === undefined) {
    return (
      <section className="panel">
        <h1>{t('results.productMissing')}</h1>
        {back}
      </section>
    );
  }
  const { product, state, current } = item;
  const progress = board?.products.find((p) => p.id === product.id);
  const states = progress?.states ?? {};
  const sealed = state.sealed && product.disqualification === null;
  const shown = current ?? (item.revealedPasses > 0 ? item.result : null);
  return (
    <section className={cx('panel', styles.resultsPanel)} aria-labelledby="product-title">
      {back}
      <h1 id="product-title">{product.name}</h1>
      <p className={styles.productMeta}>
        {t('results.product.meta', {
          code: product.code === '' ? t('results.none') : product.code,
          set: product.sheetNo,
          producer: product.producer.name,
        })}
      </p>
      {state.currentPass > 1 ? (
        <p className={cx(styles.flag, styles.flagRescored)}>
          {t('results.product.pass', { pass: state.currentPass })}
        </p>
      ) : null}
      {sealed ? (
        <div className={styles.sealedBox} role="status">
          <h2>{t('results.sealed.title')}</h2>
          <p>
            {t('results.sealed.body', {
              submitted: progress?.submitted ?? 0,
              expected: progress?.expected ?? 0,
            })}
          </p>
          <ul className={styles.sealedStates}>
            {page.members.map((m) => {
              const s = states[m.id] ?? 'not-started';
              return (
                <li key={m.id} className={styles[`state-${s}`]}>
                  {m.person.fullName}: <span aria-hidden="true">{STATE_SYMBOL[s]}</span> {t(STATE_LABEL[s])}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {shown !== null && shown.memberScores.length > 0 ? (
        <>
          {current === null ? <h2>{t('results.product.earlierPasses')}</h2> : null}
          <MemberScores
            members={page.members}
            result={shown}
            passResults={item.passResults}
            states={states}
          />
        </>
      ) : null}
      {current === null ? null : (
        <ResultSummary
          result={current}
          decimals={page.round.rules.displayDecimals}
          spreadLimit={page.round.rules.spreadLimit}
        />
      )}
      {state.closed === null ? null : (
        <p className={styles.closedNote}>
          {t('results.product.closedAt', { at: dateTime(state.closed.at) })}
          {state.closed.spreadOverrideReason === undefined ? null : (
            <> {t('results.product.override', { reason: state.closed.spreadOverrideReason })}</>
          )}
        </p>
      )}
      {state.closed === null ? null : (
        <p>
          <a href={`#${screenPath('minutes', product.id)}`}>{t('minutes.fromResults')}</a>
        </p>
      )}
      <ProductActions
        round={page.round}
        members={page.members}
        item={item}
        progress={progress}
        quorumMet={page.productQuorum.get(product.id) ?? false}
      />
    </section>
  );
}
