import type { ProductRow, ProductStateRow, SheetRow } from '../../db';
import type { MessageKey } from '../../i18n/catalog';

/**
 * A product's status in words, from its stored workflow state (no rule is decided here):
 * disqualified wins, then closed, then re-scoring, unsealed, in evaluation once a member has
 * answered on the current pass, and "not scored yet" before that.
 */
export function productStatus(
  product: ProductRow,
  state: ProductStateRow | undefined,
  sheets: readonly SheetRow[],
): { readonly key: MessageKey; readonly pass?: number } {
  if (product.disqualification !== null) return { key: 'productStatus.disqualified' };
  const pass = state?.currentPass ?? 1;
  const scored = sheets.some(
    (s) =>
      s.productId === product.id &&
      s.pass === pass &&
      (s.status === 'submitted' || Object.keys(s.answers).length > 0),
  );
  if (state === undefined) return { key: scored ? 'productStatus.inEvaluation' : 'productStatus.notScored' };
  if (state.closed !== null) return { key: 'productStatus.closed' };
  if (state.currentPass > 1 && state.sealed)
    return { key: 'productStatus.rescoring', pass: state.currentPass };
  if (!state.sealed) return { key: 'productStatus.unsealed' };
  return { key: scored ? 'productStatus.inEvaluation' : 'productStatus.notScored' };
}
