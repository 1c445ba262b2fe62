import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CouncilDbError, importRoundFile, openCouncilDb, RoundFileError } from '../../../renderer/src/db';
import { MAX_ROUND_FILE_CHARS } from '../../../renderer/src/db/round-file-import';
import { createBackup, restoreBackup } from '../../../renderer/src/db/backup';
import { snapshot } from '../db/backup/snapshot';
import { FUZZ, mutateJsonText, mutation } from './hostile';

const example = readFileSync(new URL('../../fixtures/rounds/example-round.json', import.meta.url), 'utf8');

describe('round file import under hostile files', () => {
  it('never crashes, never writes half a round, and always says why', async () => {
    const db = await openCouncilDb(`fuzz-round-${Math.random()}`);
    // The database is not empty: a refused file must leave a real round untouched.
    await importRoundFile(db, example, { asCopy: false }, 'secretary');
    const base = await createBackup(db, { appVersion: 'test' });
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const text = mutateJsonText(example, m);
        const before = await snapshot(db);
        try {
          const result = await importRoundFile(db, text, { asCopy: false }, 'secretary');
          // Accepted (e.g. a hostile name is still a name): stored whole, then the base is put back.
          expect(await db.rounds.get(result.roundId)).toBeDefined();
          await restoreBackup(db, base, 'system');
        } catch (error) {
          refused += 1;
          expect(error).toBeInstanceOf(CouncilDbError);
          if (error instanceof CouncilDbError) expect(error.problems.length).toBeGreaterThan(0);
          if (error instanceof RoundFileError) expect(error.fileProblems.length).toBeGreaterThan(0);
          expect(await snapshot(db)).toBe(before);
        }
      }),
      FUZZ,
    );
    expect(refused).toBeGreaterThan(FUZZ.numRuns / 2);
  }, 180_000);

  it('a gigantic file is refused by its size before it is parsed, and nothing is written', async () => {
    const db = await openCouncilDb(`fuzz-round-big-${Math.random()}`);
    const before = await snapshot(db);
    const giant = `${example.slice(0, -2)}${' '.repeat(MAX_ROUND_FILE_CHARS)}}`;
    const refused = await importRoundFile(db, giant, { asCopy: false }, 'secretary').catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RoundFileError);
    if (refused instanceof RoundFileError)
      expect(refused.fileProblems).toEqual([
        { path: '', code: 'file-too-large', params: { size: 201, max: 200 } },
      ]);
    expect(await snapshot(db)).toBe(before);
  });
});
