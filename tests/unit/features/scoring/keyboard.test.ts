import { beforeAll, describe, expect, it } from 'vitest';
import { loadSheet } from '../../../../renderer/src/domain/criteria/registry';
import {
  keyIntent,
  neighbour,
  nextUnanswered,
  type KeyPress,
} from '../../../../renderer/src/features/scoring/sheet-form/keyboard';
import {
  sheetLayout,
  type CriterionView,
  type SheetLayout,
} from '../../../../renderer/src/features/scoring/sheet-form/view-model';

const RULES = '26/2026/QĐ-TTg';
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

let sheet1: SheetLayout;
let sheet26: SheetLayout;
const criterion = (layout: SheetLayout, code: string): CriterionView => {
  const c = layout.byCode.get(code);
  if (c === undefined) throw new Error(`no ${code}`);
  return c;
};

beforeAll(async () => {
  sheet1 = sheetLayout(await loadSheet(RULES, 1));
  sheet26 = sheetLayout(await loadSheet(RULES, 26));
});

describe('what a key means on the focused criterion', () => {
  it('digits pick the option by its printed number; 0 is "meets none"', () => {
    const c = criterion(sheet1, '1.5'); // four printed options
    expect(keyIntent(press('1'), c, undefined)).toEqual({ kind: 'pick', index: 0 });
    expect(keyIntent(press('4'), c, undefined)).toEqual({ kind: 'pick', index: 3 });
    expect(keyIntent(press('0'), c, undefined)).toEqual({ kind: 'none' });
  });

  it('a digit beyond the printed options does nothing (no silent wrong answer)', () => {
    expect(keyIntent(press('5'), criterion(sheet1, '1.5'), undefined)).toEqual({ kind: 'ignore' });
    expect(keyIntent(press('3'), criterion(sheet1, '1.7'), undefined)).toEqual({ kind: 'ignore' });
  });

  it('↓, J and Enter go to the next criterion; ↑ and K to the previous', () => {
    const c = criterion(sheet1, '1.1');
    for (const key of ['ArrowDown', 'j', 'J', 'Enter'])
      expect(keyIntent(press(key), c, undefined)).toEqual({ kind: 'move', by: 1 });
    for (const key of ['ArrowUp', 'k', 'K'])
      expect(keyIntent(press(key), c, undefined)).toEqual({ kind: 'move', by: -1 });
  });

  it('keys with Ctrl, Alt or Meta belong to the browser', () => {
    const c = criterion(sheet1, '1.1');
    expect(keyIntent(press('1', { ctrlKey: true }), c, undefined)).toEqual({ kind: 'ignore' });
    expect(keyIntent(press('r', { metaKey: true }), c, undefined)).toEqual({ kind: 'ignore' });
    expect(keyIntent(press('ArrowDown', { altKey: true }), c, undefined)).toEqual({ kind: 'ignore' });
  });

  it('other letters are not captured on a sheet without cases', () => {
    expect(keyIntent(press('a'), criterion(sheet1, '1.1'), undefined)).toEqual({ kind: 'ignore' });
    expect(keyIntent(press('Tab'), criterion(sheet1, '1.1'), undefined)).toEqual({ kind: 'ignore' });
  });

  describe('sheet 26: the case first, then the option', () => {
    it('before a case is chosen, a digit or a letter picks the case', () => {
      const c = criterion(sheet26, '8');
      const [first, second] = c.cases;
      expect(keyIntent(press('1'), c, undefined)).toEqual({ kind: 'case', variant: first?.variant });
      expect(keyIntent(press('2'), c, undefined)).toEqual({ kind: 'case', variant: second?.variant });
      expect(keyIntent(press('b'), c, undefined)).toEqual({ kind: 'case', variant: second?.variant });
      expect(keyIntent(press('3'), c, undefined)).toEqual({ kind: 'ignore' });
    });

    it('after the case, digits number the options of that case; letters still switch the case', () => {
      const c = criterion(sheet26, '8');
      const second = c.cases[1]?.variant;
      // Case 2's options are printed 3rd and 4th in the full list: "2" within the case is index 3.
      expect(keyIntent(press('2'), c, second)).toEqual({ kind: 'pick', index: 3 });
      expect(keyIntent(press('1'), c, second)).toEqual({ kind: 'pick', index: 2 });
      expect(keyIntent(press('a'), c, second)).toEqual({ kind: 'case', variant: c.cases[0]?.variant });
      expect(keyIntent(press('0'), c, undefined)).toEqual({ kind: 'none' });
    });
  });
});

describe('where focus goes', () => {
  const order = ['1.1', '1.2', '1.3', '1.4'];

  it('after a choice: the next criterion still unanswered, then wrapping to earlier ones', () => {
    expect(
      nextUnanswered(
        order,
        { '1.1': 'answered', '1.2': 'unanswered', '1.3': 'unanswered', '1.4': 'unanswered' },
        '1.1',
      ),
    ).toBe('1.2');
    expect(
      nextUnanswered(
        order,
        { '1.1': 'unanswered', '1.2': 'answered', '1.3': 'none', '1.4': 'unanswered' },
        '1.2',
      ),
    ).toBe('1.4');
    expect(
      nextUnanswered(
        order,
        { '1.1': 'unanswered', '1.2': 'answered', '1.3': 'answered', '1.4': 'answered' },
        '1.4',
      ),
    ).toBe('1.1');
  });

  it('an option of the other case still needs an answer', () => {
    expect(
      nextUnanswered(
        order,
        { '1.1': 'answered', '1.2': 'answered', '1.3': 'wrong-case', '1.4': 'answered' },
        '1.1',
      ),
    ).toBe('1.3');
  });

  it('the criterion just answered is never the next one, even before its save arrives', () => {
    expect(
      nextUnanswered(
        order,
        { '1.1': 'answered', '1.2': 'answered', '1.3': 'answered', '1.4': 'unanswered' },
        '1.4',
      ),
    ).toBeUndefined();
  });

  it('none left: undefined (focus goes to the opinion)', () => {
    expect(
      nextUnanswered(
        order,
        { '1.1': 'answered', '1.2': 'none', '1.3': 'answered', '1.4': 'answered' },
        '1.2',
      ),
    ).toBeUndefined();
  });

  it('↑ and ↓ stop at the first and the last criterion', () => {
    expect(neighbour(order, '1.1', -1)).toBe('1.1');
    expect(neighbour(order, '1.1', 1)).toBe('1.2');
    expect(neighbour(order, '1.4', 1)).toBe('1.4');
    expect(neighbour(order, '9.9', 1)).toBe('1.1');
  });
});
