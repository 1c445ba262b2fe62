import type { MemberRole } from '../../domain/model';
import type { MessageKey } from '../../i18n/catalog';

/** Roles in the order the minutes list them. */
export const MEMBER_ROLES: readonly MemberRole[] = ['chair', 'vice-chair', 'secretary', 'member'];

export const roleLabel: Readonly<Record<MemberRole, MessageKey>> = {
  chair: 'role.chair',
  'vice-chair': 'role.vice-chair',
  secretary: 'role.secretary',
  member: 'role.member',
};
