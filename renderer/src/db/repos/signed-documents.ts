import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256HexOf } from '../../domain/sha256';
import { canSignMinutes, signingTarget, type MinutesSigner } from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import type { IsoInstant } from '../../domain/model';
import type { Actor, ProductRow, ProductStateRow, SignedDocumentRow } from '../rows';
import { writeTx, type Tx } from '../tx';
import type { AuditInput } from '../audit/append';
import { enforce, getProduct, getProductState, requireText } from './guards';
import { checkMinutesReady, readMinutesReadiness, type MinutesReadiness } from './minutes-fields';

/**
 * Signed documents (schema v2) and the lock they put on a product (issue 5, item 7).
 * Rows are never deleted or overwritten in substance: a second signature extends the
 * current revision's file (incremental update), and a correction adds a new revision with
 * its reason while the earlier one keeps its bytes and SHA-256 (`supersededBy` set).
 */

export interface SignedMinutesInput {
  readonly productId: string;
  readonly role: MinutesSigner;
  /** The name in the signer's certificate. */
  readonly signerName: string;
  /** When the host signed (ISO 8601). */
  readonly signedAt: IsoInstant;
  /** The signed file as the host returned it. */
  readonly bytes: Uint8Array;
  readonly fileName: string;
  /** Head hash of the round's audit chain printed in the minutes (64 hex). */
  readonly auditHeadHash: string;
  /** Set to start a correction: a new revision of minutes already signed, with this reason. */
  readonly correctionReason?: string;
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length <= prefix.length) return false;
  for (let i = 0; i < prefix.length; i += 1) if (bytes[i] !== prefix[i]) return false;
  return true;
}

async function currentMinutes(t: Tx, productId: string): Promise<SignedDocumentRow | null> {
  const rows = await t.signedDocuments.where('[productId+kind]').equals([productId, 'minutes']).toArray();
  const current = rows.filter((r) => r.supersededBy === undefined).sort((a, b) => b.revision - a.revision)[0];
  return current ?? null;
}

/** What the audit event keeps of a row: everything but the bytes (their hash stands for them). */
function auditView(row: SignedDocumentRow): Omit<SignedDocumentRow, 'bytes'> {
  const { bytes: _bytes, ...rest } = row;
  return rest;
}

/**
 * Stores a signature on a product's minutes. Refused unless the product is closed
 * ('product-not-closed'); a role signs a revision once ('minutes-already-signed'); the second
 * signer must sign the very file the first signed ('signed-file-mismatch'); a correction
 * needs signed minutes ('no-signed-minutes') and a reason ('reason-required'); the minutes'
 * fields must be complete ('minutes-incomplete', problems = the blank fields) and their number
 * held by no other signed minutes of the series ('minutes-number-taken'). The SHA-256 is
 * computed here from the bytes, never taken from the caller. Audit "minutes.sign" or
 * "minutes.revise" (without the bytes).
 */
export async function storeSignedMinutes(
  db: CouncilDb,
  input: SignedMinutesInput,
  actor: Actor,
): Promise<SignedDocumentRow> {
  const prepared = await prepareInput(input);
  return writeTx(db, (t, audit) => storeOne(t, audit, prepared, actor));
}

/**
 * Stores several signatures (a batch, issue 13) in ONE transaction, each with its own audit
 * event, exactly as `storeSignedMinutes` one after another would: all of them or none (a
 * refusal of any one rolls the whole group back and is thrown). The batch panel stores its
 * signed files in small groups so the screen's live queries re-run once per group, not
 * once per document. The group's reads are asked all at once and its rows and events written
 * in two bulk writes (IndexedDB answers in one round trip what one document after another
 * would wait for ~8 times each); the checks still see each document as stored alone, in order.
 */
export async function storeSignedMinutesBatch(
  db: CouncilDb,
  inputs: readonly SignedMinutesInput[],
  actor: Actor,
): Promise<SignedDocumentRow[]> {
  const prepared = await Promise.all(inputs.map(prepareInput));
  return writeTx(db, async (t, audit, auditMany) => {
    if (new Set(inputs.map((i) => i.productId)).size !== inputs.length) {
      // The same product twice: the second must see the first stored, so one after another.
      const rows: SignedDocumentRow[] = [];
      for (const input of prepared) rows.push(await storeOne(t, audit, input, actor));
      return rows;
    }
    const reads = await Promise.all(prepared.map((p) => readForSigning(t, p.input.productId)));
    const signedMeanwhile = new Set<string>();
    const plans = prepared.map((p, i) => {
      const read = reads[i];
      if (read === undefined) throw new Error('unreachable: one read per input');
      const plan = planSigning(t, p, read, actor, signedMeanwhile);
      signedMeanwhile.add(p.input.productId);
      return plan;
    });
    await t.signedDocuments.bulkPut(plans.flatMap((p) => p.writes));
    await auditMany(plans.map((p) => p.event));
    return plans.map((p) => p.row);
  });
}

interface PreparedInput {
  readonly input: SignedMinutesInput;
  readonly signerName: string;
  readonly correctionReason: string | undefined;
  readonly hash: string;
}

