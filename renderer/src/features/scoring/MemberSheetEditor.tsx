import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import {
  CouncilDbError,
  reopenSheet,
  submitSheet,
  type CouncilMember,
  type ProductRow,
  type SheetKey,
  type SheetRow,
} from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { SheetForm, type SheetFormApi } from './sheet-form/SheetForm';
import type { LoadedSheet } from './sheet-form/useCriteriaSheet';
import { evaluateSheet, sheetLayout } from './sheet-form/view-model';
import { SCORING_ACTOR, useMemberSheetEntry, useOpinion } from './useMemberSheet';
import styles from './scoring.module.css';
import { cx } from '../../ui/cx';

/**
 * A member's sheet being entered: the official form, the opinion, submit (blocked until
 * complete, with a jump to the first missing criterion) and "Mở lại để sửa" until unsealed.
 */
export function MemberSheetEditor(props: {
  readonly sheetKey: SheetKey;
  readonly loaded: LoadedSheet;
  readonly product: ProductRow;
  readonly member: CouncilMember;
  readonly row: SheetRow | undefined;
  /** The pass being scored; from 2 on the sheet says it is a re-score. */
  readonly pass: number;
  /** The member's submitted sheet of the pass before (its totals shown in a re-score). */
  readonly previous: SheetRow | undefined;
  readonly editable: boolean;
  readonly canReopen: boolean;
  readonly blockedReason: string | null;
}): ReactNode {
  const { t, dateTime, number } = useI18n();
  const db = useDb();
  const report = useReportError();
  const toaster = useToaster();
  const { entry, saveState, chooseAnswer, chooseCase, flush } = useMemberSheetEntry(
    props.sheetKey,
    props.row,
  );
  const opinion = useOpinion(props.sheetKey, props.row?.opinion ?? '', props.editable);
  const opinionRef = useRef<HTMLTextAreaElement>(null);
  const opinionId = useId();
  const [blocked, setBlocked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submitted = props.row?.status === 'submitted';
  const { sheet, bands } = props.loaded;
  const previous = props.previous;
  const previousTotals = useMemo(
    () => (previous === undefined ? null : evaluateSheet(sheetLayout(sheet), bands, previous).score),
    [sheet, bands, previous],
  );

  const submit = async (api: SheetFormApi): Promise<void> => {
    const first = api.evaluation.missing[0];
    if (first !== undefined) {
      setBlocked(t('sheet.submitBlocked', { count: api.evaluation.missing.length, code: first }));
      api.jumpTo(first);
      return;
    }
    setBusy(true);
    try {
      await flush(); // the choices still gathering in the write queue, before the sheet is checked
      await opinion.flush();
      await submitSheet(db, props.sheetKey, SCORING_ACTOR);
      setBlocked(null);
      toaster.show('success', t('sheet.submittedToast'));
    } catch (error) {
      // The db is the judge of completeness: if it still finds a gap, go there.
      const missing =
        error instanceof CouncilDbError && error.code === 'sheet-incomplete' ? error.problems[0] : undefined;
      if (missing !== undefined) {
        setBlocked(
          t('sheet.submitBlocked', {
            count: error instanceof CouncilDbError ? error.problems.length : 1,
            code: missing,
          }),
        );
        api.jumpTo(missing);
      } else report(error);
    } finally {
      setBusy(false);
    }
  };

  const reopen = async (): Promise<void> => {
    setBusy(true);
    try {
      await reopenSheet(db, props.sheetKey, SCORING_ACTOR);
      toaster.show('info', t('sheet.reopened'));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const banner = (
    <>
      <p className={styles.sheetEvaluator}>
        {t('scoring.evaluator', {
          name: props.member.person.fullName,
          role: t(`scoring.role.${props.member.role}`),
        })}
      </p>
      {props.pass > 1 ? (
        <div className={styles.rescore} role="note" data-testid="rescore-note">
          <p className={styles.rescorePass}>{t('sheet.rescorePass', { pass: props.pass })}</p>
          {previousTotals !== null && previous !== undefined ? (
            <p>
              {t('sheet.previousTotals', {
                pass: previous.pass,
                total: number(previousTotals.total),
                a: number(previousTotals.parts['A'] ?? 0),
                b: number(previousTotals.parts['B'] ?? 0),
                c: number(previousTotals.parts['C'] ?? 0),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
      {props.blockedReason !== null ? (
        <p className={styles.sheetBlocked} role="note">
          {props.blockedReason}
        </p>
      ) : null}
    </>
  );

  const footer = (
    <div className={cx(styles.sheetOpinion, 'form-field')}>
      <label htmlFor={opinionId}>{t('form.opinion')}</label>
      <textarea
        id={opinionId}
        ref={opinionRef}
        value={opinion.value}
        readOnly={!props.editable}
        maxLength={4000}
        aria-describedby={`${opinionId}-hint`}
        onChange={(event) => opinion.onChange(event.target.value)}
        onBlur={() => void opinion.flush()}
      />
      <div id={`${opinionId}-hint`} className="hint">
        {t('form.opinionHint')}
      </div>
    </div>
  );

  return (
    <SheetForm
      sheet={props.loaded.sheet}
      bands={props.loaded.bands}
      product={props.product}
      entry={entry}
      saveState={saveState}
      readOnly={!props.editable}
      onAnswer={chooseAnswer}
      onCase={chooseCase}
      banner={banner}
      footer={footer}
      completeFocus={opinionRef}
      actions={(api) => (
        <div className={styles.sheetActions}>
          {submitted ? (
            <>
              <p className={styles.summaryComplete}>
                {t('sheet.submitted', {
                  at: props.row?.submittedAt === undefined ? '' : dateTime(props.row.submittedAt),
                })}
              </p>
              {props.canReopen ? (
                <button type="button" disabled={busy} onClick={() => void reopen()}>
                  {t('sheet.reopen')}
                </button>
              ) : null}
            </>
          ) : props.editable ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              aria-describedby={blocked === null ? undefined : `${opinionId}-blocked`}
              onClick={() => void submit(api)}
            >
              {t('sheet.submit')}
            </button>
          ) : (
            <p>{t('sheet.readOnly')}</p>
          )}
          {blocked !== null && !submitted ? (
            <p id={`${opinionId}-blocked`} className={styles.sheetBlocked} role="alert">
              {blocked}
            </p>
          ) : null}
        </div>
      )}
    />
  );
}
