import { describe, expect, it, vi } from 'vitest';
import {
  RowStateStore,
  rowStatesOf,
  type RowState,
} from '../../../../renderer/src/features/scoring/sheet-form/row-store';

const blank: RowState = {
  answer: undefined,
  chosenCase: undefined,
  status: 'unanswered',
  points: 0,
  focused: false,
};

function states(entries: Record<string, Partial<RowState>>): ReadonlyMap<string, RowState> {
  return new Map(Object.entries(entries).map(([code, s]) => [code, { ...blank, ...s }]));
}

describe('row store: a choice re-renders only the rows it changes (issue 13)', () => {
  it('keeps the state object of every row whose state is unchanged, and tells the rows once', () => {
    const store = new RowStateStore(states({ '1.1': { focused: true }, '1.2': {}, '1.3': {} }));
    const before = ['1.1', '1.2', '1.3'].map((code) => store.get(code));
    const listener = vi.fn();
    store.subscribe(listener);
    // 2 typed on 1.1: it is answered, focus moves to 1.2; 1.3 is untouched.
    store.set(
      states({ '1.1': { answer: 1, status: 'answered', points: 3 }, '1.2': { focused: true }, '1.3': {} }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get('1.1')).not.toBe(before[0]);
    expect(store.get('1.1')).toMatchObject({ answer: 1, status: 'answered', points: 3, focused: false });
    expect(store.get('1.2')).not.toBe(before[1]);
    expect(store.get('1.3')).toBe(before[2]);
  });

  it('tells nobody when nothing changed (a save confirming what is shown)', () => {
    const store = new RowStateStore(states({ '1.1': { answer: 0, status: 'answered', points: 2 } }));
    const kept = store.get('1.1');
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.set(states({ '1.1': { answer: 0, status: 'answered', points: 2 } }));
    expect(listener).not.toHaveBeenCalled();
    expect(store.get('1.1')).toBe(kept);
    stop();
    store.set(states({ '1.1': { answer: 1, status: 'answered', points: 4 } }));
    expect(listener).not.toHaveBeenCalled();
  });

  it('rowStatesOf: the domain points, the status, the focus, and a case of another criterion ignored', () => {
    const layout = {
      criteria: [
        { code: '1.1', cases: [] },
        { code: '1.2', cases: [{ variant: 'a' }] },
      ],
    } as unknown as Parameters<typeof rowStatesOf>[0];
    const evaluation = {
      score: { criteria: [{ code: '1.1', points: 5 }] },
      status: { '1.1': 'answered', '1.2': 'unanswered' },
    } as unknown as Parameters<typeof rowStatesOf>[2];
    const rows = rowStatesOf(
      layout,
      { answers: { '1.1': 2 }, caseChoice: { '1.1': 'x', '1.2': 'a' } },
      evaluation,
      '1.2',
    );
    expect(rows.get('1.1')).toEqual({
      answer: 2,
      chosenCase: undefined,
      status: 'answered',
      points: 5,
      focused: false,
    });
    expect(rows.get('1.2')).toEqual({
      answer: undefined,
      chosenCase: 'a',
      status: 'unanswered',
      points: 0,
      focused: true,
    });
  });
});
