import { describe, expect, it } from 'vitest';
import type { ProductResult } from '../../../../renderer/src/db/results';
import type { ProductRow, ProductStateRow } from '../../../../renderer/src/db/rows';
import type { CouncilResult } from '../../../../renderer/src/domain/council/council-result';
import type { Outcome } from '../../../../renderer/src/domain/council/outcome';
import type { StarLevel } from '../../../../renderer/src/domain/criteria/types';
import {
  nextSort,
  resultRow,
  sortRows,
  type ResultRowView,
} from '../../../../renderer/src/features/results/results-view';

interface Spec {
  readonly name: string;
  readonly position: number;
  /** members' totals; their parts are split 40/25/35 % of each total, rounded down */
  readonly totals?: readonly number[];
  readonly stars?: StarLevel;
  readonly outcome?: Outcome;
  readonly spreadExceeded?: boolean;
  readonly sealed?: boolean;
  readonly pass?: number;
  readonly disqualified?: string;
  readonly closed?: { readonly reason?: string };
}

function item(spec: Spec): ProductResult {
  const id = `p-${spec.position}`;
  const totals = spec.totals ?? [];
  const sum = totals.reduce((a, b) => a + b, 0);
  const result: CouncilResult = {
    productId: id,
    sheetNo: 1,
    passes: [1],
    memberScores: [],
    awaiting: [],
    average:
      totals.length === 0
        ? null
        : {
            total: { sum, count: totals.length },
            parts: {
              A: { sum: Math.floor(sum * 0.4), count: totals.length },
              B: { sum: Math.floor(sum * 0.25), count: totals.length },
              C: { sum: Math.floor(sum * 0.35), count: totals.length },
            },
          },
    spread: totals.length === 0 ? null : Math.max(...totals) - Math.min(...totals),
    spreadExceeded: spec.spreadExceeded ?? false,
    band: spec.stars ?? null,
    minimums: [],
    minimumsMet: null,
    minimumsLevel: null,
    unmetMinimums: [],
    stars: spec.disqualified === undefined ? (spec.stars ?? null) : null,
    disqualified: spec.disqualified === undefined ? null : { reason: spec.disqualified },
    outcome: spec.outcome ?? 'pending',
  };
  const product: ProductRow = {
    id,
    roundId: 'r',
    name: spec.name,
    code: `72-25459-${String(spec.position).padStart(3, '0')}-2026`,
    sheetNo: 1,
    producer: { name: '', address: '', phone: '', commune: '' },
    kind: 'first',
    disqualification: result.disqualified,
    position: spec.position,
    createdAt: '',
    updatedAt: '',
  };
  const sealed = spec.sealed ?? false;
  const state: ProductStateRow = {
    productId: id,
    roundId: 'r',
    currentPass: spec.pass ?? 1,
    sealed,
    unsealedAt: sealed ? [] : ['t'],
    rescoredAt: [],
    closed:
      spec.closed === undefined
        ? null
        : {
            at: 't',
            ...(spec.closed.reason === undefined ? {} : { spreadOverrideReason: spec.closed.reason }),
          },
  };
  const revealedNow = !sealed || spec.disqualified !== undefined;
  return {
    product,
    state,
    scorers: [],
    revealedPasses: state.unsealedAt.length,
    result,
    current: revealedNow ? result : null,
    passResults: [result],
  };
}

const rows: ResultRowView[] = [
  item({ name: 'Bưởi da xanh', position: 0, totals: [92, 95], stars: 5, outcome: 'forward-5-star' }),
  item({
    name: 'Cà phê rang',
    position: 1,
    totals: [70, 88],
    stars: 4,
    outcome: 'recognise',
    spreadExceeded: true,
    pass: 2,
    closed: { reason: 'Giữ nguyên ý kiến' },
  }),
  item({ name: 'Ca cao bột', position: 2, sealed: true, totals: [55, 57] }),
  item({ name: 'Rau mầm', position: 3, disqualified: 'Tạp chất', sealed: true, outcome: 'disqualified' }),
  item({ name: 'Ấm trà', position: 4, totals: [40, 41], stars: 2, outcome: 'not-recognised' }),
].map(resultRow);

