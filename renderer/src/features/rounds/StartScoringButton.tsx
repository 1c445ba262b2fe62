import { useState, type ReactNode } from 'react';
import { useDb } from '../../app/DbProvider';
import { useReportError } from '../../app/useReportError';
import { startScoring, type RoundHead } from '../../db';
import { canStartScoring } from '../../domain/workflow';
import { useI18n } from '../../i18n/I18nProvider';
import { useToaster } from '../../ui/Toasts';
import styles from './rounds.module.css';

/**
 * "Bắt đầu chấm điểm". The workflow rule is asked live so the reason it would refuse (no
 * products, no members, no chair) is in view before the click; the click still goes through
 * the repository, which asks the same rule again and reports any refusal.
 */
export function StartScoringButton(props: { readonly bundle: RoundHead }): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const toaster = useToaster();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);
  const { round, members, products } = props.bundle;
  if (round.status !== 'preparing') return null;
  const check = canStartScoring(
    { status: round.status, archived: round.archived === 1 },
    {
      products: products.length,
      members: members.length,
      chairs: members.filter((m) => m.role === 'chair').length,
    },
  );
  const start = async (): Promise<void> => {
    setBusy(true);
    try {
      await startScoring(db, round.id, 'secretary');
      toaster.show('success', t('rounds.startScoring.done', { name: round.name }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.startScoring}>
      <button
        type="button"
        className="primary"
        disabled={busy}
        aria-describedby="start-scoring-why"
        onClick={() => void start()}
      >
        {t('rounds.startScoring')}
      </button>
      <p id="start-scoring-why" className={check.ok ? 'hint' : 'hint warn-text'}>
        {check.ok
          ? t('rounds.startScoring.hint')
          : t('rounds.startScoring.cannot', { reason: t(`db.${check.code}`) })}
      </p>
    </div>
  );
}
