import type { Answer } from '../../domain/model';
import { canEditSheet, canReopenSheet, canSubmitSheet, type Participant } from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import { NotFoundError, ValidationError, WorkflowError } from '../errors';
import type { AuditInput } from '../audit/append';
import type { Actor, AuditVia, SheetRow } from '../rows';
import { writeTx, type Tx } from '../tx';
import { loadProductContext, toMemberSheet, type ProductContext } from './context';
import { enforce, roundFor } from './guards';

/** Which sheet: a member's sheet of a product, always the product's CURRENT pass. */
export interface SheetKey {
  readonly roundId: string;
  readonly productId: string;
  readonly memberId: string;
}

function participant(ctx: ProductContext, memberId: string): Participant {
  const p = ctx.participants.find((x) => x.memberId === memberId);
  if (p !== undefined) return p;
  // Seated but not among the scoring members: the non-voting secretary (OCOP-RULES §4 item 8).
  if (ctx.members.some((m) => m.id === memberId)) throw new WorkflowError('member-non-voting');
  throw new NotFoundError('member', memberId);
}

/** The audit appender of the write's transaction (writeTx's second argument). */
export type AppendAudit = (event: AuditInput) => Promise<void>;

/** `via` in an audit event only when given: events from the laptop stay as they always were. */
function viaField(via: AuditVia | undefined): { via?: AuditVia } {
  return via === undefined ? {} : { via };
}

/** Loads the context and checks the round is scoring, the key is consistent and the sheet editable. */
export async function editableSheet(t: Tx, key: SheetKey): Promise<{ ctx: ProductContext; sheet: SheetRow }> {
  const ctx = await loadProductContext(t, key.productId);
  if (ctx.round.id !== key.roundId) throw new NotFoundError('product', key.productId);
  await roundFor(t, key.roundId, 'score');
  enforce(canEditSheet(ctx.flow, participant(ctx, key.memberId), ctx.flow.currentPass));
  const existing = ctx.currentSheets.get(key.memberId);
  const sheet: SheetRow = existing ?? {
    id: t.db.newId(),
    roundId: key.roundId,
    productId: key.productId,
    memberId: key.memberId,
    pass: ctx.flow.currentPass,
    answers: {},
    caseChoice: {},
    opinion: '',
    status: 'draft',
    updatedAt: t.db.now(),
  };
  return { ctx, sheet };
}

/**
 * Saves one answer the moment it is chosen: one small transaction per click, so a crash
 * loses nothing already chosen. Creates the member's draft sheet of the current pass on the
 * first answer. Refused for a recused or absent member, a submitted sheet (reopen first), an
 * unsealed / closed / disqualified product, a round not scoring, or an answer the engine
 * says the criterion does not have. Audit "sheet.answer" records only that criterion
 * (before/after answer), keeping the trail small on a 35-criterion sheet.
 */
export async function saveAnswer(
  db: CouncilDb,
  key: SheetKey & { readonly criterionCode: string; readonly answer: Answer },
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  return writeTx(db, (t, audit) => saveAnswerIn(t, audit, key, actor, via));
}

/** saveAnswer inside a caller's write transaction (the meeting hub records its ledger in the same one). */
export async function saveAnswerIn(
  t: Tx,
  audit: AppendAudit,
  key: SheetKey & { readonly criterionCode: string; readonly answer: Answer },
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  const db = t.db;
  {
    const { ctx, sheet } = await editableSheet(t, key);
    const problem = db.engine.answerProblem(
      ctx.round.ruleSetId,
      ctx.product.sheetNo,
      key.criterionCode,
      key.answer,
    );
    if (problem !== null) throw new ValidationError('invalid-answer', [problem]);
    const after: SheetRow = {
      ...sheet,
      answers: { ...sheet.answers, [key.criterionCode]: key.answer },
      updatedAt: db.now(),
    };
    await t.sheets.put(after);
    const old = sheet.answers[key.criterionCode];
    await audit({
      actor,
      action: 'sheet.answer',
      entity: 'sheets',
      entityId: after.id,
      roundId: key.roundId,
      before: { pass: after.pass, memberId: key.memberId, criterion: key.criterionCode, answer: old ?? null },
      after: { pass: after.pass, memberId: key.memberId, criterion: key.criterionCode, answer: key.answer },
      ...viaField(via),
    });
    return after;
  }
}

