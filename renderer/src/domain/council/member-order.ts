import type { MemberRole } from '../model';

/**
 * The order of a council's members: the order of every list and document (scoring grid,
 * progress board, minutes tables, summary, sheets, Excel, round file). By default the chair
 * comes first and the secretary last, as a decision establishing a council lists them; the
 * secretary may then move anyone up or down, and that order is kept.
 */

export interface OrderedMember {
  readonly id: string;
  readonly role: MemberRole;
}

/** Where a member with `role` goes by default: chair first, secretary last, others before the secretary. */
export function defaultPlace(order: readonly OrderedMember[], role: MemberRole): number {
  if (role === 'chair') return 0;
  if (role === 'secretary') return order.length;
  const firstSecretary = order.findIndex((m) => m.role === 'secretary');
  return firstSecretary === -1 ? order.length : firstSecretary;
}

/** The order with `member` placed where its role puts it by default (used on add and on a role change). */
export function placeByRole<T extends OrderedMember>(order: readonly T[], member: T): T[] {
  const others = order.filter((m) => m.id !== member.id);
  const at = defaultPlace(others, member.role);
  return [...others.slice(0, at), member, ...others.slice(at)];
}

export type MoveDirection = 'up' | 'down';

/** The order with one member moved a place up or down; null when it is already at that end (or absent). */
export function moveMember<T extends OrderedMember>(
  order: readonly T[],
  memberId: string,
  direction: MoveDirection,
): T[] | null {
  const from = order.findIndex((m) => m.id === memberId);
  if (from === -1) return null;
  const to = direction === 'up' ? from - 1 : from + 1;
  const moving = order[from];
  const other = order[to];
  if (moving === undefined || other === undefined) return null;
  const next = [...order];
  next[to] = moving;
  next[from] = other;
  return next;
}
