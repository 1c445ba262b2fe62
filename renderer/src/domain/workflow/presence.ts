import type { IsoDate, Uuid } from '../model';

/** One attendance mark: a member present or absent on one meeting day. */
export interface AttendanceMark {
  readonly memberId: Uuid;
  readonly meetingDate: IsoDate;
  readonly present: boolean;
}

/**
 * Whether a member is present on a meeting day. A member nobody marked is PRESENT:
 * the secretary marks absences, and assuming absence would let a product unseal before a
 * member who is in the room has scored it. With no meeting day known, any absence mark counts.
 */
export function isPresentOn(
  marks: readonly AttendanceMark[],
  memberId: Uuid,
  meetingDate: IsoDate | undefined,
): boolean {
  const own = marks.filter((m) => m.memberId === memberId);
  if (meetingDate === undefined) return !own.some((m) => !m.present);
  const mark = own.find((m) => m.meetingDate === meetingDate);
  return mark?.present ?? true;
}

/** The meeting day on which a product is evaluated: its own, else the round's first day. */
export function productMeetingDate(
  product: { readonly meetingDate?: IsoDate | undefined },
  roundMeetingDates: readonly IsoDate[],
): IsoDate | undefined {
  return product.meetingDate ?? roundMeetingDates[0];
}
