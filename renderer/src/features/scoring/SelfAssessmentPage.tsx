import { useMemo, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import {
  saveSelfAssessmentAnswer,
  saveSelfAssessmentCase,
  type ProductBundle,
  type ProductRow,
} from '../../db';
import type { Answer } from '../../domain/model';
import { roundAllows } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { scoringLinks } from './routes';
import type { StoredEntry } from './sheet-form/optimistic-entry';
import { SheetForm } from './sheet-form/SheetForm';
import { useCriteriaSheet, type LoadedSheet } from './sheet-form/useCriteriaSheet';
import { useOptimisticEntry } from './sheet-form/useOptimisticEntry';
import { SCORING_ACTOR } from './useMemberSheet';
import { useProductBundle } from './useScoringData';
import { ScoringNotFound } from './ScoringNotFound';
import styles from './scoring.module.css';

function stored(product: ProductRow): StoredEntry {
  return {
    answers: product.selfAssessment?.answers ?? {},
    caseChoice: product.selfAssessment?.caseChoice ?? {},
    updatedAt: product.updatedAt,
  };
}

/** `#/scoring/self/<productId>`: the producer's self-assessment (Mẫu 02) on the same form; no submit, no seal. */
export function SelfAssessmentPage(props: { readonly productId: string }): ReactNode {
  const { t } = useI18n();
  const bundle = useProductBundle(props.productId);
  const loaded = useCriteriaSheet(bundle?.round.ruleSetId, bundle?.product.sheetNo);
  if (bundle === null) {
    return <ScoringNotFound />;
  }
  if (bundle === undefined || loaded === undefined) return <p>{t('scoring.loading')}</p>;
  return <SelfAssessmentEditor key={bundle.product.id} bundle={bundle} loaded={loaded} />;
}

function SelfAssessmentEditor(props: {
  readonly bundle: ProductBundle;
  readonly loaded: LoadedSheet;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const { product, round, state } = props.bundle;
  const productId = product.id;
  const live = useMemo(() => stored(product), [product]);
  const writer = useMemo(
    () => ({
      saveAnswer: async (code: string, answer: Answer) =>
        stored(await saveSelfAssessmentAnswer(db, productId, code, answer, SCORING_ACTOR)),
      saveCase: async (code: string, variant: string) =>
        stored(await saveSelfAssessmentCase(db, productId, code, variant, SCORING_ACTOR)),
    }),
    [db, productId],
  );
  const { entry, saveState, chooseAnswer, chooseCase } = useOptimisticEntry(live, writer);
  const allowed = roundAllows({ status: round.status, archived: round.archived === 1 }, 'edit-products');
  const blocked = !allowed.ok
    ? t(`db.${allowed.code}`)
    : state.closed !== null
      ? t('db.product-closed')
      : null;

  return (
    <div>
      <nav className={styles.scoringBreadcrumb}>
        <a href={scoringLinks.product(productId)}>{t('panel.title')}</a>
      </nav>
      <SheetForm
        sheet={props.loaded.sheet}
        bands={props.loaded.bands}
        product={product}
        entry={entry}
        saveState={saveState}
        readOnly={blocked !== null}
        onAnswer={chooseAnswer}
        onCase={chooseCase}
        banner={
          <div className={styles.selfBanner}>
            <h2>{t('self.title')}</h2>
            <p className="hint">{t('self.hint')}</p>
            {blocked !== null ? <p className={styles.sheetBlocked}>{blocked}</p> : null}
          </div>
        }
      />
    </div>
  );
}
