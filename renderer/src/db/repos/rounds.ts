import type { CouncilLevel, IsoDate, RulesProfile } from '../../domain/model';
import { canStartScoring } from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import { DEFAULT_RULE_SET_ID } from '../engine-port';
import { ValidationError } from '../errors';
import type { CouncilDecision, PlanTargets } from '../../domain/model';
import type { Actor, RoundRow } from '../rows';
import { writeTx } from '../tx';
import { enforce, getRound, requireIsoDate, requireText, roundFor } from './guards';

export interface NewRound {
  readonly name: string;
  readonly level: CouncilLevel;
  readonly province: string;
  readonly decision?: CouncilDecision;
  readonly venue?: string;
  readonly meetingDates?: readonly IsoDate[];
  /** default: the rule-set in force, "26/2026/QĐ-TTg" */
  readonly ruleSetId?: string;
  /** default: the engine's rules profile defaults */
  readonly rules?: RulesProfile;
  readonly planTargets?: PlanTargets;
}

/** Fields of `NewRound` that can change later (each under its own workflow action). */
export type RoundPatch = Partial<Omit<NewRound, 'level'>> & { readonly level?: CouncilLevel };

/** Checked before the transaction opens: the check may load the schema (an `import()`). */
async function checkRules(db: CouncilDb, rules: RulesProfile): Promise<RulesProfile> {
  const problems = await db.engine.rulesProfileProblems(rules);
  if (problems.length > 0) throw new ValidationError('invalid-rules-profile', problems);
  return rules;
}

function checkDates(dates: readonly IsoDate[]): readonly IsoDate[] {
  dates.forEach((d, i) => requireIsoDate(`meetingDates[${i}]`, d));
  return [...new Set(dates)].sort();
}

function checkPlan(plan: PlanTargets): PlanTargets {
  const share = plan.shareAtLeast3Stars;
  const problems: string[] = [];
  if (share !== undefined && !(share >= 0 && share <= 1)) problems.push('shareAtLeast3Stars: 0..1');
  for (const key of ['forwardedFor5Stars', 'productsPlanned'] as const) {
    const n = plan[key];
    if (n !== undefined && !(Number.isInteger(n) && n >= 0)) problems.push(`${key}: ≥ 0`);
  }
  if (problems.length > 0) throw new ValidationError('invalid-input', problems);
  return plan;
}

/**
 * Creates a round in status "preparing". Invariants: the rule-set is pinned now (default
 * the one in force); the rules profile comes from the engine's defaults unless given, and
 * is validated by the engine; meeting dates are unique and sorted. Audit: "round.create".
 */
export async function createRound(db: CouncilDb, input: NewRound, actor: Actor): Promise<RoundRow> {
  const ruleSetId = input.ruleSetId ?? DEFAULT_RULE_SET_ID;
  if (!db.engine.hasRuleSet(ruleSetId))
    throw new ValidationError('invalid-input', [`ruleSetId: ${ruleSetId}`]);
  const rules = await checkRules(db, input.rules ?? db.engine.defaultRulesProfile());
  const at = db.now();
  const round: RoundRow = {
    id: db.newId(),
    name: requireText('name', input.name),
    level: input.level,
    province: input.province.trim(),
    ...(input.decision === undefined ? {} : { decision: input.decision }),
    venue: (input.venue ?? '').trim(),
    meetingDates: checkDates(input.meetingDates ?? []),
    ruleSetId,
    rules,
    ...(input.planTargets === undefined ? {} : { planTargets: checkPlan(input.planTargets) }),
    status: 'preparing',
    archived: 0,
    createdAt: at,
    updatedAt: at,
  };
  return writeTx(db, async (t, audit) => {
    await t.rounds.add(round);
    await audit({
      actor,
      action: 'round.create',
      entity: 'rounds',
      entityId: round.id,
      roundId: round.id,
      before: null,
      after: round,
    });
    return round;
  });
}

/**
 * Edits a round. The rule-set and the rules profile change only while preparing
 * ("round-not-preparing" after); other details while preparing or scoring; nothing once
 * closed or while archived. Audit: "round.update" with the whole row before and after.
 */
export async function updateRound(
  db: CouncilDb,
  roundId: string,
  patch: RoundPatch,
  actor: Actor,
): Promise<RoundRow> {
  const rules = patch.rules === undefined ? undefined : await checkRules(db, patch.rules);
  return writeTx(db, async (t, audit) => {
    const before = await roundFor(t, roundId, 'edit-details');
    if (patch.ruleSetId !== undefined && patch.ruleSetId !== before.ruleSetId) {
      await roundFor(t, roundId, 'edit-rule-set');
      if (!db.engine.hasRuleSet(patch.ruleSetId))
        throw new ValidationError('invalid-input', [`ruleSetId: ${patch.ruleSetId}`]);
    }
    if (patch.rules !== undefined) await roundFor(t, roundId, 'edit-rules-profile');
    const after: RoundRow = {
      ...before,
      ...(patch.name === undefined ? {} : { name: requireText('name', patch.name) }),
      ...(patch.level === undefined ? {} : { level: patch.level }),
      ...(patch.province === undefined ? {} : { province: patch.province.trim() }),
      ...(patch.decision === undefined ? {} : { decision: patch.decision }),
      ...(patch.venue === undefined ? {} : { venue: patch.venue.trim() }),
      ...(patch.meetingDates === undefined ? {} : { meetingDates: checkDates(patch.meetingDates) }),
      ...(patch.ruleSetId === undefined ? {} : { ruleSetId: patch.ruleSetId }),
      ...(rules === undefined ? {} : { rules }),
      ...(patch.planTargets === undefined ? {} : { planTargets: checkPlan(patch.planTargets) }),
      updatedAt: db.now(),
    };
    await t.rounds.put(after);
    await audit({
      actor,
      action: 'round.update',
      entity: 'rounds',
      entityId: roundId,
      roundId,
      before,
      after,
    });
    return after;
  });
}

/** Archives (hides, read-only) or unarchives a round, in any status. Audit: "round.archive"/"round.unarchive". */
export async function setRoundArchived(
  db: CouncilDb,
  roundId: string,
  archived: boolean,
  actor: Actor,
): Promise<RoundRow> {
  return writeTx(db, async (t, audit) => {
    const before = await getRound(t, roundId);
    const after: RoundRow = { ...before, archived: archived ? 1 : 0, updatedAt: db.now() };
    await t.rounds.put(after);
    const action = archived ? 'round.archive' : 'round.unarchive';
    await audit({ actor, action, entity: 'rounds', entityId: roundId, roundId, before, after });
    return after;
  });
}

/**
 * preparing → scoring. Needs products, members and a chair. From now on the rule-set and
 * the rules profile are frozen. Audit: "round.start-scoring".
 */
export async function startScoring(db: CouncilDb, roundId: string, actor: Actor): Promise<RoundRow> {
  return writeTx(db, async (t, audit) => {
    const before = await getRound(t, roundId);
    const members = await t.roundMembers.where('roundId').equals(roundId).toArray();
    enforce(
      canStartScoring(
        { status: before.status, archived: before.archived === 1 },
        {
          products: await t.products.where('roundId').equals(roundId).count(),
          members: members.length,
          chairs: members.filter((m) => m.role === 'chair').length,
        },
      ),
    );
    const after: RoundRow = { ...before, status: 'scoring', updatedAt: db.now() };
    await t.rounds.put(after);
    await audit({
      actor,
      action: 'round.start-scoring',
      entity: 'rounds',
      entityId: roundId,
      roundId,
      before,
      after,
    });
    return after;
  });
}
