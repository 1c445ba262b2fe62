import type { CouncilDb } from '../../db';
import { readResultsPage } from './results-data';
import { resultsScreen } from './screen-loader';

/**
 * Loads what the results screen of a round needs and tallies the round into the screen's memo
 * (features/results/useWarmResults.ts): the screen then opens without suspending.
 */
export async function warmResults(db: CouncilDb, roundId: string): Promise<void> {
  await Promise.all([resultsScreen.preload(), readResultsPage(db, roundId)]);
}
