import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../app/DbProvider';
import { quorumOf, type RoundHead } from '../../db';
import { quorumStatus } from '../../domain/council/quorum';
import { quorumMembers } from '../../domain/workflow';

export interface DayQuorum {
  /** the meeting day, or null for a round without meeting days */
  readonly date: string | null;
  readonly met: boolean;
  readonly present: number;
  readonly total: number;
  readonly chairPresent: boolean;
}

/**
 * The quorum of every meeting day, live. The verdict (met, present, total) is the engine's
 * through `quorumOf`; whether the chair is among those present is the same engine rule
 * (domain/council/quorum) asked for its detail, so the screen can say WHY quorum fails.
 */
export function useQuorum(bundle: RoundHead): readonly DayQuorum[] | undefined {
  const db = useDb();
  const { round } = bundle;
  const days: readonly (string | null)[] = round.meetingDates.length === 0 ? [null] : round.meetingDates;
  const verdicts = useLiveQuery(
    () => Promise.all(days.map((day) => quorumOf(db, round.id, day ?? undefined))),
    [db, round.id, days.join(','), bundle],
  );
  if (verdicts === undefined) return undefined;
  return days.map((date, index) => {
    const members = quorumMembers(
      bundle.members,
      bundle.attendance,
      date ?? undefined,
      round.secretaryScores ?? true,
    );
    const detail = quorumStatus(members, round.rules, round.chairDelegatedTo);
    const verdict = verdicts[index] ?? { met: detail.met, present: detail.present, total: detail.total };
    return {
      date,
      met: verdict.met,
      present: verdict.present,
      total: verdict.total,
      chairPresent: detail.chairPresent,
    };
  });
}
