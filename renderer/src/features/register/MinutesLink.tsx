import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useCurrentRound } from '../../app/CurrentRound';
import { useDb } from '../../app/DbProvider';
import { screenPath } from '../../app/routes';
import { minutesRevisions } from '../../db';
import type { RegisterEvaluation } from '../../domain/register/register';
import { useI18n } from '../../i18n/I18nProvider';

/** Which of these products' minutes have a signed revision that is current (live). */
export function useSignedMinutes(productIds: readonly string[]): ReadonlySet<string> | undefined {
  const db = useDb();
  // The ids travel as one string: a new array holding the same ids is the same query.
  const key = productIds.join(',');
  return useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split(',');
    const signed = await Promise.all(
      ids.map(async (id) => {
        const revisions = await minutesRevisions(db, id);
        return revisions.some((r) => r.supersededBy === undefined) ? [id] : [];
      }),
    );
    return new Set(signed.flat());
  }, [db, key]);
}

/**
 * An evaluation's minutes: the round becomes the current one and its minutes page opens,
 * where the signed PDF is verified and downloaded, or the unsigned draft previewed.
 */
export function MinutesLink(props: {
  readonly evaluation: RegisterEvaluation;
  readonly signed: boolean;
}): ReactNode {
  const { t } = useI18n();
  const { setRoundId } = useCurrentRound();
  return (
    <a
      href={`#${screenPath('minutes', props.evaluation.productId)}`}
      onClick={() => setRoundId(props.evaluation.roundId)}
    >
      {t(props.signed ? 'register.ev.minutesSigned' : 'register.ev.minutesDraft')}
    </a>
  );
}
