/**
 * The meeting hub's messages (issue 9 part 1): the one declaration of these shapes, pure and
 * with no imports, shared by the hub service (electron/services/hub), both hosts' handler map,
 * the database's hub repository (renderer/src/db/repos/hub-ops.ts), the secretary's page and
 * the member page. Three parties:
 *
 *   member device ──HTTP (LAN)──▶ hub (Node) ──contract (IPC / web host)──▶ secretary's page (IndexedDB)
 *
 * The round lives only in the secretary's IndexedDB. The hub forwards each member operation to
 * the secretary's page (which takes them with `hubTakeOps`, a long poll over the typed contract,
 * the same in Electron and browser mode), the page commits them through the repositories and
 * answers with `hubSettleOps`; only then does the hub acknowledge the member. What each member
 * may see is computed by the page and pushed with `hubPublish`: sealed scores of others never
 * leave the secretary's page.
 */

/** One change a member makes to their own sheet of a product. */
export type HubSheetChange =
  | { readonly kind: 'answer'; readonly criterion: string; readonly answer: number | 'none' }
  | { readonly kind: 'case'; readonly criterion: string; readonly variant: string }
  | { readonly kind: 'opinion'; readonly text: string }
  | { readonly kind: 'submit' };

/** A member operation with its idempotency key and the device's clock. */
export interface MemberOp {
  /** UUID made on the device: the same op sent twice is applied once. */
  readonly opId: string;
  readonly productId: string;
  /** The scoring pass the member saw: an op for an earlier pass is refused. */
  readonly pass: number;
  /** Strictly increasing per device (and above the view's `clockFloor`): an older edit never overwrites a newer one. */
  readonly clock: number;
  readonly change: HubSheetChange;
}

/** What the hub hands the secretary's page: one device's ops, in order. */
export interface HubOpBatch {
  readonly batchId: string;
  readonly roundId: string;
  readonly meetingDate: string;
  readonly memberId: string;
  readonly deviceId: string;
  readonly deviceLabel: string;
  readonly ops: readonly MemberOp[];
}

/** applied: committed now; duplicate: committed earlier; stale: a newer edit of that field is already in. */
export type HubOpStatus = 'applied' | 'duplicate' | 'stale' | 'refused';

export interface HubOpOutcome {
  readonly opId: string;
  readonly status: HubOpStatus;
  /** For 'refused': the database's code and its texts (shown on the device). */
  readonly code?: string | undefined;
  readonly vi?: string | undefined;
  readonly en?: string | undefined;
}

export interface HubBatchResult {
  readonly batchId: string;
  readonly outcomes: readonly HubOpOutcome[];
}

/** A member's own sheet as the device shows it. */
export interface HubSheetView {
  readonly answers: Readonly<Record<string, number | 'none'>>;
  readonly caseChoice: Readonly<Record<string, string>>;
  readonly opinion: string;
  readonly status: 'draft' | 'submitted';
  readonly submittedAt?: string | undefined;
}

/** open: the member may write; submitted: waiting for the others; closed: no more changes. */
export type HubProductPhase = 'open' | 'submitted' | 'closed';

export interface HubProductView {
  readonly productId: string;
  readonly position: number;
  readonly name: string;
  readonly code: string;
  readonly sheetNo: number;
  readonly kind: 'first' | 'upgrade' | 're-evaluation';
  readonly producer: {
    readonly name: string;
    readonly address: string;
    readonly phone: string;
    readonly commune: string;
  };
  readonly pass: number;
  readonly phase: HubProductPhase;
  /** The member's sheet of the current pass, if started. */
  readonly sheet: HubSheetView | null;
  /** In a re-score pass: the member's own sheet of the previous pass (their totals shown beside). */
  readonly previous: HubSheetView | null;
}

/** Everything one member's device may see: only their own work of that meeting day. */
export interface MemberView {
  readonly memberId: string;
  readonly memberName: string;
  readonly roleLabel: { readonly vi: string; readonly en: string };
  readonly roundName: string;
  readonly ruleSetId: string;
  readonly meetingDate: string;
  /** The highest clock the secretary applied for this member: a new device counts on from it. */
  readonly clockFloor: number;
  /**
   * The secretary has not yet marked every member of the day (OCOP-RULES §4 item 7): scoring
   * is closed for everyone until then, and the device says so.
   */
  readonly waitingForAttendance?: true;
  readonly products: readonly HubProductView[];
}

export interface HubPublication {
  readonly roundId: string;
  readonly meetingDate: string;
  readonly views: readonly MemberView[];
}

/** A member's join card: shown and printed only on the secretary's screen. */
export interface HubCard {
  readonly memberId: string;
  /** 1, 2, 3… — the part of the short code that names the card. */
  readonly number: number;
  /** "3-482913": card number, dash, six digits. */
  readonly shortCode: string;
  /** The join address with the one-time secret in its fragment (the QR code's text). */
  readonly joinUrl: string;
  /** True once a device joined with it (a card joins once; re-issue for another device). */
  readonly used: boolean;
  /** ISO instant until which typed codes are refused after 5 wrong tries, or null. */
  readonly lockedUntil: string | null;
}

export interface HubDevice {
  readonly memberId: string;
  readonly deviceId: string;
  readonly label: string;
  /** 'phone' | 'tablet' | 'laptop', guessed from the browser's user agent. */
  readonly kind: 'phone' | 'tablet' | 'laptop';
  readonly joinedAt: string;
  readonly lastSeenAt: string;
  /** Ops received from it and not yet committed by the secretary's page. */
  readonly inFlight: number;
}

export interface HubStatus {
  readonly running: boolean;
  readonly roundId: string | null;
  readonly meetingDate: string | null;
  /** The address the hub listens on (one per meeting) and its port. */
  readonly bindAddress: string | null;
  readonly port: number | null;
  /** e.g. "http://192.168.1.23:4781/" */
  readonly url: string | null;
  /** This machine's IPv4 addresses the secretary may choose from (listed, never contacted). */
  readonly addresses: readonly string[];
  readonly cards: readonly HubCard[];
  readonly devices: readonly HubDevice[];
}

export type HubCommand =
  | {
      readonly kind: 'open';
      readonly roundId: string;
      readonly meetingDate: string;
      /** Members present that day, in council order: one card each. */
      readonly memberIds: readonly string[];
      readonly bindAddress: string;
      readonly port: number;
    }
  | { readonly kind: 'close' }
  | { readonly kind: 'status' }
  /** A new card for the member: the old card and the member's device stop working at once. */
  | { readonly kind: 'reissue'; readonly memberId: string }
  /** Unbinds the member's device (it must join again with a re-issued card). */
  | { readonly kind: 'disconnect'; readonly memberId: string };

/**
 * Why the hub would not open, as a code with the values its words name: the secretary's page
 * words it from its catalog (hub.refusal.<code>), in the app's language.
 */
export type HubRefusal =
  | { readonly code: 'address-not-local'; readonly params: { readonly address: string } }
  | { readonly code: 'port-in-use'; readonly params: { readonly port: number } }
  | { readonly code: 'cannot-listen'; readonly params: { readonly address: string } };

/** The hub's default port on the LAN (the app itself keeps 4780). */
export const HUB_DEFAULT_PORT = 4781;