/** Sheet 26: records which case (variant) applies to a two-case criterion. Same rules as saveAnswer. */
export async function saveCaseChoice(
  db: CouncilDb,
  key: SheetKey & { readonly criterionCode: string; readonly variant: string },
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  return writeTx(db, (t, audit) => saveCaseChoiceIn(t, audit, key, actor, via));
}

export async function saveCaseChoiceIn(
  t: Tx,
  audit: AppendAudit,
  key: SheetKey & { readonly criterionCode: string; readonly variant: string },
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  const db = t.db;
  {
    const { sheet } = await editableSheet(t, key);
    const after: SheetRow = {
      ...sheet,
      caseChoice: { ...sheet.caseChoice, [key.criterionCode]: key.variant },
      updatedAt: db.now(),
    };
    await t.sheets.put(after);
    const old = sheet.caseChoice[key.criterionCode];
    await audit({
      actor,
      action: 'sheet.case',
      entity: 'sheets',
      entityId: after.id,
      roundId: key.roundId,
      before: {
        pass: after.pass,
        memberId: key.memberId,
        criterion: key.criterionCode,
        variant: old ?? null,
      },
      after: { pass: after.pass, memberId: key.memberId, criterion: key.criterionCode, variant: key.variant },
      ...viaField(via),
    });
    return after;
  }
}

/** Several choices of one sheet, written together (the scoring form's write queue). */
export interface SheetChoices {
  /** criterion code → answer */
  readonly answers: Readonly<Record<string, Answer>>;
  /** criterion code → case (variant), sheet 26 */
  readonly cases: Readonly<Record<string, string>>;
}

/**
 * Saves several choices of one sheet in ONE transaction with ONE audit event "sheet.answers"
 * (issue 13: fast typing must not queue a transaction per key behind the screen). Same rules
 * as saveAnswer for every choice; one invalid answer refuses the whole batch (all its problems
 * listed) and nothing is stored. The event records, per criterion, the answer / case before and
 * after — the same facts as the one-choice events, in one row.
 */
export async function saveSheetChoices(
  db: CouncilDb,
  key: SheetKey & SheetChoices,
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  const answerCodes = Object.keys(key.answers);
  const caseCodes = Object.keys(key.cases);
  if (answerCodes.length + caseCodes.length === 0) throw new ValidationError('invalid-answer', []); // a caller's slip: the queue never sends an empty batch
  return writeTx(db, async (t, audit) => {
    const { ctx, sheet } = await editableSheet(t, key);
    const problems = answerCodes.flatMap((code) => {
      const problem = db.engine.answerProblem(
        ctx.round.ruleSetId,
        ctx.product.sheetNo,
        code,
        key.answers[code] ?? 'none',
      );
      return problem === null ? [] : [problem];
    });
    if (problems.length > 0) throw new ValidationError('invalid-answer', problems);
    const after: SheetRow = {
      ...sheet,
      answers: { ...sheet.answers, ...key.answers },
      caseChoice: { ...sheet.caseChoice, ...key.cases },
      updatedAt: db.now(),
    };
    await t.sheets.put(after);
    const pick = <T>(from: Readonly<Record<string, T>>, codes: readonly string[]) =>
      Object.fromEntries(codes.map((code) => [code, from[code] ?? null]));
    await audit({
      actor,
      action: 'sheet.answers',
      entity: 'sheets',
      entityId: after.id,
      roundId: key.roundId,
      before: {
        pass: after.pass,
        memberId: key.memberId,
        answers: pick(sheet.answers, answerCodes),
        cases: pick(sheet.caseChoice, caseCodes),
      },
      after: { pass: after.pass, memberId: key.memberId, answers: key.answers, cases: key.cases },
      ...viaField(via),
    });
    return after;
  });
}