/** Checked and hashed before the transaction opens (the native digest is asynchronous). */
async function prepareInput(input: SignedMinutesInput): Promise<PreparedInput> {
  const signerName = requireText('signerName', input.signerName);
  return {
    input,
    signerName,
    correctionReason: input.correctionReason?.trim(),
    hash: await sha256HexOf(input.bytes),
  };
}

interface SigningRead {
  readonly product: ProductRow;
  readonly state: ProductStateRow;
  readonly current: SignedDocumentRow | null;
  readonly readiness: MinutesReadiness;
}

async function readForSigning(t: Tx, productId: string): Promise<SigningRead> {
  const [product, state, current, readiness] = await Promise.all([
    getProduct(t, productId),
    getProductState(t, productId),
    currentMinutes(t, productId),
    readMinutesReadiness(t, productId),
  ]);
  return { product, state, current, readiness };
}

interface SigningPlan {
  /** The rows to put, in order (the new or extended revision; the superseded one). */
  readonly writes: readonly SignedDocumentRow[];
  readonly event: AuditInput;
  readonly row: SignedDocumentRow;
}

async function storeOne(
  t: Tx,
  audit: (event: AuditInput) => Promise<void>,
  prepared: PreparedInput,
  actor: Actor,
): Promise<SignedDocumentRow> {
  const plan = planSigning(t, prepared, await readForSigning(t, prepared.input.productId), actor, new Set());
  await t.signedDocuments.bulkPut(plan.writes);
  await audit(plan.event);
  return plan.row;
}

/** The rules and the rows of one signature, from what was read (throws a refusal). */
function planSigning(
  t: Tx,
  prepared: PreparedInput,
  read: SigningRead,
  actor: Actor,
  signedMeanwhile: ReadonlySet<string>,
): SigningPlan {
  const { db } = t;
  const { input, signerName, correctionReason, hash } = prepared;
  const { product, state, current } = read;
  const check = {
    productClosed: state.closed !== null,
    current: current === null ? null : { signedBy: current.signers.map((s) => s.role) },
    role: input.role,
    correctionReason,
    extendsStoredFile: current !== null && startsWith(input.bytes, current.bytes),
  };
  enforce(canSignMinutes(check));
  // A signed PDF cannot be filled in afterwards: every required field, and a number no other
  // signed minutes of the council's series holds (issue 11).
  checkMinutesReady(read.readiness, signedMeanwhile);
  const signer = { role: input.role, name: signerName, at: input.signedAt };
  const at = db.now();
  const target = signingTarget(check);
  if (target === 'current-revision' && current !== null) {
    const after: SignedDocumentRow = {
      ...current,
      bytes: input.bytes,
      sha256: hash,
      knownHashes: [...current.knownHashes, hash],
      signers: [...current.signers, signer],
      updatedAt: at,
    };
    return {
      writes: [after],
      event: {
        actor,
        action: 'minutes.sign',
        entity: 'signedDocuments',
        entityId: after.id,
        roundId: product.roundId,
        before: auditView(current),
        after: auditView(after),
      },
      row: after,
    };
  }
  const row: SignedDocumentRow = {
    id: db.newId(),
    roundId: product.roundId,
    productId: product.id,
    kind: 'minutes',
    revision: current === null ? 1 : current.revision + 1,
    fileName: input.fileName,
    sha256: hash,
    knownHashes: [hash],
    bytes: input.bytes,
    signers: [signer],
    auditHeadHash: input.auditHeadHash,
    createdAt: at,
    updatedAt: at,
    ...(correctionReason === undefined ? {} : { revisionReason: correctionReason }),
  };
  return {
    writes: current === null ? [row] : [row, { ...current, supersededBy: row.id, updatedAt: at }],
    event: {
      actor,
      action: current === null ? 'minutes.sign' : 'minutes.revise',
      entity: 'signedDocuments',
      entityId: row.id,
      roundId: product.roundId,
      before: current === null ? null : auditView(current),
      after: auditView(row),
    },
    row,
  };
}

/** Every signed document of a round, revisions included, oldest first. For `useLiveQuery`. */
export async function listSignedDocuments(db: CouncilDb, roundId: string): Promise<SignedDocumentRow[]> {
  const rows = await db.signedDocuments.where('roundId').equals(roundId).toArray();
  return rows.sort((a, b) => a.productId.localeCompare(b.productId) || a.revision - b.revision);
}

/** The revisions of one product's minutes, oldest first (the last one not superseded is current). */
export async function minutesRevisions(db: CouncilDb, productId: string): Promise<SignedDocumentRow[]> {
  const rows = await db.signedDocuments.where('[productId+kind]').equals([productId, 'minutes']).toArray();
  return rows.sort((a, b) => a.revision - b.revision);
}

/** SHA-256 of every file state the app signed (all revisions, after each signature). */
export async function knownSignedHashes(db: CouncilDb): Promise<string[]> {
  const keys = await db.signedDocuments.orderBy('knownHashes').uniqueKeys();
  return keys.filter((k): k is string => typeof k === 'string');
}

/** The signed document whose file (at some signature) has this SHA-256, if the app signed it. */
export async function signedDocumentByHash(
  db: CouncilDb,
  hash: string,
): Promise<SignedDocumentRow | undefined> {
  return db.signedDocuments.where('knownHashes').equals(hash).first();
}
