import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { deleteRound } from '../../db/repos/round-delete';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import { autoBackup } from './platform-store';

/**
 * Deleting the current round (archive is the everyday way): the name must be typed again, and
 * an automatic backup of everything is written FIRST — no backup, no deletion.
 */
export function DeleteRoundSection(props: { readonly onChanged: () => void }): ReactNode {
  const db = useDb();
  const { t } = useI18n();
  const toaster = useToaster();
  const report = useReportError();
  const { roundId, setRoundId } = useCurrentRound();
  const round = useLiveQuery(() => (roundId === null ? undefined : db.rounds.get(roundId)), [db, roundId]);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const matches = round !== undefined && typed.trim() === round.name.trim();

  const run = async (): Promise<void> => {
    if (round === undefined || !matches) return;
    setBusy(true);
    let safety: string | null;
    try {
      safety = (await autoBackup(db, 'before-delete')).written;
    } catch (error) {
      toaster.show(
        'error',
        t('backup.delete.safetyFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
      setBusy(false);
      return;
    }
    try {
      await deleteRound(db, round.id, 'secretary');
      setRoundId(null);
      setOpen(false);
      toaster.show('success', t('backup.delete.done', { round: round.name, safety: safety ?? '' }));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
      props.onChanged();
    }
  };

  return (
    <section aria-labelledby="delete-round-title">
      <h3 id="delete-round-title">{t('backup.delete.title')}</h3>
      <p className="hint">{t('backup.delete.hint')}</p>
      {round === undefined ? (
        <p>{t('backup.delete.none')}</p>
      ) : (
        <button
          type="button"

          onClick={() => {
            setTyped('');
            setOpen(true);
          }}
        >
          {t('backup.delete.open', { round: round.name })}
        </button>
      )}
      {round !== undefined && open ? (
        <Dialog open={open} title={t('backup.delete.title')} onClose={() => setOpen(false)}>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run();
            }}
          >
            <TextField
              label={t('backup.delete.confirmLabel', { round: round.name })}
              value={typed}
              onChange={setTyped}
              autoFocus
              error={typed !== '' && !matches ? t('backup.delete.mismatch') : null}
            />
            <div className="actions">
              <button type="submit" className="primary" disabled={!matches || busy}>
                {busy ? t('backup.delete.busy') : t('backup.delete.confirm')}
              </button>
              <button type="button" disabled={busy} onClick={() => setOpen(false)}>
                {t('backup.restore.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </section>
  );
}
