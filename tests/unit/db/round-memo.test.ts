import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addMember,
  createPerson,
  createProduct,
  createRound,
  deleteRound,
  disqualifyProduct,
  getRoundBundle,
  listRounds,
  NotFoundError,
  openCouncilDb,
  recuseMember,
  reopenSheet,
  requalifyProduct,
  saveAnswer,
  setAttendance,
  setDelegatedChair,
  setSetting,
  startRescoring,
  startScoring,
  submitSheet,
  unrecuseMember,
  unsealProduct,
  updatePerson,
  updateProduct,
  updateRound,
  type CouncilDb,
} from '../../../renderer/src/db';
import { createBackup, restoreBackup, type BackupFile } from '../../../renderer/src/db/backup';
import { productResults, roundResultsOf } from '../../../renderer/src/db/results';
import { roundMemo } from '../../../renderer/src/db/round-memo';
import { loadSheet } from '../../../renderer/src/domain/criteria/registry';
import { progressMatrix } from '../../../renderer/src/domain/workflow';
import { progressInput } from '../../../renderer/src/db/queries';
import type { Answer } from '../../../renderer/src/domain/model';
import { bestAnswers, lowerUnmarkedBy } from '../domain/sheet-answers';
import { markAllPresent } from './fixtures';

const sheet1 = await loadSheet('26/2026/QĐ-TTg', 1);
const best = bestAnswers(sheet1).answers;

async function seed() {
  const db = await openCouncilDb(`round-memo-${crypto.randomUUID()}`);
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
  const products = [];
  for (const i of [1, 2, 3])
    products.push(
      await createProduct(
        db,
        round.id,
        { name: `Sản phẩm ${i}`, code: `72-25459-00${i}-2026`, sheetNo: 1, producer, kind: 'first' },
        'secretary',
      ),
    );
  await markAllPresent(db, round.id);
  await startScoring(db, round.id, 'secretary');
  return { db, round, members, products };
}

async function score(
  db: CouncilDb,
  roundId: string,
  productId: string,
  memberId: string,
  answers: Record<string, Answer>,
) {
  for (const [criterionCode, answer] of Object.entries(answers))
    await saveAnswer(db, { roundId, productId, memberId, criterionCode, answer }, 'secretary');
  await submitSheet(db, { roundId, productId, memberId }, 'secretary');
}

/** A memo of the round's results that counts how often it really tallied. */
function countingMemo() {
  const counter = { tallies: 0 };
  const memo = roundMemo(async (_db, bundle) => {
    counter.tallies += 1;
    return roundResultsOf(bundle);
  });
  return { memo, counter };
}

