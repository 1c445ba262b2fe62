import { problem, problemLine } from '../../domain/problems';
import type { Answer } from '../../domain/model';
import type { CouncilDb } from '../council-db';
import { ValidationError, WorkflowError } from '../errors';
import type { Actor, ProductRow, SelfAssessment } from '../rows';
import { writeTx } from '../tx';
import { getProduct, roundFor } from './guards';

/**
 * The producer's self-assessment (Mẫu 02), entered one choice at a time on the same sheet form
 * as the members' sheets. `updateProduct` replaces the whole `selfAssessment`, so two quick
 * choices made before the screen re-read the product would overwrite each other; these merge
 * ONE criterion inside the transaction instead. Allowed while products may be edited
 * (preparing or scoring) and until the product is closed. No submission, no seal: it is the
 * producer's own claim, shown beside the council's scores.
 */

async function mergeSelfAssessment(
  db: CouncilDb,
  productId: string,
  actor: Actor,
  action: string,
  change: (
    before: SelfAssessment,
    ruleSetId: string,
    sheetNo: number,
  ) => { after: SelfAssessment; was: unknown; now: unknown; criterion: string },
): Promise<ProductRow> {
  return writeTx(db, async (t, audit) => {
    const before = await getProduct(t, productId);
    const round = await roundFor(t, before.roundId, 'edit-products');
    if ((await t.productStates.get(productId))?.closed != null) throw new WorkflowError('product-closed');
    const {
      after: selfAssessment,
      was,
      now,
      criterion,
    } = change(before.selfAssessment ?? { answers: {} }, round.ruleSetId, before.sheetNo);
    const after: ProductRow = { ...before, selfAssessment, updatedAt: db.now() };
    await t.products.put(after);
    await audit({
      actor,
      action,
      entity: 'products',
      entityId: productId,
      roundId: before.roundId,
      before: { criterion, value: was ?? null },
      after: { criterion, value: now },
    });
    return after;
  });
}

/** One self-assessed answer (option index or "none"). Refuses what the sheet does not have (`invalid-answer`). Audit "product.self-answer". */
export async function saveSelfAssessmentAnswer(
  db: CouncilDb,
  productId: string,
  criterionCode: string,
  answer: Answer,
  actor: Actor,
): Promise<ProductRow> {
  return mergeSelfAssessment(db, productId, actor, 'product.self-answer', (before, ruleSetId, sheetNo) => {
    const problem = db.engine.answerProblem(ruleSetId, sheetNo, criterionCode, answer);
    if (problem !== null) throw new ValidationError('invalid-answer', [problem]);
    return {
      after: { ...before, answers: { ...before.answers, [criterionCode]: answer } },
      was: before.answers[criterionCode],
      now: answer,
      criterion: criterionCode,
    };
  });
}

/** Sheet 26: the case (variant) the producer chose for a two-case criterion. Audit "product.self-case". */
export async function saveSelfAssessmentCase(
  db: CouncilDb,
  productId: string,
  criterionCode: string,
  variant: string,
  actor: Actor,
): Promise<ProductRow> {
  if (variant.trim() === '')
    throw new ValidationError('invalid-input', [problemLine(problem('variant', 'empty-text'))]);
  return mergeSelfAssessment(db, productId, actor, 'product.self-case', (before) => ({
    after: { ...before, caseChoice: { ...before.caseChoice, [criterionCode]: variant } },
    was: before.caseChoice?.[criterionCode],
    now: variant,
    criterion: criterionCode,
  }));
}
