import { councilResult, type CouncilInput, type CouncilResult } from '../domain/council/council-result';
import { loadSheet, ruleSetInfo } from '../domain/criteria/registry';
import type { CriteriaSheet } from '../domain/criteria/types';
import { passResultsOf } from '../domain/documents/pass-results';
import { scorersByProduct } from '../domain/workflow';
import type { CouncilDb } from './council-db';
import { EngineUnavailableError } from './errors';
import { getRoundBundle, progressHeadInput, type CouncilMember, type RoundBundle } from './queries';
import { toMemberSheet } from './repos/context';
import type { ProductRow, ProductStateRow, RoundRow, SheetRow } from './rows';

/**
 * The council's result of every product of a round, as the results screen shows it: the
 * engine's `councilResult` over the REVEALED sheets only (passes the secretary has unsealed,
 * the same rule as `revealedSheets`), so a sealed pass can never leak a score. Nothing is
 * computed here: rows are mapped to the engine's input, the engine answers.
 */
export interface ProductResult {
  readonly product: ProductRow;
  readonly state: ProductStateRow;
  /** members who score it: present on its meeting day, not recused (the workflow's rule) */
  readonly scorers: readonly string[];
  /** passes 1..revealedPasses are unsealed */
  readonly revealedPasses: number;
  /**
   * The engine's result over the revealed passes (each member's latest revealed sheet). While
   * a re-scoring pass is sealed this is still the earlier pass's result: use `current`.
   */
  readonly result: CouncilResult;
  /** `result` when it is the product's result now (current pass unsealed, or disqualified); null while sealed */
  readonly current: CouncilResult | null;
  /** the result as it stood after each revealed pass, ascending ([result] when never re-scored) */
  readonly passResults: readonly CouncilResult[];
}

export interface RoundResults {
  readonly round: RoundRow;
  /** ordered by position */
  readonly members: readonly CouncilMember[];
  /** ordered by position */
  readonly products: readonly ProductResult[];
}

export interface ProductResultsDeps {
  /** the criteria sheet loader (default: the shipped, validated sheets) */
  readonly loadSheet?: (ruleSetId: string, sheetNo: number) => Promise<CriteriaSheet>;
}

/**
 * Every product's council result. Safe inside `useLiveQuery`: every IndexedDB read happens
 * first (one read transaction); sheets load afterwards from the cached registry.
 */
export async function productResults(
  db: CouncilDb,
  roundId: string,
  deps: ProductResultsDeps = {},
): Promise<RoundResults> {
  return roundResultsOf(await getRoundBundle(db, roundId), deps);
}

/** `productResults` over a round bundle already read (one snapshot: no IndexedDB here). */
export async function roundResultsOf(
  bundle: RoundBundle,
  deps: ProductResultsDeps = {},
): Promise<RoundResults> {
  const { round } = bundle;
  const info = ruleSetInfo(round.ruleSetId);
  if (info === undefined) throw new EngineUnavailableError(round.ruleSetId);
  const load = deps.loadSheet ?? loadSheet;
  const sheetNos = [...new Set(bundle.products.map((p) => p.sheetNo))];
  const sheets = new Map(
    await Promise.all(sheetNos.map(async (no) => [no, await load(round.ruleSetId, no)] as const)),
  );
  // Who scores each product, worked out once for the round (141 products × 15 members).
  const scorersOf = scorersByProduct(progressHeadInput(bundle));
  const sheetsOf = new Map<string, SheetRow[]>();
  for (const s of bundle.sheets) {
    const list = sheetsOf.get(s.productId);
    if (list === undefined) sheetsOf.set(s.productId, [s]);
    else list.push(s);
  }
  const products = bundle.products.map((product): ProductResult => {
    const state = bundle.productStates.get(product.id);
    const sheet = sheets.get(product.sheetNo);
    if (state === undefined || sheet === undefined)
      throw new EngineUnavailableError(`${round.ruleSetId} sheet ${product.sheetNo}`);
    const revealedPasses = state.unsealedAt.length;
    const scorers = scorersOf.get(product.id) ?? [];
    const input: Omit<CouncilInput, 'upToPass'> = {
      productId: product.id,
      sheet,
      bands: info.bands,
      rules: round.rules,
      level: round.level,
      disqualified: product.disqualification,
      sheets: (sheetsOf.get(product.id) ?? [])
        .filter((s) => s.pass <= revealedPasses && s.status === 'submitted')
        .map(toMemberSheet),
      scorers,
    };
    // The last pass's result is the result (each member's latest revealed sheet): one tally, not two.
    const passResults = passResultsOf(input);
    const result = passResults.at(-1) ?? councilResult(input);
    const revealedNow = !state.sealed || product.disqualification !== null;
    return {
      product,
      state,
      scorers,
      revealedPasses,
      result,
      current: revealedNow ? result : null,
      passResults,
    };
  });
  return { round, members: bundle.members, products };
}
