import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setAttendance, updateProduct, updateRound } from '../../../../renderer/src/db';
import { readResultsPage } from '../../../../renderer/src/features/results/results-data';
import { seedRound } from '../../db/fixtures';

describe('the results page data: quorum per meeting day, known before any click', () => {
  it('2 of 4 present on the day: below quorum, and every product of that day cannot be closed', async () => {
    const s = await seedRound({ members: 4, products: 2 });
    await setAttendance(s.db, s.round.id, s.members[2]?.id ?? '', '2026-12-01', false, 'secretary');
    await setAttendance(s.db, s.round.id, s.members[3]?.id ?? '', '2026-12-01', false, 'secretary');
    const page = await readResultsPage(s.db, s.round.id);
    expect(page?.quorum).toEqual([{ day: '2026-12-01', met: false, present: 2, total: 4 }]);
    expect([...(page?.productQuorum.values() ?? [])]).toEqual([false, false]);
    expect(page?.products.map((p) => p.current)).toEqual([null, null]); // sealed: no result shown
  });

  it('the chair absent breaks quorum even with 3 of 4 present', async () => {
    const s = await seedRound({ members: 4, products: 1 });
    await setAttendance(s.db, s.round.id, s.members[0]?.id ?? '', '2026-12-01', false, 'secretary');
    expect((await readResultsPage(s.db, s.round.id))?.quorum[0]?.met).toBe(false);
  });

  it('a round whose id is unknown reads as null', async () => {
    const s = await seedRound({ members: 1, products: 0, scoring: false });
    expect(await readResultsPage(s.db, 'no-such-round')).toBeNull();
  });

  it('products on another meeting day are judged on that day', async () => {
    const s = await seedRound({ members: 4, products: 2, scoring: false });
    await updateRound(s.db, s.round.id, { meetingDates: ['2026-12-01', '2026-12-02'] }, 'secretary');
    await updateProduct(s.db, s.products[1]?.id ?? '', { meetingDate: '2026-12-02' }, 'secretary');
    await setAttendance(s.db, s.round.id, s.members[1]?.id ?? '', '2026-12-02', false, 'secretary');
    await setAttendance(s.db, s.round.id, s.members[2]?.id ?? '', '2026-12-02', false, 'secretary');
    const page = await readResultsPage(s.db, s.round.id);
    expect(page?.quorum.map((q) => [q.day, q.met])).toEqual([
      ['2026-12-01', true],
      ['2026-12-02', false],
    ]);
    expect(page?.productQuorum.get(s.products[0]?.id ?? '')).toBe(true);
    expect(page?.productQuorum.get(s.products[1]?.id ?? '')).toBe(false);
  });
});
