import { problem, problemLine } from '../../domain/problems';
import type { RuleCheck } from '../../domain/workflow';
import { roundAllows, type RoundAction } from '../../domain/workflow';
import { isIsoDate } from '../../domain/validate/formats';
import type { Tx } from '../tx';
import { NotFoundError, ValidationError, WorkflowError } from '../errors';
import type { ProductRow, ProductStateRow, RoundMemberRow, RoundRow } from '../rows';

/** Throws the workflow's refusal as a `WorkflowError`. */
export function enforce(check: RuleCheck): void {
  if (!check.ok) throw new WorkflowError(check.code);
}

export async function getRound(t: Tx, roundId: string): Promise<RoundRow> {
  const round = await t.rounds.get(roundId);
  if (round === undefined) throw new NotFoundError('round', roundId);
  return round;
}

/** Loads the round and checks that its status allows `action`. */
export async function roundFor(t: Tx, roundId: string, action: RoundAction): Promise<RoundRow> {
  const round = await getRound(t, roundId);
  enforce(roundAllows({ status: round.status, archived: round.archived === 1 }, action));
  return round;
}

export async function getProduct(t: Tx, productId: string): Promise<ProductRow> {
  const product = await t.products.get(productId);
  if (product === undefined) throw new NotFoundError('product', productId);
  return product;
}

export async function getProductState(t: Tx, productId: string): Promise<ProductStateRow> {
  const state = await t.productStates.get(productId);
  if (state === undefined) throw new NotFoundError('productState', productId);
  return state;
}

/** The member must sit in that round: a member id from another round is a bug, not a choice. */
export async function getMember(t: Tx, roundId: string, memberId: string): Promise<RoundMemberRow> {
  const member = await t.roundMembers.get(memberId);
  if (member?.roundId !== roundId) throw new NotFoundError('member', memberId);
  return member;
}

export function requireText(field: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new ValidationError('invalid-input', [problemLine(problem(field, 'empty-text'))]);
  return trimmed;
}

export function requireIsoDate(field: string, value: string): string {
  if (!isIsoDate(value)) {
    throw new ValidationError('invalid-input', [problemLine(problem(field, 'not-a-date', { value }))]);
  }
  return value;
}
