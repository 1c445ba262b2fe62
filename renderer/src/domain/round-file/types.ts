import type {
  CouncilDecision,
  CouncilLevel,
  Disqualification,
  IsoDate,
  IsoInstant,
  MemberRole,
  MemberSheet,
  PlanTargets,
  ProductKind,
  RulesProfile,
  Uuid,
} from '../model';
import type { SheetAnswers } from '../scoring/answers';

/**
 * The round file, version 1: the app's portable JSON for one round (export/import between
 * laptops, and what an auditor recomputes a round from). Documented in ../round-file.md.
 * The fields issue 3 names are required; the rest is optional, so a hand-written file for an
 * audit stays short while the app round-trips everything it holds.
 */
export const ROUND_FILE_FORMAT = 'ocop-council/round';
export const ROUND_FILE_VERSION = 1;

export type RoundFileStatus = 'preparing' | 'scoring' | 'closed';

/** The council's decision as a round file carries it: the signer may be left out. */
export type RoundDecision = Omit<CouncilDecision, 'signer'> & { readonly signer?: string };

/**
 * The model's plan targets (OCOP-RULES §6) as a round file spells them: `products` is the
 * model's `productsPlanned`. A file shape derived from the one PlanTargets type, not a second one.
 */
export type RoundFilePlanTargets = Omit<PlanTargets, 'productsPlanned'> & {
  /** Products to develop or upgrade, e.g. 141. */
  readonly products?: number;
};

export interface RoundInfo {
  readonly id: Uuid;
  readonly name: string;
  readonly level: CouncilLevel;
  /** Rule-set id, e.g. "26/2026/QĐ-TTg": pinned when the round is created. */
  readonly ruleSet: string;
  readonly rules: RulesProfile;
  readonly province?: string;
  readonly decision?: RoundDecision;
  readonly venue?: string;
  readonly meetingDates?: readonly IsoDate[];
  readonly planTargets?: RoundFilePlanTargets;
  readonly status?: RoundFileStatus;
  /** The member the chair delegated to chair the meeting (counts as the chair for quorum). */
  readonly chairDelegatedTo?: Uuid;
  /**
   * Whether the secretary scores (OCOP-RULES §4 item 8). Absent = yes. `false`: a non-voting
   * secretary — no sheets, not counted in the quorum of scoring members, still signs the minutes.
   */
  readonly secretaryScores?: boolean;
}

export interface AttendanceDay {
  readonly date: IsoDate;
  readonly present: boolean;
  /** Absent with leave ("vắng có lý do"); only with `present: false`. */
  readonly excused?: true;
}

export interface RoundMember {
  readonly id: Uuid;
  readonly name: string;
  readonly role: MemberRole;
  /**
   * Present on at least one meeting day. Without `attendance` (older files) it holds for every
   * day; with it, `attendance` says which days (round-file/presence.ts).
   */
  readonly present: boolean;
  /** Stable id of the person across rounds (the app's people directory). */
  readonly personId?: Uuid;
  /** Position, e.g. "Phó Giám đốc Sở Nông nghiệp và Môi trường". */
  readonly title?: string;
  readonly organisation?: string;
  readonly phone?: string;
  /** Per meeting day: who scores a product and the day's quorum follow the mark of its day. */
  readonly attendance?: readonly AttendanceDay[];
}

export interface Producer {
  readonly name: string;
  readonly address?: string;
  readonly phone?: string;
  readonly commune?: string;
}

export interface RoundProduct {
  readonly id: Uuid;
  readonly name: string;
  /** Product code (T)-(X)-(STT)-year as printed on the sheet. */
  readonly code: string;
  /** Sheet number 1..26 of the round's rule-set. */
  readonly sheet: number;
  /** null, or why the evaluation ended (no star). */
  readonly disqualified: Disqualification | null;
  readonly producer?: Producer;
  readonly kind?: ProductKind;
  /** The meeting day it is evaluated on, when the round spans several days. */
  readonly meetingDate?: IsoDate;
  /** The producer's own scoring on the same sheet (Mẫu 02); never part of the council's result. */
  readonly selfAssessment?: SheetAnswers;
}

export interface Recusal {
  readonly memberId: Uuid;
  readonly productId: Uuid;
  readonly reason: string;
}

/** One member's submitted sheet for one product in one pass. */
export interface ScoreRecord extends MemberSheet {
  readonly submittedAt: IsoInstant;
}

/** What happened to a product's scoring, for the minutes: unsealing, re-scoring, closing. */
export type RoundEvent =
  | {
      readonly kind: 'unseal';
      readonly productId: Uuid;
      readonly pass: number;
      readonly at: IsoInstant;
      readonly by?: Uuid;
    }
  | {
      readonly kind: 'rescore';
      readonly productId: Uuid;
      readonly pass: number;
      readonly at: IsoInstant;
      readonly reason?: string;
      readonly by?: Uuid;
    }
  | {
      readonly kind: 'close';
      readonly productId: Uuid;
      readonly at: IsoInstant;
      readonly by?: Uuid;
      /** Closed with the spread still above the limit: only with the chair's written reason. */
      readonly spreadAboveLimit?: boolean;
      readonly reason?: string;
    };

/**
 * One event of the round's hash-chained audit trail, as the app stored it (issue 6 item 5):
 * `hash` = SHA-256 of the canonical JSON (sorted keys) of every other field, `prevHash` the
 * previous event's hash (64 zeros for seq 1). `ocop verify` recomputes the chain from these.
 */
/** The app's AuditVia, as a round file carries it. */
export type RoundAuditVia =
  | { readonly kind: 'laptop' }
  | { readonly kind: 'hub'; readonly deviceId: string; readonly deviceLabel: string }
  | { readonly kind: 'pack'; readonly fileSha256: string };

export interface RoundAuditEvent {
  readonly id: string;
  readonly chain: string;
  readonly seq: number;
  readonly at: IsoInstant;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly roundId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  /** where the write came from (laptop, hub device, scoring pack); absent = the laptop */
  readonly via?: RoundAuditVia;
  readonly prevHash: string;
  readonly hash: string;
}

export interface RoundFile {
  readonly format: typeof ROUND_FILE_FORMAT;
  readonly version: typeof ROUND_FILE_VERSION;
  readonly round: RoundInfo;
  readonly members: readonly RoundMember[];
  readonly products: readonly RoundProduct[];
  readonly recusals: readonly Recusal[];
  readonly scores: readonly ScoreRecord[];
  readonly events?: readonly RoundEvent[];
  /** Optional: the round's audit chain, in order (files written by the app carry it). */
  readonly audit?: readonly RoundAuditEvent[];
}
