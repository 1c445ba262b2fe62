import type { CouncilResult } from '../../domain/council/council-result';
import type { Outcome } from '../../domain/council/outcome';
import type { StarLevel } from '../../domain/criteria/types';
import { averageValue, type ExactAverage } from '../../domain/scoring/bands';
import type { ProductResult } from '../../db/results';

/**
 * One line of the results table, straight from the engine's result: exact averages (shown
 * rounded down by the domain's `displayAverage`), spread, stars, outcome, and the flags a
 * secretary scans for. A product whose current pass is sealed shows no number at all.
 */
export interface ResultFlags {
  readonly sealed: boolean;
  readonly spreadExceeded: boolean;
  readonly rescored: boolean;
  readonly disqualified: boolean;
  readonly closed: boolean;
  /** closed by the chair with the spread above the limit */
  readonly override: boolean;
}

export interface ResultRowView {
  readonly productId: string;
  readonly position: number;
  readonly name: string;
  readonly code: string;
  readonly sheetNo: number;
  readonly parts: Readonly<Record<string, ExactAverage>>;
  readonly total: ExactAverage | null;
  readonly spread: number | null;
  readonly stars: StarLevel | null;
  /** 'sealed' while the current pass is sealed */
  readonly outcome: Outcome | 'sealed';
  readonly result: CouncilResult | null;
  readonly flags: ResultFlags;
}

export function resultRow(p: ProductResult): ResultRowView {
  const r = p.current;
  const disqualified = p.product.disqualification !== null;
  return {
    productId: p.product.id,
    position: p.product.position,
    name: p.product.name,
    code: p.product.code,
    sheetNo: p.product.sheetNo,
    parts: r?.average?.parts ?? {},
    total: r?.average?.total ?? null,
    spread: r?.spread ?? null,
    stars: r?.stars ?? null,
    outcome: r === null ? 'sealed' : r.outcome,
    result: r,
    flags: {
      sealed: p.state.sealed && !disqualified,
      spreadExceeded: r?.spreadExceeded ?? false,
      rescored: p.state.currentPass > 1,
      disqualified,
      closed: p.state.closed !== null,
      override: p.state.closed?.spreadOverrideReason !== undefined,
    },
  };
}

export const SORT_COLUMNS = [
  'name',
  'code',
  'sheetNo',
  'A',
  'B',
  'C',
  'total',
  'spread',
  'stars',
  'outcome',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  readonly column: SortColumn;
  readonly direction: SortDirection;
}

/** Outcomes ranked (higher = better), so "outcome" sorts meaningfully, not alphabetically. */
const OUTCOME_RANK: Readonly<Record<ResultRowView['outcome'], number>> = {
  'recognise-5-star': 7,
  'forward-5-star': 6,
  recognise: 5,
  'return-to-province': 4,
  'not-recognised': 3,
  disqualified: 2,
  pending: 1,
  sealed: 0,
};

type Key = number | string | null;

function keyOf(row: ResultRowView, column: SortColumn): Key {
  switch (column) {
    case 'name':
      return row.name;
    case 'code':
      return row.code;
    case 'sheetNo':
      return row.sheetNo;
    case 'A':
    case 'B':
    case 'C': {
      const part = row.parts[column];
      return part === undefined ? null : averageValue(part);
    }
    case 'total':
      return row.total === null ? null : averageValue(row.total);
    case 'spread':
      return row.spread;
    case 'stars':
      return row.stars;
    case 'outcome':
      return OUTCOME_RANK[row.outcome];
  }
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return 0;
}

/**
 * Rows sorted by a column; products without a value (sealed, pending) always go last, in
 * either direction, and ties keep the round's order (position), so a sort never shuffles.
 */
export function sortRows(rows: readonly ResultRowView[], sort: SortState | null): ResultRowView[] {
  const byPosition = [...rows].sort((a, b) => a.position - b.position);
  if (sort === null) return byPosition;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return byPosition.sort((a, b) => {
    const ka = keyOf(a, sort.column);
    const kb = keyOf(b, sort.column);
    if (ka === null || kb === null) return ka === kb ? a.position - b.position : ka === null ? 1 : -1;
    return sign * compareKeys(ka, kb) || a.position - b.position;
  });
}

/** Clicking a header: a new column sorts ascending (numbers: descending — best first); the same column flips. */
export function nextSort(current: SortState | null, column: SortColumn): SortState {
  if (current?.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  const numeric = column !== 'name' && column !== 'code' && column !== 'sheetNo';
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