const names = (list: readonly ResultRowView[]) => list.map((r) => r.name);

describe('results table rows', () => {
  it('a sealed product shows no number and the outcome "sealed", even when the engine has an earlier pass', () => {
    const cocoa = rows[2];
    expect([cocoa?.total, cocoa?.spread, cocoa?.stars, cocoa?.outcome, cocoa?.flags.sealed]).toEqual([
      null,
      null,
      null,
      'sealed',
      true,
    ]);
    expect(cocoa?.parts).toEqual({});
  });

  it('flags: re-scored, spread above the limit, closed by the chair with a reason; disqualified is not "sealed"', () => {
    expect(rows[1]?.flags).toEqual({
      sealed: false,
      spreadExceeded: true,
      rescored: true,
      disqualified: false,
      closed: true,
      override: true,
    });
    expect(rows[3]?.flags).toMatchObject({ sealed: false, disqualified: true });
    expect(rows[3]?.outcome).toBe('disqualified');
  });

  it('keeps the exact averages (display rounds down later, in the domain)', () => {
    expect(rows[0]?.total).toEqual({ sum: 187, count: 2 });
  });
});

describe('sorting by a column header', () => {
  it('no sort: the round order', () => {
    expect(names(sortRows([...rows].reverse(), null))).toEqual([
      'Bưởi da xanh',
      'Cà phê rang',
      'Ca cao bột',
      'Rau mầm',
      'Ấm trà',
    ]);
  });

  it('a number column first sorts best first; products without a value go last either way', () => {
    const first = nextSort(null, 'total');
    expect(first).toEqual({ column: 'total', direction: 'descending' });
    expect(names(sortRows(rows, first))).toEqual([
      'Bưởi da xanh',
      'Cà phê rang',
      'Ấm trà',
      'Ca cao bột',
      'Rau mầm',
    ]);
    const second = nextSort(first, 'total');
    expect(second.direction).toBe('ascending');
    expect(names(sortRows(rows, second))).toEqual([
      'Ấm trà',
      'Cà phê rang',
      'Bưởi da xanh',
      'Ca cao bột',
      'Rau mầm',
    ]);
  });

  it('names sort A→Z in Vietnamese order (Ấ after A, Đ after D), diacritics tolerated', () => {
    const sort = nextSort(null, 'name');
    expect(sort.direction).toBe('ascending');
    expect(names(sortRows(rows, sort))).toEqual([
      'Ấm trà',
      'Bưởi da xanh',
      'Ca cao bột',
      'Cà phê rang',
      'Rau mầm',
    ]);
  });

  it('outcome sorts by what it proposes, best first, not alphabetically', () => {
    expect(names(sortRows(rows, nextSort(null, 'outcome')))).toEqual([
      'Bưởi da xanh',
      'Cà phê rang',
      'Ấm trà',
      'Rau mầm',
      'Ca cao bột',
    ]);
  });

  it("a part column sorts on that part's average; spread and stars likewise", () => {
    expect(names(sortRows(rows, { column: 'A', direction: 'descending' })).slice(0, 3)).toEqual([
      'Bưởi da xanh',
      'Cà phê rang',
      'Ấm trà',
    ]);
    expect(names(sortRows(rows, { column: 'spread', direction: 'descending' })).slice(0, 3)).toEqual([
      'Cà phê rang',
      'Bưởi da xanh',
      'Ấm trà',
    ]);
    expect(names(sortRows(rows, { column: 'stars', direction: 'ascending' })).slice(0, 3)).toEqual([
      'Ấm trà',
      'Cà phê rang',
      'Bưởi da xanh',
    ]);
  });
});
