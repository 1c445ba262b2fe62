import type {
  HubBatchResult,
  HubOpBatch,
  HubOpOutcome,
  HubProductView,
  HubSheetView,
  MemberOp,
  MemberView,
} from '../../../../electron/shared/hub-wire';
import type { MemberRole } from '../../domain/model';
import { isPresentOn, memberScores, productMeetingDate, unconfirmedMembers } from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import { CouncilDbError, NotFoundError } from '../errors';
import type { AuditVia, HubOpRow, SheetRow } from '../rows';
import { readTx, writeTx, type Tx } from '../tx';
import { loadProductContext, rememberContexts, sheetWritten, type ProductContext } from './context';
import { saveAnswerIn, saveCaseChoiceIn, saveOpinionIn, submitSheetIn, type AppendAudit } from './scoring';

/**
 * Member operations arriving through the meeting hub (issue 9 part 1), committed through the
 * scoring repository — the same rules, the same one-transaction-one-audit-event writes as on
 * the secretary's laptop — with the member as the actor and `via: hub` naming the device.
 *
 * Each op is committed in ONE transaction together with its ledger row (`hubOps`, schema v5):
 * - the same op id again → 'duplicate', nothing changes (a retry after a lost acknowledgement);
 * - an op whose clock is not above the last applied clock of that field of that sheet →
 *   'stale', nothing changes (an older edit arriving late never overwrites a newer one);
 * - any refusal (not this member's day, another pass, a submitted / closed / signed sheet,
 *   a recused member…) → 'refused' with the database's code and texts, nothing changes.
 */

/** Why the hub's own checks refuse an op (the repository's codes cover the rest). */
export type HubOpRefusalCode = 'hub-not-today' | 'hub-pass-changed' | 'hub-op-foreign' | 'hub-wrong-round';

class HubOpRefusal extends Error {
  override readonly name = 'HubOpRefusal';
  constructor(readonly code: HubOpRefusalCode) {
    super(code);
  }
}

/** The field of a sheet an op changes: the unit of "newer wins". */
export function fieldOf(op: MemberOp): string {
  switch (op.change.kind) {
    case 'answer':
      return `answer:${op.change.criterion}`;
    case 'case':
      return `case:${op.change.criterion}`;
    case 'opinion':
      return 'opinion';
    case 'submit':
      return 'submit';
  }
}

type Meta = Omit<HubOpBatch, 'ops' | 'batchId'>;

async function applyIn(t: Tx, audit: AppendAudit, meta: Meta, op: MemberOp): Promise<HubOpOutcome> {
  const seen = await t.hubOps.get(op.opId);
  if (seen !== undefined) {
    if (seen.memberId !== meta.memberId) throw new HubOpRefusal('hub-op-foreign');
    return { opId: op.opId, status: 'duplicate' };
  }
  // The product's context, read once per transaction (rememberContexts) and reused by the
  // scoring repository below: a burst of answers to one sheet reads its product once.
  let ctx: ProductContext;
  try {
    ctx = await loadProductContext(t, op.productId);
  } catch (error) {
    if (error instanceof NotFoundError) throw new HubOpRefusal('hub-wrong-round');
    throw error;
  }
  const { product, round, state } = ctx;
  if (round.id !== meta.roundId) throw new HubOpRefusal('hub-wrong-round');
  if (productMeetingDate(product, round.meetingDates) !== meta.meetingDate)
    throw new HubOpRefusal('hub-not-today');
  if (state.currentPass !== op.pass) throw new HubOpRefusal('hub-pass-changed');
  const field = fieldOf(op);
  const earlier = await t.hubOps
    .where('[productId+memberId+field]')
    .equals([product.id, meta.memberId, field])
    .filter((row) => row.pass === op.pass)
    .toArray();
  const newest = Math.max(0, ...earlier.map((row) => row.clock));
  if (field !== 'submit' && newest >= op.clock) return { opId: op.opId, status: 'stale' };

  const key = { roundId: round.id, productId: product.id, memberId: meta.memberId };
  const via: AuditVia = { kind: 'hub', deviceId: meta.deviceId, deviceLabel: meta.deviceLabel };
  const actor = meta.memberId;
  const change = op.change;
  let written: SheetRow;
  switch (change.kind) {
    case 'answer':
      written = await saveAnswerIn(
        t,
        audit,
        { ...key, criterionCode: change.criterion, answer: change.answer },
        actor,
        via,
      );
      break;
    case 'case':
      written = await saveCaseChoiceIn(
        t,
        audit,
        { ...key, criterionCode: change.criterion, variant: change.variant },
        actor,
        via,
      );
      break;
    case 'opinion':
      written = await saveOpinionIn(t, audit, { ...key, opinion: change.text }, actor, via);
      break;
    case 'submit':
      written = await submitSheetIn(t, audit, key, actor, via);
      break;
  }
  sheetWritten(t, written);
  const row: HubOpRow = {
    id: op.opId,
    roundId: round.id,
    productId: product.id,
    memberId: meta.memberId,
    pass: op.pass,
    field,
    clock: op.clock,
    deviceId: meta.deviceId,
    outcome: 'applied',
    at: t.db.now(),
  };
  await t.hubOps.add(row);
  return { opId: op.opId, status: 'applied' };
}

