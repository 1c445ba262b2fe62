import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addMember,
  changeMemberRole,
  createPerson,
  createRound,
  exportRoundFile,
  getRoundBundle,
  listAudit,
  moveCouncilMember,
  removeMember,
  ValidationError,
  type CouncilDb,
} from '../../../renderer/src/db';
import type { MemberRole } from '../../../renderer/src/domain/model';
import { freshDb } from './fixtures';

/** Seats people in the order the secretary adds them (not the order of the council). */
async function council(people: readonly (readonly [string, MemberRole])[]) {
  const db = freshDb();
  const round = await createRound(
    db,
    { name: 'Đợt 1 năm 2026', level: 'province', province: 'Tây Ninh', meetingDates: ['2026-12-01'] },
    'secretary',
  );
  const ids = new Map<string, string>();
  for (const [fullName, role] of people) {
    const person = await createPerson(db, { fullName }, 'secretary');
    ids.set(fullName, (await addMember(db, round.id, person.id, role, 'secretary')).id);
  }
  const id = (name: string) => ids.get(name) ?? '';
  return { db, roundId: round.id, id };
}

const names = async (db: CouncilDb, roundId: string) =>
  (await getRoundBundle(db, roundId)).members.map((m) => m.person.fullName);

describe("the council's order, stored", () => {
  const people = [
    ['Phạm Thị Hương', 'member'],
    ['Lê Hoàng Phúc', 'secretary'],
    ['Nguyễn Văn Thắng', 'chair'],
    ['Trần Minh Đức', 'member'],
  ] as const;

  it('by default lists the chair first and the secretary last, with positions 0..n-1', async () => {
    const { db, roundId } = await council(people);
    expect(await names(db, roundId)).toEqual([
      'Nguyễn Văn Thắng',
      'Phạm Thị Hương',
      'Trần Minh Đức',
      'Lê Hoàng Phúc',
    ]);
    const bundle = await getRoundBundle(db, roundId);
    expect(bundle.members.map((m) => m.position)).toEqual([0, 1, 2, 3]);
  });

  it('moving up and down is stored, audited once with the order before and after, and exported in the round file', async () => {
    const { db, roundId, id } = await council(people);
    await moveCouncilMember(db, roundId, id('Trần Minh Đức'), 'up', 'secretary');
    await moveCouncilMember(db, roundId, id('Lê Hoàng Phúc'), 'up', 'secretary');
    const order = ['Nguyễn Văn Thắng', 'Trần Minh Đức', 'Lê Hoàng Phúc', 'Phạm Thị Hương'];
    expect(await names(db, roundId)).toEqual(order);
    const events = (await listAudit(db, roundId)).filter((e) => e.action === 'member.reorder');
    expect(events).toHaveLength(2);
    expect(events[1]?.after).toEqual({
      order: [id('Nguyễn Văn Thắng'), id('Trần Minh Đức'), id('Lê Hoàng Phúc'), id('Phạm Thị Hương')],
    });
    const file = await exportRoundFile(db, roundId);
    expect(file.members.map((m) => m.id)).toEqual(order.map(id));
  });

  it('the top cannot move up nor the foot down: refused, nothing changes', async () => {
    const { db, roundId, id } = await council(people);
    const before = await names(db, roundId);
    await expect(moveCouncilMember(db, roundId, id('Nguyễn Văn Thắng'), 'up', 'secretary')).rejects.toThrow(
      ValidationError,
    );
    await expect(moveCouncilMember(db, roundId, id('Lê Hoàng Phúc'), 'down', 'secretary')).rejects.toThrow(
      ValidationError,
    );
    expect(await names(db, roundId)).toEqual(before);
  });

  it('a member added after a move goes before the secretary and keeps the order the secretary chose', async () => {
    const { db, roundId, id } = await council(people);
    await moveCouncilMember(db, roundId, id('Trần Minh Đức'), 'up', 'secretary');
    const person = await createPerson(db, { fullName: 'Võ Thị Lan' }, 'secretary');
    await addMember(db, roundId, person.id, 'vice-chair', 'secretary');
    expect(await names(db, roundId)).toEqual([
      'Nguyễn Văn Thắng',
      'Trần Minh Đức',
      'Phạm Thị Hương',
      'Võ Thị Lan',
      'Lê Hoàng Phúc',
    ]);
  });

  it('a new role takes its default place; removing a member closes the gap', async () => {
    const { db, roundId, id } = await council(people);
    await changeMemberRole(db, roundId, id('Lê Hoàng Phúc'), 'member', 'secretary');
    await changeMemberRole(db, roundId, id('Phạm Thị Hương'), 'secretary', 'secretary');
    expect(await names(db, roundId)).toEqual([
      'Nguyễn Văn Thắng',
      'Trần Minh Đức',
      'Lê Hoàng Phúc',
      'Phạm Thị Hương',
    ]);
    await removeMember(db, roundId, id('Trần Minh Đức'), 'secretary');
    await moveCouncilMember(db, roundId, id('Phạm Thị Hương'), 'up', 'secretary');
    const bundle = await getRoundBundle(db, roundId);
    expect(bundle.members.map((m) => m.person.fullName)).toEqual([
      'Nguyễn Văn Thắng',
      'Phạm Thị Hương',
      'Lê Hoàng Phúc',
    ]);
    expect(bundle.members.map((m) => m.position)).toEqual([0, 1, 2]);
  });
});
