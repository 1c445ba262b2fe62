import { memo, useCallback, useSyncExternalStore, type ReactNode } from 'react';
import type { PrintingDefect } from '../../../domain/criteria/defects';
import type { Answer } from '../../../domain/model';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translate';
import type { RowStateStore } from './row-store';
import { printedMark, visibleOptions, type CriterionView, type OptionView } from './view-model';
import styles from './sheet-form.module.css';
import { cx } from '../../../ui/cx';

export interface CriterionRowProps {
  readonly criterion: CriterionView;
  /** the row's answer, case, status, points and focus (row-store.ts) */
  readonly store: RowStateStore;
  readonly readOnly: boolean;
  /** prefix of radio group names, unique per form */
  readonly formId: string;
  readonly onAnswer: (code: string, answer: Answer) => void;
  readonly onCase: (code: string, variant: string) => void;
  readonly register: (code: string, element: HTMLFieldSetElement | null) => void;
}

function defectText(t: Translate, d: PrintingDefect): string {
  const params = { code: d.code, option: (d.optionIndex ?? 0) + 1, printed: d.printed ?? '' };
  return t(`form.defect.${d.kind}`, params);
}

/**
 * One printed option as a radio (or, without an option, "meets none of the printed options").
 * Memoised on plain props: when a key or a click changes a row, only the radios whose `checked`
 * changes re-render. React re-renders an input by setting its `name` and `type` again, which
 * makes the browser re-check the radio group and recompute its style; over every option of the
 * answered row and of the two rows focus moves between, that was most of a key's DOM work.
 */
const OptionRadio = memo(function OptionRadio(props: {
  readonly name: string;
  readonly code: string;
  readonly option: OptionView | undefined;
  readonly checked: boolean;
  readonly disabled: boolean;
  readonly onAnswer: (code: string, answer: Answer) => void;
}): ReactNode {
  const { t } = useI18n();
  const { name, code, option: o, checked, disabled, onAnswer } = props;
  if (o === undefined) {
    return (
      <label className={cx(styles.option, styles.optionNone)}>
        <input
          type="radio"
          name={name}
          checked={checked}
          disabled={disabled}
          onChange={() => onAnswer(code, 'none')}
        />
        <kbd className={styles.optionKey} aria-hidden="true">
          0
        </kbd>
        <span>{t('form.none')}</span>
      </label>
    );
  }
  return (
    <label className={styles.option}>
      <input
        type="radio"
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={() => onAnswer(code, o.index)}
      />
      <kbd className={styles.optionKey} aria-hidden="true">
        {o.number}
      </kbd>
      <span>{o.text}</span>
      <span className={styles.optionPoints}>{t('form.optionPoints', { points: o.points })}</span>
      {o.stars === undefined ? null : (
        <span className={styles.optionMark} title={t('form.starMark.label', { stars: o.stars })}>
          {printedMark(o.stars)}
        </span>
      )}
    </label>
  );
});

/**
 * One criterion of the official form: its text, notes, knock-out notes, the case choice on
 * sheet 26, the printed options as radios (number to type, points, star mark) and the
 * "meets none" choice. Memoised, and it reads its changing state from the row store: a click
 * re-renders only the criteria whose state it changes.
 */
export const CriterionRow = memo(function CriterionRow(props: CriterionRowProps): ReactNode {
  const { t } = useI18n();
  const { criterion, store, readOnly, onAnswer, onCase, register } = props;
  const code = criterion.code;
  const state = useSyncExternalStore(store.subscribe, () => store.get(code));
  const { answer, chosenCase, status } = state;
  const name = `${props.formId}-${code}`;
  const ref = useCallback((el: HTMLFieldSetElement | null) => register(code, el), [register, code]);
  const options = visibleOptions(criterion, chosenCase);
  const needsCase = criterion.cases.length > 0 && chosenCase === undefined;
  const legendId = `${name}-legend`;

  return (
    <fieldset
      ref={ref}
      className={cx(
        styles.criterion,
        styles[`criterion-${status}`],
        state.focused && styles.criterionFocused,
      )}
      data-criterion={code}
      tabIndex={state.focused ? 0 : -1}
      aria-labelledby={legendId}
      aria-invalid={status === 'unanswered' || status === 'wrong-case' ? true : undefined}
    >
      <legend id={legendId}>
        <span>{code}.</span> {criterion.text}
        <span className={styles.criterionMax}> ({t('form.criterionMax', { max: criterion.max })})</span>
      </legend>
      {criterion.notes.map((note) => (
        <p key={note} className={styles.criterionNote}>
          {note}
        </p>
      ))}
      {criterion.knockOutNotes.map((note) => (
        <p key={note} className={styles.criterionKnockout} role="note">
          <strong>{t('form.knockOut')}: </strong>
          {note}
        </p>
      ))}
      {criterion.cases.length > 0 ? (
        <div className={styles.criterionCases} role="radiogroup" aria-label={t('form.case.legend')}>
          {criterion.cases.map((c) => (
            <label key={c.variant} className={cx(styles.option, styles.optionCase)}>
              <input
                type="radio"
                name={`${name}-case`}
                checked={chosenCase === c.variant}
                disabled={readOnly}
                onChange={() => onCase(code, c.variant)}
              />
              <kbd className={styles.optionKey} aria-hidden="true">
                {c.letter.toUpperCase()}
              </kbd>
              <span>{c.variant}</span>
            </label>
          ))}
          {needsCase ? <p className="hint">{t('form.case.first')}</p> : null}
        </div>
      ) : null}
      <div className={styles.criterionOptions} role="radiogroup" aria-labelledby={legendId}>
        {options.map((o) => (
          <OptionRadio
            key={o.index}
            name={name}
            code={code}
            option={o}
            checked={answer === o.index}
            disabled={readOnly}
            onAnswer={onAnswer}
          />
        ))}
        <OptionRadio
          name={name}
          code={code}
          option={undefined}
          checked={answer === 'none'}
          disabled={readOnly}
          onAnswer={onAnswer}
        />
      </div>
      <p className={styles.criterionStatus} aria-live="off">
        {status === 'unanswered' ? (
          <span className={cx(styles.badge, styles.badgeMissing)}>{t('form.unanswered')}</span>
        ) : null}
        {status === 'wrong-case' ? (
          <span className={cx(styles.badge, styles.badgeMissing)}>{t('form.wrongCase')}</span>
        ) : null}
        {status === 'none' ? (
          <span className={cx(styles.badge, styles.badgeNone)}>{t('form.noneMarked')}</span>
        ) : null}
        {status === 'answered' || status === 'none' ? (
          <span className={styles.criterionPoints}>
            {t('form.criterionPoints', { points: state.points, max: criterion.max })}
          </span>
        ) : null}
      </p>
      {criterion.defects.length > 0 ? (
        <details className={styles.printNote}>
          <summary>{t('form.printNote')}</summary>
          <ul>
            {criterion.defects.map((d) => (
              <li key={`${d.kind}-${d.optionIndex ?? ''}`}>{defectText(t, d)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </fieldset>
  );
});
