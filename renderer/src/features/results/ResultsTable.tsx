import { useMemo, useState, type ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { displayAverage } from '../../domain/scoring/bands';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { Stars } from '../../ui/Stars';
import { outcomeText } from './outcome-text';
import {
  nextSort,
  sortRows,
  type ResultFlags,
  type ResultRowView,
  type SortColumn,
  type SortState,
} from './results-view';
import styles from './results.module.css';
import { cx } from '../../ui/cx';
import { useRevealedCount } from '../../ui/useRevealedCount';
import { ProductCode } from '../products/ProductCode';

const COLUMNS: readonly {
  readonly column: SortColumn;
  readonly label: MessageKey;
  readonly numeric: boolean;
}[] = [
  { column: 'name', label: 'results.col.name', numeric: false },
  { column: 'code', label: 'results.col.code', numeric: false },
  { column: 'sheetNo', label: 'results.col.set', numeric: true },
  { column: 'A', label: 'results.col.partA', numeric: true },
  { column: 'B', label: 'results.col.partB', numeric: true },
  { column: 'C', label: 'results.col.partC', numeric: true },
  { column: 'total', label: 'results.col.total', numeric: true },
  { column: 'spread', label: 'results.col.spread', numeric: true },
  { column: 'stars', label: 'results.col.stars', numeric: false },
  { column: 'outcome', label: 'results.col.outcome', numeric: false },
];

const FLAG_LABELS: readonly { readonly flag: keyof ResultFlags; readonly label: MessageKey }[] = [
  { flag: 'sealed', label: 'results.flag.sealed' },
  { flag: 'spreadExceeded', label: 'results.flag.spreadExceeded' },
  { flag: 'rescored', label: 'results.flag.rescored' },
  { flag: 'disqualified', label: 'results.flag.disqualified' },
  { flag: 'closed', label: 'results.flag.closed' },
  { flag: 'override', label: 'results.flag.override' },
];

/**
 * The rows laid out in the first frame: more than a screen shows (about 15 at 1366 × 768). The
 * first visit's time was mostly the layout and paint of all 141 rows × 11 cells (issue 13: the
 * results screen within 100 ms); the rest follow in idle moments, `NEXT_ROWS` at a time.
 */
const FIRST_ROWS = 30;
const NEXT_ROWS = 40;

/**
 * Every product of the round, sortable by clicking a column header (aria-sort tells which). The
 * rows beyond the first screen are added just after it is painted (ui/useRevealedCount.ts); the
 * table says it is busy until they are all there.
 */
export function ResultsTable(props: {
  readonly rows: readonly ResultRowView[];
  readonly decimals: number;
}): ReactNode {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => sortRows(props.rows, sort), [props.rows, sort]);
  const shown = useRevealedCount(rows.length, FIRST_ROWS, NEXT_ROWS);
  const avg = (a: ResultRowView['total'] | undefined) =>
    a === null || a === undefined ? t('results.none') : displayAverage(a, props.decimals, language);
  return (
    <table className={cx('data', styles.resultsTable)} aria-busy={shown < rows.length ? true : undefined}>
      <caption>{t('results.table.caption')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.column}
              scope="col"
              className={c.numeric ? 'num' : undefined}
              aria-sort={sort?.column === c.column ? sort.direction : 'none'}
            >
              <button
                type="button"
                className={styles.sortButton}
                onClick={() => setSort((s) => nextSort(s, c.column))}
              >
                {t(c.label)}
                <span aria-hidden="true">
                  {sort?.column === c.column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">{t('results.col.flags')}</th>
        </tr>
      </thead>
      <tbody>
        {(shown < rows.length ? rows.slice(0, shown) : rows).map((row) => (
          <tr key={row.productId}>
            <th scope="row">
              <a href={`#${screenPath('results', 'product', row.productId)}`}>{row.name}</a>
            </th>
            <td className={styles.code}>
              <ProductCode code={row.code} />
            </td>
            <td className="num">{row.sheetNo}</td>
            {(['A', 'B', 'C'] as const).map((part) => (
              <td key={part} className="num">
                {avg(row.parts[part])}
              </td>
            ))}
            <td className={cx('num', styles.total)}>{avg(row.total)}</td>
            <td className={row.flags.spreadExceeded ? cx('num', styles.spreadExceeded) : 'num'}>
              {row.spread === null ? t('results.none') : row.spread}
            </td>
            <td>
              {row.stars === null ? (
                t('results.none')
              ) : (
                <Stars count={row.stars} label={t('results.stars', { stars: row.stars })} />
              )}
            </td>
            <td className={styles.outcome}>{outcomeText(t, row.outcome, row.result)}</td>
            <td className={styles.flagsCell}>
              <ul className={styles.flags}>
                {/* "Sealed" is the outcome column's word while the pass is sealed: not said twice. */}
                {FLAG_LABELS.filter(
                  (f) => row.flags[f.flag] && !(f.flag === 'sealed' && row.outcome === 'sealed'),
                ).map((f) => (
                  <li key={f.flag} className={cx(styles.flag, styles[`flag-${f.flag}`])}>
                    {t(f.label)}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
