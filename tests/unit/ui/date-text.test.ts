import { describe, expect, it } from 'vitest';
import { formatDateText, parseDateText } from '../../../renderer/src/ui/date-text';

describe('dates typed as dd/mm/yyyy', () => {
  it.each([
    ['05/12/2026', '2026-12-05'],
    ['5/12/2026', '2026-12-05'],
    ['05.12.2026', '2026-12-05'],
    [' 29/02/2028 ', '2028-02-29'],
    ['2026-12-05', '2026-12-05'],
  ])('%s is %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['12/31/2026', '31/02/2026', '29/02/2027', '00/01/2026', '1/1/26', '', 'hôm nay'])(
    '%s is not a day (month/day order is never guessed)',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );

  it('shows a stored date the Vietnamese way', () => {
    expect(formatDateText('2026-12-05')).toBe('05/12/2026');
    expect(formatDateText('5/12')).toBe('5/12');
  });
});
