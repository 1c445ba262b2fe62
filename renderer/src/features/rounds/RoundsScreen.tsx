import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { listRounds } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { ThisMonthPanel } from '../register/ThisMonthPanel';
import { CurrentRoundPanel } from './CurrentRoundPanel';
import { ImportDialogs } from './ImportDialogs';
import { RoundFormDialog } from './RoundFormDialog';
import { RoundsTable } from './RoundsTable';
import { useRoundHead } from '../../app/useRoundBundle';
import { useRoundFile } from './useRoundFile';
import { useWarmResults } from '../results/useWarmResults';
import styles from './rounds.module.css';

type FormState = { readonly mode: 'closed' } | { readonly mode: 'create' } | { readonly mode: 'edit' };

/** Home screen: the evaluation rounds, the current one, and the round file. */
export function RoundsScreen(_props: { readonly rest: readonly string[] }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const { roundId, setRoundId } = useCurrentRound();
  const [showArchived, setShowArchived] = useState(false);
  const [form, setForm] = useState<FormState>({ mode: 'closed' });
  const [focusRequest, setFocusRequest] = useState(0);
  const current = useRoundHead(roundId);
  // The progress column reads every sheet of every round being scored: it is asked for once
  // the current round is on screen (or known to be none), so it never stands between a person
  // and the first screen.
  const currentShown = current !== undefined;
  const rounds = useLiveQuery(
    () => listRounds(db, { includeArchived: showArchived, progress: currentShown }),
    [db, showArchived, currentShown],
  );
  const roundFile = useRoundFile();
  // Once the list with its progress is shown, an idle moment readies the results screen.
  useWarmResults(roundId, currentShown && rounds !== undefined);

  return (
    <>
      <section className="panel">
        <h1>{t('rounds.title')}</h1>
        <p className={styles.currentRoundLine}>
          <strong>{current ? t('round.current', { name: current.round.name }) : t('round.none')}</strong>
        </p>
        <div className="toolbar">
          <button type="button" className="primary" onClick={() => setForm({ mode: 'create' })}>
            {t('rounds.new')}
          </button>
          <button type="button" onClick={() => void roundFile.importRound()}>
            {t('roundFile.import')}
          </button>
          <label className="choice">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(event) => setShowArchived(event.target.checked)}
            />
            {t('rounds.showArchived')}
          </label>
        </div>
        {rounds === undefined ? (
          <p>{t('settings.about.loading')}</p>
        ) : rounds.length === 0 ? (
          <p>{t('rounds.empty')}</p>
        ) : (
          <RoundsTable
            rounds={rounds}
            currentId={roundId}
            onOpen={(id) => {
              setRoundId(id);
              setFocusRequest((n) => n + 1);
            }}
          />
        )}
      </section>
      {/* Its reads (the register, every round's products) wait for the current round too. */}
      {currentShown ? <ThisMonthPanel /> : null}
      {current ? (
        <CurrentRoundPanel
          bundle={current}
          onEdit={() => setForm({ mode: 'edit' })}
          onExport={() => void roundFile.exportRound(current.round)}
          focusRequest={focusRequest}
        />
      ) : null}
      <RoundFormDialog
        open={form.mode !== 'closed'}
        round={form.mode === 'edit' && current ? current.round : null}
        onClose={() => setForm({ mode: 'closed' })}
        onSaved={(round) => {
          setForm({ mode: 'closed' });
          setRoundId(round.id);
        }}
      />
      <ImportDialogs
        question={roundFile.question}
        onCancel={roundFile.dismiss}
        onImportAsCopy={() => void roundFile.importAsCopy()}
      />
    </>
  );
}
