import type { IsoDate } from '../model';
import { memberScores, productMeetingDate } from '../workflow/presence';
import type { RoundFile, RoundMember, RoundProduct } from './types';

/**
 * Who is present on which meeting day, read from a round file exactly as the app's import
 * reads it into attendance marks (OCOP-RULES §4 item 7: attendance is confirmed per day):
 * - a member with per-day `attendance` is present on a day only when marked present on it
 *   (a day without a mark is not confirmed, so not present);
 * - a member without `attendance` (files written before per-day marks) is `present` on every
 *   day, which is how those files were always read;
 * - with no meeting day known (a round without meeting days), `present` counts.
 */
export function memberPresentOn(member: RoundMember, day: IsoDate | undefined): boolean {
  if (day === undefined || member.attendance === undefined) return member.present;
  return member.attendance.find((a) => a.date === day)?.present ?? false;
}

/** The meeting day a product is evaluated on: its own, else the round's first, as in the app. */
export function productDay(file: RoundFile, product: RoundProduct): IsoDate | undefined {
  return productMeetingDate(product, file.round.meetingDates ?? []);
}

/** The scoring members (a non-voting secretary left out), each with their presence on that day. */
export function votingMembersOn(
  file: RoundFile,
  day: IsoDate | undefined,
): readonly (RoundMember & { readonly present: boolean })[] {
  const secretaryScores = file.round.secretaryScores ?? true;
  return file.members
    .filter((m) => memberScores(m.role, secretaryScores))
    .map((m) => ({ ...m, present: memberPresentOn(m, day) }));
}
