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

/**
 * Seats a person in a round's council with a role. Invariants: a person sits once per round
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
    const position = await t.roundMembers.where('roundId').equals(roundId).count();
    const member: RoundMemberRow = { id: db.newId(), roundId, personId, role, position };
    await t.roundMembers.add(member);
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

/** Changes a member's role (one chair per round). */
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
    const after: RoundMemberRow = { ...before, role };
    await t.roundMembers.put(after);
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
    const round = await roundFor(t, roundId, 'edit-council');
    if (!round.meetingDates.includes(meetingDate)) {
      throw new ValidationError('invalid-input', [
        `meetingDate ${meetingDate}: không phải ngày họp của đợt / not a meeting day of the round`,
      ]);
    }
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
