import type { CriteriaSheet, MarkedStarLevel, StarBand, StarLevel } from '../criteria/types';
import type {
  CouncilLevel,
  Disqualification,
  MemberSheet,
  MinimumPolicy,
  RulesProfile,
  Uuid,
} from '../model';
import { compileSheet, type CompiledSheet } from '../scoring/compiled-sheet';
import { bandOf, type ExactAverage } from '../scoring/bands';
import {
  highestLevelMet,
  rankOf,
  scoreSheet,
  checkedDenseAnswers,
  totalsOfDense,
  type SheetScore,
  type SheetTotals,
} from '../scoring/member-sheet';
import { outcomeOf, type Outcome } from './outcome';

/**
 * The council's result for one product (OCOP-RULES §4): the members who score it are those
 * present and not recused; where it was re-scored each member's LATEST pass counts (earlier
 * passes stay in the data: pass `upToPass` recomputes the result as it stood then). Averages
 * are exact; the rank is the lower of the band of the average and the highest level whose
 * star minimums the council meets under the profile's policy.
 */

export interface MemberScore {
  readonly memberId: Uuid;
  readonly pass: number;
  /** The member's full sheet score, worked out when first read (a tally needs only the totals). */
  readonly score: SheetScore;
  readonly opinion?: string;
}

/** How the council stands on one criterion's minimum for one level. */
export interface MinimumCount {
  readonly criterion: string;
  readonly level: MarkedStarLevel;
  /** Members whose chosen option is at or above the marked one. */
  readonly membersMeeting: number;
  readonly membersScoring: number;
  readonly met: boolean;
}

export interface CouncilAverage {
  readonly total: ExactAverage;
  /** Part code (A, B, C) → exact average. */
  readonly parts: Readonly<Record<string, ExactAverage>>;
}

export interface CouncilResult {
  readonly productId: Uuid;
  readonly sheetNo: number;
  /** Every pass any scoring member has a sheet for, ascending ([1] when never re-scored). */
  readonly passes: readonly number[];
  /** The sheets that count, one per member (their latest pass). */
  readonly memberScores: readonly MemberScore[];
  /** Present, non-recused members with no sheet yet: the result is `pending` until they score. */
  readonly awaiting: readonly Uuid[];
  readonly average: CouncilAverage | null;
  /** max − min of the members' totals. */
  readonly spread: number | null;
  readonly spreadExceeded: boolean;
  readonly band: StarLevel | null;
  readonly minimums: readonly MinimumCount[];
  readonly minimumsMet: Readonly<Record<MarkedStarLevel, boolean>> | null;
  readonly minimumsLevel: StarLevel | null;
  /** Unmet minimums at the levels that matter: those at or below the band of the average. */
  readonly unmetMinimums: readonly MinimumCount[];
  /** min(band, minimumsLevel); null when disqualified or nobody has scored. */
  readonly stars: StarLevel | null;
  readonly disqualified: Disqualification | null;
  readonly outcome: Outcome;
}

export interface CouncilInput {
  readonly productId: Uuid;
  readonly sheet: CriteriaSheet;
  readonly bands: readonly StarBand[];
  readonly rules: Pick<RulesProfile, 'spreadLimit' | 'minimumPolicy'>;
  readonly level: CouncilLevel;
  readonly disqualified: Disqualification | null;
  /** The product's sheets, every member and pass (others are ignored). */
  readonly sheets: readonly MemberSheet[];
  /** Members who score this product: present and not recused. */
  readonly scorers: readonly Uuid[];
  /** Recompute as of this pass (e.g. 1, to show the first scoring beside the re-scoring). */
  readonly upToPass?: number;
}

/** Each scorer's latest sheet (up to `upToPass`), in the order of `scorers`. */
export function latestSheets(
  sheets: readonly MemberSheet[],
  scorers: readonly Uuid[],
  upToPass = Infinity,
): MemberSheet[] {
  const latest = new Map<Uuid, MemberSheet>();
  for (const s of sheets) {
    if (s.pass > upToPass) continue;
    const current = latest.get(s.memberId);
    if (current === undefined || s.pass > current.pass) latest.set(s.memberId, s);
  }
  return scorers.flatMap((id) => latest.get(id) ?? []);
}

