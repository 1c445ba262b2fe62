import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useCurrentRound } from '../app/CurrentRound';
import { useDb } from '../app/DbProvider';
import { screenPath } from '../app/routes';
import styles from './CurrentRoundBadge.module.css';

/** The round every round-scoped screen acts on, always in sight in the header. */
export function CurrentRoundBadge(): ReactNode {
  const { t } = useI18n();
  const db = useDb();
  const { roundId } = useCurrentRound();
  const round = useLiveQuery(() => (roundId === null ? undefined : db.rounds.get(roundId)), [db, roundId]);
  if (!round) return null;
  const label = t('nav.currentRound', { name: round.name });
  // A long name is cut with an ellipsis; the title shows it whole.
  return (
    <a className={styles.currentRound} href={`#${screenPath('rounds')}`} title={label}>
      {label}
    </a>
  );
}
