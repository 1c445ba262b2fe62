import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Board } from './board-data';
import { BOARD_STATES, sealLabel, STATE_LABEL, STATE_SYMBOL } from './states';
import styles from './progress.module.css';
import { cx } from '../../ui/cx';
import { ProductCode } from '../products/ProductCode';

/**
 * The member × product matrix: one row per product, one column per member, each cell a
 * state in symbol + word + colour. Counts per product; never a score.
 */
export function ProgressBoard(props: { readonly board: Board; readonly captionId?: string }): ReactNode {
  const { t } = useI18n();
  const { board } = props;
  return (
    // Scrolls sideways on a narrow window: focusable, so the keyboard can scroll it too.
    <div
      className={styles.boardScroll}
      tabIndex={0}
      role="region"
      aria-label={t('progress.caption', { round: board.roundName })}
    >
      <table className={styles.board}>
        <caption id={props.captionId}>{t('progress.caption', { round: board.roundName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.col.product')}</th>
            {board.members.map((m) => (
              <th scope="col" key={m.id}>
                {m.name}
              </th>
            ))}
            <th scope="col">{t('progress.col.submitted')}</th>
            <th scope="col">{t('progress.col.seal')}</th>
          </tr>
        </thead>
        <tbody>
          {board.products.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <span>{p.name}</span>
                <span className={styles.boardCode}>
                  <ProductCode code={p.code} />
                </span>
                {p.currentPass > 1 ? (
                  <span className={styles.boardPass}>{t('progress.pass', { pass: p.currentPass })}</span>
                ) : null}
              </th>
              {board.members.map((m) => {
                const state = p.states[m.id] ?? 'not-started';
                return (
                  <td key={m.id} className={cx(styles.boardCell, styles[`state-${state}`])}>
                    <span aria-hidden="true" className={styles.boardSymbol}>
                      {STATE_SYMBOL[state]}
                    </span>{' '}
                    <span>{t(STATE_LABEL[state])}</span>
                  </td>
                );
              })}
              <td
                className={
                  p.expected > 0 && p.submitted === p.expected
                    ? cx(styles.boardCount, styles.complete)
                    : styles.boardCount
                }
              >
                {t('progress.count', { submitted: p.submitted, expected: p.expected })}
              </td>
              <td className={cx(styles.boardSeal, p.sealed && styles.sealed)}>{t(sealLabel(p))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className={styles.boardLegend} aria-label={t('progress.legend')}>
        {BOARD_STATES.map((s) => (
          <li key={s} className={styles[`state-${s}`]}>
            <span aria-hidden="true" className={styles.boardSymbol}>
              {STATE_SYMBOL[s]}
            </span>{' '}
            {t(STATE_LABEL[s])}
          </li>
        ))}
      </ul>
    </div>
  );
}
