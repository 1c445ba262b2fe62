import {
  councilResult,
  type CouncilInput,
  type CouncilResult,
  type MemberScore,
} from '../council/council-result';
import type { SheetScore } from '../scoring/member-sheet';

/**
 * The engine's result as it stood after each pass (1, 2, …), for the minutes, which show the
 * first scoring beside every re-scoring. The last element is the final result; each is
 * exactly `councilResult` with `upToPass`, so no number is computed here.
 */
export function passResultsOf(input: Omit<CouncilInput, 'upToPass'>): CouncilResult[] {
  const passes = [
    ...new Set(input.sheets.filter((s) => input.scorers.includes(s.memberId)).map((s) => s.pass)),
  ].sort((a, b) => a - b);
  if (passes.length <= 1) return [councilResult(input)];
  return passes.map((pass) => councilResult({ ...input, upToPass: pass }));
}

/** The final result of a minutes input (the last pass); the input always holds at least one. */
export function finalResult(input: { readonly passResults: readonly CouncilResult[] }): CouncilResult {
  const last = input.passResults.at(-1);
  if (last === undefined) throw new Error('passResults is empty: build it with passResultsOf');
  return last;
}

/** The member's counted sheet of the latest pass before `pass` (a re-score prints its totals). */
export function previousPassScore(
  passResults: readonly CouncilResult[],
  memberId: string,
  pass: number,
): { readonly pass: number; readonly score: SheetScore } | undefined {
  let best: MemberScore | undefined;
  for (const result of passResults)
    for (const m of result.memberScores)
      if (m.memberId === memberId && m.pass < pass && (best === undefined || m.pass > best.pass)) best = m;
  return best === undefined ? undefined : { pass: best.pass, score: best.score };
}
