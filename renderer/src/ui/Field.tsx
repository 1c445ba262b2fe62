import { useId, useState, type ReactNode } from 'react';
import { formatDateText, parseDateText } from './date-text';

/**
 * A labelled form control with its hint and its error, wired for screen readers
 * (aria-describedby, aria-invalid). Texts come from the caller (already translated).
 */
export function Field(props: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}): ReactNode {
  const id = useId();
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={props.error ? 'form-field has-error' : 'form-field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, describedBy, invalid: Boolean(props.error) })}
      {props.hint ? (
        <div id={hintId} className="hint">
          {props.hint}
        </div>
      ) : null}
      {props.error ? (
        <div id={errorId} className="field-error" role="alert">
          {props.error}
        </div>
      ) : null}
    </div>
  );
}

export function TextField(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly type?: 'text' | 'tel' | 'number' | 'search';
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly autoFocus?: boolean;
  readonly placeholder?: string | undefined;
}): ReactNode {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type={props.type ?? 'text'}
          value={props.value}
          required={props.required}
          maxLength={props.maxLength ?? 500}
          autoFocus={props.autoFocus}
          placeholder={props.placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/**
 * A date typed dd/mm/yyyy (the way the app prints dates), whatever the browser's language; the
 * caller gets the ISO date once the text is a real day, or the text as typed (for its validator
 * to refuse with its own message). Tidied to dd/mm/yyyy when the field is left.
 */
export function DateField(props: {
  readonly label: string;
  /** ISO yyyy-mm-dd, or what was typed while it is not yet a date */
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** the expected form, in words, e.g. "dd/mm/yyyy" */
  readonly placeholder: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
}): ReactNode {
  const [text, setText] = useState(() => formatDateText(props.value));
  // The value changed from outside (a reset, a loaded round): show it.
  const shown = (parseDateText(text) ?? text) === props.value ? text : formatDateText(props.value);
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={shown}
          maxLength={20}
          placeholder={props.placeholder}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(parseDateText(event.target.value) ?? event.target.value);
          }}
          onBlur={() => {
            const iso = parseDateText(shown);
            if (iso !== null) setText(formatDateText(iso));
          }}
        />
      )}
    </Field>
  );
}

export function SelectField<T extends string>(props: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly disabled?: boolean;
}): ReactNode {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={props.value}
          disabled={props.disabled}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => {
            const chosen = props.options.find((option) => option.value === event.target.value);
            if (chosen) props.onChange(chosen.value);
          }}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
