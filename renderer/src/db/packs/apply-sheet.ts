import {
  canEditSheet,
  canReopenSheet,
  canSubmitSheet,
  type Participant,
  type RuleCheck,
} from '../../domain/workflow';
import { ValidationError, WorkflowError } from '../errors';
import type { Actor, AuditVia, PackSheetContent, SheetRow } from '../rows';
import type { AuditInput } from '../audit/append';
import type { Tx } from '../tx';
import { loadProductContext, toMemberSheet, type ProductContext } from '../repos/context';

const EMPTY: PackSheetContent = { answers: {}, caseChoice: {}, opinion: '', submitted: false };

/** The content of a member's sheet of the current pass on this laptop (empty when none yet). */
export function laptopContent(ctx: ProductContext, memberId: string): PackSheetContent {
  const row = ctx.currentSheets.get(memberId);
  if (row === undefined) return EMPTY;
  return {
    answers: row.answers,
    caseChoice: row.caseChoice,
    opinion: row.opinion,
    submitted: row.status === 'submitted',
  };
}

function enforce(check: RuleCheck): void {
  if (!check.ok) throw new WorkflowError(check.code);
}

/**
 * Writes a whole sheet's content (from a returned pack, or a conflict resolved for the pack)
 * onto the member's sheet of the current pass, under exactly the rules of the scoring
 * repositories: the product open and sealed, attendance confirmed, the member present and not
 * recused, every answer one the sheet has; a submitted sheet is reopened first (allowed while
 * sealed); a submitted pack sheet must be complete. Every check runs BEFORE the one write, so
 * a refusal leaves nothing behind. One audit event "sheet.pack-merge" with `via`.
 */
export async function applySheetContent(
  t: Tx,
  key: { readonly roundId: string; readonly productId: string; readonly memberId: string },
  content: PackSheetContent,
  actor: Actor,
  via: AuditVia,
  audit: (event: AuditInput) => Promise<void>,
): Promise<SheetRow> {
  const ctx = await loadProductContext(t, key.productId);
  const found = ctx.participants.find((p) => p.memberId === key.memberId);
  if (found === undefined) throw new WorkflowError('member-non-voting');
  const before = ctx.currentSheets.get(key.memberId);
  if (before?.status === 'submitted') enforce(canReopenSheet(ctx.flow, found, ctx.flow.currentPass));
  const asDraft: Participant = {
    ...found,
    sheet:
      before === undefined ? undefined : { status: 'draft', answered: Object.keys(before.answers).length },
  };
  enforce(canEditSheet(ctx.flow, asDraft, ctx.flow.currentPass));
  const problems = Object.entries(content.answers).flatMap(([code, answer]) => {
    const problem = t.db.engine.answerProblem(ctx.round.ruleSetId, ctx.product.sheetNo, code, answer);
    return problem === null ? [] : [problem];
  });
  if (problems.length > 0) throw new ValidationError('invalid-answer', problems);
  const at = t.db.now();
  const draft: SheetRow = {
    id: before?.id ?? t.db.newId(),
    roundId: key.roundId,
    productId: key.productId,
    memberId: key.memberId,
    pass: ctx.flow.currentPass,
    answers: { ...content.answers },
    caseChoice: { ...content.caseChoice },
    opinion: content.opinion,
    status: 'draft',
    updatedAt: at,
  };
  let after = draft;
  if (content.submitted) {
    const missing = t.db.engine.unansweredCriteria(
      ctx.round.ruleSetId,
      ctx.product.sheetNo,
      toMemberSheet(draft),
    );
    const check = canSubmitSheet(ctx.flow, asDraft, draft.pass, missing.length);
    if (!check.ok) throw new WorkflowError(check.code, missing);
    after = { ...draft, status: 'submitted', submittedAt: at };
  }
  await t.sheets.put(after);
  await audit({
    actor,
    action: 'sheet.pack-merge',
    entity: 'sheets',
    entityId: after.id,
    roundId: key.roundId,
    before: before ?? null,
    after,
    via,
  });
  return after;
}
