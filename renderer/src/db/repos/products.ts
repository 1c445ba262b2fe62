import type { Disqualification, IsoDate, ProductKind } from '../../domain/model';
import { parseProductCode } from '../../domain/product-code';
import { problemLine } from '../../domain/problems';
import type { CouncilDb } from '../council-db';
import { ValidationError, WorkflowError } from '../errors';
import type { Actor, Producer, ProductRow, ProductStateRow, RoundRow, SelfAssessment } from '../rows';
import { writeTx, type Tx } from '../tx';
import { getProduct, requireIsoDate, requireText, roundFor } from './guards';

export interface ProductInput {
  readonly name: string;
  /** "(T)-(X)-(STT)-year"; '' while the commune has not assigned one */
  readonly code: string;
  readonly sheetNo: number;
  readonly producer: Producer;
  readonly kind: ProductKind;
  readonly selfAssessment?: SelfAssessment;
  readonly meetingDate?: IsoDate;
}

/** Validates and normalises the code, and refuses a code already used in the round. */
async function checkCode(t: Tx, round: RoundRow, code: string, productId: string): Promise<string> {
  if (code.trim() === '') return '';
  const maxYear = new Date(t.db.now()).getUTCFullYear() + 1;
  const parsed = parseProductCode(code, { maxYear });
  if (!parsed.ok) throw new ValidationError('invalid-product-code', parsed.problems.map(problemLine));
  const clash = await t.products
    .where('code')
    .equals(parsed.value.code)
    .filter((p) => p.roundId === round.id && p.id !== productId)
    .count();
  if (clash > 0) throw new ValidationError('duplicate', [`code ${parsed.value.code}`]);
  return parsed.value.code;
}

function checkSheet(db: CouncilDb, round: RoundRow, sheetNo: number): number {
  if (!db.engine.hasSheet(round.ruleSetId, sheetNo))
    throw new ValidationError('invalid-sheet-no', [`sheetNo ${sheetNo}`]);
  return sheetNo;
}

function checkMeetingDate(round: RoundRow, date: IsoDate | undefined): IsoDate | undefined {
  if (date === undefined) return undefined;
  requireIsoDate('meetingDate', date);
  if (!round.meetingDates.includes(date)) throw new ValidationError('invalid-input', [`meetingDate ${date}`]);
  return date;
}

/**
 * Adds a product to a round (preparing or scoring), with its workflow state: pass 1,
 * sealed, open. Invariants: code valid and unique in the round (or empty), sheet exists in
 * the round's rule-set. Audit: "product.create" (after = { product, state }).
 */
export async function createProduct(
  db: CouncilDb,
  roundId: string,
  input: ProductInput,
  actor: Actor,
): Promise<ProductRow> {
  return writeTx(db, async (t, audit) => {
    const round = await roundFor(t, roundId, 'edit-products');
    const at = db.now();
    const meetingDate = checkMeetingDate(round, input.meetingDate);
    const product: ProductRow = {
      id: db.newId(),
      roundId,
      name: requireText('name', input.name),
      code: await checkCode(t, round, input.code, ''),
      sheetNo: checkSheet(db, round, input.sheetNo),
      producer: input.producer,
      kind: input.kind,
      ...(input.selfAssessment === undefined ? {} : { selfAssessment: input.selfAssessment }),
      disqualification: null,
      ...(meetingDate === undefined ? {} : { meetingDate }),
      position: await t.products.where('roundId').equals(roundId).count(),
      createdAt: at,
      updatedAt: at,
    };
    const state: ProductStateRow = {
      productId: product.id,
      roundId,
      currentPass: 1,
      sealed: true,
      unsealedAt: [],
      rescoredAt: [],
      closed: null,
    };
    await t.products.add(product);
    await t.productStates.add(state);
    await audit({
      actor,
      action: 'product.create',
      entity: 'products',
      entityId: product.id,
      roundId,
      before: null,
      after: { product, state },
    });
    return product;
  });
}

/**
 * Edits a product. The sheet cannot change once anyone has a sheet for it (the answers
 * belong to that sheet's criteria). Closed products do not change.
 */
