import type { MemberRole, RulesProfile, Uuid } from '../model';

/**
 * Whether the meeting is valid (OCOP-RULES §4.4): at least the profile's fraction of the council
 * present (3/4 by default), and — when the profile requires it — the chair, or the member the
 * chair delegated, among them.
 */
export interface QuorumStatus {
  readonly present: number;
  readonly total: number;
  /** present ≥ quorum × total */
  readonly enoughMembers: boolean;
  readonly chairPresent: boolean;
  readonly met: boolean;
}

export interface QuorumMember {
  readonly id: Uuid;
  readonly role: MemberRole;
  readonly present: boolean;
}

/** Fractions like 2/3 are not exact in binary; a tolerance far below one member keeps 2 of 3 at quorum 2/3. */
const EPSILON = 1e-9;

export function quorumStatus(
  members: readonly QuorumMember[],
  rules: Pick<RulesProfile, 'quorum' | 'chairRequired'>,
  delegatedChairId?: Uuid,
): QuorumStatus {
  const present = members.filter((m) => m.present).length;
  const total = members.length;
  const enoughMembers = total > 0 && present + EPSILON >= rules.quorum * total;
  const chairPresent = members.some((m) => m.present && (m.role === 'chair' || m.id === delegatedChairId));
  return {
    present,
    total,
    enoughMembers,
    chairPresent,
    met: enoughMembers && (chairPresent || !rules.chairRequired),
  };
}
