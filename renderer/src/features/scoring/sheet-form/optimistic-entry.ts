import type { Answer } from '../../../domain/model';
import type { SheetEntry } from './view-model';

/**
 * The entry the form shows while choices are being saved (pure). Each choice is written at once
 * (one transaction); until the write answers, the choice is shown as "pending" on top of the
 * newest stored version — the live query's row or the row the last write returned, whichever
 * is newer, so the screen never flickers back while the live query catches up. A refused write
 * drops its pending choice: the stored answer shows again.
 */

export interface StoredEntry extends SheetEntry {
  /** ISO instant of the stored row's last change (same clock for every write) */
  readonly updatedAt: string;
}

export interface Pending<T> {
  readonly value: T;
  /** which click this is: a later click on the same criterion supersedes it */
  readonly token: number;
}

export interface OptimisticState {
  /** the row the latest successful write returned */
  readonly confirmed: StoredEntry | undefined;
  readonly answers: Readonly<Record<string, Pending<Answer>>>;
  readonly cases: Readonly<Record<string, Pending<string>>>;
  readonly inFlight: number;
  readonly last: 'idle' | 'saved' | 'failed';
}

export const INITIAL_OPTIMISTIC: OptimisticState = {
  confirmed: undefined,
  answers: {},
  cases: {},
  inFlight: 0,
  last: 'idle',
};

export type OptimisticEvent =
  | { readonly type: 'choose-answer'; readonly code: string; readonly value: Answer; readonly token: number }
  | { readonly type: 'choose-case'; readonly code: string; readonly value: string; readonly token: number }
  | {
      readonly type: 'saved';
      readonly field: 'answers' | 'cases';
      readonly code: string;
      readonly token: number;
      readonly row: StoredEntry;
    }
  | {
      readonly type: 'refused';
      readonly field: 'answers' | 'cases';
      readonly code: string;
      readonly token: number;
    };

function without<T>(
  map: Readonly<Record<string, Pending<T>>>,
  code: string,
  token: number,
): Readonly<Record<string, Pending<T>>> {
  if (map[code]?.token !== token) return map;
  const { [code]: _dropped, ...rest } = map;
  return rest;
}

export function newer(a: StoredEntry | undefined, b: StoredEntry | undefined): StoredEntry | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.updatedAt >= a.updatedAt ? b : a;
}

export function optimisticReducer(state: OptimisticState, event: OptimisticEvent): OptimisticState {
  switch (event.type) {
    case 'choose-answer':
      return {
        ...state,
        answers: { ...state.answers, [event.code]: { value: event.value, token: event.token } },
        inFlight: state.inFlight + 1,
      };
    case 'choose-case':
      return {
        ...state,
        cases: { ...state.cases, [event.code]: { value: event.value, token: event.token } },
        inFlight: state.inFlight + 1,
      };
    case 'saved':
      return {
        ...state,
        confirmed: newer(state.confirmed, event.row),
        [event.field]: without<Answer | string>(state[event.field], event.code, event.token),
        inFlight: state.inFlight - 1,
        last: 'saved',
      };
    case 'refused':
      return {
        ...state,
        [event.field]: without<Answer | string>(state[event.field], event.code, event.token),
        inFlight: state.inFlight - 1,
        last: 'failed',
      };
  }
}

/** What the form shows: pending choices over the newest stored version. */
export function shownEntry(live: StoredEntry | undefined, state: OptimisticState): SheetEntry {
  const base = newer(live, state.confirmed);
  const answers: Record<string, Answer> = { ...base?.answers };
  for (const [code, p] of Object.entries(state.answers)) answers[code] = p.value;
  const caseChoice: Record<string, string> = { ...base?.caseChoice };
  for (const [code, p] of Object.entries(state.cases)) caseChoice[code] = p.value;
  return { answers, caseChoice };
}

export function saveStatus(state: OptimisticState): 'idle' | 'saving' | 'saved' | 'failed' {
  return state.inFlight > 0 ? 'saving' : state.last;
}
