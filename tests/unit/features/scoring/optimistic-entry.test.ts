import { describe, expect, it } from 'vitest';
import {
  INITIAL_OPTIMISTIC,
  optimisticReducer,
  saveStatus,
  shownEntry,
  type OptimisticEvent,
  type StoredEntry,
} from '../../../../renderer/src/features/scoring/sheet-form/optimistic-entry';

const row = (
  updatedAt: string,
  answers: StoredEntry['answers'],
  caseChoice: StoredEntry['caseChoice'] = {},
): StoredEntry => ({ updatedAt, answers, caseChoice });
const run = (...events: OptimisticEvent[]) => events.reduce(optimisticReducer, INITIAL_OPTIMISTIC);

describe('choices shown while they are saved', () => {
  it('a click shows at once, as "saving"', () => {
    const s = run({ type: 'choose-answer', code: '1.1', value: 2, token: 1 });
    expect(shownEntry(row('t1', { '1.2': 0 }), s).answers).toEqual({ '1.1': 2, '1.2': 0 });
    expect(saveStatus(s)).toBe('saving');
  });

  it('once saved, the returned row is shown even before the live query catches up', () => {
    const s = run(
      { type: 'choose-answer', code: '1.1', value: 2, token: 1 },
      { type: 'saved', field: 'answers', code: '1.1', token: 1, row: row('t2', { '1.1': 2 }) },
    );
    expect(shownEntry(row('t1', {}), s).answers).toEqual({ '1.1': 2 });
    expect(saveStatus(s)).toBe('saved');
  });

  it('a newer live row (another window) wins over an older write result', () => {
    const s = run(
      { type: 'choose-answer', code: '1.1', value: 2, token: 1 },
      { type: 'saved', field: 'answers', code: '1.1', token: 1, row: row('t2', { '1.1': 2 }) },
    );
    expect(shownEntry(row('t3', { '1.1': 0 }), s).answers).toEqual({ '1.1': 0 });
  });

  it('a refused write drops the choice: the stored answer shows again', () => {
    const s = run(
      { type: 'choose-answer', code: '1.1', value: 2, token: 1 },
      { type: 'refused', field: 'answers', code: '1.1', token: 1 },
    );
    expect(shownEntry(row('t1', { '1.1': 1 }), s).answers).toEqual({ '1.1': 1 });
    expect(saveStatus(s)).toBe('failed');
  });

  it('two quick clicks on one criterion: the first one saving does not hide the second', () => {
    const s = run(
      { type: 'choose-answer', code: '1.1', value: 1, token: 1 },
      { type: 'choose-answer', code: '1.1', value: 2, token: 2 },
      { type: 'saved', field: 'answers', code: '1.1', token: 1, row: row('t2', { '1.1': 1 }) },
    );
    expect(shownEntry(undefined, s).answers).toEqual({ '1.1': 2 });
    expect(saveStatus(s)).toBe('saving');
  });

  it('a case choice (sheet 26) is shown the same way', () => {
    const s = run({ type: 'choose-case', code: '8', value: 'Trường hợp 2', token: 1 });
    expect(shownEntry(row('t1', {}, { '8': 'Trường hợp 1' }), s).caseChoice).toEqual({ '8': 'Trường hợp 2' });
  });
});
