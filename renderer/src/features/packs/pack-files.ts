import type { CouncilMember } from '../../db';

/** A file name from readable parts (Vietnamese letters kept; characters no file system takes removed). */
function safe(part: string): string {
  return part
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
}

export const PACK_EXTENSION = 'ocop-pack';
export const RETURN_EXTENSION = 'ocop-return';

export function packFileName(member: CouncilMember, day: string): string {
  return `${safe(member.person.fullName)} ${day}.${PACK_EXTENSION}`;
}

export function returnFileName(memberName: string, day: string): string {
  return `${safe(memberName)} ${day}.${RETURN_EXTENSION}`;
}
