import { describe, expect, it } from 'vitest';
import { dateParts, shortDate } from '../../../renderer/src/domain/documents/format';
import { meetingTime } from '../../../renderer/src/domain/documents/minutes';
import { docWords } from '../../../renderer/src/documents/words';

describe('dates and times as Decree 30 writes them', () => {
  it.each([
    ['2026-01-05', { day: '05', month: '01', year: '2026' }],
    ['2026-02-28', { day: '28', month: '02', year: '2026' }],
    ['2026-03-09', { day: '09', month: '3', year: '2026' }],
    ['2026-11-28', { day: '28', month: '11', year: '2026' }],
  ])('%s → ngày %o (zero before days < 10 and months 1–2 only)', (iso, parts) => {
    expect(dateParts(iso)).toEqual(parts);
  });

  it('cites dates as dd/mm/yyyy inside sentences', () => {
    expect(shortDate('2026-10-15')).toBe('15/10/2026');
  });

  it('writes times as "08 giờ 00", or leaves blanks to fill by hand', () => {
    const t = docWords('vi').t;
    expect(meetingTime(t, '8:00')).toBe('08 giờ 00');
    expect(meetingTime(t, '14:30')).toBe('14 giờ 30');
    expect(meetingTime(t, undefined)).toBe('…… giờ ……');
  });
});
