/** What make-seed.ts seeded: the ids the browser benchmarks navigate to. */
export interface SeedInfo {
  /** the current round (being scored) */
  readonly roundId: string;
  /** sealed products of the current round whose sheets are blank drafts */
  readonly draftProductIds: readonly string[];
  /** the current round's seats, chair first */
  readonly memberIds: readonly string[];
  /** an unsealed product with every sheet submitted */
  readonly resultsProductId: string;
  readonly rounds: number;
  readonly products: number;
  readonly members: number;
}
