import type { IsoDate, MemberRole, Uuid } from '../model';

/** How the secretary marked a member on one meeting day (OCOP-RULES §4 item 7). */
export type AttendanceStatus = 'present' | 'absent' | 'excused';

/**
 * One attendance mark: a member present, absent, or absent with leave (`excused`) on one
 * meeting day. Stored as `present` + optional `excused` so marks written before "excused"
 * existed keep their meaning.
 */
export interface AttendanceMark {
  readonly memberId: Uuid;
  readonly meetingDate: IsoDate;
  readonly present: boolean;
  readonly excused?: boolean;
}

/** The status a mark records. */
export function attendanceStatusOf(mark: AttendanceMark): AttendanceStatus {
  if (mark.present) return 'present';
  return mark.excused === true ? 'excused' : 'absent';
}

/** The member's mark on a day, or undefined when the secretary has not marked them yet. */
export function attendanceOn(
  marks: readonly AttendanceMark[],
  memberId: Uuid,
  meetingDate: IsoDate,
): AttendanceStatus | undefined {
  const mark = marks.find((m) => m.memberId === memberId && m.meetingDate === meetingDate);
  return mark === undefined ? undefined : attendanceStatusOf(mark);
}

/**
 * Whether a member is present on a meeting day. Attendance is CONFIRMED, not assumed
 * (OCOP-RULES §4 item 7, decided 2026-12-03): a member nobody marked is NOT present, so they
 * neither score nor count toward quorum. With no meeting day known (a round without meeting
 * days, e.g. an old round file), a member counts as present when marked and never absent.
 */
export function isPresentOn(
  marks: readonly AttendanceMark[],
  memberId: Uuid,
  meetingDate: IsoDate | undefined,
): boolean {
  const own = marks.filter((m) => m.memberId === memberId);
  if (meetingDate === undefined) return own.length > 0 && own.every((m) => m.present);
  return own.find((m) => m.meetingDate === meetingDate)?.present ?? false;
}

/**
 * The members the secretary has not marked yet on a meeting day, in the given order. Scoring
 * of that day stays closed until this is empty. With no meeting day there is nothing to
 * confirm against: every member is unconfirmed.
 */
export function unconfirmedMembers<M extends { readonly id: Uuid }>(
  members: readonly M[],
  marks: readonly AttendanceMark[],
  meetingDate: IsoDate | undefined,
): readonly M[] {
  if (meetingDate === undefined) return members;
  return members.filter((m) => attendanceOn(marks, m.id, meetingDate) === undefined);
}

/** The meeting day on which a product is evaluated: its own, else the round's first day. */
export function productMeetingDate(
  product: { readonly meetingDate?: IsoDate | undefined },
  roundMeetingDates: readonly IsoDate[],
): IsoDate | undefined {
  return product.meetingDate ?? roundMeetingDates[0];
}

/**
 * Whether a council member scores (OCOP-RULES §4 item 8): everybody does, except the
 * secretary when the council's setting says the secretary does not vote. A non-voting
 * secretary has no sheets, is not waited for by the seal, and is not counted in the quorum
 * of scoring members; they still sign the minutes.
 */
export function memberScores(role: MemberRole, secretaryScores: boolean): boolean {
  return role !== 'secretary' || secretaryScores;
}

/**
 * The members the quorum of a day is judged on, each with their presence: the scoring
 * members only (a non-voting secretary is left out of both the present count and the total).
 */
export function quorumMembers(
  members: readonly { readonly id: Uuid; readonly role: MemberRole }[],
  marks: readonly AttendanceMark[],
  meetingDate: IsoDate | undefined,
  secretaryScores: boolean,
): readonly { readonly id: Uuid; readonly role: MemberRole; readonly present: boolean }[] {
  return members
    .filter((m) => memberScores(m.role, secretaryScores))
    .map((m) => ({ id: m.id, role: m.role, present: isPresentOn(marks, m.id, meetingDate) }));
}

/**
 * Who scores each product: the members present on its meeting day, less those recused from it.
 * `presentOn` is asked once per meeting day, not once per member and product (a round of 141
 * products × 15 members has a few days). The first of a duplicated product id counts.
 */
export function scorersPerProduct<P extends { readonly id: Uuid }, Day>(
  products: readonly P[],
  recusals: readonly { readonly productId: Uuid; readonly memberId: Uuid }[],
  dayOf: (product: P) => Day,
  presentOn: (day: Day) => readonly Uuid[],
): ReadonlyMap<Uuid, readonly Uuid[]> {
  const recusedOf = new Map<Uuid, Set<Uuid>>();
  for (const { productId, memberId } of recusals) {
    const members = recusedOf.get(productId);
    if (members === undefined) recusedOf.set(productId, new Set([memberId]));
    else members.add(memberId);
  }
  const presentByDay = new Map<Day, readonly Uuid[]>();
  const scorers = new Map<Uuid, readonly Uuid[]>();
  for (const product of products) {
    if (scorers.has(product.id)) continue;
    const day = dayOf(product);
    let present = presentByDay.get(day);
    if (present === undefined) {
      present = presentOn(day);
      presentByDay.set(day, present);
    }
    const recused = recusedOf.get(product.id);
    scorers.set(product.id, recused === undefined ? present : present.filter((id) => !recused.has(id)));
  }
  return scorers;
}
