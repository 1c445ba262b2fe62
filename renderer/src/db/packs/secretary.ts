import { problem, problemLine } from '../../domain/problems';
import { decideSheetMerge } from '../../domain/packs/merge';
import { memberScores, isPresentOn, productMeetingDate, unconfirmedMembers } from '../../domain/workflow';
import type { Table } from 'dexie';
import type { AuditInput } from '../audit/append';
import type { CouncilDb } from '../council-db';
import { CouncilDbError, NotFoundError, ValidationError, WorkflowError } from '../errors';
import type {
  Actor,
  AuditVia,
  PackBaseline,
  PackConflictRow,
  PackImportRow,
  PackSkipReason,
  ScoringPackRow,
} from '../rows';
import { readTx, writeTx } from '../tx';
import { loadProductContext } from '../repos/context';
import { getMember, getRound, roundFor } from '../repos/guards';
import { applySheetContent, laptopContent } from './apply-sheet';
import { contentDigest, macIsValid, newPackSecret, sha256Hex } from './crypto';
import {
  PACK_VERSION,
  PackError,
  SCORING_PACK_FORMAT,
  parseReturnedPack,
  type PackProduct,
  type ScoringPackFile,
} from './format';

/**
 * Scoring packs, the secretary's side (issue 9 part 2): export a pack per member, read
 * returned packs back (checked, merged idempotently, conflicts kept for a decision), resolve
 * conflicts with a written reason. Every write: one transaction + audit events.
 */

/** What a pack write tells its audit event beyond the row: entity and id come from the row. */
type PackEvent = Omit<AuditInput, 'entity' | 'entityId'>;

/**
 * One pack write inside the caller's transaction: the row stored (`add` for a new one, `put`
 * over the one it replaces) and its one audit event, named after the store and the row's id.
 */
async function storeAudited<R extends { readonly id: string }>(
  table: Table<R, string>,
  mode: 'add' | 'put',
  row: R,
  audit: (event: AuditInput) => Promise<void>,
  event: PackEvent,
): Promise<R> {
  await (mode === 'add' ? table.add(row) : table.put(row));
  await audit({ ...event, entity: table.name, entityId: row.id });
  return row;
}

export interface ExportedPack {
  readonly row: ScoringPackRow;
  readonly file: ScoringPackFile;
  /** the file to write (UTF-8 JSON) */
  readonly bytes: Uint8Array;
}

/**
 * Makes a scoring pack for one member and one meeting day: the products of that day the member
 * scores (recusals, closed and disqualified products left out) with the member's current
 * answers, and a fresh 256-bit secret kept here to check the returned pack. Refused for a
 * round not scoring, a non-voting secretary, a day whose attendance is not confirmed, a member
 * not present that day, or a day with nothing to score. Audit "pack.export" (without the secret).
 */
export async function exportScoringPack(
  db: CouncilDb,
  input: { readonly roundId: string; readonly memberId: string; readonly meetingDate: string },
  actor: Actor,
): Promise<ExportedPack> {
  const secret = newPackSecret();
  return writeTx(db, async (t, audit) => {
    const round = await roundFor(t, input.roundId, 'score');
    if (!round.meetingDates.includes(input.meetingDate)) {
      throw new ValidationError('invalid-input', [
        problemLine(problem('meetingDate', 'not-a-meeting-day', { value: input.meetingDate })),
      ]);
    }
    const seat = await getMember(t, input.roundId, input.memberId);
    if (!memberScores(seat.role, round.secretaryScores ?? true)) throw new WorkflowError('member-non-voting');
    const person = await t.people.get(seat.personId);
    const members = await t.roundMembers.where('roundId').equals(round.id).toArray();
    const marks = await t.attendance.where('roundId').equals(round.id).toArray();
    if (unconfirmedMembers(members, marks, input.meetingDate).length > 0) {
      throw new WorkflowError('attendance-unconfirmed');
    }
    if (!isPresentOn(marks, seat.id, input.meetingDate)) throw new WorkflowError('member-absent');
    const dayProducts = (await t.products.where('roundId').equals(round.id).sortBy('position')).filter(
      (p) => productMeetingDate(p, round.meetingDates) === input.meetingDate,
    );
    const products: PackProduct[] = [];
    const baselines: PackBaseline[] = [];
    for (const p of dayProducts) {
      const ctx = await loadProductContext(t, p.id);
      const me = ctx.participants.find((x) => x.memberId === seat.id);
      if (me === undefined || me.recused) continue;
      if (ctx.flow.closed || ctx.flow.disqualified || ctx.flow.signed === true) continue;
      const sheet = laptopContent(ctx, seat.id);
      products.push({
        id: p.id,
        name: p.name,
        code: p.code,
        sheetNo: p.sheetNo,
        producer: { ...p.producer },
        pass: ctx.flow.currentPass,
        sheet,
      });
      baselines.push({
        productId: p.id,
        pass: ctx.flow.currentPass,
        digest: contentDigest(sheet),
        seenRevision: 0,
      });
    }
    if (products.length === 0) throw new WorkflowError('no-products');
    const packId = db.newId();
    const createdAt = db.now();
    const file: ScoringPackFile = {
      format: SCORING_PACK_FORMAT,
      version: PACK_VERSION,
      packId,
      createdAt,
      round: {
        id: round.id,
        name: round.name,
        province: round.province,
        level: round.level,
        ruleSetId: round.ruleSetId,
        meetingDate: input.meetingDate,
      },
      member: { id: seat.id, name: person?.fullName ?? '', role: seat.role },
      products,
      secret,
    };
    const bytes = new TextEncoder().encode(JSON.stringify(file, null, 1));
    const row: ScoringPackRow = {
      id: packId,
      roundId: round.id,
      memberId: seat.id,
      meetingDate: input.meetingDate,
      secret,
      fileSha256: sha256Hex(bytes),
      createdAt,
      baselines,
    };
    await storeAudited(t.scoringPacks, 'add', row, audit, {
      actor,
      action: 'pack.export',
      roundId: round.id,
      before: null,
      after: {
        packId,
        memberId: seat.id,
        meetingDate: input.meetingDate,
        products: products.map((p) => p.id),
        fileSha256: row.fileSha256,
      },
    });
    return { row, file, bytes };
  });
}

