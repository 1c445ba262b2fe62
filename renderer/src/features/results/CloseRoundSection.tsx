import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { closeRound } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import { backUpAfterRoundClosed } from '../backup';
import { ConfirmDialog } from './ConfirmDialog';
import type { ResultsPage } from './results-data';
import { useAction } from './useAction';
import styles from './results.module.css';
import { cx } from '../../ui/cx';

/**
 * "Kết thúc đợt đánh giá": the reasons it would be refused are shown before the click (from
 * the engine's quorum and the products' states); the db still decides and its refusal is shown.
 */
export function CloseRoundSection(props: { readonly page: ResultsPage }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const run = useAction();
  const toaster = useToaster();
  const [confirming, setConfirming] = useState(false);
  const { round, products, quorum } = props.page;
  if (round.status === 'closed') {
    return (
      <section className={cx('panel', styles.resultsPanel)} aria-labelledby="close-round-title">
        <h2 id="close-round-title">{t('results.closeRound.title')}</h2>
        <p className={styles.roundClosed}>{t('results.closeRound.closed')}</p>
      </section>
    );
  }
  const open = products.filter((p) => p.state.closed === null).length;
  const reasons = [
    ...(round.status !== 'scoring' ? [t('results.closeRound.notScoring')] : []),
    ...(quorum.some((q) => !q.met) ? [t('db.below-quorum')] : []),
    ...(open > 0 ? [t('results.closeRound.open', { count: open })] : []),
  ];
  return (
    <section className={cx('panel', styles.resultsPanel)} aria-labelledby="close-round-title">
      <h2 id="close-round-title">{t('results.closeRound.title')}</h2>
      {reasons.length > 0 ? (
        <ul id="close-round-reasons" className={styles.refusalReasons}>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : (
        <p id="close-round-reasons">{t('results.closeRound.ready')}</p>
      )}
      <button
        type="button"
        className="primary"
        aria-describedby="close-round-reasons"
        onClick={() => setConfirming(true)}
      >
        {t('results.closeRound.action')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('results.closeRound.confirmTitle')}
        body={<p>{t('results.closeRound.confirmBody', { round: round.name })}</p>}
        confirmLabel={t('results.closeRound.action')}
        onConfirm={async () => {
          const closed = await run(() => closeRound(db, round.id, 'secretary'), t('results.closeRound.done'));
          // A closed round is a finished legal record: keep a copy at once (the Settings screen's backups).
          if (closed) {
            backUpAfterRoundClosed(db).then(
              (outcome) =>
                outcome.written !== null &&
                toaster.show('success', t('results.closeRound.backedUp', { file: outcome.written })),
              (error: unknown) =>
                toaster.show(
                  'warning',
                  t('results.closeRound.backupFailed', {
                    message: error instanceof Error ? error.message : String(error),
                  }),
                ),
            );
          }
          return closed;
        }}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}
