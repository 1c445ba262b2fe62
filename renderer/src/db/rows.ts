import type {
  Answer,
  CouncilDecision,
  CouncilLevel,
  Disqualification,
  IsoDate,
  IsoInstant,
  MemberRole,
  PlanTargets,
  ProductKind,
  RulesProfile,
  Uuid,
} from '../domain/model';
import type { MinutesFields, RoundStatus, SheetStatus } from '../domain/workflow';
import type { ScoringPackFile } from './packs/format';
import type { ProductGroup } from '../domain/register/groups';

/**
 * The shapes stored in IndexedDB (schema v1, see `schema/`). Rows are plain JSON-able
 * data (no Date, no class): they are hashed into the audit chain and written to backups.
 * Optional fields are absent, never `undefined`, so a row's canonical JSON is stable.
 */

// One type per concept: these two live in the domain, the rows use them.

export interface RoundRow {
  readonly id: Uuid;
  readonly name: string;
  readonly level: CouncilLevel;
  readonly province: string;
  readonly decision?: CouncilDecision;
  readonly venue: string;
  /** calendar days of the meeting, sorted */
  readonly meetingDates: readonly IsoDate[];
  /** e.g. "26/2026/QĐ-TTg" — pinned at creation, changeable only while preparing */
  readonly ruleSetId: string;
  readonly rules: RulesProfile;
  readonly planTargets?: PlanTargets;
  /** the member the chair delegated to chair the meeting (round file `chairDelegatedTo`) */
  readonly chairDelegatedTo?: Uuid;
  /**
   * Whether the secretary scores (OCOP-RULES §4 item 8). Absent = yes (every round before the
   * setting existed). `false`: a non-voting secretary — no sheets, not in the quorum of scoring
   * members, still signs the minutes.
   */
  readonly secretaryScores?: boolean;
  readonly status: RoundStatus;
  /** 0/1, not boolean: IndexedDB cannot index booleans */
  readonly archived: 0 | 1;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

/** A person kept across rounds. */
export interface PersonRow {
  readonly id: Uuid;
  readonly fullName: string;
  readonly title: string;
  readonly organisation: string;
  readonly phone: string;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

/** A person's seat in one round's council. Its `id` is the "memberId" used everywhere else. */
export interface RoundMemberRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly personId: Uuid;
  readonly role: MemberRole;
  /** display order on the board and in the minutes */
  readonly position: number;
}

export interface AttendanceRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly memberId: Uuid;
  readonly meetingDate: IsoDate;
  readonly present: boolean;
  /** absent with leave ("vắng có lý do"); only on a mark with `present: false` */
  readonly excused?: true;
}

export interface Producer {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly commune: string;
}

/** The producer's self-assessment (Mẫu 02), entered on the same sheet form. */
export interface SelfAssessment {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly caseChoice?: Readonly<Record<string, string>>;
}

export interface ProductRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly name: string;
  /** OCOP product code "(T)-(X)-(STT)-year", validated by domain/product-code.ts; '' while unknown */
  readonly code: string;
  /** criteria sheet 1..26 of the round's rule-set */
  readonly sheetNo: number;
  readonly producer: Producer;
  readonly kind: ProductKind;
  readonly selfAssessment?: SelfAssessment;
  /** null while the product is in evaluation */
  readonly disqualification: Disqualification | null;
  /** the meeting day it is evaluated on (presence and quorum are judged on that day) */
  readonly meetingDate?: IsoDate;
  readonly position: number;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

export interface RecusalRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly productId: Uuid;
  readonly memberId: Uuid;
  readonly reason: string;
}

/** One member's sheet for one product in one pass. Earlier passes are never deleted. */
export interface SheetRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly productId: Uuid;
  readonly memberId: Uuid;
  readonly pass: number;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly caseChoice: Readonly<Record<string, string>>;
  readonly opinion: string;
  readonly status: SheetStatus;
  readonly updatedAt: IsoInstant;
  readonly submittedAt?: IsoInstant;
}

export interface ProductClosure {
  readonly at: IsoInstant;
  /** the chair's written reason when closed with the spread above the limit */
  readonly spreadOverrideReason?: string;
}

/** The workflow state of one product (key: productId). */
export interface ProductStateRow {
  readonly productId: Uuid;
  readonly roundId: Uuid;
  readonly currentPass: number;
  /** true until the secretary unseals the current pass */
  readonly sealed: boolean;
  /** unseal instants of passes 1..currentPass (index pass-1) */
  readonly unsealedAt: readonly IsoInstant[];
  /** when passes 2..currentPass were opened (index pass-2) */
  readonly rescoredAt: readonly IsoInstant[];
  readonly closed: ProductClosure | null;
}