function skipReasonOf(error: unknown): PackSkipReason | null {
  if (!(error instanceof CouncilDbError)) return null;
  if (error.code === 'product-closed' || error.code === 'product-signed') return 'product-closed';
  if (error.code === 'stale-pass') return 'stale-pass';
  return 'not-editable';
}

/**
 * Reads a returned pack into the round the secretary works on. Refused, changing nothing
 * (`PackError`): too large, not JSON, nested too deep, hostile keys, not a returned pack, a
 * pack not made on this laptop, another round, another member, a changed file (HMAC), a
 * product the pack did not carry, and a file whose every change is for closed products
 * (replayed after close). Otherwise, per sheet (domain/packs/merge.ts): already seen → nothing;
 * only the pack changed → applied through the scoring rules with `via: { kind: 'pack' }`;
 * both changed → a conflict row for the secretary; a sheet the rules refuse (closed, unsealed,
 * re-scored since) is skipped and listed. The same file twice changes nothing the second time.
 * Audit "pack.import" with the file's SHA-256.
 */
export async function importReturnedPack(
  db: CouncilDb,
  roundId: string,
  bytes: Uint8Array,
  actor: Actor,
): Promise<PackImportRow> {
  const file = parseReturnedPack(bytes);
  const fileSha256 = sha256Hex(bytes);
  const via: AuditVia = { kind: 'pack', fileSha256 };
  return writeTx(db, async (t, audit) => {
    const pack = await t.scoringPacks.get(file.packId);
    if (pack === undefined) throw new PackError('unknown-pack', [file.packId]);
    if (pack.roundId !== roundId || file.roundId !== pack.roundId) throw new PackError('other-round');
    if (file.memberId !== pack.memberId) throw new PackError('other-member');
    if (!macIsValid(file, pack.secret)) throw new PackError('tampered');
    const round = await getRound(t, roundId);
    if (round.status === 'closed') throw new PackError('closed');
    const unknown = file.sheets.filter((s) => !pack.baselines.some((b) => b.productId === s.productId));
    if (unknown.length > 0)
      throw new PackError(
        'unknown-product',
        unknown.map((s) => s.productId),
      );

    const importId = db.newId();
    const baselines = new Map(pack.baselines.map((b) => [b.productId, b]));
    const applied: string[] = [];
    const unchanged: string[] = [];
    const conflicts: string[] = [];
    const skipped: { productId: string; reason: PackSkipReason }[] = [];
    for (const sheet of file.sheets) {
      const baseline = baselines.get(sheet.productId);
      if (baseline === undefined) continue; // checked above
      const ctx = await loadProductContext(t, sheet.productId);
      const packDigest = contentDigest(sheet);
      const decision = decideSheetMerge({
        baseline,
        laptopDigest: contentDigest(laptopContent(ctx, pack.memberId)),
        packDigest,
        packRevision: sheet.revision,
      });
      if (decision === 'stale') {
        unchanged.push(sheet.productId);
        continue;
      }
      // Scores sent after a sheet was closed never count (OCOP-RULES §4 item 9).
      if (ctx.flow.closed || ctx.flow.signed === true) {
        skipped.push({ productId: sheet.productId, reason: 'product-closed' });
        continue;
      }
      if (sheet.pass !== ctx.flow.currentPass || baseline.pass !== ctx.flow.currentPass) {
        skipped.push({ productId: sheet.productId, reason: 'stale-pass' });
        continue;
      }
      const seen = { ...baseline, seenRevision: sheet.revision };
      if (decision === 'same' || decision === 'keep-laptop') {
        unchanged.push(sheet.productId);
        baselines.set(sheet.productId, decision === 'same' ? { ...seen, digest: packDigest } : seen);
        continue;
      }
      if (decision === 'apply') {
        try {
          await applySheetContent(
            t,
            { roundId, productId: sheet.productId, memberId: pack.memberId },
            sheet,
            actor,
            via,
            audit,
          );
        } catch (error) {
          const reason = skipReasonOf(error);
          if (reason === null) throw error;
          skipped.push({ productId: sheet.productId, reason });
          continue;
        }
        applied.push(sheet.productId);
        baselines.set(sheet.productId, { ...seen, digest: packDigest });
        continue;
      }
      // conflict: both sides changed since the pack was made — kept for the secretary to decide
      const open = await t.packConflicts
        .where('[productId+memberId]')
        .equals([sheet.productId, pack.memberId])
        .filter((c) => c.packId === pack.id && c.resolution === undefined)
        .first();
      const conflict: PackConflictRow = {
        id: open?.id ?? db.newId(),
        roundId,
        packId: pack.id,
        importId,
        fileSha256,
        productId: sheet.productId,
        memberId: pack.memberId,
        pass: ctx.flow.currentPass,
        laptop: laptopContent(ctx, pack.memberId),
        pack: {
          answers: sheet.answers,
          caseChoice: sheet.caseChoice,
          opinion: sheet.opinion,
          submitted: sheet.submitted,
        },
        packRevision: sheet.revision,
        createdAt: db.now(),
      };
      await t.packConflicts.put(conflict);
      conflicts.push(sheet.productId);
      baselines.set(sheet.productId, seen);
    }
    if (
      applied.length === 0 &&
      conflicts.length === 0 &&
      skipped.some((s) => s.reason === 'product-closed')
    ) {
      // Replayed after close: nothing in it can count any more. Refused, nothing recorded.
      throw new PackError(
        'closed',
        skipped.map((s) => s.productId),
      );
    }
    await t.scoringPacks.put({ ...pack, baselines: [...baselines.values()] });
    const row: PackImportRow = {
      id: importId,
      roundId,
      packId: pack.id,
      memberId: pack.memberId,
      fileSha256,
      at: db.now(),
      applied,
      unchanged,
      conflicts,
      skipped,
    };
    return storeAudited(t.packImports, 'add', row, audit, {
      actor,
      action: 'pack.import',
      roundId,
      before: null,
      after: row,
      via,
    });
  });
}