/** A small deterministic generator (mulberry32): the same sequence of writes on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('roundMemo: a round’s results kept in memory, never stale', () => {
  it('reading again without a write gives the remembered value; a write to another table keeps it; a score does not', async () => {
    const { db, round, members, products } = await seed();
    const { memo, counter } = countingMemo();
    const first = await memo.read(db, round.id);
    expect(await memo.read(db, round.id)).toBe(first);
    await setSetting(db, 'language', 'en', 'secretary'); // not a table the results are read from
    expect(await memo.read(db, round.id)).toBe(first);
    expect(counter.tallies).toBe(1);

    const productId = products[0]?.id ?? '';
    for (const m of members) await score(db, round.id, productId, m.id, best);
    expect(await memo.read(db, round.id)).toEqual(await productResults(db, round.id));
    await unsealProduct(db, productId, 'secretary');
    const after = await memo.read(db, round.id);
    expect(after).not.toBe(first);
    expect(after).toEqual(await productResults(db, round.id));
    expect(after.products[0]?.current?.memberScores.map((m) => m.score.total)).toEqual([100, 100, 100, 100]);
    expect(counter.tallies).toBe(3);
  });

  it('after any writer, in any order, the remembered results equal a fresh tally (150 writes)', async () => {
    const { db, round, members, products } = await seed();
    const { memo, counter } = countingMemo();
    const rnd = random(20261207);
    const pick = <T>(list: readonly T[]): T => {
      const item = list[Math.floor(rnd() * list.length)];
      if (item === undefined) throw new Error('empty list');
      return item;
    };
    const member = () => pick(members).id;
    const product = () => pick(products).id;
    let backup: BackupFile | null = null;
    // A second window on the same database: its writes reach this one as Dexie announces them.
    const otherWindow = await openCouncilDb(db.name);
    /** Every member who may still score the product submits a sheet (the others are refused). */
    const scoreEveryone = async (productId: string) => {
      for (const m of members)
        await score(
          db,
          round.id,
          productId,
          m.id,
          lowerUnmarkedBy(sheet1, best, Math.floor(rnd() * 20)),
        ).catch(() => null);
    };
    const writers: Readonly<Record<string, () => Promise<unknown>>> = {
      score: () =>
        score(db, round.id, product(), member(), lowerUnmarkedBy(sheet1, best, Math.floor(rnd() * 20))),
      scoreAll: () => scoreEveryone(product()),
      answer: async () => {
        const [code, answer] = pick(Object.entries(best));
        await saveAnswer(
          db,
          { roundId: round.id, productId: product(), memberId: member(), criterionCode: code, answer },
          'secretary',
        );
      },
      reopen: async () => {
        const submitted = await db.sheets
          .where('roundId')
          .equals(round.id)
          .filter((x) => x.status === 'submitted')
          .toArray();
        // Many submitted sheets cannot be reopened (product unsealed, disqualified, an earlier
        // pass): try them from a random start until one can, so this writer really writes.
        const start = Math.floor(rnd() * submitted.length);
        for (let i = 0; i < submitted.length; i += 1) {
          const sheet = submitted[(start + i) % submitted.length];
          if (sheet === undefined) break;
          const reopened = await reopenSheet(
            db,
            { roundId: round.id, productId: sheet.productId, memberId: sheet.memberId },
            'secretary',
          ).then(
            () => true,
            () => false,
          );
          if (reopened) return;
        }
        throw new Error('no submitted sheet can be reopened now');
      },
      unseal: async () => {
        const productId = product();
        await scoreEveryone(productId);
        await unsealProduct(db, productId, 'secretary');
      },
      rescore: async () => {
        const productId = product();
        await scoreEveryone(productId);
        await unsealProduct(db, productId, 'secretary').catch(() => null); // perhaps unsealed already
        await startRescoring(db, productId, 'secretary');
      },
      attendance: () =>
        setAttendance(db, round.id, member(), '2026-12-01', rnd() < 0.5 ? 'present' : false, 'secretary'),
      recuse: () => recuseMember(db, product(), member(), 'Người nhà của chủ thể', 'secretary'),
      unrecuse: async () => {
        const recusal = pick(await db.recusals.where('roundId').equals(round.id).toArray());
        await unrecuseMember(db, recusal.productId, recusal.memberId, 'Nhầm', 'secretary');
      },
      disqualify: () => disqualifyProduct(db, product(), { reason: 'Tạp chất' }, 'secretary'),
      requalify: () => requalifyProduct(db, product(), 'Xét lại', 'secretary'),
      renameProduct: () =>
        updateProduct(db, product(), { name: `Sản phẩm ${Math.floor(rnd() * 100)}` }, 'secretary'),
      renamePerson: () =>
        updatePerson(
          db,
          pick(members).personId,
          { fullName: `Người ${Math.floor(rnd() * 100)}` },
          'secretary',
        ),
      renameRound: () => updateRound(db, round.id, { name: `Đợt ${Math.floor(rnd() * 100)}` }, 'secretary'),
      delegateChair: () => setDelegatedChair(db, round.id, rnd() < 0.5 ? null : member(), 'secretary'),
      backup: async () => {
        backup = await createBackup(db, { appVersion: 'test' });
      },
      restore: async () => {
        if (backup === null) throw new Error('no backup yet');
        await restoreBackup(db, backup, 'secretary');
      },
      otherWindow: () =>
        updatePerson(
          otherWindow,
          pick(members).personId,
          { fullName: `Cửa sổ ${Math.floor(rnd() * 100)}` },
          'secretary',
        ),
    };
    const done = new Map<string, number>();
    let reads = 0;
    for (let step = 0; step < 150; step += 1) {
      const name = pick(Object.keys(writers));
      try {
        await writers[name]?.();
        done.set(name, (done.get(name) ?? 0) + 1);
      } catch {
        // The workflow refused this write here (e.g. an unseal before every sheet is in): nothing was written.
      }
      const remembered = await memo.read(db, round.id);
      reads += 1;
      expect(remembered, `after ${name} (step ${step})`).toEqual(await productResults(db, round.id));
      if (rnd() < 0.3) {
        expect(await memo.read(db, round.id)).toBe(remembered);
        reads += 1;
      }
    }
    // Every writer really wrote at least once, and the memo really saved tallies.
    expect([...done.keys()].sort()).toEqual(Object.keys(writers).sort());
    expect(counter.tallies).toBeLessThan(reads);
    otherWindow.close();
  }, 90_000); // 150 writes, each followed by a fresh tally: seconds idle, 17 s at load 18

  it('a deleted round reads as not found, not as its remembered results', async () => {
    const { db, round } = await seed();
    const { memo } = countingMemo();
    await memo.read(db, round.id);
    await deleteRound(db, round.id, 'secretary');
    await expect(memo.read(db, round.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps as many rounds as it is told: five rounds read in turn, twice, derive five times with room for five', async () => {
    const db = await openCouncilDb(`round-memo-${crypto.randomUUID()}`);
    const rounds = [];
    for (let i = 1; i <= 5; i += 1)
      rounds.push(
        await createRound(db, { name: `Đợt ${i}`, level: 'province', province: 'Tây Ninh' }, 'secretary'),
      );
    const derived = { roomy: 0, small: 0 };
    const roomy = roundMemo(() => (derived.roomy += 1), { maxValues: 5 });
    const small = roundMemo(() => (derived.small += 1)); // four by default: each read pushes out the one needed next
    for (const _pass of [1, 2])
      for (const r of rounds) {
        await roomy.read(db, r.id);
        await small.read(db, r.id);
      }
    expect(derived).toEqual({ roomy: 5, small: 10 });
  });

  it('the rounds list’s progress, kept in memory between visits, follows every write', async () => {
    const { db, round, members, products } = await seed();
    const fresh = async () => {
      const rows = progressMatrix(progressInput(await getRoundBundle(db, round.id)));
      return {
        submitted: rows.reduce((n, r) => n + r.submitted, 0),
        expected: rows.reduce((n, r) => n + r.expected, 0),
      };
    };
    const progressNow = async () => (await listRounds(db)).find((r) => r.round.id === round.id)?.progress;
    expect(await progressNow()).toEqual({ submitted: 0, expected: 12 });
    const productId = products[0]?.id ?? '';
    for (const [i, m] of members.entries()) {
      await score(db, round.id, productId, m.id, best);
      expect(await progressNow()).toEqual({ submitted: i + 1, expected: 12 });
    }
    await recuseMember(db, products[1]?.id ?? '', members[1]?.id ?? '', 'Người nhà của chủ thể', 'secretary');
    expect(await progressNow()).toEqual(await fresh());
    expect(await progressNow()).toEqual({ submitted: 4, expected: 11 });
    expect((await listRounds(db, { progress: false }))[0]).not.toHaveProperty('progress');
  });

  it('reads at the same time compute once; a read after a write computes again', async () => {
    const { db, round, members, products } = await seed();
    const { memo, counter } = countingMemo();
    const [a, b] = await Promise.all([memo.read(db, round.id), memo.read(db, round.id)]);
    expect(b).toBe(a);
    expect(counter.tallies).toBe(1);

    const productId = products[0]?.id ?? '';
    for (const m of members) await score(db, round.id, productId, m.id, best);
    const pending = memo.read(db, round.id);
    await unsealProduct(db, productId, 'secretary');
    const after = await memo.read(db, round.id);
    expect(after).toEqual(await productResults(db, round.id));
    expect(after.products[0]?.current?.memberScores.map((m) => m.score.total)).toEqual([100, 100, 100, 100]);
    expect((await pending).products[0]?.current).toBeNull(); // read before the unseal: sealed
  });
});
