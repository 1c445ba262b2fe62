import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addMember,
  createPerson,
  createProduct,
  createRound,
  disqualifyProduct,
  openCouncilDb,
  reopenSheet,
  saveAnswer,
  setAttendance,
  startRescoring,
  startScoring,
  submitSheet,
  unsealProduct,
  type CouncilDb,
} from '../../../renderer/src/db';
import { productResults } from '../../../renderer/src/db/results';
import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import type { Answer } from '../../../renderer/src/domain/model';
import { averageValue } from '../../../renderer/src/domain/scoring/bands';
import { bestAnswers, lowerUnmarkedBy } from '../domain/sheet-answers';
import { markAllPresent } from './fixtures';

const sheet1 = await loadSheet('26/2026/QĐ-TTg', 1);
const best = bestAnswers(sheet1).answers;

async function seed() {
  const db = await openCouncilDb(`results-${crypto.randomUUID()}`);
  const round = await createRound(
    db,
    { name: 'Đợt 1', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    'secretary',
  );
  const members = [];
  for (const [i, role] of (['chair', 'member', 'member', 'member'] as const).entries()) {
    const person = await createPerson(db, { fullName: `Thành viên ${i + 1}` }, 'secretary');
    members.push(await addMember(db, round.id, person.id, role, 'secretary'));
  }
  const producer = { name: 'HTX', address: '', phone: '', commune: '' };
  const pomelo = await createProduct(
    db,
    round.id,
    { name: 'Bưởi', code: '72-25459-001-2026', sheetNo: 1, producer, kind: 'first' },
    'secretary',
  );
  const greens = await createProduct(
    db,
    round.id,
    { name: 'Rau', code: '72-25459-002-2026', sheetNo: 1, producer, kind: 'first' },
    'secretary',
  );
  await markAllPresent(db, round.id);
  await startScoring(db, round.id, 'secretary');
  return { db, round, members, pomelo, greens };
}

async function score(
  db: CouncilDb,
  roundId: string,
  productId: string,
  memberId: string,
  answers: Record<string, Answer>,
): Promise<void> {
  for (const [criterionCode, answer] of Object.entries(answers)) {
    await saveAnswer(db, { roundId, productId, memberId, criterionCode, answer }, 'secretary');
  }
  await submitSheet(db, { roundId, productId, memberId }, 'secretary');
}

describe('productResults: the engine over revealed sheets', () => {
  it("withholds every score until unsealed, then gives the engine's totals, average and stars; re-scoring keeps pass 1 beside pass 2", async () => {
    const { db, round, members, pomelo } = await seed();
    const [m1, m2, m3, m4] = members.map((m) => m.id);
    if (m1 === undefined || m2 === undefined || m3 === undefined || m4 === undefined) throw new Error('seed');
    // m4 is absent: not a scorer, the seal does not wait for them.
    await setAttendance(db, round.id, m4, '2026-12-01', false, 'secretary');
    await score(db, round.id, pomelo.id, m1, best);
    await score(db, round.id, pomelo.id, m2, lowerUnmarkedBy(sheet1, best, 4));
    await score(db, round.id, pomelo.id, m3, lowerUnmarkedBy(sheet1, best, 15));

    const sealed = (await productResults(db, round.id)).products[0];
    expect(sealed?.scorers).toEqual([m1, m2, m3]);
    expect(sealed?.current).toBeNull();
    expect(sealed?.result.memberScores).toEqual([]);
    expect(sealed?.result.outcome).toBe('pending');

    await unsealProduct(db, pomelo.id, 'secretary');
    const open = (await productResults(db, round.id)).products[0];
    expect(open?.current?.memberScores.map((m) => m.score.total)).toEqual([100, 96, 85]);
    expect(open?.current?.average && averageValue(open.current.average.total)).toBeCloseTo(93.6667, 3);
    expect(open?.current?.spread).toBe(15);
    expect(open?.current?.spreadExceeded).toBe(true);
    expect(open?.current?.stars).toBe(5);
    expect(open?.current?.outcome).toBe('forward-5-star');

    await startRescoring(db, pomelo.id, 'secretary');
    const rescoring = (await productResults(db, round.id)).products[0];
    expect(rescoring?.current).toBeNull(); // pass 2 sealed
    expect(rescoring?.passResults.map((r) => r.memberScores.map((m) => m.score.total))).toEqual([
      [100, 96, 85],
    ]);

    // Pass 2 starts as a copy of pass 1: m3 revises, the others resubmit as they were.
    await submitSheet(db, { roundId: round.id, productId: pomelo.id, memberId: m1 }, 'secretary');
    await submitSheet(db, { roundId: round.id, productId: pomelo.id, memberId: m2 }, 'secretary');
    await score(db, round.id, pomelo.id, m3, lowerUnmarkedBy(sheet1, best, 8));
    const beforeUnseal = (await productResults(db, round.id)).products[0];
    expect(beforeUnseal?.passResults).toHaveLength(1); // pass 2 scores stay hidden until unsealed
    await unsealProduct(db, pomelo.id, 'secretary');
    const final = (await productResults(db, round.id)).products[0];
    expect(final?.passResults.map((r) => r.memberScores.map((m) => m.score.total))).toEqual([
      [100, 96, 85],
      [100, 96, 92],
    ]);
    expect(final?.current?.spread).toBe(8);
    expect(final?.current?.spreadExceeded).toBe(false);
    expect(final?.revealedPasses).toBe(2);
  });

  it('a disqualified product shows its outcome without waiting for an unseal', async () => {
    const { db, round, greens } = await seed();
    await disqualifyProduct(db, greens.id, { reason: 'Tạp chất trong mẫu' }, 'secretary');
    const row = (await productResults(db, round.id)).products.find((p) => p.product.id === greens.id);
    expect(row?.current?.outcome).toBe('disqualified');
    expect(row?.current?.stars).toBeNull();
    expect(row?.current?.disqualified?.reason).toBe('Tạp chất trong mẫu');
  });

  it('a draft reopened before the unseal is never counted', async () => {
    const { db, round, members, pomelo } = await seed();
    const m1 = members[0]?.id ?? '';
    await score(db, round.id, pomelo.id, m1, best);
    await reopenSheet(db, { roundId: round.id, productId: pomelo.id, memberId: m1 }, 'secretary');
    const row = (await productResults(db, round.id)).products[0];
    expect(row?.result.memberScores).toEqual([]);
    expect(row?.result.awaiting).toEqual(members.map((m) => m.id));
  });
});
