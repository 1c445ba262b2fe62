import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Board } from './board-data';
import { ProgressBoard } from './ProgressBoard';
import styles from './progress.module.css';

/**
 * The board for the projector: a full-window modal over the app (no navigation), large type,
 * high contrast. Escape leaves (the native dialog's cancel), as does the button.
 */
export function ProjectorView(props: { readonly board: Board; readonly onLeave: () => void }): ReactNode {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const { onLeave } = props;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const { board } = props;
  // Type as large as the room needs, but every column on the screen: members + product, count, seal.
  const columns = board.members.length + 3;
  return (
    <dialog
      ref={ref}
      className={styles.projector}
      style={{ fontSize: `clamp(1.1rem, min(2.2vw, calc(100vw / ${columns * 6.5})), 2.6rem)` }}
      aria-labelledby="projector-title"
      onCancel={(event) => {
        event.preventDefault();
        onLeave();
      }}
    >
      <header className={styles.projectorHeader}>
        <h1 id="projector-title">{t('progress.projector.title', { round: board.roundName })}</h1>
        <p className={styles.projectorTotal}>
          {t('progress.total', { submitted: board.submitted, expected: board.expected })}
        </p>
        <button type="button" onClick={onLeave}>
          {t('progress.projector.leave')}
        </button>
      </header>
      <ProgressBoard board={board} />
    </dialog>
  );
}
