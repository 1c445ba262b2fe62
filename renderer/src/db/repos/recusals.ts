import type { CouncilDb } from '../council-db';
import { NotFoundError, ValidationError, WorkflowError } from '../errors';
import type { Actor, RecusalRow } from '../rows';
import { writeTx } from '../tx';
import { getMember, getProduct, roundFor } from './guards';

/**
 * Recuses a member from a product (conflict of interest) with a written reason: they do
 * not score it and the seal does not wait for them. Refused once the member has a sheet for
 * that product ("member-has-sheets") — scores given are evidence, never silently dropped —
 * and once the product is closed.
 */
export async function recuseMember(
  db: CouncilDb,
  productId: string,
  memberId: string,
  reason: string,
  actor: Actor,
): Promise<RecusalRow> {
  if (reason.trim() === '') throw new WorkflowError('reason-required');
  return writeTx(db, async (t, audit) => {
    const product = await getProduct(t, productId);
    const roundId = product.roundId;
    await roundFor(t, roundId, 'edit-products');
    await getMember(t, roundId, memberId);
    if ((await t.productStates.get(productId))?.closed != null) throw new WorkflowError('product-closed');
    if ((await t.recusals.where('[productId+memberId]').equals([productId, memberId]).count()) > 0) {
      throw new ValidationError('duplicate', [`recusal ${memberId}`]);
    }
    const sheets = await t.sheets
      .where('productId')
      .equals(productId)
      .filter((s) => s.memberId === memberId)
      .count();
    if (sheets > 0) throw new WorkflowError('member-has-sheets');
    const recusal: RecusalRow = { id: db.newId(), roundId, productId, memberId, reason: reason.trim() };
    await t.recusals.add(recusal);
    await audit({
      actor,
      action: 'recusal.add',
      entity: 'recusals',
      entityId: recusal.id,
      roundId,
      before: null,
      after: recusal,
    });
    return recusal;
  });
}

/** Lifts a recusal (recorded mistake); the member may then score the product. */
export async function unrecuseMember(
  db: CouncilDb,
  productId: string,
  memberId: string,
  reason: string,
  actor: Actor,
): Promise<void> {
  if (reason.trim() === '') throw new WorkflowError('reason-required');
  await writeTx(db, async (t, audit) => {
    const product = await getProduct(t, productId);
    await roundFor(t, product.roundId, 'edit-products');
    if ((await t.productStates.get(productId))?.closed != null) throw new WorkflowError('product-closed');
    const before = await t.recusals.where('[productId+memberId]').equals([productId, memberId]).first();
    if (before === undefined) throw new NotFoundError('recusal', `${productId}/${memberId}`);
    await t.recusals.delete(before.id);
    await audit({
      actor,
      action: 'recusal.remove',
      entity: 'recusals',
      entityId: before.id,
      roundId: product.roundId,
      before,
      after: { reason: reason.trim() },
    });
  });
}
