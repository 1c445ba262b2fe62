import type { ReactNode } from 'react';
import styles from './Stars.module.css';

/**
 * Shows a star rank as ★ characters (filled) and ☆ (empty) up to five, with an accessible
 * label supplied by the caller (e.g. "4 sao"). The rank itself always comes from the domain.
 */
export function Stars(props: {
  readonly count: number;
  readonly label: string;
  readonly showEmpty?: boolean;
}): ReactNode {
  const filled = Math.max(0, Math.min(5, Math.trunc(props.count)));
  const text = '★'.repeat(filled) + (props.showEmpty ? '☆'.repeat(5 - filled) : '');
  return (
    <span className={styles.stars} role="img" aria-label={props.label} title={props.label}>
      {text}
    </span>
  );
}