/**
 * A refusal as the device shows it (its code; the secretary's page adds the catalog's words,
 * `db.<code>`, before settling); anything else (a bug, a full disk) is not a refusal.
 */
function refusal(op: MemberOp, error: unknown): HubOpOutcome | null {
  if (error instanceof HubOpRefusal) {
    return { opId: op.opId, status: 'refused', code: error.code };
  }
  if (error instanceof CouncilDbError) {
    return { opId: op.opId, status: 'refused', code: error.code };
  }
  return null;
}

/** Commits one op (one transaction: the sheet change, its audit event and its ledger row). */
export async function applyHubOp(db: CouncilDb, meta: Meta, op: MemberOp): Promise<HubOpOutcome> {
  try {
    return await writeTx(db, (t, audit) => applyIn(t, audit, meta, op));
  } catch (error) {
    const refused = refusal(op, error);
    if (refused === null) throw error;
    return refused;
  }
}

/**
 * Commits everything the hub handed over in ONE transaction, op by op in order, each op still
 * its own audit event and ledger row. A refused op (every refusal is decided before the op
 * writes anything) is answered 'refused' and the others go on; an unexpected failure aborts
 * the whole transaction: nothing is committed and nothing acknowledged (the devices resend).
 * One commit per delivery instead of one per op: the secretary's screens re-read once.
 */
export async function applyHubBatches(
  db: CouncilDb,
  batches: readonly HubOpBatch[],
): Promise<HubBatchResult[]> {
  if (batches.length === 0) return [];
  return writeTx(db, async (t, audit) => {
    rememberContexts(t);
    const results: HubBatchResult[] = [];
    for (const batch of batches) {
      const outcomes: HubOpOutcome[] = [];
      for (const op of batch.ops) {
        try {
          outcomes.push(await applyIn(t, audit, batch, op));
        } catch (error) {
          const refused = refusal(op, error);
          if (refused === null) throw error;
          outcomes.push(refused);
        }
      }
      results.push({ batchId: batch.batchId, outcomes });
    }
    return results;
  });
}

function sheetView(row: SheetRow | undefined): HubSheetView | null {
  if (row === undefined) return null;
  return {
    answers: row.answers,
    caseChoice: row.caseChoice,
    opinion: row.opinion,
    status: row.status === 'submitted' ? 'submitted' : 'draft',
    ...(row.submittedAt === undefined ? {} : { submittedAt: row.submittedAt }),
  };
}

/**
 * What the last publication was built from, so the next one rebuilds only what changed:
 * `shared` is the fingerprint of everything every view reads (round, seats, attendance, the
 * day's products and their states, recusals, signatures, names); `auditSeq` the last audit
 * event of the round's chain seen; `views` each member's view by member id.
 */
export interface MemberViewsMemo {
  readonly roundId: string;
  readonly meetingDate: string;
  readonly shared: string;
  readonly auditSeq: number;
  readonly views: ReadonlyMap<string, MemberView>;
}

