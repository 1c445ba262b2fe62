import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { screenPath } from '../../app/routes';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import {
  CouncilDbError,
  changeMemberPackSheet,
  type MemberPackRow,
  type MemberPackSheet,
  type ProductRow,
} from '../../db';
import type { Answer } from '../../domain/model';
import { useI18n } from '../../i18n/I18nProvider';
import { SheetForm, type SheetFormApi } from '../scoring/sheet-form/SheetForm';
import { useCriteriaSheet } from '../scoring/sheet-form/useCriteriaSheet';
import { useOptimisticEntry } from '../scoring/sheet-form/useOptimisticEntry';
import type { StoredEntry } from '../scoring/sheet-form/optimistic-entry';
import styles from './Packs.module.css';

const ACTOR = 'system';

function stored(sheet: MemberPackSheet, at: string): StoredEntry {
  return { answers: sheet.answers, caseChoice: sheet.caseChoice, updatedAt: at };
}

/** One product of an imported pack on the official form (the same form as on the secretary's laptop). */
export function MemberPackSheetPage(props: {
  readonly packId: string;
  readonly productId: string;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const row = useLiveQuery(async () => (await db.memberPacks.get(props.packId)) ?? null, [db, props.packId]);
  const product = row?.pack.products.find((p) => p.id === props.productId);
  const loaded = useCriteriaSheet(row?.pack.round.ruleSetId, product?.sheetNo);
  if (row === undefined || (row !== null && product !== undefined && loaded === undefined))
    return <p>{t('settings.about.loading')}</p>;
  if (row === null || product === undefined || loaded === undefined)
    return (
      <section className="panel">
        <p>{t('packs.member.missing')}</p>
        <a href={`#${screenPath('packs')}`}>{t('packs.back')}</a>
      </section>
    );
  return (
    <section className="panel">
      <p>
        <a href={`#${screenPath('packs', 'member', props.packId)}`}>{t('packs.member.backToPack')}</a>
      </p>
      <PackSheetEditor row={row} productId={props.productId} loaded={loaded} />
    </section>
  );
}

function PackSheetEditor(props: {
  readonly row: MemberPackRow;
  readonly productId: string;
  readonly loaded: NonNullable<ReturnType<typeof useCriteriaSheet>>;
}): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const report = useReportError();
  const opinionId = useId();
  const { row, productId } = props;
  const product = row.pack.products.find((p) => p.id === productId);
  const sheet = row.sheets[productId];
  const [opinion, setOpinion] = useState(sheet?.opinion ?? '');
  const [blocked, setBlocked] = useState<string | null>(null);
  const submitted = sheet?.submitted === true;
  const live = useMemo(
    () => (sheet === undefined ? undefined : stored(sheet, row.updatedAt)),
    [sheet, row.updatedAt],
  );
  const writer = useMemo(
    () => ({
      saveAnswer: async (criterionCode: string, answer: Answer) =>
        stored(
          await changeMemberPackSheet(
            db,
            row.id,
            productId,
            { kind: 'answer', criterionCode, answer },
            ACTOR,
          ),
          new Date().toISOString(),
        ),
      saveCase: async (criterionCode: string, variant: string) =>
        stored(
          await changeMemberPackSheet(db, row.id, productId, { kind: 'case', criterionCode, variant }, ACTOR),
          new Date().toISOString(),
        ),
    }),
    [db, row.id, productId],
  );
  const { entry, saveState, chooseAnswer, chooseCase } = useOptimisticEntry(live, writer);
  if (product === undefined || sheet === undefined) return null;
  const asProduct: ProductRow = {
    id: product.id,
    roundId: row.pack.round.id,
    name: product.name,
    code: product.code,
    sheetNo: product.sheetNo,
    producer: product.producer,
    kind: 'first',
    disqualification: null,
    position: 0,
    createdAt: row.importedAt,
    updatedAt: row.updatedAt,
  };

  const saveOpinion = async (): Promise<void> => {
    if (submitted || opinion === sheet.opinion) return;
    try {
      await changeMemberPackSheet(db, row.id, productId, { kind: 'opinion', opinion }, ACTOR);
    } catch (error) {
      report(error);
    }
  };

  const submit = async (api: SheetFormApi): Promise<void> => {
    const first = api.evaluation.missing[0];
    if (first !== undefined) {
      setBlocked(t('sheet.submitBlocked', { count: api.evaluation.missing.length, code: first }));
      api.jumpTo(first);
      return;
    }
    try {
      await saveOpinion();
      await changeMemberPackSheet(db, row.id, productId, { kind: 'submit' }, ACTOR);
      setBlocked(null);
    } catch (error) {
      if (
        error instanceof CouncilDbError &&
        error.code === 'sheet-incomplete' &&
        error.problems[0] !== undefined
      ) {
        api.jumpTo(error.problems[0]);
      }
      report(error);
    }
  };

  const reopen = async (): Promise<void> => {
    try {
      await changeMemberPackSheet(db, row.id, productId, { kind: 'reopen' }, ACTOR);
    } catch (error) {
      report(error);
    }
  };

  return (
    <SheetForm
      sheet={props.loaded.sheet}
      bands={props.loaded.bands}
      product={asProduct}
      entry={entry}
      saveState={saveState}
      readOnly={submitted}
      onAnswer={chooseAnswer}
      onCase={chooseCase}
      banner={
        <p className={styles.sheetEvaluator}>{t('packs.member.evaluator', { name: row.pack.member.name })}</p>
      }
      footer={
        <div className={`${styles.sheetOpinion} form-field`}>
          <label htmlFor={opinionId}>{t('form.opinion')}</label>
          <textarea
            id={opinionId}
            value={opinion}
            readOnly={submitted}
            maxLength={4000}
            onChange={(e) => setOpinion(e.target.value)}
            onBlur={() => void saveOpinion()}
          />
        </div>
      }
      actions={(api) => (
        <div className={styles.sheetActions}>
          {submitted ? (
            <>
              <p className={styles.summaryComplete}>{t('packs.member.submittedHere')}</p>
              <button type="button" onClick={() => void reopen()}>
                {t('sheet.reopen')}
              </button>
            </>
          ) : (
            <button type="button" className="primary" onClick={() => void submit(api)}>
              {t('sheet.submit')}
            </button>
          )}
          {blocked !== null && !submitted ? (
            <p className={styles.sheetBlocked} role="alert">
              {blocked}
            </p>
          ) : null}
        </div>
      )}
    />
  );
}
