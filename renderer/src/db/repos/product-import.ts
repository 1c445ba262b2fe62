import { parseProductCode } from '../../domain/product-code';
import { problemLine } from '../../domain/problems';
import type { CouncilDb } from '../council-db';
import { ValidationError } from '../errors';
import type { Actor, ProductRow, ProductStateRow } from '../rows';
import { writeTx } from '../tx';
import { requireText, roundFor } from './guards';
import type { ProductInput } from './products';

/**
 * Adds a list of products to a round in ONE transaction (the Excel/CSV import, issue 6 item 4):
 * all of them or none. Every product passes the same checks as `createProduct` (round open for
 * products, name, code valid and unique in the round AND in the batch, sheet in the round's
 * rule-set); the first refusal aborts the whole batch with the row's index in `problems`.
 *
 * Audit: ONE "product.import" event PER PRODUCT (after = { product, state, batch }), exactly as
 * `createProduct` would write it, so each product's history reads the same however it was
 * added; `batch` (the import's id, row count and file name) ties the events of one import together.
 */
export async function importProducts(
  db: CouncilDb,
  roundId: string,
  inputs: readonly ProductInput[],
  source: { readonly fileName: string },
  actor: Actor,
): Promise<ProductRow[]> {
  return writeTx(db, async (t, audit) => {
    const round = await roundFor(t, roundId, 'edit-products');
    const at = db.now();
    const batch = { id: db.newId(), count: inputs.length, fileName: source.fileName };
    const codes = new Set(
      (await t.products.where('roundId').equals(roundId).toArray())
        .map((p) => p.code)
        .filter((c) => c !== ''),
    );
    let position = await t.products.where('roundId').equals(roundId).count();
    const maxYear = new Date(at).getUTCFullYear() + 1;
    const added: ProductRow[] = [];
    for (const [i, input] of inputs.entries()) {
      const where = `#${i + 1}`;
      let code = '';
      if (input.code.trim() !== '') {
        const parsed = parseProductCode(input.code, { maxYear });
        if (!parsed.ok)
          throw new ValidationError(
            'invalid-product-code',
            parsed.problems.map((p) => problemLine({ ...p, path: `${where}.${p.path}` })),
          );
        code = parsed.value.code;
        if (codes.has(code)) throw new ValidationError('duplicate', [`${where}: code ${code}`]);
        codes.add(code);
      }
      if (!db.engine.hasSheet(round.ruleSetId, input.sheetNo))
        throw new ValidationError('invalid-sheet-no', [`${where}: sheetNo ${input.sheetNo}`]);
      const product: ProductRow = {
        id: db.newId(),
        roundId,
        name: requireText('name', input.name),
        code,
        sheetNo: input.sheetNo,
        producer: input.producer,
        kind: input.kind,
        disqualification: null,
        position,
        createdAt: at,
        updatedAt: at,
      };
      position += 1;
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
        action: 'product.import',
        entity: 'products',
        entityId: product.id,
        roundId,
        before: null,
        after: { product, state, batch },
      });
      added.push(product);
    }
    return added;
  });
}