export interface MemberViewsRefresh {
  /** every present member's view, in seat order (what the hub publishes) */
  readonly views: MemberView[];
  /** the members whose view was read anew this time (the others were reused from the memo) */
  readonly rebuilt: readonly string[];
  readonly memo: MemberViewsMemo;
}

/**
 * What each member present on `meetingDate` may see on their device: the products of that day
 * in council order (not those they are recused from), each with ONLY their own sheet of the
 * current pass and, in a re-score pass, their own sheet of the pass before. Nobody else's
 * answers, no totals of others, no sealed results: this is all that leaves the page.
 */
export async function memberViewsOf(
  db: CouncilDb,
  roundId: string,
  meetingDate: string,
  roleLabel: (role: MemberRole) => { readonly vi: string; readonly en: string },
): Promise<MemberView[]> {
  return (await refreshMemberViews(db, roundId, meetingDate, roleLabel, null)).views;
}

/**
 * The members' views (as memberViewsOf), rebuilding only those whose data changed since `memo`:
 * - every view when there is no memo, or anything shared changed (round status, attendance,
 *   product states, passes, recusals, signatures, seats, names) or the round's chain has an
 *   event that is not a sheet's;
 * - otherwise only the members whose sheets have audit events after `memo.auditSeq` — the
 *   members whose ops the hub just committed, or whose sheets the secretary edited or reopened.
 * The unchanged views are reused as they were. The read is small when few members changed:
 * their sheets by the [roundId+memberId] index instead of the whole round's sheets, so the
 * read-only transaction holds up the commits of incoming ops for as short as it can.
 */
