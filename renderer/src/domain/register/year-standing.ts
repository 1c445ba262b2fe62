import type { CouncilLevel, PlanTargets } from '../model';
import { PRODUCT_GROUPS, type ProductGroup } from './groups';
import type { RegisterEvaluation, RegisterLine } from './register';

/**
 * The year against its plan (issue 12), pure: the standing added up across EVERY closed round
 * of the year at one level, replacing the per-round reading (a single round's panel read "not
 * met" after every round). A product evaluated twice in the year counts once, with its latest
 * evaluation of the year. Counts are whole products; a share target is met when
 * count ≥ target × evaluated (never on a rounded percentage).
 */
export interface YearTargets extends PlanTargets {
  readonly groupTargets?: readonly { readonly group: ProductGroup; readonly products: number }[];
}

/** One product's evaluation that counts for the year. */
export interface CountedEvaluation {
  readonly line: RegisterLine;
  readonly evaluation: RegisterEvaluation;
}

export interface TargetProgress {
  readonly target: 'products' | 'share' | 'forwarded' | 'group';
  /** for a group target */
  readonly group?: ProductGroup;
  readonly actual: number;
  readonly goal: number;
  readonly met: boolean;
}

/** Star buckets of a chart: 1–5 stars, and disqualified (no stars). */
export const STAR_BUCKETS = ['1', '2', '3', '4', '5', 'disqualified'] as const;
export type StarBucket = (typeof STAR_BUCKETS)[number];
export type StarCounts = Readonly<Record<StarBucket, number>>;

export interface YearStanding {
  readonly year: number;
  readonly level: CouncilLevel;
  readonly counted: readonly CountedEvaluation[];
  /** products evaluated in the year (each once) */
  readonly evaluated: number;
  readonly atLeast3Stars: number;
  readonly shareAtLeast3Stars: number | null;
  /** province: outcome "forward-5-star"; central: "recognise-5-star" */
  readonly forwardedFor5Stars: number;
  /** rounds of the year at this level that add to the standing, by name, oldest first */
  readonly rounds: readonly string[];
  readonly progress: readonly TargetProgress[];
  readonly byGroup: readonly { readonly group: ProductGroup | 'unknown'; readonly stars: StarCounts }[];
  readonly byCommune: readonly { readonly commune: string; readonly stars: StarCounts }[];
  /** evaluations (each evaluation, re-evaluations too) per month 1..12 */
  readonly perMonth: readonly number[];
}

const EPSILON = 1e-9;

function emptyCounts(): Record<StarBucket, number> {
  return { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, disqualified: 0 };
}

function bucketOf(e: RegisterEvaluation): StarBucket | null {
  if (e.outcome === 'disqualified') return 'disqualified';
  return STAR_BUCKETS.find((b) => b === String(e.stars)) ?? null;
}

const inYear = (year: number, level: CouncilLevel) => (e: RegisterEvaluation) =>
  e.level === level && Number(e.date.slice(0, 4)) === year && e.outcome !== 'pending';

export function yearStanding(
  lines: readonly RegisterLine[],
  year: number,
  level: CouncilLevel,
  targets: YearTargets | undefined,
): YearStanding {
  const accept = inYear(year, level);
  const counted: CountedEvaluation[] = [];
  const perMonth = Array.from({ length: 12 }, () => 0);
  const rounds = new Map<string, { readonly date: string; readonly name: string }>();
  for (const line of lines) {
    const ofYear = line.evaluations.filter(accept);
    for (const e of ofYear) {
      const month = Number(e.date.slice(5, 7)) - 1;
      perMonth[month] = (perMonth[month] ?? 0) + 1;
      const seen = rounds.get(e.roundId);
      if (seen === undefined || e.date < seen.date)
        rounds.set(e.roundId, { date: e.date, name: e.roundName });
    }
    const latest = ofYear.at(-1);
    if (latest !== undefined) counted.push({ line, evaluation: latest });
  }
  const atLeast3Stars = counted.filter(
    (c) => c.evaluation.outcome !== 'disqualified' && (c.evaluation.stars ?? 0) >= 3,
  ).length;
  const forwardedFor5Stars = counted.filter(
    (c) => c.evaluation.outcome === 'forward-5-star' || c.evaluation.outcome === 'recognise-5-star',
  ).length;
  const evaluated = counted.length;

  const groups = new Map<ProductGroup | 'unknown', Record<StarBucket, number>>();
  const communes = new Map<string, Record<StarBucket, number>>();
  for (const c of counted) {
    const bucket = bucketOf(c.evaluation);
    if (bucket === null) continue;
    const g = c.line.group ?? 'unknown';
    const gc = groups.get(g) ?? emptyCounts();
    gc[bucket] += 1;
    groups.set(g, gc);
    // '' = commune not recorded (the chart names it in words)
    const commune = c.evaluation.commune.trim();
    const cc = communes.get(commune) ?? emptyCounts();
    cc[bucket] += 1;
    communes.set(commune, cc);
  }
  const byGroup = [...PRODUCT_GROUPS, 'unknown' as const]
    .filter((g) => groups.has(g))
    .map((group) => ({ group, stars: groups.get(group) ?? emptyCounts() }));
  const byCommune = [...communes.entries()]
    .sort((a, b) => a[0].localeCompare(b[0], 'vi'))
    .map(([commune, stars]) => ({ commune, stars }));

  const progress: TargetProgress[] = [];
  if (targets?.productsPlanned !== undefined)
    progress.push({
      target: 'products',
      actual: evaluated,
      goal: targets.productsPlanned,
      met: evaluated >= targets.productsPlanned,
    });
  if (targets?.shareAtLeast3Stars !== undefined)
    progress.push({
      target: 'share',
      actual: evaluated === 0 ? 0 : atLeast3Stars / evaluated,
      goal: targets.shareAtLeast3Stars,
      met: evaluated > 0 && atLeast3Stars >= targets.shareAtLeast3Stars * evaluated - EPSILON,
    });
  if (targets?.forwardedFor5Stars !== undefined)
    progress.push({
      target: 'forwarded',
      actual: forwardedFor5Stars,
      goal: targets.forwardedFor5Stars,
      met: forwardedFor5Stars >= targets.forwardedFor5Stars,
    });
  for (const g of targets?.groupTargets ?? []) {
    const actual = counted.filter((c) => c.line.group === g.group).length;
    progress.push({ target: 'group', group: g.group, actual, goal: g.products, met: actual >= g.products });
  }
  return {
    year,
    level,
    counted,
    evaluated,
    atLeast3Stars,
    shareAtLeast3Stars: evaluated === 0 ? null : atLeast3Stars / evaluated,
    forwardedFor5Stars,
    rounds: [...rounds.values()]
      .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name, 'vi'))
      .map((r) => r.name),
    progress,
    byGroup,
    byCommune,
    perMonth,
  };
}

/** Years with an evaluation at `level`, newest first (the plan screen's choice). */
export function evaluationYears(lines: readonly RegisterLine[]): number[] {
  const years = new Set(lines.flatMap((l) => l.evaluations.map((e) => Number(e.date.slice(0, 4)))));
  return [...years].sort((a, b) => b - a);
}
