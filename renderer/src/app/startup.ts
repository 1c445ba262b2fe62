import { useEffect, useSyncExternalStore } from 'react';
import { getRoundHead, openCouncilDb, type CouncilDb, type RoundHead } from '../db';
import { currentPath, pathSegments } from '../ui/useHashLocation';
import { rememberedRoundId } from './CurrentRound';
import { parseRoute } from './routes';

/**
 * The first screen's reads, started by main.tsx before React renders (issue 13: navigation →
 * current round shown). Opening IndexedDB and reading the remembered round's head wait on the
 * browser, not on this thread: started here, they run while React evaluates and renders the
 * frame, instead of one after the other from effects (open → render → effect → read → render).
 *
 * The database is handed over only once the head is read (or failed): the frame's first
 * render with the database then already has the round, so Home shows it in that render. Handed
 * over sooner, the frame rendered without it and its live queries (the round list, the badge,
 * the head again) raced the early read for IndexedDB and the main thread: the head, ~7 ms alone,
 * took 75–200 ms on the 2-core machine, and the round came one render later.
 *
 * Each result is handed over once. The database is taken by the first DbProvider (a provider
 * mounted again opens its own). The head is read only when the app opens on Home, its one
 * reader, and serves only that first Home until its live query answers: never a later visit.
 */

let opening: Promise<CouncilDb> | null = null;

interface EarlyHead {
  readonly db: CouncilDb;
  readonly roundId: string;
  readonly head: RoundHead;
}
let earlyHead: EarlyHead | null = null;
const listeners = new Set<() => void>();

function setEarlyHead(value: EarlyHead | null): void {
  earlyHead = value;
  for (const listener of listeners) listener();
}

/**
 * Opens the database and, when `roundId` is given, reads that round's head before the
 * database is handed on: the promise resolves once the head is kept for `useEarlyRoundHead`
 * (or could not be read). Only the opening can fail it.
 */
export async function openForFirstScreen(
  open: () => Promise<CouncilDb>,
  roundId: string | null,
): Promise<CouncilDb> {
  const db = await open();
  if (roundId === null) return db;
  try {
    setEarlyHead({ db, roundId, head: await getRoundHead(db, roundId) });
  } catch {
    // Nothing is lost: the screen's live query reads the round again and shows what it finds
    // (a remembered round deleted since, or any error, through the screen's own handling).
  }
  return db;
}

/** Starts opening the database and, on Home, reading the remembered round (once per page). */
export function startFirstScreenReads(): void {
  if (opening !== null) return;
  const roundId = parseRoute(pathSegments(currentPath())).screen === 'rounds' ? rememberedRoundId() : null;
  // A failure to open is shown by DbProvider, which takes this promise; not reported twice here.
  opening = openForFirstScreen(() => openCouncilDb(), roundId);
}

/** The database opening started by `startFirstScreenReads`, or null when none was (or it was taken). */
export function takeEarlyDatabase(): Promise<CouncilDb> | null {
  const taken = opening;
  opening = null;
  return taken;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The rule of `useEarlyRoundHead`: the start-up copy serves only the database and round it
 * was read for, and only until the live query has answered.
 */
export function earlyRoundHeadFor(
  db: CouncilDb,
  roundId: string | null,
  live: RoundHead | null | undefined,
): RoundHead | undefined {
  const early = earlyHead;
  if (live !== undefined || early === null || early.db !== db || early.roundId !== roundId) return undefined;
  return early.head;
}

/** Forgets the start-up copy: the live query answered, or its screen closed. */
export function forgetEarlyRoundHead(): void {
  if (earlyHead !== null) setEarlyHead(null);
}

/**
 * The head of `roundId` read at start-up, until `live` (the screen's live query) has answered;
 * undefined when there is none for this database and round.
 */
export function useEarlyRoundHead(
  db: CouncilDb,
  roundId: string | null,
  live: RoundHead | null | undefined,
): RoundHead | undefined {
  useSyncExternalStore(subscribe, () => earlyHead);
  const answered = live !== undefined;
  useEffect(() => {
    // Once the live query answered (or this screen closed), it is the truth: a later visit
    // must never show the start-up copy.
    if (answered) forgetEarlyRoundHead();
    return forgetEarlyRoundHead;
  }, [answered]);
  return earlyRoundHeadFor(db, roundId, live);
}
