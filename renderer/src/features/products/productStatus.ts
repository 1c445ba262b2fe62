import type { ProductRow, ProductStateRow } from '../../db';
import type { MessageKey } from '../../i18n/catalog';

/**
 * A product's status in words, from its stored workflow state (no rule is decided here):
 * disqualified wins, then closed, then re-scoring, unsealed, and in evaluation.
 */
export function productStatus(
  product: ProductRow,
  state: ProductStateRow | undefined,
): { readonly key: MessageKey; readonly pass?: number } {
  if (product.disqualification !== null) return { key: 'productStatus.disqualified' };
  if (state === undefined) return { key: 'productStatus.inEvaluation' };
  if (state.closed !== null) return { key: 'productStatus.closed' };
  if (state.currentPass > 1 && state.sealed)
    return { key: 'productStatus.rescoring', pass: state.currentPass };
  if (!state.sealed) return { key: 'productStatus.unsealed' };
  return { key: 'productStatus.inEvaluation' };
}
