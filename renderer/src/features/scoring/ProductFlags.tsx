import type { ReactNode } from 'react';
import type { ProductRow, ProductStateRow } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './scoring.module.css';
import { cx } from '../../ui/cx';

/** Small tags after a product's name: disqualified, unsealed, closed, re-scoring pass. */
export function ProductFlags(props: {
  readonly product: ProductRow;
  readonly state: ProductStateRow | undefined;
}): ReactNode {
  const { t } = useI18n();
  const { product, state } = props;
  return (
    <>
      {product.disqualification !== null ? (
        <span className={cx(styles.tag, styles.tagBad)}> {t('scoring.product.disqualified')}</span>
      ) : null}
      {state?.closed != null ? (
        <span className={styles.tag}> {t('scoring.product.closed')}</span>
      ) : state?.sealed === false ? (
        <span className={styles.tag}> {t('scoring.product.unsealed')}</span>
      ) : null}
      {state !== undefined && state.currentPass > 1 ? (
        <span className={styles.tag}> {t('scoring.product.pass', { pass: state.currentPass })}</span>
      ) : null}
    </>
  );
}