/** The member's written opinion ("Ý kiến của người đánh giá"). Same rules as saveAnswer. */
export async function saveOpinion(
  db: CouncilDb,
  key: SheetKey & { readonly opinion: string },
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  return writeTx(db, (t, audit) => saveOpinionIn(t, audit, key, actor, via));
}

export async function saveOpinionIn(
  t: Tx,
  audit: AppendAudit,
  key: SheetKey & { readonly opinion: string },
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  const db = t.db;
  {
    const { sheet } = await editableSheet(t, key);
    const after: SheetRow = { ...sheet, opinion: key.opinion, updatedAt: db.now() };
    await t.sheets.put(after);
    await audit({
      actor,
      action: 'sheet.opinion',
      entity: 'sheets',
      entityId: after.id,
      roundId: key.roundId,
      before: { pass: after.pass, memberId: key.memberId, opinion: sheet.opinion },
      after: { pass: after.pass, memberId: key.memberId, opinion: key.opinion },
      ...viaField(via),
    });
    return after;
  }
}

/**
 * Submits the member's sheet of the current pass. Refused while incomplete: the engine
 * lists the unanswered criteria (`WorkflowError('sheet-incomplete').problems`, in sheet
 * order, so the UI can jump to the first). Audit "sheet.submit" with the whole sheet.
 */
export async function submitSheet(
  db: CouncilDb,
  key: SheetKey,
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  return writeTx(db, (t, audit) => submitSheetIn(t, audit, key, actor, via));
}

export async function submitSheetIn(
  t: Tx,
  audit: AppendAudit,
  key: SheetKey,
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  const db = t.db;
  {
    const { ctx, sheet } = await editableSheet(t, key);
    const missing = db.engine.unansweredCriteria(
      ctx.round.ruleSetId,
      ctx.product.sheetNo,
      toMemberSheet(sheet),
    );
    const check = canSubmitSheet(ctx.flow, participant(ctx, key.memberId), sheet.pass, missing.length);
    if (!check.ok) throw new WorkflowError(check.code, missing);
    const at = db.now();
    const after: SheetRow = { ...sheet, status: 'submitted', submittedAt: at, updatedAt: at };
    await t.sheets.put(after);
    await audit({
      actor,
      action: 'sheet.submit',
      entity: 'sheets',
      entityId: after.id,
      roundId: key.roundId,
      before: ctx.currentSheets.get(key.memberId) ?? null,
      after,
      ...viaField(via),
    });
    return after;
  }
}

/** Reopens a submitted sheet of the current pass for changes; allowed until the product is unsealed. */
export async function reopenSheet(
  db: CouncilDb,
  key: SheetKey,
  actor: Actor,
  via?: AuditVia,
): Promise<SheetRow> {
  return writeTx(db, async (t, audit) => {
    const ctx = await loadProductContext(t, key.productId);
    if (ctx.round.id !== key.roundId) throw new NotFoundError('product', key.productId);
    await roundFor(t, key.roundId, 'score');
    enforce(canReopenSheet(ctx.flow, participant(ctx, key.memberId), ctx.flow.currentPass));
    const before = ctx.currentSheets.get(key.memberId);
    if (before === undefined) throw new WorkflowError('sheet-not-submitted');
    // Rebuilt without `submittedAt`: a reopened sheet is a draft again (exactOptionalPropertyTypes forbids `undefined`).
    const after: SheetRow = {
      id: before.id,
      roundId: before.roundId,
      productId: before.productId,
      memberId: before.memberId,
      pass: before.pass,
      answers: before.answers,
      caseChoice: before.caseChoice,
      opinion: before.opinion,
      status: 'draft',
      updatedAt: db.now(),
    };
    await t.sheets.put(after);
    await audit({
      actor,
      action: 'sheet.reopen',
      entity: 'sheets',
      entityId: after.id,
      roundId: key.roundId,
      before,
      after,
      ...viaField(via),
    });
    return after;
  });
}
