import { problem, problemLine } from '../../domain/problems';
import { nameKey } from '../../domain/register/register';
import { certificateNumber, nextCertificateSeq } from '../../domain/register/register';
import { isRecognisedResult } from '../../domain/register/selection';
import type { CouncilDb } from '../council-db';
import { CouncilDbError, NotFoundError, ValidationError } from '../errors';
import { productResults } from '../results';
import type { Actor, ProductRow, RegisterEntryRow, RegisterRecognition } from '../rows';
import type { Tx } from '../tx';
import { writeTx } from '../tx';
import { requireIsoDate, requireText } from './guards';

/** The office's decision recognising the products of a closed round. */
export interface RecognitionDecision {
  /** e.g. "125/QĐ-UBND" */
  readonly decisionNumber: string;
  readonly decisionDate: string;
}

function refused(
  code:
    | 'register-round-not-closed'
    | 'register-decision-recorded'
    | 'register-nothing-recognised'
    | 'register-already-revoked',
  detail: string,
): CouncilDbError {
  return new CouncilDbError(code, `register refused: ${code} (${detail})`, [detail]);
}

/** The entry a round product belongs to: linked, else the same code, else (no code) the same producer and name. */
async function entryFor(t: Tx, product: ProductRow): Promise<RegisterEntryRow | undefined> {
  const linked = await t.registerEntries.where('productIds').equals(product.id).first();
  if (linked !== undefined) return linked;
  if (product.code !== '') {
    const byCode = await t.registerEntries.where('code').equals(product.code).first();
    if (byCode !== undefined) return byCode;
  }
  const key = nameKey(product.producer.name, product.name);
  return t.registerEntries
    .where('code')
    .equals('')
    .filter((e) => nameKey(e.producer.name, e.name) === key)
    .first();
}

