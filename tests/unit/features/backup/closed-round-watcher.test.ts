import { describe, expect, it } from 'vitest';
import { closedRoundWatcher } from '../../../../renderer/src/features/backup/useDailyBackup';

describe('closedRoundWatcher', () => {
  it('says when a round closes while the app runs, not for rounds closed before', () => {
    const newlyClosed = closedRoundWatcher();
    expect(newlyClosed(['a'])).toBe(false); // already closed at start-up
    expect(newlyClosed(['a'])).toBe(false);
    expect(newlyClosed(['a', 'b'])).toBe(true); // b was just closed
    expect(newlyClosed(['a', 'b'])).toBe(false);
    expect(newlyClosed(['b'])).toBe(false); // a deleted: not a closing
  });
});
