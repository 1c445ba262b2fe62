import { problem, problemLine } from '../../domain/problems';
import { PRODUCT_GROUPS } from '../../domain/register/groups';
import type { CouncilDb } from '../council-db';
import { ValidationError } from '../errors';
import type { CouncilLevel, PlanTargets } from '../../domain/model';
import type { Actor, GroupTarget, YearPlanRow } from '../rows';
import { writeTx } from '../tx';

export interface YearPlanInput {
  readonly year: number;
  readonly level: CouncilLevel;
  readonly targets: PlanTargets;
  readonly groupTargets: readonly GroupTarget[];
}

const MAX_COUNT = 100_000;

function count(field: string, value: number | undefined, problems: string[]): void {
  if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value <= MAX_COUNT))
    problems.push(problemLine(problem(field, 'out-of-range', { value, min: 0, max: MAX_COUNT })));
}

/** Refuses a plan a person could not have meant, naming each field (problem codes, words on screen). */
function checkPlan(input: YearPlanInput): YearPlanInput {
  const problems: string[] = [];
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2999)
    problems.push(problemLine(problem('year', 'out-of-range', { value: input.year, min: 2000, max: 2999 })));
  if (input.level !== 'province' && input.level !== 'central')
    problems.push(
      problemLine(
        problem('level', 'not-one-of', { value: String(input.level), allowed: 'province, central' }),
      ),
    );
  const share = input.targets.shareAtLeast3Stars;
  if (share !== undefined && !(Number.isFinite(share) && share >= 0 && share <= 1))
    problems.push(
      problemLine(problem('shareAtLeast3Stars', 'out-of-range', { value: share, min: 0, max: 1 })),
    );
  count('productsPlanned', input.targets.productsPlanned, problems);
  count('forwardedFor5Stars', input.targets.forwardedFor5Stars, problems);
  const seen = new Set<string>();
  for (const g of input.groupTargets) {
    if (!PRODUCT_GROUPS.includes(g.group))
      problems.push(
        problemLine(
          problem('group', 'not-one-of', { value: String(g.group), allowed: PRODUCT_GROUPS.join(', ') }),
        ),
      );
    if (seen.has(g.group)) problems.push(problemLine(problem('group', 'duplicate-code', { code: g.group })));
    seen.add(g.group);
    count(`group ${g.group}`, g.products, problems);
  }
  if (problems.length > 0) throw new ValidationError('invalid-input', problems);
  // only what was given: an absent target stays absent (the standing then shows no verdict)
  const targets: PlanTargets = {
    ...(input.targets.productsPlanned === undefined
      ? {}
      : { productsPlanned: input.targets.productsPlanned }),
    ...(share === undefined ? {} : { shareAtLeast3Stars: share }),
    ...(input.targets.forwardedFor5Stars === undefined
      ? {}
      : { forwardedFor5Stars: input.targets.forwardedFor5Stars }),
  };
  return {
    ...input,
    targets,
    groupTargets: input.groupTargets.map((g) => ({ group: g.group, products: g.products })),
  };
}

/**
 * Saves the plan of a year and level (one per pair: a second save replaces the targets, the id
 * and creation time stay). Audit: "plan.save" on the global chain (before = the earlier plan).
 */
export async function saveYearPlan(db: CouncilDb, input: YearPlanInput, actor: Actor): Promise<YearPlanRow> {
  const plan = checkPlan(input);
  return writeTx(db, async (t, audit) => {
    const before = await t.yearPlans.where('[year+level]').equals([plan.year, plan.level]).first();
    const at = db.now();
    const after: YearPlanRow = {
      id: before?.id ?? db.newId(),
      year: plan.year,
      level: plan.level,
      targets: plan.targets,
      groupTargets: plan.groupTargets,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    await t.yearPlans.put(after);
    await audit({
      actor,
      action: 'plan.save',
      entity: 'yearPlans',
      entityId: after.id,
      roundId: null,
      before: before ?? null,
      after,
    });
    return after;
  });
}

/** The plan of a year and level, or undefined when none is set. */
export async function yearPlanFor(
  db: CouncilDb,
  year: number,
  level: CouncilLevel,
): Promise<YearPlanRow | undefined> {
  return db.yearPlans.where('[year+level]').equals([year, level]).first();
}