/** Who did it: a person id, or the secretary operating the laptop, or the app itself. */
export type Actor = Uuid | 'secretary' | 'system';

/**
 * Where a score came from (OCOP-RULES §4 item 9): the secretary's laptop, a member's own device
 * through the meeting hub, or a returned scoring pack. Absent on an event = the laptop, so
 * every older event hashes as before.
 */
export type AuditVia =
  | { readonly kind: 'laptop' }
  | { readonly kind: 'hub'; readonly deviceId: string; readonly deviceLabel: string }
  | { readonly kind: 'pack'; readonly fileSha256: string };

/** Which hash chain an event belongs to: a round id, or "global" for people and settings. */
export type AuditChain = Uuid | 'global';

export interface AuditRow {
  readonly id: Uuid;
  readonly chain: AuditChain;
  /** 1, 2, 3... within the chain, no gaps */
  readonly seq: number;
  readonly at: IsoInstant;
  readonly actor: Actor;
  /** e.g. "round.create", "sheet.answer" */
  readonly action: string;
  /** store name, e.g. "rounds" */
  readonly entity: string;
  readonly entityId: string;
  readonly roundId: Uuid | null;
  /** the row before / after the write, null for a creation / deletion */
  readonly before: unknown;
  readonly after: unknown;
  /** hash of the previous event of the chain; 64 zeros for the first */
  readonly prevHash: string;
  /** SHA-256 of the canonical JSON of every other field */
  readonly hash: string;
  /** which device the change came from; absent = the secretary's laptop */
  readonly via?: AuditVia;
}

/**
 * The ledger of member ops the meeting hub delivered (schema v5): one row per op id, so a
 * repeated delivery changes nothing, and the last applied clock per (product, member, pass,
 * field), so an older edit never overwrites a newer one. Written in the same transaction as
 * the sheet change it records.
 */
export interface HubOpRow {
  /** the op's id (UUID made on the device) */
  readonly id: string;
  readonly roundId: Uuid;
  readonly productId: Uuid;
  readonly memberId: Uuid;
  readonly pass: number;
  /** 'answer:1.3', 'case:3.1', 'opinion' or 'submit' */
  readonly field: string;
  readonly clock: number;
  readonly deviceId: string;
  /** 'applied' or 'stale' (received, older than what was already in) */
  readonly outcome: 'applied' | 'stale';
  readonly at: IsoInstant;
}

export interface SettingRow {
  readonly key: string;
  readonly value: unknown;
}

/** A kind of document the app signs. */
export type SignedDocumentKind = 'minutes' | 'summary' | 'sheet';

/** One signature on a signed document, in signing order. */
export interface SignedDocumentSigner {
  readonly role: 'chair' | 'secretary';
  /** The name in the signer's certificate. */
  readonly name: string;
  /** When the host signed (ISO 8601). */
  readonly at: IsoInstant;
}

/**
 * A signed file (schema v2). One row per revision; rows are never deleted. A correction adds
 * revision N+1 with `revisionReason` and sets `supersededBy` on revision N, whose bytes and
 * hash stay. `bytes` is the file after its last signature; `knownHashes` lists the SHA-256
 * of every signed state of this revision (after the chair, after the secretary).
 */
export interface SignedDocumentRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  /** The product of minutes and sheets; '' for the round summary. */
  readonly productId: Uuid | '';
  readonly kind: SignedDocumentKind;
  readonly revision: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly knownHashes: readonly string[];
  readonly bytes: Uint8Array;
  readonly signers: readonly SignedDocumentSigner[];
  /** Head hash of the round's audit chain when the document was generated (printed in its footer). */
  readonly auditHeadHash: string;
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
  readonly supersededBy?: Uuid;
  readonly revisionReason?: string;
}

/**
 * What the secretary filled in on one product's minutes before signing (schema v3, issue 11):
 * the fields of `domain/workflow/minutes-fields.ts`, plus the number's series (council and
 * year, `minutesSeriesKey`). Locked once the product's current minutes carry a signature.
 */
export interface MinutesFieldsRow extends MinutesFields {
  readonly productId: Uuid;
  readonly roundId: Uuid;
  readonly series: string;
  readonly updatedAt: IsoInstant;
}

/** A recognition of a register entry: the decision, its certificate, and a revocation (schema v6). */
export interface RegisterRecognition {
  readonly id: Uuid;
  readonly stars: 3 | 4 | 5;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  /** "0001/2026/GCN-OCOP": numbered in order per decision year, without gaps */
  readonly certificateNo: string;
  /** the closed round and product it came from; absent for an imported register line */
  readonly roundId?: Uuid;
  readonly productId?: Uuid;
  readonly revoked?: { readonly reason: string; readonly at: IsoInstant };
}

