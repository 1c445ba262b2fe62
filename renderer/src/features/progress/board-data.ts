import { getRoundBundle, progressInput, scoringMembers, type CouncilDb, type RoundBundle } from '../../db';
import type { MemberRole } from '../../domain/model';
import { progressMatrix, type MemberSheetState } from '../../domain/workflow';
import { isNotFound } from './not-found';

/**
 * What the progress board shows, and nothing more: names and states, never an answer or a
 * score (the board is projected in the room while products are sealed). The bundle holds
 * sheets; only their states leave this function.
 */
export interface BoardMember {
  readonly id: string;
  readonly name: string;
  readonly role: MemberRole;
}

export interface BoardProduct {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly currentPass: number;
  readonly sealed: boolean;
  readonly closed: boolean;
  readonly disqualified: boolean;
  /** memberId → state on the current pass */
  readonly states: Readonly<Record<string, MemberSheetState>>;
  readonly submitted: number;
  readonly expected: number;
}

export interface Board {
  readonly roundName: string;
  readonly members: readonly BoardMember[];
  readonly products: readonly BoardProduct[];
  readonly submitted: number;
  readonly expected: number;
}

export function boardOf(bundle: RoundBundle): Board {
  const rows = new Map(progressMatrix(progressInput(bundle)).map((r) => [r.productId, r]));
  const products = bundle.products.map((p): BoardProduct => {
    const state = bundle.productStates.get(p.id);
    const row = rows.get(p.id);
    return {
      id: p.id,
      name: p.name,
      code: p.code,
      currentPass: state?.currentPass ?? 1,
      sealed: state?.sealed ?? true,
      closed: (state?.closed ?? null) !== null,
      disqualified: p.disqualification !== null,
      states: row?.states ?? {},
      submitted: row?.submitted ?? 0,
      expected: row?.expected ?? 0,
    };
  });
  return {
    roundName: bundle.round.name,
    members: scoringMembers(bundle).map((m) => ({ id: m.id, name: m.person.fullName, role: m.role })),
    products,
    submitted: products.reduce((n, p) => n + p.submitted, 0),
    expected: products.reduce((n, p) => n + p.expected, 0),
  };
}

/** The board of a round for `useLiveQuery`; null when the round no longer exists. */
export async function readBoard(db: CouncilDb, roundId: string): Promise<Board | null> {
  try {
    return boardOf(await getRoundBundle(db, roundId));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
