import type { CriterionStatus, CriterionView } from './view-model';
import { visibleOptions } from './view-model';

/**
 * Keyboard entry of a paper sheet (pure): what a key means on the focused criterion, and where
 * focus goes next. The secretary types the printed option numbers one after another; after each
 * choice focus jumps to the next criterion still unanswered.
 *
 *   1–9      the option with that printed number (within the chosen case on sheet 26)
 *   0        "meets none of the printed options" (0 points)
 *   ↓ J Enter  next criterion        ↑ K  previous criterion
 *   A, B     choose the case (sheet 26); before a case is chosen, 1 and 2 choose it too
 */

export type KeyIntent =
  | { readonly kind: 'pick'; readonly index: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'case'; readonly variant: string }
  | { readonly kind: 'move'; readonly by: 1 | -1 }
  | { readonly kind: 'ignore' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

const IGNORE: KeyIntent = { kind: 'ignore' };

export function keyIntent(
  press: KeyPress,
  criterion: CriterionView,
  chosenCase: string | undefined,
): KeyIntent {
  // Ctrl+R, Alt+←… belong to the browser and the app frame.
  if (press.ctrlKey || press.metaKey || press.altKey) return IGNORE;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key === 'ArrowDown' || key === 'j' || key === 'Enter') return { kind: 'move', by: 1 };
  if (key === 'ArrowUp' || key === 'k') return { kind: 'move', by: -1 };
  if (key === '0') return { kind: 'none' };
  if (/^[1-9]$/.test(key)) {
    const n = Number(key);
    if (criterion.cases.length > 0 && chosenCase === undefined) {
      const chosen = criterion.cases.find((c) => c.number === n);
      return chosen === undefined ? IGNORE : { kind: 'case', variant: chosen.variant };
    }
    const option = visibleOptions(criterion, chosenCase).find((o) => o.number === n);
    return option === undefined ? IGNORE : { kind: 'pick', index: option.index };
  }
  const byLetter = criterion.cases.find((c) => c.letter === key);
  return byLetter === undefined ? IGNORE : { kind: 'case', variant: byLetter.variant };
}

/** The neighbour of `current` in printed order, staying at the ends. */
export function neighbour(order: readonly string[], current: string, by: 1 | -1): string {
  const at = order.indexOf(current);
  if (at < 0) return order[0] ?? current;
  return order[Math.min(order.length - 1, Math.max(0, at + by))] ?? current;
}

const needsAnswer = (s: CriterionStatus | undefined): boolean =>
  s === undefined || s === 'unanswered' || s === 'wrong-case';

/**
 * Where focus goes after a choice on `current`: the next criterion after it still needing an
 * answer, else the first one before it; undefined when the sheet is complete (then the opinion).
 */
export function nextUnanswered(
  order: readonly string[],
  status: Readonly<Record<string, CriterionStatus>>,
  current: string,
): string | undefined {
  const at = order.indexOf(current);
  // `current` was just answered: the saved status may not have arrived yet.
  const after = order.slice(at + 1).find((code) => needsAnswer(status[code]));
  return after ?? order.slice(0, Math.max(0, at)).find((code) => needsAnswer(status[code]));
}
