import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Board } from './board-data';
import { BOARD_STATES, sealLabel, STATE_LABEL, STATE_SYMBOL } from './states';

/**
 * The member × product matrix: one row per product, one column per member, each cell a
 * state in symbol + word + colour. Counts per product; never a score.
 */
export function ProgressBoard(props: { readonly board: Board; readonly captionId?: string }): ReactNode {
  const { t } = useI18n();
  const { board } = props;
  return (
    <div className="board-scroll">
      <table className="board">
        <caption id={props.captionId}>{t('progress.caption', { round: board.roundName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.col.product')}</th>
            {board.members.map((m) => (
              <th scope="col" key={m.id} className="board-member">
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
                <span className="board-product">{p.name}</span>
                {p.code === '' ? null : <span className="board-code">{p.code}</span>}
                {p.currentPass > 1 ? (
                  <span className="board-pass">{t('progress.pass', { pass: p.currentPass })}</span>
                ) : null}
              </th>
              {board.members.map((m) => {
                const state = p.states[m.id] ?? 'not-started';
                return (
                  <td key={m.id} className={`board-cell state-${state}`}>
                    <span aria-hidden="true" className="board-symbol">
                      {STATE_SYMBOL[state]}
                    </span>{' '}
                    <span>{t(STATE_LABEL[state])}</span>
                  </td>
                );
              })}
              <td
                className={
                  p.expected > 0 && p.submitted === p.expected ? 'board-count complete' : 'board-count'
                }
              >
                {t('progress.count', { submitted: p.submitted, expected: p.expected })}
              </td>
              <td className={`board-seal ${p.sealed ? 'sealed' : 'unsealed'}`}>{t(sealLabel(p))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="board-legend" aria-label={t('progress.legend')}>
        {BOARD_STATES.map((s) => (
          <li key={s} className={`state-${s}`}>
            <span aria-hidden="true" className="board-symbol">
              {STATE_SYMBOL[s]}
            </span>{' '}
            {t(STATE_LABEL[s])}
          </li>
        ))}
      </ul>
    </div>
  );
}