export async function updateProduct(
  db: CouncilDb,
  productId: string,
  patch: Partial<ProductInput>,
  actor: Actor,
): Promise<ProductRow> {
  return writeTx(db, async (t, audit) => {
    const before = await getProduct(t, productId);
    const round = await roundFor(t, before.roundId, 'edit-products');
    if ((await t.productStates.get(productId))?.closed != null) throw new WorkflowError('product-closed');
    if (patch.sheetNo !== undefined && patch.sheetNo !== before.sheetNo) {
      if ((await t.sheets.where('productId').equals(productId).count()) > 0)
        throw new WorkflowError('product-has-sheets');
    }
    const meetingDate = checkMeetingDate(round, patch.meetingDate);
    const after: ProductRow = {
      ...before,
      ...(patch.name === undefined ? {} : { name: requireText('name', patch.name) }),
      ...(patch.code === undefined ? {} : { code: await checkCode(t, round, patch.code, productId) }),
      ...(patch.sheetNo === undefined ? {} : { sheetNo: checkSheet(db, round, patch.sheetNo) }),
      ...(patch.producer === undefined ? {} : { producer: patch.producer }),
      ...(patch.kind === undefined ? {} : { kind: patch.kind }),
      ...(patch.selfAssessment === undefined ? {} : { selfAssessment: patch.selfAssessment }),
      ...(meetingDate === undefined ? {} : { meetingDate }),
      updatedAt: db.now(),
    };
    await t.products.put(after);
    await audit({
      actor,
      action: 'product.update',
      entity: 'products',
      entityId: productId,
      roundId: before.roundId,
      before,
      after,
    });
    return after;
  });
}

/** Removes a product with its state and recusals; refused once it has any sheet ("product-has-sheets"). */
export async function removeProduct(db: CouncilDb, productId: string, actor: Actor): Promise<void> {
  await writeTx(db, async (t, audit) => {
    const product = await getProduct(t, productId);
    await roundFor(t, product.roundId, 'edit-products');
    if ((await t.sheets.where('productId').equals(productId).count()) > 0)
      throw new WorkflowError('product-has-sheets');
    const state = await t.productStates.get(productId);
    const recusals = await t.recusals
      .where('roundId')
      .equals(product.roundId)
      .filter((r) => r.productId === productId)
      .toArray();
    await t.recusals.bulkDelete(recusals.map((r) => r.id));
    await t.productStates.delete(productId);
    await t.minutesFields.delete(productId);
    await t.products.delete(productId);
    await audit({
      actor,
      action: 'product.remove',
      entity: 'products',
      entityId: productId,
      roundId: product.roundId,
      before: { product, state: state ?? null, recusals },
      after: null,
    });
  });
}

/**
 * Disqualifies a product with a written reason (a sheet's disqualifier / knock-out line or
 * free text) and, when a criterion's knock-out note ended it, that criterion's code: scoring
 * stops, no star. Allowed until the product is closed.
 */
export async function disqualifyProduct(
  db: CouncilDb,
  productId: string,
  why: Disqualification,
  actor: Actor,
): Promise<ProductRow> {
  const reason = why.reason.trim();
  if (reason === '') throw new WorkflowError('reason-required');
  const disqualification: Disqualification =
    why.criterion === undefined ? { reason } : { reason, criterion: why.criterion };
  return writeTx(db, async (t, audit) => {
    const before = await getProduct(t, productId);
    await roundFor(t, before.roundId, 'edit-products');
    if ((await t.productStates.get(productId))?.closed != null) throw new WorkflowError('product-closed');
    if (before.disqualification !== null) throw new WorkflowError('product-disqualified');
    const after: ProductRow = { ...before, disqualification, updatedAt: db.now() };
    await t.products.put(after);
    await audit({
      actor,
      action: 'product.disqualify',
      entity: 'products',
      entityId: productId,
      roundId: before.roundId,
      before,
      after,
    });
    return after;
  });
}

/** Lifts a disqualification (a mistake corrected); the reason for lifting it is recorded. */
export async function requalifyProduct(
  db: CouncilDb,
  productId: string,
  reason: string,
  actor: Actor,
): Promise<ProductRow> {
  if (reason.trim() === '') throw new WorkflowError('reason-required');
  return writeTx(db, async (t, audit) => {
    const before = await getProduct(t, productId);
    await roundFor(t, before.roundId, 'edit-products');
    if ((await t.productStates.get(productId))?.closed != null) throw new WorkflowError('product-closed');
    if (before.disqualification === null) throw new WorkflowError('product-not-disqualified');
    const after: ProductRow = { ...before, disqualification: null, updatedAt: db.now() };
    await t.products.put(after);
    await audit({
      actor,
      action: 'product.requalify',
      entity: 'products',
      entityId: productId,
      roundId: before.roundId,
      before,
      after: { product: after, reason: reason.trim() },
    });
    return after;
  });
}
