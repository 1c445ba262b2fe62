import type { CouncilMember } from '../../db';
import { safeFileName } from '../../documents/file-names';

export const PACK_EXTENSION = 'ocop-pack';
export const RETURN_EXTENSION = 'ocop-return';

/** "Trần Thị Bình 2026-12-05.ocop-pack": Vietnamese letters kept, safe on Windows. */
export function packFileName(member: CouncilMember, day: string): string {
  return `${safeFileName(`${member.person.fullName} ${day}`, day)}.${PACK_EXTENSION}`;
}

export function returnFileName(memberName: string, day: string): string {
  return `${safeFileName(`${memberName} ${day}`, day)}.${RETURN_EXTENSION}`;
}
