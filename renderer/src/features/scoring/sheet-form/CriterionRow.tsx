import { memo, useCallback, type ReactNode } from 'react';
import type { PrintingDefect } from '../../../domain/criteria/defects';
import type { Answer } from '../../../domain/model';
import { useI18n } from '../../../i18n/I18nProvider';
import type { Translate } from '../../../i18n/translate';
import { printedMark, visibleOptions, type CriterionStatus, type CriterionView } from './view-model';

export interface CriterionRowProps {
  readonly criterion: CriterionView;
  readonly answer: Answer | undefined;
  readonly chosenCase: string | undefined;
  readonly status: CriterionStatus;
  /** points the domain gives this criterion for the current answer */
  readonly points: number;
  readonly focused: boolean;
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
 * One criterion of the official form: its text, notes, knock-out notes, the case choice on
 * sheet 26, the printed options as radios (number to type, points, star mark) and the
 * "meets none" choice. Memoised: a click re-renders only the criterion it changes.
 */
export const CriterionRow = memo(function CriterionRow(props: CriterionRowProps): ReactNode {
  const { t } = useI18n();
  const { criterion, answer, chosenCase, status, readOnly, onAnswer, onCase, register } = props;
  const code = criterion.code;
  const name = `${props.formId}-${code}`;
  const ref = useCallback((el: HTMLFieldSetElement | null) => register(code, el), [register, code]);
  const options = visibleOptions(criterion, chosenCase);
  const needsCase = criterion.cases.length > 0 && chosenCase === undefined;
  const legendId = `${name}-legend`;

  return (
    <fieldset
      ref={ref}
      className={`criterion criterion-${status}${props.focused ? ' criterion-focused' : ''}`}
      data-criterion={code}
      tabIndex={props.focused ? 0 : -1}
      aria-labelledby={legendId}
      aria-invalid={status === 'unanswered' || status === 'wrong-case' ? true : undefined}
    >
      <legend id={legendId}>
        <span className="criterion-code">{code}.</span> {criterion.text}
        <span className="criterion-max"> ({t('form.criterionMax', { max: criterion.max })})</span>
      </legend>
      {criterion.notes.map((note) => (
        <p key={note} className="criterion-note">
          {note}
        </p>
      ))}
      {criterion.knockOutNotes.map((note) => (
        <p key={note} className="criterion-knockout" role="note">
          <strong>{t('form.knockOut')}: </strong>
          {note}
        </p>
      ))}
      {criterion.cases.length > 0 ? (
        <div className="criterion-cases" role="radiogroup" aria-label={t('form.case.legend')}>
          {criterion.cases.map((c) => (
            <label key={c.variant} className="option option-case">
              <input
                type="radio"
                name={`${name}-case`}
                checked={chosenCase === c.variant}
                disabled={readOnly}
                onChange={() => onCase(code, c.variant)}
              />
              <kbd className="option-key" aria-hidden="true">
                {c.letter.toUpperCase()}
              </kbd>
              <span>{c.variant}</span>
            </label>
          ))}
          {needsCase ? <p className="hint">{t('form.case.first')}</p> : null}
        </div>
      ) : null}
      <div className="criterion-options" role="radiogroup" aria-labelledby={legendId}>
        {options.map((o) => (
          <label key={o.index} className="option">
            <input
              type="radio"
              name={name}
              checked={answer === o.index}
              disabled={readOnly}
              onChange={() => onAnswer(code, o.index)}
            />
            <kbd className="option-key" aria-hidden="true">
              {o.number}
            </kbd>
            <span className="option-text">{o.text}</span>
            <span className="option-points">{t('form.optionPoints', { points: o.points })}</span>
            {o.stars === undefined ? null : (
              <span className="option-mark" title={t('form.starMark.label', { stars: o.stars })}>
                {printedMark(o.stars)}
              </span>
            )}
          </label>
        ))}
        <label className="option option-none">
          <input
            type="radio"
            name={name}
            checked={answer === 'none'}
            disabled={readOnly}
            onChange={() => onAnswer(code, 'none')}
          />
          <kbd className="option-key" aria-hidden="true">
            0
          </kbd>
          <span className="option-text">{t('form.none')}</span>
        </label>
      </div>
      <p className="criterion-status" aria-live="off">
        {status === 'unanswered' ? <span className="badge badge-missing">{t('form.unanswered')}</span> : null}
        {status === 'wrong-case' ? <span className="badge badge-missing">{t('form.wrongCase')}</span> : null}
        {status === 'none' ? <span className="badge badge-none">{t('form.noneMarked')}</span> : null}
        {status === 'answered' || status === 'none' ? (
          <span className="criterion-points">
            {t('form.criterionPoints', { points: props.points, max: criterion.max })}
          </span>
        ) : null}
      </p>
      {criterion.defects.length > 0 ? (
        <details className="print-note">
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
