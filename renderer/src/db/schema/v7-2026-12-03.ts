import type { Transaction } from 'dexie';
import { V6_STORES } from './v6-2026-12-03';

/**
 * Schema version 7 — 2026-12-03 — scoring packs on a USB stick, and confirmed attendance
 * (issue 9 part 2; OCOP-RULES §4 items 7–9).
 *
 * Built as v4 alongside v5 (hub) and v6 (register), it landed after those had shipped: a
 * database already at v6 would never run a v4 upgrader, so it comes after them as v7.
 *
 * SHIPPED once released: never edit. Adds, on the secretary's side:
 * - `scoringPacks`: every pack exported to a member, with its secret (to check the returned
 *   pack's HMAC) and, per product, what the secretary's laptop and the pack last agreed on
 *   (`baselines`), so a sheet changed on both sides is a conflict, never an overwrite.
 * - `packImports`: every returned pack read into the round (file SHA-256, what it changed).
 * - `packConflicts`: a sheet changed both here and in a pack: both versions, and the
 *   secretary's choice with the written reason once resolved.
 * and on the member's side:
 * - `memberPacks`: the member workspace — a pack imported on the member's own laptop with the
 *   member's answers; kept apart from that laptop's own rounds.
 *
 * Why these indexes: packs and conflicts are listed per round; a pack is found by id (the
 * returned file names it); an import is looked up by the file's hash (the same file twice).
 *
 * The upgrader: attendance is confirmed, not assumed, from this version on (§4 item 7). Under
 * the old rule a member with no mark on a meeting day was present; rounds being scored keep
 * that meaning through explicit `present` marks, so an upgrade never closes a day mid-meeting.
 */
export const V7_STORES = {
  ...V6_STORES,
  scoringPacks: 'id, roundId, [roundId+memberId]',
  packImports: 'id, roundId, packId, fileSha256',
  packConflicts: 'id, roundId, packId, [productId+memberId]',
  memberPacks: 'id',
} as const satisfies Record<string, string>;

interface OldMember {
  readonly id: string;
  readonly roundId: string;
}
interface OldRound {
  readonly id: string;
  readonly status: string;
  readonly meetingDates: readonly string[];
}
interface OldMark {
  readonly roundId: string;
  readonly memberId: string;
  readonly meetingDate: string;
}

export async function upgradeToV7(tx: Transaction): Promise<void> {
  const rounds = (await tx.table('rounds').toArray()) as OldRound[];
  const attendance = tx.table('attendance');
  for (const round of rounds.filter((r) => r.status === 'scoring')) {
    const members = (await tx
      .table('roundMembers')
      .where('roundId')
      .equals(round.id)
      .toArray()) as OldMember[];
    const marks = (await attendance.where('roundId').equals(round.id).toArray()) as OldMark[];
    const marked = new Set(marks.map((m) => `${m.memberId}\u0000${m.meetingDate}`));
    for (const day of round.meetingDates) {
      for (const member of members) {
        if (marked.has(`${member.id}\u0000${day}`)) continue;
        await attendance.add({
          id: crypto.randomUUID(),
          roundId: round.id,
          memberId: member.id,
          meetingDate: day,
          present: true,
        });
      }
    }
  }
}