export function councilResult(input: CouncilInput): CouncilResult {
  const { sheet, scorers } = input;
  const counted = latestSheets(input.sheets, scorers, input.upToPass);
  const scoring = new Set(scorers);
  const passes = [...new Set(input.sheets.filter((s) => scoring.has(s.memberId)).map((s) => s.pass))].sort(
    (a, b) => a - b,
  );
  // The totals are computed (and the answers checked) now; each member's full report only when
  // someone reads it (a screen, the minutes): a round's tally needs the totals alone.
  const compiled = compileSheet(sheet);
  const dense = counted.map((s) => checkedDenseAnswers(compiled, s));
  const totals = dense.map((d) => totalsOfDense(compiled, d));
  const memberScores: MemberScore[] = counted.map((s) => {
    let score: SheetScore | undefined;
    return {
      memberId: s.memberId,
      pass: s.pass,
      get score(): SheetScore {
        return (score ??= scoreSheet(sheet, input.bands, s));
      },
      ...(s.opinion !== undefined && { opinion: s.opinion }),
    };
  });
  const countedIds = new Set(counted.map((s) => s.memberId));
  const awaiting = scorers.filter((id) => !countedIds.has(id));
  const base = {
    productId: input.productId,
    sheetNo: sheet.sheetNo,
    passes,
    memberScores,
    awaiting,
    disqualified: input.disqualified,
  };
  if (memberScores.length === 0) {
    return {
      ...base,
      average: null,
      spread: null,
      spreadExceeded: false,
      band: null,
      minimums: [],
      minimumsMet: null,
      minimumsLevel: null,
      unmetMinimums: [],
      stars: null,
      outcome: outcomeOf(input.level, null, input.disqualified !== null),
    };
  }
  const average = councilAverage(totals);
  const spread = councilSpread(totals.map((t) => t.total));
  const band = bandOf(average.total, input.bands);
  const minimums = countMinimums(compiled, counted, dense, input.rules.minimumPolicy);
  const minimumsMet = {
    3: minimums.every((m) => m.level !== 3 || m.met),
    4: minimums.every((m) => m.level !== 4 || m.met),
    5: minimums.every((m) => m.level !== 5 || m.met),
  };
  const minimumsLevel = highestLevelMet(minimumsMet);
  const rank = rankOf(band, minimumsLevel);
  const stars = input.disqualified === null ? rank : null;
  const outcome =
    awaiting.length > 0 && input.disqualified === null
      ? 'pending'
      : outcomeOf(input.level, stars, input.disqualified !== null);
  return {
    ...base,
    average,
    spread,
    spreadExceeded: spread > input.rules.spreadLimit,
    band,
    minimums,
    minimumsMet,
    minimumsLevel,
    unmetMinimums: minimums.filter((m) => !m.met && m.level <= band),
    stars,
    outcome,
  };
}

/** Exact averages of the parts and of the total over the members' sheets. */
export function councilAverage(scores: readonly SheetTotals[]): CouncilAverage {
  const parts: Record<string, ExactAverage> = {};
  for (const score of scores) {
    for (const [code, points] of Object.entries(score.parts)) {
      const current = parts[code] ?? { sum: 0, count: 0 };
      parts[code] = { sum: current.sum + points, count: current.count + 1 };
    }
  }
  return { total: { sum: scores.reduce((a, s) => a + s.total, 0), count: scores.length }, parts };
}

export function councilSpread(totals: readonly number[]): number {
  return totals.length === 0 ? 0 : Math.max(...totals) - Math.min(...totals);
}

/** Whether the council meets one minimum, given how many of the members meet it (OCOP-RULES §4.3). */
function policyMet(
  policy: MinimumPolicy,
  meeting: number,
  scoring: number,
  pointsSum: number,
  requiredSum: number,
): boolean {
  switch (policy) {
    case 'majority':
      return meeting * 2 > scoring; // strictly more than half
    case 'all':
      return meeting === scoring;
    case 'average':
      return pointsSum >= requiredSum; // average points ≥ the marked option's points, in integers
  }
}

/** For every marked criterion and level: how many members meet it and whether the council does. */
export function minimumCounts(
  sheet: CriteriaSheet,
  counted: readonly MemberSheet[],
  policy: MinimumPolicy,
): MinimumCount[] {
  const compiled = compileSheet(sheet);
  const dense = counted.map((s) => checkedDenseAnswers(compiled, s));
  return countMinimums(compiled, counted, dense, policy);
}

/** `minimumCounts` over answers already checked and made dense (`dense[i]` is `counted[i]`'s). */
function countMinimums(
  compiled: CompiledSheet,
  counted: readonly MemberSheet[],
  dense: readonly Int16Array[],
  policy: MinimumPolicy,
): MinimumCount[] {
  const counts: MinimumCount[] = [];
  for (const c of compiled.criteria) {
    if (c.levels.length === 0) continue;
    const meeting = [0, 0, 0];
    const requiredSum = [0, 0, 0];
    let pointsSum = 0;
    for (let m = 0; m < counted.length; m += 1) {
      const answer = dense[m]?.[c.index] ?? -1;
      const option = answer >= 0 ? c.criterion.options[answer] : undefined;
      pointsSum += option?.points ?? 0; // "none" counts 0 points
      // The minimums of the member's case (star-marks.ts): "none" still sits in its chosen case.
      const required = c.hasCases
        ? c.required.get(option?.variant ?? counted[m]?.caseChoice?.[c.code] ?? '')
        : c.requiredWithoutCase;
      for (let i = 0; i < c.levels.length; i += 1) {
        const level = c.levels[i];
        const min = level === undefined ? undefined : required?.[level];
        requiredSum[i] = (requiredSum[i] ?? 0) + (min ?? 0);
        // "none" and unanswered never meet a minimum; a case without one asks nothing.
        if (option !== undefined && (min === undefined || option.points >= min))
          meeting[i] = (meeting[i] ?? 0) + 1;
      }
    }
    c.levels.forEach((level, i) => {
      const met = meeting[i] ?? 0;
      counts.push({
        criterion: c.code,
        level,
        membersMeeting: met,
        membersScoring: counted.length,
        met: counted.length > 0 && policyMet(policy, met, counted.length, pointsSum, requiredSum[i] ?? 0),
      });
    });
  }
  return counts;
}
