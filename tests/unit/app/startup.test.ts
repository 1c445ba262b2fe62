import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  earlyRoundHeadFor,
  forgetEarlyRoundHead,
  openForFirstScreen,
} from '../../../renderer/src/app/startup';
import { getRoundHead } from '../../../renderer/src/db';
import { freshDb, seedRound } from '../db/fixtures';

/**
 * The start-up reads (app/startup.ts, issue 13): the database is handed to the frame only with
 * the remembered round's head in hand, so Home shows the round in its first render; and that
 * start-up copy never outlives the first answer of the screen's live query.
 */
describe('openForFirstScreen', () => {
  beforeEach(() => forgetEarlyRoundHead());

  it('hands the database on only once the remembered round is read: the first render has it', async () => {
    const s = await seedRound({ members: 3, products: 2 });
    const db = await openForFirstScreen(() => Promise.resolve(s.db), s.round.id);
    expect(db).toBe(s.db);
    const early = earlyRoundHeadFor(db, s.round.id, undefined);
    expect(early).toEqual(await getRoundHead(s.db, s.round.id));
    expect(early?.round.name).toBe('Vòng 1 — 2026');
    expect(early?.members).toHaveLength(3);
  });

  it('serves only the database and round it was read for, and only until the live query answered', async () => {
    const s = await seedRound({ members: 2, products: 1 });
    const other = await seedRound({ members: 1, products: 1 });
    const otherRoundId = '00000000-0000-4000-8000-0000000000ff';
    const db = await openForFirstScreen(() => Promise.resolve(s.db), s.round.id);
    const live = await getRoundHead(s.db, s.round.id);
    expect(earlyRoundHeadFor(other.db, s.round.id, undefined)).toBeUndefined();
    expect(earlyRoundHeadFor(db, otherRoundId, undefined)).toBeUndefined();
    expect(earlyRoundHeadFor(db, null, undefined)).toBeUndefined();
    // The live query's answer is the truth, even "no such round".
    expect(earlyRoundHeadFor(db, s.round.id, null)).toBeUndefined();
    expect(earlyRoundHeadFor(db, s.round.id, live)).toBeUndefined();
    expect(earlyRoundHeadFor(db, s.round.id, undefined)).toBeDefined();
    // Forgotten once answered (or the screen closed): a later visit never sees the start-up copy.
    forgetEarlyRoundHead();
    expect(earlyRoundHeadFor(db, s.round.id, undefined)).toBeUndefined();
  });

  it('a remembered round that cannot be read (deleted since) does not stop the app opening', async () => {
    const db = freshDb();
    await db.open();
    const missing = '00000000-0000-4000-8000-00000000dead';
    await expect(openForFirstScreen(() => Promise.resolve(db), missing)).resolves.toBe(db);
    expect(earlyRoundHeadFor(db, missing, undefined)).toBeUndefined();
  });

  it('no remembered round: nothing is read, the database is handed on', async () => {
    const s = await seedRound({ members: 1, products: 1 });
    await expect(openForFirstScreen(() => Promise.resolve(s.db), null)).resolves.toBe(s.db);
    expect(earlyRoundHeadFor(s.db, s.round.id, undefined)).toBeUndefined();
  });

  it('a database that fails to open fails the hand-over (DbProvider shows the failure)', async () => {
    const failure = new Error('open refused');
    await expect(openForFirstScreen(() => Promise.reject(failure), 'any')).rejects.toBe(failure);
  });
});
