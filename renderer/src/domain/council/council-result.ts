import type { CriteriaSheet, MarkedStarLevel, StarBand, StarLevel } from '../criteria/types';
import type {
  CouncilLevel,
  Disqualification,
  MemberSheet,
  MinimumPolicy,
  RulesProfile,
  Uuid,
} from '../model';
import { compileSheet, DENSE_NONE, type CompiledSheet } from '../scoring/compiled-sheet';
import { bandOf, type ExactAverage } from '../scoring/bands';
import {
  highestLevelMet,
  rankOf,
  scoreSheet,
  checkedDenseAnswers,
  type SheetScore,
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
  const counted: MemberSheet[] = [];
  for (const id of scorers) {
    const s = latest.get(id);
    if (s !== undefined) counted.push(s);
  }
  return counted;
}

/** Every pass any scoring member has a sheet for, ascending. */
function passesOf(sheets: readonly MemberSheet[], scoring: ReadonlySet<Uuid>): number[] {
  const passes: number[] = [];
  for (const s of sheets) if (scoring.has(s.memberId) && !passes.includes(s.pass)) passes.push(s.pass);
  return passes.length > 1 ? passes.sort((a, b) => a - b) : passes;
}

/**
 * A member's score, worked out when first read (a screen, the minutes): a round's tally needs
 * only the totals, which `councilResult` counts from the dense answers. `score` stays an own,
 * enumerable property — one getter shared by every instance, not a closure per member — so a
 * structured clone (the minutes worker's input) carries the score, and a tally of 141 × 15
 * sheets builds 2 115 of these cheaply.
 */
class LazyMemberScore implements MemberScore {
  static readonly #score: PropertyDescriptor = {
    enumerable: true,
    get(this: LazyMemberScore): SheetScore {
      return (this.#computed ??= scoreSheet(this.#input.sheet, this.#input.bands, this.#sheet));
    },
  };
  readonly memberId: Uuid;
  readonly pass: number;
  declare readonly score: SheetScore;
  declare readonly opinion?: string;
  readonly #input: CouncilInput;
  readonly #sheet: MemberSheet;
  #computed: SheetScore | undefined;

  constructor(input: CouncilInput, s: MemberSheet) {
    this.memberId = s.memberId;
    this.pass = s.pass;
    Object.defineProperty(this, 'score', LazyMemberScore.#score);
    if (s.opinion !== undefined) this.opinion = s.opinion;
    this.#input = input;
    this.#sheet = s;
  }
}

export function councilResult(input: CouncilInput): CouncilResult {
  const { sheet, scorers } = input;
  const counted = latestSheets(input.sheets, scorers, input.upToPass);
  const scoring = new Set(scorers);
  const passes = passesOf(input.sheets, scoring);
  // The answers are checked (and the totals and minimums counted) now; each member's full
  // report only when someone reads it.
  const compiled = compileSheet(sheet);
  const dense = checkedDenseAnswers(compiled, counted);
  const memberScores = counted.map((s) => new LazyMemberScore(input, s));
  const countedIds = new Set(counted.map((s) => s.memberId));
  const awaiting = scorers.filter((id) => !countedIds.has(id));
  if (memberScores.length === 0) {
    return {
      productId: input.productId,
      sheetNo: sheet.sheetNo,
      passes,
      memberScores,
      awaiting,
      average: null,
      spread: null,
      spreadExceeded: false,
      band: null,
      minimums: [],
      minimumsMet: null,
      minimumsLevel: null,
      unmetMinimums: [],
      stars: null,
      disqualified: input.disqualified,
      outcome: outcomeOf(input.level, null, input.disqualified !== null),
    };
  }
  const { average, spread } = averageAndSpread(compiled, dense, counted.length);
  const band = bandOf(average.total, input.bands);
  const minimums = countMinimums(compiled, counted, dense, input.rules.minimumPolicy);
  const minimumsMet = { 3: true, 4: true, 5: true };
  const unmetMinimums: MinimumCount[] = [];
  for (const m of minimums) {
    if (m.met) continue;
    minimumsMet[m.level] = false;
    if (m.level <= band) unmetMinimums.push(m);
  }
  const minimumsLevel = highestLevelMet(minimumsMet);
  const rank = rankOf(band, minimumsLevel);
  const stars = input.disqualified === null ? rank : null;
  const outcome =
    awaiting.length > 0 && input.disqualified === null
      ? 'pending'
      : outcomeOf(input.level, stars, input.disqualified !== null);
  return {
    productId: input.productId,
    sheetNo: sheet.sheetNo,
    passes,
    memberScores,
    awaiting,
    average,
    spread,
    spreadExceeded: spread > input.rules.spreadLimit,
    band,
    minimums,
    minimumsMet,
    minimumsLevel,
    unmetMinimums,
    stars,
    disqualified: input.disqualified,
    outcome,
  };
}

/**
 * The exact averages of the parts and of the total, and the spread (max − min of the members'
 * totals), over `members` sheets of dense answers (`checkedDenseAnswers`); `members` ≥ 1.
 */
function averageAndSpread(
  compiled: CompiledSheet,
  dense: Int16Array,
  members: number,
): { average: CouncilAverage; spread: number } {
  const { criteria, partCodes } = compiled;
  const partSums = new Array<number>(partCodes.length).fill(0);
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let m = 0, at = 0; m < members; m += 1) {
    let total = 0;
    for (const c of criteria) {
      const answer = dense[at] ?? DENSE_NONE;
      at += 1;
      if (answer < 0) continue; // "none" and unanswered: 0 points
      const points = c.optionPoints[answer] ?? 0;
      partSums[c.partIndex] = (partSums[c.partIndex] ?? 0) + points;
      total += points;
    }
    sum += total;
    if (total < min) min = total;
    if (total > max) max = total;
  }
  const parts: Record<string, ExactAverage> = {};
  partCodes.forEach((code, i) => {
    parts[code] = { sum: partSums[i] ?? 0, count: members };
  });
  return { average: { total: { sum, count: members }, parts }, spread: max - min };
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
  return countMinimums(compiled, counted, checkedDenseAnswers(compiled, counted), policy);
}