/**
 * The secretary decides a conflict: keep the laptop's sheet, or take the pack's, with a
 * written reason (`reason-required`). Taking the pack's writes it through the scoring rules
 * (refused like any score when the product is closed or unsealed). Either way the pack's
 * baseline moves to the chosen content. Audit "pack.conflict-resolve" with the reason.
 */
export async function resolvePackConflict(
  db: CouncilDb,
  conflictId: string,
  chosen: 'laptop' | 'pack',
  reason: string,
  actor: Actor,
): Promise<PackConflictRow> {
  const written = reason.trim();
  if (written === '') throw new WorkflowError('reason-required');
  return writeTx(db, async (t, audit) => {
    const before = await t.packConflicts.get(conflictId);
    if (before === undefined) throw new NotFoundError('packConflict', conflictId);
    if (before.resolution !== undefined) throw new ValidationError('duplicate', [conflictId]);
    await roundFor(t, before.roundId, 'score');
    const pack = await t.scoringPacks.get(before.packId);
    if (pack === undefined) throw new NotFoundError('scoringPack', before.packId);
    const key = { roundId: before.roundId, productId: before.productId, memberId: before.memberId };
    let digest: string;
    if (chosen === 'pack') {
      await applySheetContent(
        t,
        key,
        before.pack,
        actor,
        { kind: 'pack', fileSha256: before.fileSha256 },
        audit,
      );
      digest = contentDigest(before.pack);
    } else {
      digest = contentDigest(laptopContent(await loadProductContext(t, before.productId), before.memberId));
    }
    await t.scoringPacks.put({
      ...pack,
      baselines: pack.baselines.map((b) => (b.productId === before.productId ? { ...b, digest } : b)),
    });
    const after: PackConflictRow = { ...before, resolution: { chosen, reason: written, at: db.now() } };
    return storeAudited(t.packConflicts, 'put', after, audit, {
      actor,
      action: 'pack.conflict-resolve',
      roundId: before.roundId,
      before: { productId: before.productId, memberId: before.memberId, packId: before.packId },
      after: { chosen, reason: written, fileSha256: before.fileSha256 },
    });
  });
}

// ---- reads (for useLiveQuery) ----

export interface RoundPacks {
  readonly packs: readonly ScoringPackRow[];
  readonly imports: readonly PackImportRow[];
  readonly conflicts: readonly PackConflictRow[];
}

/** A round's packs (newest first), imports (newest first) and conflicts (open first). */
export async function roundPacks(db: CouncilDb, roundId: string): Promise<RoundPacks> {
  return readTx(db, async (t) => ({
    packs: (await t.scoringPacks.where('roundId').equals(roundId).sortBy('createdAt')).reverse(),
    imports: (await t.packImports.where('roundId').equals(roundId).sortBy('at')).reverse(),
    conflicts: (await t.packConflicts.where('roundId').equals(roundId).sortBy('createdAt')).sort(
      (a, b) => Number(a.resolution !== undefined) - Number(b.resolution !== undefined),
    ),
  }));
}
