import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { MemberOp } from '../../../electron/shared/hub-wire';
import {
  applyHubBatches,
  memberViewsOf,
  recuseMember,
  refreshMemberViews,
  reopenSheet,
  saveAnswer,
  setAttendance,
  submitSheet,
} from '../../../renderer/src/db';
import { seedRound, type Seeded } from './fixtures';

/**
 * The members' views are rebuilt only for the members whose data changed (issue 9, hub
 * latency): the read that holds up the commits of incoming ops stays small under a burst of
 * answers. Pinned here: a member's own op rebuilds their view; another member's op does not;
 * a change every view reads (attendance, recusal) rebuilds them all; and the reused views are
 * exactly what a full rebuild gives (nobody sees another's scores, nothing goes stale).
 */

const DAY = '2026-12-01';
const label = () => ({ vi: 'x', en: 'x' });
let n = 0;
const answerOp = (productId: string, clock: number, answer: number): MemberOp => ({
  opId: `view-op-${++n}`,
  productId,
  pass: 1,
  clock,
  change: { kind: 'answer', criterion: '1.1', answer },
});
const deliver = (s: Seeded, memberId: string, ops: MemberOp[]) =>
  applyHubBatches(s.db, [
    {
      batchId: `batch-${++n}`,
      roundId: s.round.id,
      meetingDate: DAY,
      memberId,
      deviceId: `dev-${memberId}`,
      deviceLabel: 'Android · Chrome',
      ops,
    },
  ]);
const refresh = (s: Seeded, memo: Parameters<typeof refreshMemberViews>[4]) =>
  refreshMemberViews(s.db, s.round.id, DAY, label, memo);

describe('members’ views rebuilt only where the data changed', () => {
  it('a member’s op rebuilds that member’s view and NOT an unrelated member’s; the result equals a full rebuild', async () => {
    const s = await seedRound({ members: 3 });
    const [chair, a, b] = s.members.map((m) => m.id);
    const p = s.products[0]?.id ?? '';
    const first = await refresh(s, null);
    expect([...first.rebuilt].sort()).toEqual([chair, a, b].sort());

    // nothing changed: nothing is read again, every view is the very same object
    const idle = await refresh(s, first.memo);
    expect(idle.rebuilt).toEqual([]);
    expect(idle.views).toEqual(first.views);

    // member a sends an answer through the hub: only a's view is rebuilt
    const [result] = await deliver(s, a ?? '', [answerOp(p, 1, 2)]);
    expect(result?.outcomes[0]?.status).toBe('applied');
    const afterA = await refresh(s, idle.memo);
    expect(afterA.rebuilt).toEqual([a]);
    const viewOf = (views: typeof afterA.views, id: string | undefined) =>
      views.find((v) => v.memberId === id);
    expect(viewOf(afterA.views, a)?.products[0]?.sheet?.answers).toEqual({ '1.1': 2 });
    expect(viewOf(afterA.views, a)?.clockFloor).toBe(1);
    // b's and the chair's views were reused as they were, untouched by a's answer
    expect(viewOf(afterA.views, b)).toBe(viewOf(idle.views, b));
    expect(viewOf(afterA.views, chair)).toBe(viewOf(idle.views, chair));
    expect(viewOf(afterA.views, b)?.products[0]?.sheet ?? null).toBeNull();
    // and the whole is what a rebuild of everything gives
    expect(afterA.views).toEqual(await memberViewsOf(s.db, s.round.id, DAY, label));

    // then b answers: only b's view is rebuilt, a's stays as it was
    await deliver(s, b ?? '', [answerOp(p, 1, 3)]);
    const afterB = await refresh(s, afterA.memo);
    expect(afterB.rebuilt).toEqual([b]);
    expect(viewOf(afterB.views, a)).toBe(viewOf(afterA.views, a));
    expect(viewOf(afterB.views, b)?.products[0]?.sheet?.answers).toEqual({ '1.1': 3 });
    expect(afterB.views).toEqual(await memberViewsOf(s.db, s.round.id, DAY, label));
  });

  it('the secretary’s edits of a member’s sheet on the laptop rebuild that member’s view only', async () => {
    const s = await seedRound({ members: 3 });
    const [, a, b] = s.members.map((m) => m.id);
    const p = s.products[0]?.id ?? '';
    const key = { roundId: s.round.id, productId: p, memberId: a ?? '' };
    const start = await refresh(s, null);
    for (const criterionCode of ['1.1', '1.2', '1.3']) {
      await saveAnswer(s.db, { ...key, criterionCode, answer: 1 }, 'secretary');
    }
    await submitSheet(s.db, key, 'secretary');
    const submitted = await refresh(s, start.memo);
    expect(submitted.rebuilt).toEqual([a]);
    expect(submitted.views.find((v) => v.memberId === a)?.products[0]?.phase).toBe('submitted');
    await reopenSheet(s.db, key, 'secretary');
    const reopened = await refresh(s, submitted.memo);
    expect(reopened.rebuilt).toEqual([a]);
    expect(reopened.views.find((v) => v.memberId === a)?.products[0]?.phase).toBe('open');
    expect(reopened.views.find((v) => v.memberId === b)).toBe(start.views.find((v) => v.memberId === b));
    expect(reopened.views).toEqual(await memberViewsOf(s.db, s.round.id, DAY, label));
  });

  it('a change every view reads (a recusal, attendance) rebuilds every view', async () => {
    const s = await seedRound({ members: 3 });
    const [chair, a, b] = s.members.map((m) => m.id);
    const p = s.products[0]?.id ?? '';
    const start = await refresh(s, null);
    await recuseMember(s.db, p, b ?? '', 'người thân của chủ thể', 'secretary');
    const recused = await refresh(s, start.memo);
    expect([...recused.rebuilt].sort()).toEqual([chair, a, b].sort());
    expect(recused.views.find((v) => v.memberId === b)?.products.map((x) => x.productId)).not.toContain(p);
    expect(recused.views).toEqual(await memberViewsOf(s.db, s.round.id, DAY, label));

    await setAttendance(s.db, s.round.id, a ?? '', DAY, 'absent', 'secretary');
    const absent = await refresh(s, recused.memo);
    expect([...absent.rebuilt].sort()).toEqual([chair, b].sort());
    expect(absent.views.map((v) => v.memberId)).toEqual([chair, b]);
    expect(absent.views).toEqual(await memberViewsOf(s.db, s.round.id, DAY, label));
  });
});