/** `minimumCounts` over answers already checked and made dense (`checkedDenseAnswers(compiled, counted)`). */
function countMinimums(
  compiled: CompiledSheet,
  counted: readonly MemberSheet[],
  dense: Int16Array,
  policy: MinimumPolicy,
): MinimumCount[] {
  const counts: MinimumCount[] = [];
  const width = compiled.criteria.length;
  const meeting = [0, 0, 0];
  const requiredSum = [0, 0, 0];
  for (const c of compiled.criteria) {
    const levels = c.levels.length;
    if (levels === 0) continue;
    meeting.fill(0);
    requiredSum.fill(0);
    let pointsSum = 0;
    for (let m = 0, at = c.index; m < counted.length; m += 1, at += width) {
      const answer = dense[at] ?? DENSE_NONE;
      if (answer >= 0) {
        // The chosen option's own case (a checked answer sits in its chosen case).
        pointsSum += c.optionPoints[answer] ?? 0;
        for (let i = 0, k = answer * levels; i < levels; i += 1, k += 1) {
          meeting[i] = (meeting[i] ?? 0) + (c.optionMeets[k] ?? 0);
          requiredSum[i] = (requiredSum[i] ?? 0) + (c.optionRequired[k] ?? 0);
        }
        continue;
      }
      // "none" and unanswered: 0 points, never meet a minimum; "none" still sits in its
      // chosen case, whose minimums the "average" policy adds up (star-marks.ts).
      const required = c.hasCases
        ? c.required.get(counted[m]?.caseChoice?.[c.code] ?? '')
        : c.requiredWithoutCase;
      for (let i = 0; i < levels; i += 1) {
        const level = c.levels[i];
        requiredSum[i] = (requiredSum[i] ?? 0) + ((level === undefined ? 0 : required?.[level]) ?? 0);
      }
    }
    for (let i = 0; i < levels; i += 1) {
      const level = c.levels[i];
      const met = meeting[i] ?? 0;
      if (level === undefined) continue;
      counts.push({
        criterion: c.code,
        level,
        membersMeeting: met,
        membersScoring: counted.length,
        met: counted.length > 0 && policyMet(policy, met, counted.length, pointsSum, requiredSum[i] ?? 0),
      });
    }
  }
  return counts;
}
