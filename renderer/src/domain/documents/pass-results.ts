import { councilResult, type CouncilInput, type CouncilResult } from '../council/council-result';

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
