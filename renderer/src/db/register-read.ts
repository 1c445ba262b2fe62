import { averageValue } from '../domain/scoring/bands';
import type { RegisterEntryFacts, RegisterEvaluation } from '../domain/register/register';
import type { CouncilDb } from './council-db';
import { productResults } from './results';
import type { RegisterEntryRow } from './rows';

/** What the register's pure builder needs of a stored entry. */
export function entryFacts(row: RegisterEntryRow): RegisterEntryFacts {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    producerName: row.producer.name,
    commune: row.producer.commune,
    sheetNo: row.sheetNo,
    productIds: row.productIds,
    recognitions: row.recognitions,
  };
}

export interface RegisterData {
  readonly entries: readonly RegisterEntryRow[];
  /** every closed product of every closed round */
  readonly evaluations: readonly RegisterEvaluation[];
  /** closed rounds, newest first, and whether their recognition decision is recorded */
  readonly closedRounds: readonly { readonly id: string; readonly name: string; readonly decided: boolean }[];
}

/**
 * Everything the register screen shows, read from the rounds (evaluations are never copied):
 * the council's result of each closed product of each closed round, the engine's numbers.
 */
export async function registerData(db: CouncilDb): Promise<RegisterData> {
  const entries = await db.registerEntries.toArray();
  const rounds = (await db.rounds.where('status').equals('closed').toArray()).sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const evaluations: RegisterEvaluation[] = [];
  for (const round of rounds) {
    const results = await productResults(db, round.id);
    const lastDay = round.meetingDates.at(-1) ?? round.createdAt.slice(0, 10);
    for (const { product, state, current } of results.products) {
      if (state.closed === null || current === null) continue;
      evaluations.push({
        productId: product.id,
        roundId: round.id,
        roundName: round.name,
        level: round.level,
        date: product.meetingDate ?? lastDay,
        code: product.code,
        name: product.name,
        producerName: product.producer.name,
        commune: product.producer.commune,
        sheetNo: product.sheetNo,
        average: current.average === null ? null : averageValue(current.average.total),
        stars: current.stars,
        outcome: current.outcome,
      });
    }
  }
  const decided = new Set(entries.flatMap((e) => e.recognitions.flatMap((r) => r.roundId ?? [])));
  return {
    entries,
    evaluations,
    closedRounds: rounds.map((r) => ({ id: r.id, name: r.name, decided: decided.has(r.id) })),
  };
}

/** Every stored register entry (its recognitions and certificates), for `useLiveQuery`. */
export function registerEntries(db: CouncilDb): Promise<RegisterEntryRow[]> {
  return db.registerEntries.toArray();
}
