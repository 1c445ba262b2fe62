import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { CriteriaSheet, StarBand } from '../../../domain/criteria/types';
import type { Answer } from '../../../domain/model';
import type { ProductRow } from '../../../db';
import { useI18n } from '../../../i18n/I18nProvider';
import { CriteriaList } from './CriteriaList';
import { keyIntent, neighbour, nextUnanswered } from './keyboard';
import { RowStateStore, rowStatesOf } from './row-store';
import { SheetHeader } from './SheetHeader';
import { SheetSummary } from './SheetSummary';
import { evaluateSheet, sheetLayout, type SheetEntry, type SheetEvaluation } from './view-model';
import styles from './sheet-form.module.css';

export interface SheetFormApi {
  readonly evaluation: SheetEvaluation;
  /** focus a criterion (e.g. the first one a refused submit names) */
  readonly jumpTo: (code: string) => void;
}

export interface SheetFormProps {
  readonly sheet: CriteriaSheet;
  readonly bands: readonly StarBand[];
  readonly product: ProductRow;
  readonly entry: SheetEntry;
  readonly saveState: 'idle' | 'saving' | 'saved' | 'failed';
  readonly readOnly: boolean;
  /** stable callbacks (rows are memoised) */
  readonly onAnswer: (code: string, answer: Answer) => void;
  readonly onCase: (code: string, variant: string) => void;
  /** shown under the form's heading (who scores, status) */
  readonly banner?: ReactNode;
  /** after the criteria (the opinion field) */
  readonly footer?: ReactNode;
  /** in the summary panel (submit, reopen) */
  readonly actions?: (api: SheetFormApi) => ReactNode;
  /** where focus goes once every criterion is answered (the opinion field) */
  readonly completeFocus?: RefObject<HTMLElement | null>;
}

/**
 * The official criteria sheet as a form, usable with the mouse and entirely from the keyboard
 * (keyboard.ts). Scores come from the domain once per change; the rows read their state from a
 * store, so a click re-renders the criteria it changes and the summary, not the 35 rows.
 */
export function SheetForm(props: SheetFormProps): ReactNode {
  const { t } = useI18n();
  const formId = useId();
  const layout = sheetLayout(props.sheet);
  const order = useMemo(() => layout.criteria.map((c) => c.code), [layout]);
  const { entry, bands } = props;
  const evaluation = useMemo(() => evaluateSheet(layout, bands, entry), [layout, bands, entry]);
  const [focused, setFocused] = useState<string>(() => evaluation.missing[0] ?? order[0] ?? '');
  // The rows read their state from a store (row-store.ts): the list itself is not walked again.
  const rowStates = useMemo(
    () => rowStatesOf(layout, entry, evaluation, focused),
    [layout, entry, evaluation, focused],
  );
  const [rowStore] = useState(() => new RowStateStore(rowStates));
  useLayoutEffect(() => rowStore.set(rowStates), [rowStore, rowStates]);

  const rows = useRef(new Map<string, HTMLFieldSetElement>());
  const register = useCallback((code: string, el: HTMLFieldSetElement | null) => {
    if (el === null) rows.current.delete(code);
    else rows.current.set(code, el);
  }, []);

  const jumpTo = useCallback((code: string) => {
    const el = rows.current.get(code);
    if (el === undefined) return;
    setFocused(code);
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'center' });
  }, []);

  // Opening an editable sheet puts the cursor on the first criterion still to answer, before
  // the first paint (a layout effect), so typing can start at once.
  const opened = useRef(false);
  useLayoutEffect(() => {
    if (opened.current || props.readOnly) return;
    opened.current = true;
    jumpTo(evaluation.missing[0] ?? order[0] ?? '');
  }, [props.readOnly, evaluation.missing, order, jumpTo]);

  const afterChoice = (code: string): void => {
    const next = nextUnanswered(order, evaluation.status, code);
    if (next !== undefined) jumpTo(next);
    else props.completeFocus?.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (!(event.target instanceof Element)) return;
    const row = event.target.closest<HTMLElement>('[data-criterion]');
    const code = row?.dataset.criterion;
    const criterion = code === undefined ? undefined : layout.byCode.get(code);
    if (code === undefined || criterion === undefined) return;
    const chosenCase = criterion.cases.some((c) => c.variant === entry.caseChoice[code])
      ? entry.caseChoice[code]
      : undefined;
    const intent = keyIntent(event, criterion, chosenCase);
    if (intent.kind === 'ignore') return;
    event.preventDefault();
    if (intent.kind === 'move') {
      jumpTo(neighbour(order, code, intent.by));
      return;
    }
    if (props.readOnly) return;
    if (intent.kind === 'case') {
      props.onCase(code, intent.variant);
      return;
    }
    props.onAnswer(code, intent.kind === 'none' ? 'none' : intent.index);
    afterChoice(code);
  };

  // Focus follows Tab and the mouse: the row holding focus is the keyboard's current criterion.
  // A mouse choice does not move focus on (the page must not jump under the pointer).
  const onFocus = (event: { target: EventTarget }): void => {
    if (!(event.target instanceof Element)) return;
    const code = event.target.closest<HTMLElement>('[data-criterion]')?.dataset.criterion;
    if (code !== undefined && code !== focused) setFocused(code);
  };

  const api = useMemo<SheetFormApi>(() => ({ evaluation, jumpTo }), [evaluation, jumpTo]);
  const jumpToFirstMissing = useCallback(() => {
    const first = evaluation.missing[0];
    if (first !== undefined) jumpTo(first);
  }, [evaluation.missing, jumpTo]);

  return (
    <div className={styles.sheetLayout}>
      <article className={styles.sheetForm} aria-label={t('form.heading', { no: props.sheet.sheetNo })}>
        <SheetHeader sheet={props.sheet} product={props.product}>
          {props.banner}
        </SheetHeader>
        <p className={styles.keyHelp} aria-label={t('keys.label')}>
          <span className={styles.keyHelpTitle}>{t('keys.label')}: </span>
          {t('keys.help')}
        </p>
        <div onKeyDown={onKeyDown} onFocus={onFocus}>
          <CriteriaList
            layout={layout}
            store={rowStore}
            readOnly={props.readOnly}
            formId={formId}
            onAnswer={props.onAnswer}
            onCase={props.onCase}
            register={register}
          />
        </div>
        {props.footer}
      </article>
      <SheetSummary
        layout={layout}
        bands={bands}
        evaluation={evaluation}
        saveState={props.saveState}
        onJump={jumpToFirstMissing}
      >
        {/* eslint-disable-next-line react-hooks/refs -- api.jumpTo reads the row refs only when clicked, never while rendering */}
        {props.actions?.(api)}
      </SheetSummary>
    </div>
  );
}
