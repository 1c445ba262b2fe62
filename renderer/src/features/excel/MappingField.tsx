import { useId, type ReactNode } from 'react';

/**
 * One field's column in a spreadsheet import: a labelled select (the label names only the field,
 * for screen readers); a column without a header is shown by its number.
 */
export function MappingField(props: {
  readonly className: string | undefined;
  readonly label: string;
  readonly none: string;
  readonly headers: readonly string[];
  readonly value: number | null;
  readonly onChange: (column: number | null) => void;
}): ReactNode {
  const id = useId();
  return (
    <div className={props.className}>
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{props.none}</option>
        {props.headers.map((h, i) => (
          <option key={i} value={i}>
            {h === '' ? `#${i + 1}` : h}
          </option>
        ))}
      </select>
    </div>
  );
}
