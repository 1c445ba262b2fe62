import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { readBoard } from './board-data';
import { ProgressBoard } from './ProgressBoard';
import { ProjectorView } from './ProjectorView';
import styles from './progress.module.css';

/**
 * The live progress board of a round (issue 4 item 7), with its projector mode. Live: it
 * re-reads as members submit. Reached from Results (#/results/board) and from Scoring.
 */
export function ProgressBoardPanel(props: { readonly roundId: string }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const board = useLiveQuery(() => readBoard(db, props.roundId), [db, props.roundId]);
  const [projecting, setProjecting] = useState(false);
  if (board === undefined) return <p>{t('progress.loading')}</p>;
  if (board === null) return <p>{t('round.chooseFirst')}</p>;
  return (
    <section className="panel" aria-labelledby="board-title">
      <div className={styles.boardTop}>
        <h1 id="board-title">{t('progress.title')}</h1>
        <div className={styles.boardActions}>
          <button type="button" className="primary" onClick={() => setProjecting(true)}>
            {t('progress.projector.enter')}
          </button>
          <a href={`#${screenPath('results')}`}>{t('progress.toResults')}</a>
        </div>
      </div>
      <p>{t('progress.total', { submitted: board.submitted, expected: board.expected })}</p>
      <p className="hint">{t('progress.noScores')}</p>
      {board.products.length === 0 ? <p>{t('progress.noProducts')}</p> : <ProgressBoard board={board} />}
      {projecting ? <ProjectorView board={board} onLeave={() => setProjecting(false)} /> : null}
    </section>
  );
}
