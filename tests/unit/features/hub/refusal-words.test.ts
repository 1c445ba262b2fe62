import { describe, expect, it } from 'vitest';
import { withWords } from '../../../../renderer/src/features/hub/refusal-words';
import { translate } from '../../../../renderer/src/i18n/translate';

describe("the hub's refusals reach the device in words", () => {
  it("a refused op gets the catalog's Vietnamese and English for its code; other outcomes are untouched", () => {
    const [result] = withWords([
      {
        batchId: 'b1',
        outcomes: [
          { opId: '1', status: 'refused', code: 'sheet-submitted' },
          { opId: '2', status: 'refused', code: 'hub-not-today' },
          { opId: '3', status: 'applied' },
          { opId: '4', status: 'refused', code: 'no-such-code' },
        ],
      },
    ]);
    const [submitted, notToday, applied, unknown] = result?.outcomes ?? [];
    expect(submitted?.vi).toBe(translate('vi', 'db.sheet-submitted'));
    expect(submitted?.en).toBe(translate('en', 'db.sheet-submitted'));
    expect(notToday?.vi).toContain('ngày họp');
    expect(applied).toEqual({ opId: '3', status: 'applied' });
    // A code the catalog does not know stays a code (the device shows it as is), never words from elsewhere.
    expect(unknown).toEqual({ opId: '4', status: 'refused', code: 'no-such-code' });
  });
});
