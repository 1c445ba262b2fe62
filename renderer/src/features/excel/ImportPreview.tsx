import type { ReactNode } from 'react';
import { cellText } from '../../domain/spreadsheet/cells';
import {
  PRODUCT_FIELDS,
  type ColumnMapping,
  type ImportTable,
  type RowReport,
} from '../../domain/spreadsheet/product-list';
import { useI18n } from '../../i18n/I18nProvider';
import { problemMessage } from '../../i18n/problems';
import styles from './excel.module.css';

/** The rows as read, with the columns mapped, and what is wrong with each. */
export function ImportPreview(props: {
  readonly table: ImportTable;
  readonly mapping: ColumnMapping;
  readonly rows: readonly RowReport[];
}): ReactNode {
  const { t, language } = useI18n();
  const fields = PRODUCT_FIELDS.filter((f) => props.mapping[f] !== null);
  const valid = props.rows.filter((r) => r.product !== null).length;
  return (
    <>
      <h3>{t('excel.import.preview')}</h3>
      <p role="status">{t('excel.import.counts', { valid, invalid: props.rows.length - valid })}</p>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div className={styles.importPreview} tabIndex={0} role="region" aria-label={t('excel.import.preview')}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('excel.import.col.row')}
              </th>
              {fields.map((f) => (
                <th scope="col" key={f}>
                  {t(`excel.import.field.${f}`)}
                </th>
              ))}
              <th scope="col">{t('excel.import.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r, i) => (
              <tr key={r.rowNumber} className={r.product === null ? styles.importRowBad : undefined}>
                <th scope="row" className="num">
                  {r.rowNumber}
                </th>
                {fields.map((f) => {
                  const col = props.mapping[f];
                  return <td key={f}>{col === null ? '' : cellText(props.table.rows[i]?.[col])}</td>;
                })}
                <td>
                  {r.problems.length === 0
                    ? t('excel.import.ok')
                    : r.problems
                        .map(
                          (p) =>
                            `${t(`excel.row.${p.code}`, p.params)}${p.detail === undefined ? '' : ` (${problemMessage(p.detail, language)})`}`,
                        )
                        .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