export async function refreshMemberViews(
  db: CouncilDb,
  roundId: string,
  meetingDate: string,
  roleLabel: (role: MemberRole) => { readonly vi: string; readonly en: string },
  memo: MemberViewsMemo | null,
): Promise<MemberViewsRefresh> {
  return readTx(db, async (t) => {
    const round = await t.rounds.get(roundId);
    if (round === undefined) {
      const empty = { roundId, meetingDate, shared: '', auditSeq: 0, views: new Map<string, MemberView>() };
      return { views: [], rebuilt: [], memo: empty };
    }
    const members = await t.roundMembers.where('roundId').equals(roundId).sortBy('position');
    const attendance = await t.attendance.where('roundId').equals(roundId).toArray();
    const products = (await t.products.where('roundId').equals(roundId).sortBy('position')).filter(
      (p) => productMeetingDate(p, round.meetingDates) === meetingDate,
    );
    const today = new Set(products.map((p) => p.id));
    const states = new Map(
      (await t.productStates.where('roundId').equals(roundId).toArray())
        .filter((s) => today.has(s.productId))
        .map((s) => [s.productId, s]),
    );
    const recusals = await t.recusals.where('roundId').equals(roundId).toArray();
    const signed = new Set(
      (await t.signedDocuments.where('roundId').equals(roundId).toArray())
        .filter((d) => d.kind === 'minutes')
        .map((d) => d.productId),
    );
    const people = new Map(
      (await t.people.bulkGet(members.map((m) => m.personId))).flatMap((p) => (p ? [[p.id, p]] : [])),
    );
    const shared = JSON.stringify([
      round,
      members,
      attendance,
      products,
      [...states.values()],
      recusals,
      [...signed],
      [...people.values()].map((p) => [p.id, p.fullName]),
    ]);

    // What changed since the memo: the round's audit events after the last one seen.
    const head = await t.audit.where('[chain+seq]').between([roundId, 0], [roundId, Infinity]).last();
    const auditSeq = head?.seq ?? 0;
    const reuse =
      memo !== null &&
      memo.roundId === roundId &&
      memo.meetingDate === meetingDate &&
      memo.shared === shared &&
      memo.auditSeq <= auditSeq;
    let dirty: Set<string> | 'all' = 'all';
    if (reuse) {
      const events =
        auditSeq > memo.auditSeq
          ? await t.audit
              .where('[chain+seq]')
              .between([roundId, memo.auditSeq], [roundId, Infinity], false, true)
              .toArray()
          : [];
      if (events.every((e) => e.entity === 'sheets')) {
        const sheetIds = [...new Set(events.map((e) => e.entityId))];
        const touched = await t.sheets.bulkGet(sheetIds);
        // a sheet no longer there (deleted): whose it was is unknown here, so everyone's is re-read
        dirty = touched.every((row) => row !== undefined)
          ? new Set(touched.flatMap((row) => (row ? [row.memberId] : [])))
          : 'all';
      }
    }

    // Scoring of the day opens once every seat is marked (OCOP-RULES §4 item 7): until then
    // every product is closed on the devices, which say why (the repository refuses too).
    const waitingForAttendance = unconfirmedMembers(members, attendance, meetingDate).length > 0;
    const scoring = round.status === 'scoring' && round.archived === 0 && !waitingForAttendance;
    const secretaryScores = round.secretaryScores ?? true;
    // a non-voting secretary (§4 item 8) has nothing to score: no view, like an absent member
    const present = members.filter(
      (m) => memberScores(m.role, secretaryScores) && isPresentOn(attendance, m.id, meetingDate),
    );
    const stale = present.filter((m) => dirty === 'all' || dirty.has(m.id) || memo?.views.has(m.id) !== true);

    // The sheets to read: the round's in one indexed read (getAll) when everyone's view is
    // rebuilt — `anyOf` over the day's product ids walked a cursor key by key, 5× slower —
    // otherwise only the changed members' sheets, by the [roundId+memberId] index.
    const sheets =
      stale.length === present.length
        ? await t.sheets.where('roundId').equals(roundId).toArray()
        : (
            await Promise.all(
              stale.map((m) => t.sheets.where('[roundId+memberId]').equals([roundId, m.id]).toArray()),
            )
          ).flat();
    const sheetOf = new Map(
      sheets.filter((s) => today.has(s.productId)).map((s) => [`${s.productId}|${s.memberId}|${s.pass}`, s]),
    );
    // Each member's highest applied clock: one index lookup each (schema v8), never the ledger,
    // which grows by a row per answer.
    const floors = new Map<string, number>();
    for (const m of stale) {
      const top = await t.hubOps.where('[memberId+clock]').between([m.id, 0], [m.id, Infinity]).last();
      floors.set(m.id, top?.clock ?? 0);
    }

    const build = (m: (typeof members)[number]): MemberView => {
      const own = (productId: string, pass: number) => sheetOf.get(`${productId}|${m.id}|${pass}`);
      const views = products
        .filter((p) => !recusals.some((r) => r.productId === p.id && r.memberId === m.id))
        .flatMap((p): HubProductView[] => {
          const state = states.get(p.id);
          if (state === undefined) return [];
          const current = own(p.id, state.currentPass);
          const locked =
            !scoring ||
            !state.sealed ||
            state.closed !== null ||
            p.disqualification !== null ||
            signed.has(p.id);
          return [
            {
              productId: p.id,
              position: p.position,
              name: p.name,
              code: p.code,
              sheetNo: p.sheetNo,
              kind: p.kind,
              producer: p.producer,
              pass: state.currentPass,
              phase: locked ? 'closed' : current?.status === 'submitted' ? 'submitted' : 'open',
              sheet: sheetView(current),
              previous: state.currentPass > 1 ? sheetView(own(p.id, state.currentPass - 1)) : null,
            },
          ];
        });
      return {
        memberId: m.id,
        memberName: people.get(m.personId)?.fullName ?? '',
        roleLabel: roleLabel(m.role),
        roundName: round.name,
        ruleSetId: round.ruleSetId,
        meetingDate,
        clockFloor: floors.get(m.id) ?? 0,
        ...(waitingForAttendance && { waitingForAttendance: true }),
        products: views,
      };
    };

    const rebuilt = new Set(stale.map((m) => m.id));
    const byMember = new Map<string, MemberView>();
    for (const m of present) {
      const kept = rebuilt.has(m.id) ? undefined : memo?.views.get(m.id);
      byMember.set(m.id, kept ?? build(m));
    }
    return {
      views: [...byMember.values()],
      rebuilt: [...rebuilt],
      memo: { roundId, meetingDate, shared, auditSeq, views: byMember },
    };
  });
}
