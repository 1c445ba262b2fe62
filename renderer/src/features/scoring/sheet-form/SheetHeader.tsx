import type { ReactNode } from 'react';
import type { CriteriaSheet } from '../../../domain/criteria/types';
import type { ProductRow } from '../../../db';
import { useI18n } from '../../../i18n/I18nProvider';
import styles from './sheet-form.module.css';
import { ProductCode } from '../../products/ProductCode';

/**
 * The top of the official form: "Phiếu số N", the product set, the header fields filled with
 * the product's details, and the sheet's "Hồ sơ bị loại khi …" lines.
 */
export function SheetHeader(props: {
  readonly sheet: CriteriaSheet;
  readonly product: ProductRow;
  readonly children?: ReactNode;
}): ReactNode {
  const { t } = useI18n();
  const { sheet, product } = props;
  const orNone = (value: string): string => (value.trim() === '' ? t('form.header.none') : value);
  const rows: readonly [string, ReactNode][] = [
    [t('form.header.product'), product.name],
    [t('form.header.code'), <ProductCode key="code" code={product.code} />],
    [t('form.header.producer'), orNone(product.producer.name)],
    [t('form.header.phone'), orNone(product.producer.phone)],
    [t('form.header.address'), orNone(product.producer.address)],
  ];
  return (
    <header className={styles.sheetHeader}>
      <h1>{t('form.heading', { no: sheet.sheetNo })}</h1>
      <p className={styles.sheetSet}>{t('form.productSet', { name: sheet.name })}</p>
      {props.children}
      <dl className="facts" aria-label={t('form.header.label')}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.factsRow}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {sheet.disqualifiers.length > 0 ? (
        <div className={styles.sheetDisqualifiers} role="note" aria-label={t('form.disqualifiers')}>
          {sheet.disqualifiers.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </header>
  );
}
