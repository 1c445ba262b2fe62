import Dexie, { type ObservabilitySet } from 'dexie';
import type { CouncilDb } from './council-db';
import { readRoundBundle, type RoundBundle } from './queries';
import { readTx, type StoreName } from './tx';

/**
 * A value derived from one round's bundle (the results screen's tally of 141 × 9 sheets), kept
 * in memory until any table a bundle is read from changes. Reading the round's sheets and
 * tallying them is most of the time the results screen takes to appear; while nothing was
 * written, opening the screen again gives the same answer, so it is not computed again.
 *
 * A stale value is impossible by construction, not by each writer's care: Dexie announces every
 * committed write transaction (`storagemutated`, also for other tabs' writes, backup restores
 * and round deletions — all go through Dexie) with the tables it touched, and any write to one
 * of the bundle's tables moves that database's generation on, which makes every value
 * remembered before it stale. A value computed from a read that a write overtook is not kept
 * (the generation moved on meanwhile).
 */
const BUNDLE_TABLES = [
  'rounds',
  'people',
  'roundMembers',
  'attendance',
  'products',
  'recusals',
  'sheets',
  'productStates',
] as const satisfies readonly StoreName[];

/** Values kept per memo unless said: enough for moving between a few rounds, small in memory. */
const MAX_VALUES = 4;

/** database name → generation, which moves on at every write to a bundle table */
const generations = new Map<string, number>();
let listening = false;

/** Parts are named `idb://<database>/<table>/<index>`. */
function touchesBundle(parts: ObservabilitySet, dbName: string): boolean {
  const prefixes = BUNDLE_TABLES.map((table) => `idb://${dbName}/${table}/`);
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

function generationOf(dbName: string): number {
  if (!listening) {
    listening = true;
    Dexie.on('storagemutated', (parts) => {
      for (const [name, generation] of generations)
        if (touchesBundle(parts, name)) generations.set(name, generation + 1);
    });
  }
  let generation = generations.get(dbName);
  if (generation === undefined) {
    generation = 0;
    generations.set(dbName, generation);
  }
  return generation;
}

export interface RoundMemo<T> {
  /**
   * `derive(bundle)` of the round, from memory when no bundle table has been written since it
   * was computed. Safe inside `useLiveQuery`: a remembered value still reads (counts only, no
   * rows) every bundle table, so the live query runs again at the next write — which made the
   * value stale. A read while the same value is being computed (the home screen's warm-up still
   * tallying when Results is clicked) waits for it instead of computing it twice — so never call
   * it inside a transaction, which would end while waiting. Throws `NotFoundError` when the round is gone, like `getRoundBundle`.
   */
  read(db: CouncilDb, roundId: string): Promise<T>;
}

export interface RoundMemoOptions {
  /**
   * How many rounds' values are kept (the least recently read goes first). A small value (the
   * home screen's progress of every round being scored) can keep many; a big one (a tally)
   * keeps a few. Fewer than the rounds read in turn would keep none of them.
   */
  readonly maxValues?: number;
}

export function roundMemo<T>(
  derive: (db: CouncilDb, bundle: RoundBundle) => T | Promise<T>,
  options: RoundMemoOptions = {},
): RoundMemo<T> {
  const maxValues = options.maxValues ?? MAX_VALUES;
  const values = new Map<
    string,
    { readonly db: CouncilDb; readonly generation: number; readonly value: T }
  >();
  /** values being computed (a warm-up still tallying when the screen asks): computed once */
  const computing = new Map<
    string,
    { readonly db: CouncilDb; readonly generation: number; readonly value: Promise<T> }
  >();
  const observe = (db: CouncilDb) =>
    readTx(db, (t) => Promise.all(BUNDLE_TABLES.map((table) => t[table].count())));
  return {
    async read(db, roundId) {
      const key = `${db.name}\u0000${roundId}`;
      const generation = generationOf(db.name);
      const kept = values.get(key);
      if (kept !== undefined && kept.db === db && kept.generation === generation) {
        await observe(db);
        if (generationOf(db.name) === generation) return kept.value;
      }
      const shared = computing.get(key);
      if (shared !== undefined && shared.db === db && shared.generation === generation) {
        // The reads first (a live query calling this is told of the next write), then the wait.
        await observe(db);
        const answer = await shared.value.then(
          (value) => ({ value }),
          // Its failure is not this read's: this read tries on its own below.
          () => null,
        );
        if (answer !== null && generationOf(db.name) === generation) return answer.value;
      }
      const computed = (async () => derive(db, await readTx(db, (t) => readRoundBundle(t, roundId))))();
      computing.set(key, { db, generation, value: computed });
      let value: T;
      try {
        value = await computed;
      } finally {
        if (computing.get(key)?.value === computed) computing.delete(key);
      }
      if (generationOf(db.name) === generation) {
        values.delete(key);
        values.set(key, { db, generation, value });
        for (const oldest of values.keys()) {
          if (values.size <= maxValues) break;
          values.delete(oldest);
        }
      }
      return value;
    },
  };
}
