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

/** Every product of the round, sortable by clicking a column header (aria-sort tells which). */
export function ResultsTable(props: {
  readonly rows: readonly ResultRowView[];
  readonly decimals: number;
}): ReactNode {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => sortRows(props.rows, sort), [props.rows, sort]);
  const avg = (a: ResultRowView['total'] | undefined) =>
    a === null || a === undefined ? t('results.none') : displayAverage(a, props.decimals, language);
  return (
    <table className={cx('data', styles.resultsTable)}>
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
        {rows.map((row) => (
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
