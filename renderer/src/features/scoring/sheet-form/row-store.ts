import type { Answer } from '../../../domain/model';
import type { CriterionStatus, SheetEntry, SheetEvaluation, SheetLayout } from './view-model';

/** What one criterion row shows that changes while the sheet is filled in. */
export interface RowState {
  readonly answer: Answer | undefined;
  readonly chosenCase: string | undefined;
  readonly status: CriterionStatus;
  /** points the domain gives this criterion for the current answer */
  readonly points: number;
  /** the keyboard's current criterion */
  readonly focused: boolean;
}

const UNANSWERED: RowState = {
  answer: undefined,
  chosenCase: undefined,
  status: 'unanswered',
  points: 0,
  focused: false,
};

/** Every row's state for the entry shown, its evaluation and the focused criterion (pure). */
export function rowStatesOf(
  layout: SheetLayout,
  entry: SheetEntry,
  evaluation: SheetEvaluation,
  focused: string,
): ReadonlyMap<string, RowState> {
  const points = new Map(evaluation.score.criteria.map((c) => [c.code, c.points]));
  return new Map(
    layout.criteria.map((criterion): [string, RowState] => {
      const code = criterion.code;
      const variant = entry.caseChoice[code];
      return [
        code,
        {
          answer: entry.answers[code],
          chosenCase: criterion.cases.some((c) => c.variant === variant) ? variant : undefined,
          status: evaluation.status[code] ?? 'unanswered',
          points: points.get(code) ?? 0,
          focused: focused === code,
        },
      ];
    }),
  );
}

function sameRow(a: RowState, b: RowState): boolean {
  return (
    a.answer === b.answer &&
    a.chosenCase === b.chosenCase &&
    a.status === b.status &&
    a.points === b.points &&
    a.focused === b.focused
  );
}

/**
 * The rows' states, read by each row on its own (useSyncExternalStore) so that a key or a click
 * re-renders only the rows whose state changed — the one answered, the one focus leaves and the
 * one it reaches — and never walks the whole form (issue 13). A row keeps the same state object
 * while nothing in it changes, so the others skip.
 */
export class RowStateStore {
  private states: ReadonlyMap<string, RowState>;
  private readonly listeners = new Set<() => void>();

  constructor(initial: ReadonlyMap<string, RowState>) {
    this.states = initial;
  }

  readonly get = (code: string): RowState => this.states.get(code) ?? UNANSWERED;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Takes the new states; rows whose state is unchanged keep their object. Tells the rows if any changed. */
  set(next: ReadonlyMap<string, RowState>): void {
    let changed = next.size !== this.states.size;
    const merged = new Map<string, RowState>();
    for (const [code, state] of next) {
      const old = this.states.get(code);
      if (old !== undefined && sameRow(old, state)) merged.set(code, old);
      else {
        merged.set(code, state);
        changed = true;
      }
    }
    if (!changed) return;
    this.states = merged;
    for (const listener of this.listeners) listener();
  }
}
