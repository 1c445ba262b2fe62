import type { ReactNode } from 'react';
import type { MinutesFields } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { Field, TextField } from '../../ui/Field';
import styles from './MinutesFields.module.css';

/** The form's state: the fields as typed (the number as text until saved). */
export interface FieldsDraft {
  readonly number: string;
  readonly symbol: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly venue: string;
  readonly presiding: string;
  readonly recorder: string;
  readonly conclusion: string;
  readonly otherOpinions: string;
  readonly recipients: string;
}

export function draftOf(fields: MinutesFields): FieldsDraft {
  return {
    ...fields,
    number: fields.number === null ? '' : String(fields.number),
    recipients: fields.recipients.join('\n'),
  };
}

/** The draft as fields; a number that is not a whole number is kept as NaN for the validator. */
export function fieldsOf(draft: FieldsDraft): MinutesFields {
  const number = draft.number.trim();
  return {
    ...draft,
    number: number === '' ? null : /^\d+$/u.test(number) ? Number(number) : Number.NaN,
    recipients: draft.recipients.split('\n'),
  };
}

type Key = keyof FieldsDraft;

/**
 * The inputs shared by one product's form and a day's batch: symbol, times, venue, presiding,
 * recorder, recipients; `withProduct` adds what is per product (number, conclusion, opinions).
 */
export function MinutesFieldInputs(props: {
  readonly draft: FieldsDraft;
  readonly onChange: (key: Key, value: string) => void;
  readonly numberLabel: string;
  readonly numberHint: string;
  readonly withProduct: boolean;
  readonly errors: Partial<Record<Key, string>>;
}): ReactNode {
  const { t } = useI18n();
  const { draft, onChange, errors } = props;
  const text = (key: Key, label: string, hint?: string) => (
    <TextField
      label={label}
      value={draft[key]}
      hint={hint}
      error={errors[key]}
      maxLength={300}
      onChange={(value) => onChange(key, value)}
    />
  );
  const area = (key: Key, label: string, hint: string, max: number) => (
    <Field label={label} hint={hint} error={errors[key]}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className={styles.wide}
          value={draft[key]}
          maxLength={max}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(key, event.target.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      <div className={styles.row}>
        {text('number', props.numberLabel, props.numberHint)}
        {text('symbol', t('minutesFields.field.symbol'), t('minutesFields.field.symbolHint'))}
      </div>
      <div className={styles.row}>
        {text('startTime', t('minutesFields.field.startTime'), 'HH:MM')}
        {text('endTime', t('minutesFields.field.endTime'), 'HH:MM')}
      </div>
      {text('venue', t('minutesFields.field.venue'))}
      <div className={styles.row}>
        {text('presiding', t('minutesFields.field.presiding'))}
        {text('recorder', t('minutesFields.field.recorder'))}
      </div>
      {props.withProduct
        ? area(
            'conclusion',
            t('minutesFields.field.conclusion'),
            t('minutesFields.field.conclusionHint'),
            4000,
          )
        : null}
      {props.withProduct
        ? area(
            'otherOpinions',
            t('minutesFields.field.otherOpinions'),
            t('minutesFields.field.otherOpinionsHint'),
            4000,
          )
        : null}
      {area('recipients', t('minutesFields.field.recipients'), t('minutesFields.field.recipientsHint'), 3000)}
    </>
  );
}
