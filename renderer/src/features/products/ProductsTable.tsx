import type { ReactNode } from 'react';
import type { ProductRow, RoundBundle } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { productStatus } from './productStatus';
import { ProductCode } from './ProductCode';
import type { SheetChoice } from './useSheetChoices';
import styles from './products.module.css';

/**
 * The round's products. The "Tự đánh giá (Mẫu 02)" link leads to the self-assessment form
 * built with the scoring sheets (`#/scoring/self/<productId>`).
 */
export function ProductsTable(props: {
  readonly bundle: RoundBundle;
  readonly sheets: readonly SheetChoice[] | undefined;
  readonly editable: boolean;
  readonly onEdit: (product: ProductRow) => void;
  readonly onRemove: (product: ProductRow) => void;
}): ReactNode {
  const { t } = useI18n();
  const { products, productStates } = props.bundle;
  const sheetName = (no: number): string => {
    const sheet = props.sheets?.find((s) => s.sheetNo === no);
    return sheet === undefined ? String(no) : t('products.sheetLabel', { no, name: sheet.name });
  };
  return (
    <table className="data" aria-label={t('products.table')}>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('products.col.order')}
          </th>
          <th scope="col">{t('products.col.name')}</th>
          <th scope="col">{t('products.col.code')}</th>
          <th scope="col">{t('products.col.sheet')}</th>
          <th scope="col">{t('products.col.producer')}</th>
          <th scope="col">{t('products.col.kind')}</th>
          <th scope="col">{t('products.col.status')}</th>
          <th scope="col">{t('products.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {products.map((product, index) => {
          const status = productStatus(product, productStates.get(product.id), props.bundle.sheets);
          return (
            <tr key={product.id}>
              <td className="num">{index + 1}</td>
              <th scope="row">{product.name}</th>
              <td>
                <ProductCode code={product.code} />
              </td>
              <td>{sheetName(product.sheetNo)}</td>
              <td>{product.producer.name}</td>
              <td>{t(`kind.${product.kind}`)}</td>
              <td>{t(status.key, status.pass === undefined ? undefined : { pass: status.pass })}</td>
              <td>
                <div className={styles.rowActions}>
                  <button
                    type="button"
                    disabled={!props.editable}
                    aria-label={t('products.edit', { name: product.name })}
                    onClick={() => props.onEdit(product)}
                  >
                    {t('products.editShort')}
                  </button>
                  <button
                    type="button"
                    disabled={!props.editable}
                    aria-label={t('products.remove', { name: product.name })}
                    onClick={() => props.onRemove(product)}
                  >
                    {t('products.removeShort')}
                  </button>
                  <a
                    href={`#/scoring/self/${encodeURIComponent(product.id)}`}
                    aria-label={t('products.selfAssessmentOf', { name: product.name })}
                  >
                    {t('products.selfAssessment')}
                  </a>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
