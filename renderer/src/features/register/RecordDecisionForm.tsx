import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { recordRoundDecision, type RegisterData } from '../../db';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField, SelectField, TextField } from '../../ui/Field';
import { useToaster } from '../../ui/Toasts';
import styles from './Register.module.css';

/** Records the recognition decision once for a closed round's whole list; certificates are numbered in order. */
export function RecordDecisionForm(props: { readonly rounds: RegisterData['closedRounds'] }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const open = props.rounds.filter((r) => !r.decided);
  const [chosen, setChosen] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const roundId = open.some((r) => r.id === chosen) ? chosen : (open[0]?.id ?? '');

  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      const given = await recordRoundDecision(
        db,
        roundId,
        { decisionNumber: number, decisionDate: date },
        'secretary',
      );
      toaster.show(
        'success',
        t('register.decision.saved', {
          count: given.length,
          first: given[0]?.certificateNo ?? '',
          last: given.at(-1)?.certificateNo ?? '',
        }),
      );
      setNumber('');
      setDate('');
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="register-decision">
      <h2 id="register-decision" className={styles.subheading}>
        {t('register.decision.title')}
      </h2>
      <p className="hint">{t('register.decision.hint')}</p>
      {open.length === 0 ? (
        <p className="hint">{t('register.decision.none')}</p>
      ) : (
        <form
          className={styles.decision}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <SelectField
            label={t('register.decision.round')}
            value={roundId}
            options={open.map((r) => ({ value: r.id, label: r.name }))}
            onChange={setChosen}
          />
          <TextField
            label={t('register.decision.number')}
            placeholder={t('register.decision.numberHint')}
            value={number}
            onChange={setNumber}
            required
            maxLength={100}
          />
          <DateField
            label={t('register.decision.date')}
            placeholder={t('date.placeholder')}
            value={date}
            onChange={setDate}
          />
          <button type="submit" className="primary" disabled={busy || number.trim() === '' || date === ''}>
            {t('register.decision.save')}
          </button>
        </form>
      )}
    </section>
  );
}
