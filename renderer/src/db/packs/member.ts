import type { Answer } from '../../domain/model';
import type { CouncilDb } from '../council-db';
import { NotFoundError, ValidationError, WorkflowError } from '../errors';
import type { Actor, MemberPackRow, MemberPackSheet } from '../rows';
import { writeTx } from '../tx';
import { signReturnedPack } from './crypto';
import {
  PACK_VERSION,
  RETURNED_PACK_FORMAT,
  parseScoringPack,
  type PackProduct,
  type ReturnedPackFile,
} from './format';

/**
 * Scoring packs, the MEMBER's side (issue 9 part 2): the member workspace on the member's own
 * laptop. A pack imported here lives in its own store (`memberPacks`), apart from any rounds
 * of this laptop; the member scores it offline on the official form and exports the returned
 * pack, signed with the pack's secret. Writes: one transaction + one audit event (global
 * chain, since the round is not here), each change bumping the sheet's revision and clock.
 */

export interface MemberPackImport {
  readonly row: MemberPackRow;
  /** the pack was already here: the member's work on it is kept, the file is not re-read */
  readonly alreadyHere: boolean;
}

/** Imports a scoring pack into the member workspace (refused with `PackError` when not a valid pack). */
export async function importMemberPack(
  db: CouncilDb,
  bytes: Uint8Array,
  actor: Actor,
): Promise<MemberPackImport> {
  const pack = parseScoringPack(bytes);
  return writeTx(db, async (t, audit) => {
    const existing = await t.memberPacks.get(pack.packId);
    if (existing !== undefined) return { row: existing, alreadyHere: true };
    const at = db.now();
    const sheets: Record<string, MemberPackSheet> = {};
    for (const p of pack.products) sheets[p.id] = { ...p.sheet, revision: 0, clock: {} };
    const row: MemberPackRow = { id: pack.packId, pack, sheets, importedAt: at, updatedAt: at };
    await t.memberPacks.add(row);
    await audit({
      actor,
      action: 'member-pack.import',
      entity: 'memberPacks',
      entityId: pack.packId,
      roundId: null,
      before: null,
      after: {
        packId: pack.packId,
        roundId: pack.round.id,
        memberId: pack.member.id,
        products: pack.products.length,
      },
    });
    return { row, alreadyHere: false };
  });
}

export type MemberPackChange =
  | { readonly kind: 'answer'; readonly criterionCode: string; readonly answer: Answer }
  | { readonly kind: 'case'; readonly criterionCode: string; readonly variant: string }
  | { readonly kind: 'opinion'; readonly opinion: string }
  | { readonly kind: 'submit' }
  | { readonly kind: 'reopen' };

function clockKey(change: MemberPackChange): string {
  switch (change.kind) {
    case 'answer':
      return change.criterionCode;
    case 'case':
      return `case:${change.criterionCode}`;
    default:
      return change.kind === 'opinion' ? 'opinion' : 'submit';
  }
}

/**
 * One change of the member on one product of a pack: an answer (checked against the sheet),
 * a case, the opinion, submit (refused while incomplete, with the missing criteria) or reopen.
 * A submitted sheet must be reopened before it changes, as on the secretary's laptop.
 */
export async function changeMemberPackSheet(
  db: CouncilDb,
  packId: string,
  productId: string,
  change: MemberPackChange,
  actor: Actor,
): Promise<MemberPackSheet> {
  return writeTx(db, async (t, audit) => {
    const row = await t.memberPacks.get(packId);
    if (row === undefined) throw new NotFoundError('memberPack', packId);
    const product: PackProduct | undefined = row.pack.products.find((p) => p.id === productId);
    const before = row.sheets[productId];
    if (product === undefined || before === undefined) throw new NotFoundError('product', productId);
    const ruleSetId = row.pack.round.ruleSetId;
    if (change.kind !== 'reopen' && before.submitted) throw new WorkflowError('sheet-submitted');
    let next: MemberPackSheet;
    switch (change.kind) {
      case 'answer': {
        const problem = db.engine.answerProblem(
          ruleSetId,
          product.sheetNo,
          change.criterionCode,
          change.answer,
        );
        if (problem !== null) throw new ValidationError('invalid-answer', [problem]);
        next = { ...before, answers: { ...before.answers, [change.criterionCode]: change.answer } };
        break;
      }
      case 'case':
        next = { ...before, caseChoice: { ...before.caseChoice, [change.criterionCode]: change.variant } };
        break;
      case 'opinion':
        next = { ...before, opinion: change.opinion };
        break;
      case 'submit': {
        const missing = db.engine.unansweredCriteria(ruleSetId, product.sheetNo, {
          memberId: row.pack.member.id,
          productId,
          pass: product.pass,
          answers: before.answers,
          ...(Object.keys(before.caseChoice).length === 0 ? {} : { caseChoice: before.caseChoice }),
        });
        if (missing.length > 0) throw new WorkflowError('sheet-incomplete', missing);
        next = { ...before, submitted: true };
        break;
      }
      case 'reopen':
        if (!before.submitted) throw new WorkflowError('sheet-not-submitted');
        next = { ...before, submitted: false };
        break;
    }
    const at = db.now();
    const after: MemberPackSheet = {
      ...next,
      revision: before.revision + 1,
      clock: { ...before.clock, [clockKey(change)]: at },
    };
    await t.memberPacks.put({ ...row, sheets: { ...row.sheets, [productId]: after }, updatedAt: at });
    await audit({
      actor,
      action: `member-pack.${change.kind}`,
      entity: 'memberPacks',
      entityId: packId,
      roundId: null,
      before: { productId, revision: before.revision },
      after: { productId, revision: after.revision, change },
    });
    return after;
  });
}

/** The returned pack of a member workspace: every sheet of the pack, signed with its secret. */
export function returnedPackOf(
  row: MemberPackRow,
  returnedAt: string,
): { file: ReturnedPackFile; bytes: Uint8Array } {
  const file = signReturnedPack(
    {
      format: RETURNED_PACK_FORMAT,
      version: PACK_VERSION,
      packId: row.pack.packId,
      roundId: row.pack.round.id,
      memberId: row.pack.member.id,
      meetingDate: row.pack.round.meetingDate,
      returnedAt,
      sheets: row.pack.products.flatMap((p) => {
        const s = row.sheets[p.id];
        return s === undefined
          ? []
          : [
              {
                productId: p.id,
                pass: p.pass,
                revision: s.revision,
                answers: s.answers,
                caseChoice: s.caseChoice,
                opinion: s.opinion,
                submitted: s.submitted,
                clock: s.clock,
              },
            ];
      }),
    },
    row.pack.secret,
  );
  return { file, bytes: new TextEncoder().encode(JSON.stringify(file, null, 1)) };
}

/** The member workspaces of this laptop, newest first. */
export async function listMemberPacks(db: CouncilDb): Promise<readonly MemberPackRow[]> {
  return (await db.memberPacks.orderBy('id').toArray()).sort((a, b) =>
    a.importedAt < b.importedAt ? 1 : -1,
  );
}
