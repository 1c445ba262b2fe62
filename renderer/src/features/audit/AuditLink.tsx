import { useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { Dialog } from '../../ui/Dialog';
import { AuditTrailPanel } from './AuditTrailPanel';

/** Settings: opens the current round's audit trail with its integrity check. */
export function AuditLink(): ReactNode {
  const db = useDb();
  const { t } = useI18n();
  const { roundId } = useCurrentRound();
  const round = useLiveQuery(() => (roundId === null ? undefined : db.rounds.get(roundId)), [db, roundId]);
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="audit-link-title">
      <h2 id="audit-link-title">{t('audit.title')}</h2>
      {round === undefined ? (
        <p>{t('audit.noRound')}</p>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('audit.link')}
        </button>
      )}
      {round !== undefined && open ? (
        <Dialog open={open} title={t('audit.title')} onClose={() => setOpen(false)} wide>
          <AuditTrailPanel roundId={round.id} roundName={round.name} />
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              {t('backup.restore.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
