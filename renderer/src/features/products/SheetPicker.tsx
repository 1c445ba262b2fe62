import { useId, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { TextField } from '../../ui/Field';
import { filterSheets, type SheetChoice } from './useSheetChoices';
import styles from './products.module.css';
import { cx } from '../../ui/cx';

/**
 * The product set, chosen among the rule-set's sheets: a search box (diacritics optional)
 * filters a list of radio options, so the keyboard and screen readers work as usual.
 */
export function SheetPicker(props: {
  readonly choices: readonly SheetChoice[];
  readonly value: number | null;
  readonly onChange: (sheetNo: number) => void;
  readonly error: string | null;
  readonly locked: boolean;
}): ReactNode {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  const shown = filterSheets(props.choices, query);
  const chosen = props.choices.find((c) => c.sheetNo === props.value);
  const label = (c: SheetChoice): string => t('products.sheetLabel', { no: c.sheetNo, name: c.name });
  return (
    <fieldset
      className={
        props.error === null ? cx('field', styles.sheetPicker) : cx('field', styles.sheetPicker, 'has-error')
      }
      aria-describedby={`${id}-chosen`}
    >
      <legend>{t('productForm.sheet')}</legend>
      <p id={`${id}-chosen`} className={styles.sheetChosen} aria-live="polite">
        {chosen === undefined
          ? t('productForm.sheetNone')
          : t('productForm.sheetChosen', { sheet: label(chosen) })}
      </p>
      {props.locked ? (
        <p className="hint">{t('productForm.sheetLocked')}</p>
      ) : (
        <>
          <TextField
            type="search"
            label={t('productForm.sheetSearch')}
            hint={t('productForm.sheetSearch.hint')}
            value={query}
            onChange={setQuery}
          />
          <div className={styles.sheetOptions} role="radiogroup" aria-label={t('productForm.sheet')}>
            {shown.length === 0 ? <p>{t('productForm.sheetNoMatch')}</p> : null}
            {shown.map((choice) => (
              <label key={choice.sheetNo} className={styles.sheetOption}>
                <input
                  type="radio"
                  name={`${id}-sheet`}
                  value={choice.sheetNo}
                  checked={props.value === choice.sheetNo}
                  onChange={() => props.onChange(choice.sheetNo)}
                />
                <span>
                  <strong>{label(choice)}</strong>
                  <span className="hint">{choice.productTypes.join(' · ')}</span>
                </span>
              </label>
            ))}
          </div>
        </>
      )}
      {props.error === null ? null : (
        <p role="alert" className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
