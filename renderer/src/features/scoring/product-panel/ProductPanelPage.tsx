import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { scoringLinks } from '../routes';
import { useCriteriaSheet } from '../sheet-form/useCriteriaSheet';
import { useProductBundle } from '../useScoringData';
import { ProductPanel } from './ProductPanel';
import { ScoringNotFound } from '../ScoringNotFound';
import styles from '../scoring.module.css';

/** `#/scoring/product/<productId>`: the "Sản phẩm đang chấm" panel on its own (linked from the lists and results). */
export function ProductPanelPage(props: { readonly productId: string }): ReactNode {
  const { t } = useI18n();
  const bundle = useProductBundle(props.productId);
  const loaded = useCriteriaSheet(bundle?.round.ruleSetId, bundle?.product.sheetNo);
  if (bundle === null) {
    return <ScoringNotFound />;
  }
  if (bundle === undefined || loaded === undefined) return <p>{t('scoring.loading')}</p>;
  return (
    <>
      <nav className={styles.scoringBreadcrumb}>
        <a href={scoringLinks.home()}>{t('scoring.backToList')}</a>
      </nav>
      <ProductPanel bundle={bundle} sheet={loaded.sheet} />
    </>
  );
}
