/**
 * The plain data a council round is made of. Shared by the engine (scoring, tally),
 * the round file, the database and the documents. Pure types, no runtime code.
 *
 * Ids are UUIDs (rounds are merged across laptops). Dates are ISO strings
 * (`YYYY-MM-DD` for calendar dates, full ISO 8601 for instants).
 */

export type Uuid = string;
export type IsoDate = string;
export type IsoInstant = string;

/** Level of the council that evaluates the round (OCOP-RULES §2). */
export type CouncilLevel = 'province' | 'central';

export type MemberRole = 'chair' | 'vice-chair' | 'secretary' | 'member';

/** How a marked star minimum counts as met by the council (OCOP-RULES §4.3). */
export type MinimumPolicy = 'majority' | 'all' | 'average';

/** Kind of evaluation the producer filed for (OCOP-RULES §2). */
export type ProductKind = 'first' | 'upgrade' | 're-evaluation';

/** The round's rules profile: the council's defaults, changeable per province (OCOP-RULES §4). */
export interface RulesProfile {
  /** max − min of members' totals above this triggers re-scoring. Default 10. */
  readonly spreadLimit: number;
  readonly minimumPolicy: MinimumPolicy;
  /** Fraction of the council that must be present, e.g. 0.75. */
  readonly quorum: number;
  /** Whether the chair (or delegated chair) must be present for quorum. */
  readonly chairRequired: boolean;
  /** Decimals shown for averages; display rounds DOWN, computation never rounds. */
  readonly displayDecimals: number;
}

/**
 * A member's answer to one criterion: the 0-based index of the chosen option in the
 * criterion's printed option list (both cases counted on sheet 26), or "none" when the
 * product meets no printed option (0 points, reported).
 */
export type Answer = number | 'none';

/** One member's sheet for one product in one pass (pass 1 = first scoring, 2+ = re-scoring). */
export interface MemberSheet {
  readonly memberId: Uuid;
  readonly productId: Uuid;
  readonly pass: number;
  /** criterion code → answer */
  readonly answers: Readonly<Record<string, Answer>>;
  /** sheet 26: criterion code → chosen variant (case) name */
  readonly caseChoice?: Readonly<Record<string, string>>;
  readonly opinion?: string;
  readonly submittedAt?: IsoInstant;
}

export interface Disqualification {
  readonly reason: string;
  /** The criterion whose knock-out note ended the evaluation ("bị loại nếu …"), when one did. */
  readonly criterion?: string;
}

/** The decision that established the council, cited in every minutes. One type for the whole app. */
export interface CouncilDecision {
  /** e.g. "1234/QĐ-UBND" */
  readonly number: string;
  readonly date: IsoDate;
  /** Who signed it, as cited: e.g. "Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh". */
  readonly signer: string;
}

/** The province's yearly plan targets a round is measured against (OCOP-RULES §6). One type for the whole app. */
export interface PlanTargets {
  /** share of evaluated products at ≥ 3★, 0..1 (e.g. 0.8) */
  readonly shareAtLeast3Stars?: number;
  /** number of products forwarded for 5★ */
  readonly forwardedFor5Stars?: number;
  /** number of products planned */
  readonly productsPlanned?: number;
}
