import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { HubProductView, MemberView } from '../../../electron/shared/hub-wire';
import type { ProductRow } from '../db';
import type { Answer } from '../domain/model';
import { SheetForm, type SheetFormApi } from '../features/scoring/sheet-form/SheetForm';
import { useCriteriaSheet } from '../features/scoring/sheet-form/useCriteriaSheet';
import { evaluateSheet, sheetLayout } from '../features/scoring/sheet-form/view-model';
import { useI18n } from '../i18n/I18nProvider';
import { shownSheet, type MemberSession, type SessionState } from './session';
import styles from './Member.module.css';
import { cx } from '../ui/cx';

/** The header fields SheetForm prints, from what the hub sent (no other product data exists here). */
function asProductRow(view: MemberView, p: HubProductView): ProductRow {
  return {
    id: p.productId,
    roundId: '',
    name: p.name,
    code: p.code,
    sheetNo: p.sheetNo,
    producer: p.producer,
    kind: p.kind,
    disqualification: null,
    meetingDate: view.meetingDate,
    position: p.position,
    createdAt: '',
    updatedAt: '',
  };
}

/** One product's official sheet on the member's device: the same form as on the secretary's laptop. */
export function MemberSheet(props: {
  readonly view: MemberView;
  readonly product: HubProductView;
  readonly state: SessionState;
  readonly session: MemberSession;
}): ReactNode {
  const { t, number } = useI18n();
  const { product, session } = props;
  const loaded = useCriteriaSheet(props.view.ruleSetId, product.sheetNo);
  const row = useMemo(() => asProductRow(props.view, product), [props.view, product]);
  const overlay = useMemo(
    () => [...props.state.acked, ...props.state.pending],
    [props.state.acked, props.state.pending],
  );
  const shown = useMemo(
    () => shownSheet(product.sheet, overlay, product.productId, product.pass),
    [product, overlay],
  );
  const entry = useMemo(() => ({ answers: shown.answers, caseChoice: shown.caseChoice }), [shown]);
  const pending = props.state.pending.filter((op) => op.productId === product.productId).length;
  const editable = product.phase === 'open' && !shown.submitted;
  const opinionId = useId();
  const opinionRef = useRef<HTMLTextAreaElement>(null);
  const [opinion, setOpinion] = useState(shown.opinion);
  const [blocked, setBlocked] = useState<string | null>(null);

  const onAnswer = useCallback(
    (code: string, answer: Answer) =>
      void session.change(product.productId, product.pass, { kind: 'answer', criterion: code, answer }),
    [session, product.productId, product.pass],
  );
  const onCase = useCallback(
    (code: string, variant: string) =>
      void session.change(product.productId, product.pass, { kind: 'case', criterion: code, variant }),
    [session, product.productId, product.pass],
  );
  const saveOpinion = () => {
    if (editable && opinion !== shown.opinion)
      void session.change(product.productId, product.pass, { kind: 'opinion', text: opinion });
  };

  const previousTotals = useMemo(() => {
    if (loaded === undefined || product.previous === null) return null;
    return evaluateSheet(sheetLayout(loaded.sheet), loaded.bands, product.previous).score;
  }, [loaded, product.previous]);

  if (loaded === undefined) return <p>{t('scoring.loading')}</p>;

  const submit = async (api: SheetFormApi) => {
    const first = api.evaluation.missing[0];
    if (first !== undefined) {
      setBlocked(t('member.submitBlocked', { count: api.evaluation.missing.length, code: first }));
      api.jumpTo(first);
      return;
    }
    setBlocked(null);
    saveOpinion();
    await session.change(product.productId, product.pass, { kind: 'submit' });
  };

  const banner = (
    <>
      <p
        className={pending > 0 ? styles.savedHere : styles.savedThere}
        role="status"
        data-testid="sync-state"
      >
        {pending > 0
          ? `${t('member.savedHere')} · ${t('member.pending', { count: pending })}`
          : t('member.savedThere')}
      </p>
      {product.pass > 1 ? (
        <p className={styles.rescore}>{t('member.rescore', { pass: product.pass })}</p>
      ) : null}
      {previousTotals !== null ? (
        <p className={styles.rescore}>
          {t('member.rescoreNote', {
            total: number(previousTotals.total),
            a: number(previousTotals.parts['A'] ?? 0),
            b: number(previousTotals.parts['B'] ?? 0),
            c: number(previousTotals.parts['C'] ?? 0),
          })}
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
        value={opinion}
        readOnly={!editable}
        maxLength={4000}
        onChange={(event) => setOpinion(event.target.value)}
        onBlur={saveOpinion}
      />
    </div>
  );

  return (
    <SheetForm
      sheet={loaded.sheet}
      bands={loaded.bands}
      product={row}
      entry={entry}
      saveState={pending > 0 ? 'saving' : 'saved'}
      readOnly={!editable}
      onAnswer={onAnswer}
      onCase={onCase}
      banner={banner}
      footer={footer}
      completeFocus={opinionRef}
      actions={(api) => (
        <div className={styles.sheetActions}>
          {shown.submitted ? (
            <p className={styles.summaryComplete}>
              {pending > 0 ? t('member.submitQueued') : t('member.submitted')}
            </p>
          ) : editable ? (
            <button type="button" className="primary" onClick={() => void submit(api)}>
              {t('member.submit')}
            </button>
          ) : (
            <p>{t('member.closed')}</p>
          )}
          {blocked !== null && !shown.submitted ? (
            <p className={styles.sheetBlocked} role="alert">
              {blocked}
            </p>
          ) : null}
        </div>
      )}
    />
  );
}
