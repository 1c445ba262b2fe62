/**
 * Scoring packs (issue 9 part 2): how one returned sheet meets the secretary's copy. Pure.
 *
 * The secretary's laptop keeps, per pack and product, a BASELINE: the digest of the sheet
 * both sides last agreed on, and the highest member-side revision already read. Then:
 * - a revision at or below the one already read changes nothing (the same file twice, or an
 *   older file read after a newer one: an older edit never overwrites a newer one);
 * - a pack sheet equal to the laptop's changes nothing;
 * - if only the pack changed since the baseline, the pack's sheet is applied;
 * - if only the laptop changed, the laptop's sheet stays;
 * - if both changed (and differ), it is a CONFLICT: shown side by side, the secretary picks
 *   one with a written reason. Nothing is silently overwritten.
 */
export type SheetMergeDecision = 'stale' | 'same' | 'apply' | 'keep-laptop' | 'conflict';

export interface SheetMergeInput {
  /** what the laptop and the pack last agreed on */
  readonly baseline: { readonly digest: string; readonly seenRevision: number };
  /** the laptop's sheet now */
  readonly laptopDigest: string;
  /** the returned sheet */
  readonly packDigest: string;
  readonly packRevision: number;
}

export function decideSheetMerge(input: SheetMergeInput): SheetMergeDecision {
  if (input.packRevision <= input.baseline.seenRevision) return 'stale';
  if (input.packDigest === input.laptopDigest) return 'same';
  const laptopChanged = input.laptopDigest !== input.baseline.digest;
  const packChanged = input.packDigest !== input.baseline.digest;
  if (!laptopChanged) return 'apply';
  if (!packChanged) return 'keep-laptop';
  return 'conflict';
}
