import type { StarLevel } from '../criteria/types';
import type { CouncilLevel } from '../model';

/**
 * What the council's result proposes, by the round's level (issue 3 item 4, OCOP-RULES §2):
 * - province: 3★/4★ → `recognise` (by the provincial People's Committee); rank 5 →
 *   `forward-5-star` (to the Ministry); 1★/2★ → `not-recognised`; `disqualified`.
 * - central: rank 5 → `recognise-5-star`; any lower rank → `return-to-province` (the province
 *   may recognise it as 3★/4★ on this result); `disqualified`.
 * - `pending` (either level): not every present, non-recused member has scored it yet.
 */
export type ProvinceOutcome = 'recognise' | 'forward-5-star' | 'not-recognised' | 'disqualified';
export type CentralOutcome = 'recognise-5-star' | 'return-to-province' | 'disqualified';
export type Outcome = ProvinceOutcome | CentralOutcome | 'pending';

export const OUTCOMES: readonly Outcome[] = [
  'recognise',
  'forward-5-star',
  'not-recognised',
  'recognise-5-star',
  'return-to-province',
  'disqualified',
  'pending',
];

export function outcomeOf(level: CouncilLevel, rank: StarLevel | null, disqualified: boolean): Outcome {
  if (disqualified) return 'disqualified';
  if (rank === null) return 'pending';
  if (level === 'central') return rank === 5 ? 'recognise-5-star' : 'return-to-province';
  if (rank === 5) return 'forward-5-star';
  return rank >= 3 ? 'recognise' : 'not-recognised';
}
