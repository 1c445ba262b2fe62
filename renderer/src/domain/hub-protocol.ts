/**
 * The meeting hub's member operations and member views as the database sees them (pure types).
 * The same shapes cross the hosts' contract in electron/ipc/hub-contract.ts (electron/ may not
 * import the renderer, nor db/ the host): the secretary's page passes one to the other
 * (features/hub/HubProvider.tsx), so any drift between the two is a compile error there.
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