/** A target the office adds for one product group: products of that group to evaluate in the year. */
export interface GroupTarget {
  readonly group: ProductGroup;
  readonly products: number;
}

/**
 * The office's plan for one year and level (schema v9): the targets the year's standing is
 * measured against, added up across every round of that year. One per (year, level).
 */
export interface YearPlanRow {
  readonly id: Uuid;
  readonly year: number;
  readonly level: CouncilLevel;
  readonly targets: PlanTargets;
  readonly groupTargets: readonly GroupTarget[];
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

/**
 * One product of the office's register across rounds (schema v6). `productIds` links the
 * round products that are this product; evaluations are read from those closed rounds.
 */
export interface RegisterEntryRow {
  readonly id: Uuid;
  /** OCOP code, '' until it has one */
  readonly code: string;
  readonly name: string;
  readonly producer: Producer;
  /** null for an imported line whose sheet is unknown */
  readonly sheetNo: number | null;
  readonly productIds: readonly Uuid[];
  readonly recognitions: readonly RegisterRecognition[];
  readonly createdAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}

// ---- scoring packs on a USB stick (schema v7, issue 9 part 2) ----

/** One member's sheet as a scoring pack carries it: what was chosen and whether it was submitted. */
export interface PackSheetContent {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly caseChoice: Readonly<Record<string, string>>;
  readonly opinion: string;
  readonly submitted: boolean;
}

/**
 * What the secretary's laptop and a pack last agreed on for one product: the digest of the
 * sheet's content then, and the highest member-side revision already read. A returned sheet
 * at or below `seenRevision` is old news (a replay, or an older file read after a newer one).
 */
export interface PackBaseline {
  readonly productId: Uuid;
  readonly pass: number;
  readonly digest: string;
  readonly seenRevision: number;
}

/** A scoring pack the secretary exported for one member (the secret stays here to check returns). */
export interface ScoringPackRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly memberId: Uuid;
  readonly meetingDate: IsoDate;
  /** 256-bit secret, hex; the returned pack's HMAC-SHA-256 key */
  readonly secret: string;
  /** SHA-256 of the exported file */
  readonly fileSha256: string;
  readonly createdAt: IsoInstant;
  readonly baselines: readonly PackBaseline[];
}

/** Why a returned sheet was not counted. */
export type PackSkipReason = 'product-closed' | 'not-editable' | 'stale-pass';

/** One returned pack read into the round. */
export interface PackImportRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly packId: Uuid;
  readonly memberId: Uuid;
  readonly fileSha256: string;
  readonly at: IsoInstant;
  /** products whose sheet the pack changed here */
  readonly applied: readonly Uuid[];
  /** products whose sheet was already as in the pack (or an older revision of it) */
  readonly unchanged: readonly Uuid[];
  /** products recorded as conflicts */
  readonly conflicts: readonly Uuid[];
  readonly skipped: readonly { readonly productId: Uuid; readonly reason: PackSkipReason }[];
}

/** The secretary's choice on a conflict, with the written reason. */
export interface PackConflictResolution {
  readonly chosen: 'laptop' | 'pack';
  readonly reason: string;
  readonly at: IsoInstant;
}

/** A sheet changed both on the secretary's laptop and in a returned pack since the pack was made. */
export interface PackConflictRow {
  readonly id: Uuid;
  readonly roundId: Uuid;
  readonly packId: Uuid;
  readonly importId: Uuid;
  readonly fileSha256: string;
  readonly productId: Uuid;
  readonly memberId: Uuid;
  readonly pass: number;
  readonly laptop: PackSheetContent;
  readonly pack: PackSheetContent;
  /** the member-side revision of the pack's version */
  readonly packRevision: number;
  readonly createdAt: IsoInstant;
  readonly resolution?: PackConflictResolution;
}

/** The member's own work on one product of an imported pack (member workspace). */
export interface MemberPackSheet extends PackSheetContent {
  /** +1 on every change; the secretary ignores a returned sheet it has already seen */
  readonly revision: number;
  /** per answer (criterion code, `case:<code>`, `opinion`, `submit`): when it last changed */
  readonly clock: Readonly<Record<string, IsoInstant>>;
}

/**
 * The member workspace (on the MEMBER's laptop): one imported scoring pack and the member's
 * answers. Kept in its own store, apart from any rounds of that laptop.
 */
export interface MemberPackRow {
  readonly id: Uuid;
  /** the pack file as imported, secret included */
  readonly pack: ScoringPackFile;
  readonly sheets: Readonly<Record<Uuid, MemberPackSheet>>;
  readonly importedAt: IsoInstant;
  readonly updatedAt: IsoInstant;
}