function entryFromProduct(db: CouncilDb, product: ProductRow, at: string): RegisterEntryRow {
  return {
    id: db.newId(),
    code: product.code,
    name: product.name,
    producer: product.producer,
    sheetNo: product.sheetNo,
    productIds: [],
    recognitions: [],
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Records the recognition decision (number + date) ONCE for the whole list of a closed
 * round's recognised products (province: 3–4★ "recognise"; central: "recognise-5-star"), in
 * the round's product order. Each product gets a register entry (found by link, code, or
 * producer + name; created otherwise) and a certificate numbered in order for the decision's
 * year, without gaps. Refuses an open round, a round whose decision is already recorded, a
 * round with nothing to recognise. Audit: "register.recognise" on the global chain.
 */
export async function recordRoundDecision(
  db: CouncilDb,
  roundId: string,
  decision: RecognitionDecision,
  actor: Actor,
): Promise<readonly RegisterRecognition[]> {
  const decisionNumber = requireText('decisionNumber', decision.decisionNumber);
  const decisionDate = requireIsoDate('decisionDate', decision.decisionDate);
  // The results are computed before the write (loading sheets is not a Dexie call); a closed
  // round cannot change, and the write checks again that it is closed.
  const results = await productResults(db, roundId);
  const recognised = results.products.filter(
    (p) =>
      p.state.closed !== null && p.current !== null && isRecognisedResult(p.current.outcome, p.current.stars),
  );
  return writeTx(db, async (t, audit) => {
    const round = await t.rounds.get(roundId);
    if (round === undefined) throw new NotFoundError('rounds', roundId);
    if (round.status !== 'closed') throw refused('register-round-not-closed', round.name);
    const already = await t.registerEntries
      .filter((e) => e.recognitions.some((r) => r.roundId === roundId))
      .count();
    if (already > 0) throw refused('register-decision-recorded', round.name);
    if (recognised.length === 0) throw refused('register-nothing-recognised', round.name);
    const year = Number(decisionDate.slice(0, 4));
    const allNumbers = (await t.registerEntries.toArray()).flatMap((e) =>
      e.recognitions.map((r) => r.certificateNo),
    );
    let seq = nextCertificateSeq(allNumbers, year);
    const at = db.now();
    const given: RegisterRecognition[] = [];
    for (const { product, current } of recognised) {
      const stars = current?.stars;
      if (stars !== 3 && stars !== 4 && stars !== 5) continue;
      const entry = (await entryFor(t, product)) ?? entryFromProduct(db, product, at);
      const recognition: RegisterRecognition = {
        id: db.newId(),
        stars,
        decisionNumber,
        decisionDate,
        certificateNo: certificateNumber(seq, year),
        roundId,
        productId: product.id,
      };
      seq += 1;
      given.push(recognition);
      await t.registerEntries.put({
        ...entry,
        code: entry.code === '' ? product.code : entry.code,
        productIds: entry.productIds.includes(product.id)
          ? entry.productIds
          : [...entry.productIds, product.id],
        recognitions: [...entry.recognitions, recognition],
        updatedAt: at,
      });
    }
    await audit({
      actor,
      action: 'register.recognise',
      entity: 'registerEntries',
      entityId: roundId,
      roundId: null,
      before: null,
      after: { roundId, decisionNumber, decisionDate, recognitions: given },
    });
    return given;
  });
}

/** Revokes one recognition with a written reason; its certificate number stays used. Audit: "register.revoke". */
export async function revokeRecognition(
  db: CouncilDb,
  entryId: string,
  recognitionId: string,
  reason: string,
  actor: Actor,
): Promise<RegisterEntryRow> {
  const why = reason.trim();
  if (why === '') throw new ValidationError('reason-required', ['reason']);
  return writeTx(db, async (t, audit) => {
    const before = await t.registerEntries.get(entryId);
    if (before === undefined) throw new NotFoundError('registerEntries', entryId);
    const target = before.recognitions.find((r) => r.id === recognitionId);
    if (target === undefined) throw new NotFoundError('recognition', recognitionId);
    if (target.revoked !== undefined) throw refused('register-already-revoked', target.certificateNo);
    const at = db.now();
    const after: RegisterEntryRow = {
      ...before,
      recognitions: before.recognitions.map((r) =>
        r.id === recognitionId ? { ...r, revoked: { reason: why, at } } : r,
      ),
      updatedAt: at,
    };
    await t.registerEntries.put(after);
    await audit({
      actor,
      action: 'register.revoke',
      entity: 'registerEntries',
      entityId: entryId,
      roundId: null,
      before,
      after,
    });
    return after;
  });
}

/** A line of the register as the screen knows it: a stored entry, or only its round products. */
export interface RegisterLineRef {
  readonly entryId: string | null;
  readonly productIds: readonly string[];
}

async function materialise(t: Tx, ref: RegisterLineRef, at: string): Promise<RegisterEntryRow | null> {
  if (ref.entryId !== null) {
    const stored = await t.registerEntries.get(ref.entryId);
    if (stored === undefined) throw new NotFoundError('registerEntries', ref.entryId);
    return stored;
  }
  const products = (await t.products.bulkGet([...ref.productIds])).filter((p) => p !== undefined);
  const latest = products.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
  if (latest === undefined) return null;
  return { ...entryFromProduct(t.db, latest, at), productIds: products.map((p) => p.id) };
}

/**
 * Merges two register lines that are the same product (typically: evaluated before it had a
 * code, and again with its code). The kept line takes the other's round products and
 * recognitions; the kept line's code wins, else the other's. The other entry is deleted.
 * Audit: "register.merge" (before = both, after = the kept entry).
 */
export async function mergeRegisterLines(
  db: CouncilDb,
  keep: RegisterLineRef,
  absorb: RegisterLineRef,
  actor: Actor,
): Promise<RegisterEntryRow> {
  if (keep.entryId !== null && keep.entryId === absorb.entryId)
    throw new ValidationError('invalid-input', [problemLine(problem('merge', 'same-line'))]);
  return writeTx(db, async (t, audit) => {
    const at = db.now();
    const kept = await materialise(t, keep, at);
    const other = await materialise(t, absorb, at);
    if (kept === null || other === null)
      throw new NotFoundError('register line', keep.entryId ?? absorb.entryId ?? '');
    const merged: RegisterEntryRow = {
      ...kept,
      code: kept.code !== '' ? kept.code : other.code,
      productIds: [...new Set([...kept.productIds, ...other.productIds])],
      recognitions: [...kept.recognitions, ...other.recognitions],
      updatedAt: at,
    };
    if (absorb.entryId !== null) await t.registerEntries.delete(absorb.entryId);
    await t.registerEntries.put(merged);
    await audit({
      actor,
      action: 'register.merge',
      entity: 'registerEntries',
      entityId: merged.id,
      roundId: null,
      before: { kept: keep.entryId === null ? null : kept, absorbed: absorb.entryId === null ? null : other },
      after: merged,
    });
    return merged;
  });
}
