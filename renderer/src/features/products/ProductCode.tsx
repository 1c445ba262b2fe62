import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import styles from './ProductCode.module.css';

/**
 * A product's code, shown the same way on every screen: the code, or "Chưa có mã" in muted type
 * when the product has none yet (it was "Chưa có mã", "(chưa có)", a blank cell or nothing).
 */
export function ProductCode(props: { readonly code: string }): ReactNode {
  const { t } = useI18n();
  return props.code.trim() === '' ? (
    <span className={styles.missing}>{t('products.noCode')}</span>
  ) : (
    <span className={styles.code}>{props.code}</span>
  );
}
