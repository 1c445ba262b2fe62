import { problem, problemLine } from '../../domain/problems';
import { moveMember, placeByRole, type MoveDirection } from '../../domain/council/member-order';
import type { IsoDate, MemberRole } from '../../domain/model';
import type { AttendanceStatus } from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import { NotFoundError, ValidationError, WorkflowError } from '../errors';
import type { Actor, AttendanceRow, RoundMemberRow, RoundRow } from '../rows';
import { writeTx, type Tx } from '../tx';
import { getMember, requireIsoDate, roundFor } from './guards';

async function assertOneChair(t: Tx, roundId: string, memberId: string, role: MemberRole): Promise<void> {
  if (role !== 'chair') return;
  const chairs = await t.roundMembers
    .where('roundId')
    .equals(roundId)
    .filter((m) => m.role === 'chair' && m.id !== memberId)
    .count();
  if (chairs > 0) throw new WorkflowError('second-chair');
}

/** The round's seats in their order (position; ties by id so the order is total). */
async function seatsInOrder(t: Tx, roundId: string): Promise<RoundMemberRow[]> {
  const seats = await t.roundMembers.where('roundId').equals(roundId).toArray();
  return seats.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Writes positions 0..n-1 in the given order (only rows whose position changes); returns the rows as stored. */
async function storeOrder(t: Tx, order: readonly RoundMemberRow[]): Promise<RoundMemberRow[]> {
  const stored = order.map((m, position) => (m.position === position ? m : { ...m, position }));
  const changed = stored.filter((m, i) => m !== order[i]);
  if (changed.length > 0) await t.roundMembers.bulkPut(changed);
  return stored;
}

/**
 * Seats a person in a round's council with a role, at the place the role takes by default
 * (chair first, secretary last: domain/council/member-order.ts). Invariants: a person sits once per round
 * (unique index), one chair per round. Allowed while preparing or scoring. Returns the
 * member row; its `id` is the memberId used by attendance, recusals and sheets.
 */
export async function addMember(
  db: CouncilDb,
  roundId: string,
  personId: string,
  role: MemberRole,
  actor: Actor,
): Promise<RoundMemberRow> {
  return writeTx(db, async (t, audit) => {
    await roundFor(t, roundId, 'edit-council');
    if ((await t.people.get(personId)) === undefined) throw new NotFoundError('person', personId);
    const seated = await t.roundMembers.where('[roundId+personId]').equals([roundId, personId]).count();
    if (seated > 0) throw new ValidationError('duplicate', [`person ${personId}`]);
    await assertOneChair(t, roundId, '', role);
    // position -1: not stored yet, so storeOrder always writes the new seat.
    const seat: RoundMemberRow = { id: db.newId(), roundId, personId, role, position: -1 };
    const stored = await storeOrder(t, placeByRole(await seatsInOrder(t, roundId), seat));
    const member = stored.find((m) => m.id === seat.id) ?? seat;
    await audit({
      actor,
      action: 'member.add',
      entity: 'roundMembers',
      entityId: member.id,
      roundId,
      before: null,
      after: member,
    });
    return member;
  });
}

/**
 * Changes a member's role (one chair per round). A new role moves the member to the place it
 * takes by default (a new chair to the top, a new secretary to the foot); the secretary can
 * then move anyone with `moveCouncilMember`.
 */
export async function changeMemberRole(
  db: CouncilDb,
  roundId: string,
  memberId: string,
  role: MemberRole,
  actor: Actor,
): Promise<RoundMemberRow> {
  return writeTx(db, async (t, audit) => {
    await roundFor(t, roundId, 'edit-council');
    const before = await getMember(t, roundId, memberId);
    await assertOneChair(t, roundId, memberId, role);
    const changed: RoundMemberRow = { ...before, role };
    const seats = await seatsInOrder(t, roundId);
    const order =
      role === before.role
        ? seats.map((m) => (m.id === memberId ? changed : m))
        : placeByRole(seats, changed);
    const stored = await storeOrder(t, order);
    const after = stored.find((m) => m.id === memberId) ?? changed;
    await t.roundMembers.put(after); // the role, whether or not the place moved
    await audit({
      actor,
      action: 'member.role',
      entity: 'roundMembers',
      entityId: memberId,
      roundId,
      before,
      after,
    });
    return after;
  });
}

/**
 * Moves a member one place up or down in the council's order (the order of every list and
 * document). Refused ("invalid-input") at the top going up or at the foot going down.
 * Audit: one "member.reorder" event with the order before and after (member ids).
 */
export async function moveCouncilMember(
  db: CouncilDb,
  roundId: string,
  memberId: string,
  direction: MoveDirection,
  actor: Actor,
): Promise<readonly RoundMemberRow[]> {
  return writeTx(db, async (t, audit) => {
    await roundFor(t, roundId, 'edit-council');
    await getMember(t, roundId, memberId);
    const seats = await seatsInOrder(t, roundId);
    const moved = moveMember(seats, memberId, direction);
    if (moved === null) throw new ValidationError('invalid-input', [`member ${memberId}: ${direction}`]);
    const stored = await storeOrder(t, moved);
    await audit({
      actor,
      action: 'member.reorder',
      entity: 'roundMembers',
      entityId: memberId,
      roundId,
      before: { order: seats.map((m) => m.id) },
      after: { order: stored.map((m) => m.id) },
    });
    return stored;
  });
}

/**
 * Removes a member from the council, with their attendance marks and recusals. Refused
 * ("member-has-sheets") once they have any sheet: scores are evidence and are never deleted.
 * Audit: one "member.remove" event whose `before` holds the member and the removed rows.
 */
export async function removeMember(
  db: CouncilDb,
  roundId: string,
  memberId: string,
  actor: Actor,
): Promise<void> {
  await writeTx(db, async (t, audit) => {
    await roundFor(t, roundId, 'edit-council');
    const member = await getMember(t, roundId, memberId);
    const sheets = await t.sheets.where('[roundId+memberId]').equals([roundId, memberId]).count();
    if (sheets > 0) throw new WorkflowError('member-has-sheets');
    const attendance = await t.attendance
      .where('roundId')
      .equals(roundId)
      .filter((a) => a.memberId === memberId)
      .toArray();
    const recusals = await t.recusals
      .where('roundId')
      .equals(roundId)
      .filter((r) => r.memberId === memberId)
      .toArray();
    await t.attendance.bulkDelete(attendance.map((a) => a.id));
    await t.recusals.bulkDelete(recusals.map((r) => r.id));
    await t.roundMembers.delete(memberId);
    await audit({
      actor,
      action: 'member.remove',
      entity: 'roundMembers',
      entityId: memberId,
      roundId,
      before: { member, attendance, recusals },
      after: null,
    });
  });
}

/**
 * Marks a member present, absent or excused on a meeting day (one mark per member and day).
 * Attendance is confirmed, not assumed (OCOP-RULES §4 item 7): a member without a mark is not
 * present, and scoring of the day stays closed until every member is marked. `true` / `false`
 * mean present / absent. The day must be one of the round's meeting dates. Allowed while
 * preparing or scoring.
 */
export async function setAttendance(
  db: CouncilDb,
  roundId: string,
  memberId: string,
  meetingDate: IsoDate,
  status: AttendanceStatus | boolean,
  actor: Actor,
): Promise<AttendanceRow> {
  const mark: AttendanceStatus = status === true ? 'present' : status === false ? 'absent' : status;
  requireIsoDate('meetingDate', meetingDate);
  return writeTx(db, async (t, audit) => {
    await meetingDayOf(t, roundId, meetingDate);
    await getMember(t, roundId, memberId);
    const before = await t.attendance
      .where('[roundId+memberId+meetingDate]')
      .equals([roundId, memberId, meetingDate])
      .first();
    const after: AttendanceRow = {
      id: before?.id ?? db.newId(),
      roundId,
      memberId,
      meetingDate,
      present: mark === 'present',
      ...(mark === 'excused' ? { excused: true } : {}),
    };
    await t.attendance.put(after);
    await audit({
      actor,
      action: 'attendance.set',
      entity: 'attendance',
      entityId: after.id,
      roundId,
      before: before ?? null,
      after,
    });
    return after;
  });
}

/** The round, for editing its council, with `meetingDate` one of its meeting days (else refused). */
async function meetingDayOf(t: Tx, roundId: string, meetingDate: IsoDate): Promise<RoundRow> {
  const round = await roundFor(t, roundId, 'edit-council');
  if (!round.meetingDates.includes(meetingDate)) {
    throw new ValidationError('invalid-input', [
      problemLine(problem('meetingDate', 'not-a-meeting-day', { value: meetingDate })),
    ]);
  }
  return round;
}

/**
 * "Mark the rest present" for one meeting day: every member of the round with no mark for that
 * day is marked present, in one transaction that reads the marks as stored — a mark written a
 * moment before (an absence the screen has not shown yet) is never overwritten. One
 * `attendance.set` event per member marked. Returns the rows written.
 */
export async function markRestPresent(
  db: CouncilDb,
  roundId: string,
  meetingDate: IsoDate,
  actor: Actor,
): Promise<readonly AttendanceRow[]> {
  requireIsoDate('meetingDate', meetingDate);
  return writeTx(db, async (t, audit) => {
    await meetingDayOf(t, roundId, meetingDate);
    const members = await t.roundMembers.where('roundId').equals(roundId).toArray();
    const marked = new Set(
      (await t.attendance.where('roundId').equals(roundId).toArray())
        .filter((row) => row.meetingDate === meetingDate)
        .map((row) => row.memberId),
    );
    const written: AttendanceRow[] = [];
    for (const member of members) {
      if (marked.has(member.id)) continue;
      const row: AttendanceRow = { id: db.newId(), roundId, memberId: member.id, meetingDate, present: true };
      await t.attendance.put(row);
      await audit({
        actor,
        action: 'attendance.set',
        entity: 'attendance',
        entityId: row.id,
        roundId,
        before: null,
        after: row,
      });
      written.push(row);
    }
    return written;
  });
}

/**
 * Records the member the chair delegated to chair the meeting (counts as the chair for
 * quorum), or clears it with `null`. The delegate must sit in this council.
 */
export async function setDelegatedChair(
  db: CouncilDb,
  roundId: string,
  memberId: string | null,
  actor: Actor,
): Promise<RoundRow> {
  return writeTx(db, async (t, audit) => {
    const before = await roundFor(t, roundId, 'edit-council');
    if (memberId !== null) await getMember(t, roundId, memberId);
    const { chairDelegatedTo: _previous, ...rest } = before;
    const after: RoundRow = {
      ...rest,
      ...(memberId === null ? {} : { chairDelegatedTo: memberId }),
      updatedAt: db.now(),
    };
    await t.rounds.put(after);
    await audit({
      actor,
      action: 'round.delegate-chair',
      entity: 'rounds',
      entityId: roundId,
      roundId,
      before,
      after,
    });
    return after;
  });
}

/**
 * Whether the secretary scores (OCOP-RULES §4 item 8). A non-voting secretary neither scores
 * nor counts toward the quorum of scoring members, but signs the minutes. Refused
 * (`member-has-sheets`) when making a secretary non-voting who already has sheets: scores are
 * evidence and are never dropped.
 */
export async function setSecretaryScores(
  db: CouncilDb,
  roundId: string,
  scores: boolean,
  actor: Actor,
): Promise<RoundRow> {
  return writeTx(db, async (t, audit) => {
    const before = await roundFor(t, roundId, 'edit-council');
    if (!scores) {
      const secretaries = await t.roundMembers
        .where('roundId')
        .equals(roundId)
        .filter((m) => m.role === 'secretary')
        .toArray();
      for (const s of secretaries) {
        const sheets = await t.sheets.where('[roundId+memberId]').equals([roundId, s.id]).count();
        if (sheets > 0) throw new WorkflowError('member-has-sheets');
      }
    }
    const { secretaryScores: _previous, ...rest } = before;
    const after: RoundRow = { ...rest, ...(scores ? {} : { secretaryScores: false }), updatedAt: db.now() };
    await t.rounds.put(after);
    await audit({
      actor,
      action: 'round.secretary-scores',
      entity: 'rounds',
      entityId: roundId,
      roundId,
      before,
      after,
    });
    return after;
  });
}
