import { ALLOWED, refuse, type RuleCheck } from './codes';

/**
 * A round's life (issue 4 item 2): preparing → scoring → closed, never backwards.
 * Going back would let a rule-set or rules profile change under scores already given.
 */
export type RoundStatus = 'preparing' | 'scoring' | 'closed';

export const ROUND_STATUSES: readonly RoundStatus[] = ['preparing', 'scoring', 'closed'];

/** What a repository is about to do to a round; each status allows a fixed set. */
export type RoundAction =
  | 'edit-details' // name, venue, decision, meeting dates, plan targets
  | 'edit-rule-set' // pinned at creation, changeable only before scoring starts
  | 'edit-rules-profile' // spread limit, quorum... frozen once scoring starts (scores are judged by it)
  | 'edit-council' // add members, change roles, attendance
  | 'edit-products' // add / edit products, recusals, disqualification
  | 'score' // answers, opinions, submit, reopen
  | 'decide'; // unseal, re-score, close a product

const ALLOWS: Readonly<Record<RoundStatus, ReadonlySet<RoundAction>>> = {
  preparing: new Set<RoundAction>([
    'edit-details',
    'edit-rule-set',
    'edit-rules-profile',
    'edit-council',
    'edit-products',
  ]),
  // Late dossiers and attendance changes happen during the meeting, so council and
  // products stay editable; the rules the scores are judged by do not.
  scoring: new Set<RoundAction>(['edit-details', 'edit-council', 'edit-products', 'score', 'decide']),
  closed: new Set<RoundAction>(),
};

export interface RoundFlags {
  readonly status: RoundStatus;
  readonly archived: boolean;
}

/** Whether `action` is allowed on a round in its current status. Archived rounds are read-only. */
export function roundAllows(round: RoundFlags, action: RoundAction): RuleCheck {
  if (round.archived) return refuse('round-archived');
  if (ALLOWS[round.status].has(action)) return ALLOWED;
  if (round.status === 'closed') return refuse('round-closed');
  if (action === 'edit-rule-set' || action === 'edit-rules-profile') return refuse('round-not-preparing');
  return refuse('round-not-scoring');
}

/** Only one step forward at a time. */
export function canTransition(from: RoundStatus, to: RoundStatus): RuleCheck {
  const ok = (from === 'preparing' && to === 'scoring') || (from === 'scoring' && to === 'closed');
  return ok ? ALLOWED : refuse('bad-status-transition');
}

export interface ScoringReadiness {
  readonly products: number;
  readonly members: number;
  readonly chairs: number;
}

/** Scoring needs products, members and a chair (the chair signs the minutes and may override a spread). */
export function canStartScoring(round: RoundFlags, council: ScoringReadiness): RuleCheck {
  if (round.archived) return refuse('round-archived');
  const step = canTransition(round.status, 'scoring');
  if (!step.ok) return step;
  if (council.products === 0) return refuse('no-products');
  if (council.members === 0) return refuse('no-members');
  if (council.chairs === 0) return refuse('no-chair');
  return ALLOWED;
}
