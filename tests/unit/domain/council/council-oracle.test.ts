import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { councilResult, type CouncilResult } from '../../../../renderer/src/domain/council/council-result';
import { loadRuleSetSheets, ruleSetInfo } from '../../../../renderer/src/domain/criteria/registry';
import {
  answerMeetsMinimum,
  casesOf,
  hasCases,
  minimumLevels,
  requiredMinPoints,
} from '../../../../renderer/src/domain/criteria/star-marks';
import type {
  CriteriaSheet,
  Criterion,
  MarkedStarLevel,
  StarLevel,
} from '../../../../renderer/src/domain/criteria/types';
import type { Answer, MemberSheet, MinimumPolicy } from '../../../../renderer/src/domain/model';
import { criteriaOf, InvalidAnswersError } from '../../../../renderer/src/domain/scoring/answers';
import { bandOf } from '../../../../renderer/src/domain/scoring/bands';

/**
 * The council's result as the regulation reads, written the plain way — every criterion looked
 * up by its code, every minimum asked of star-marks.ts — against the engine, which compiles each
 * sheet into arrays, guesses answers' printed order and counts minimums from per-option tables
 * (issue 13's tally). On generated councils, all 26 sheets (and 26 with marks in its cases), the three minimum policies, answers
 * stored in any key order, built key by key or read from JSON, and now and then a sheet that is
 * not usable, both say the same — or both refuse.
 */
const ID = '26/2026/QĐ-TTg';
const bands = ruleSetInfo(ID)?.bands ?? [];
/**
 * Sheet 26 with star marks inside its cases: the shipped sheet marks none there, but a
 * minimum is read within the member's chosen case (star-marks.ts), "none" included.
 */
function withMarksInCases(sheet: CriteriaSheet): CriteriaSheet {
  const marked = (criterion: Criterion): Criterion => ({
    ...criterion,
    options: criterion.options.map((option) => {
      const inCase = criterion.options.filter((o) => o.variant === option.variant);
      const rank = inCase.indexOf(option);
      if (rank === 1) return { ...option, minForStars: 3 as const };
      if (rank > 1 && rank === inCase.length - 1) return { ...option, minForStars: 5 as const };
      return option;
    }),
  });
  return {
    ...sheet,
    parts: sheet.parts.map((part) => ({
      ...part,
      sections: part.sections.map((section) => ({
        ...section,
        criteria: section.criteria.map((c) => (hasCases(c) ? marked(c) : c)),
      })),
    })),
  };
}

const shipped = await loadRuleSetSheets(ID);
const sheet26 = shipped.find((s) => s.sheetNo === 26);
if (sheet26 === undefined) throw new Error('sheet 26 missing');
const sheets = [...shipped, withMarksInCases(sheet26)];

/** Plainly: every key a criterion of the sheet, every answer one of its options or "none", cases consistent. */
function usable(sheet: CriteriaSheet, s: MemberSheet): boolean {
  const byCode = new Map(criteriaOf(sheet).map((e) => [e.criterion.code, e.criterion]));
  for (const [code, answer] of Object.entries(s.answers)) {
    const criterion = byCode.get(code);
    if (criterion === undefined || answer === undefined) return false;
    if (answer === 'none') continue;
    const option = criterion.options[answer];
    if (!Number.isInteger(answer) || option === undefined) return false;
    if (hasCases(criterion) && s.caseChoice?.[code] !== option.variant) return false;
  }
  for (const [code, variant] of Object.entries(s.caseChoice ?? {})) {
    const criterion = byCode.get(code);
    if (criterion === undefined || !hasCases(criterion) || !casesOf(criterion).includes(variant))
      return false;
  }
  return true;
}

function policyMet(policy: MinimumPolicy, meeting: number, n: number, points: number, required: number) {
  if (policy === 'majority') return meeting * 2 > n;
  if (policy === 'all') return meeting === n;
  return points >= required;
}

/** What the council decides, computed criterion by criterion from the sheet as printed. */
function plainResult(sheet: CriteriaSheet, counted: readonly MemberSheet[], policy: MinimumPolicy) {
  const entries = criteriaOf(sheet);
  const pointsOf = (s: MemberSheet, code: string): number => {
    const answer = s.answers[code];
    const criterion = entries.find((e) => e.criterion.code === code)?.criterion;
    return typeof answer === 'number' ? (criterion?.options[answer]?.points ?? 0) : 0;
  };
  const totals = counted.map((s) => entries.reduce((sum, e) => sum + pointsOf(s, e.criterion.code), 0));
  const parts: Record<string, { sum: number; count: number }> = {};
  for (const e of entries) {
    const sum = counted.reduce((a, s) => a + pointsOf(s, e.criterion.code), 0);
    parts[e.partCode] = { sum: (parts[e.partCode]?.sum ?? 0) + sum, count: counted.length };
  }
  const total = { sum: totals.reduce((a, b) => a + b, 0), count: counted.length };
  const minimums = entries.flatMap(({ criterion }) =>
    minimumLevels(criterion).map((level) => {
      const code = criterion.code;
      const meeting = counted.filter((s) =>
        answerMeetsMinimum(criterion, level, s.answers[code], s.caseChoice?.[code]),
      ).length;
      const required = counted.reduce((sum, s) => {
        const answer = s.answers[code];
        const variant =
          (typeof answer === 'number' ? criterion.options[answer]?.variant : undefined) ??
          s.caseChoice?.[code];
        return sum + (requiredMinPoints(criterion, level, variant) ?? 0);
      }, 0);
      const points = counted.reduce((sum, s) => sum + pointsOf(s, code), 0);
      return {
        criterion: code,
        level,
        membersMeeting: meeting,
        membersScoring: counted.length,
        met: policyMet(policy, meeting, counted.length, points, required),
      };
    }),
  );
  const band = bandOf(total, bands);
  const allMet = (level: MarkedStarLevel) => minimums.every((m) => m.level !== level || m.met);
  let minimumsLevel: StarLevel = 2;
  for (const level of [3, 4, 5] as const) {
    if (!allMet(level)) break;
    minimumsLevel = level;
  }
  return {
    totals,
    average: { total, parts },
    spread: Math.max(...totals) - Math.min(...totals),
    band,
    minimums,
    minimumsMet: { 3: allMet(3), 4: allMet(4), 5: allMet(5) },
    minimumsLevel,
    stars: Math.min(band, minimumsLevel),
    unmetMinimums: minimums.filter((m) => !m.met && m.level <= band),
  };
}

function engineView(r: CouncilResult) {
  return {
    totals: r.memberScores.map((m) => m.score.total),
    average: r.average,
    spread: r.spread,
    band: r.band,
    minimums: r.minimums,
    minimumsMet: r.minimumsMet,
    minimumsLevel: r.minimumsLevel,
    stars: r.stars,
    unmetMinimums: r.unmetMinimums,
  };
}

/** A small seeded generator (the council's answers follow from the case's seed). */
function random(seed: number): (n: number) => number {
  let x = seed >>> 0;
  return (n) => {
    x = (Math.imul(x, 1_103_515_245) + 12_345) >>> 0;
    return (x >>> 8) % n;
  };
}

type Order = 'printed' | 'reversed' | 'shuffled';
const SPOILS = [
  'unknown-code',
  'out-of-range',
  'one-past-the-last',
  'fraction',
  'undefined',
  'wrong-case',
  'unknown-case',
] as const;

/**
 * One member's sheet: mostly options in the member's case, some "none" (half the answers when
 * `manyNone`), some left blank; maybe one fault.
 */
function memberSheet(
  sheet: CriteriaSheet,
  memberId: string,
  next: (n: number) => number,
  order: Order,
  manyNone: boolean,
  spoil: (typeof SPOILS)[number] | undefined,
): MemberSheet {
  const entries: [string, Answer | undefined][] = [];
  const cases: [string, string][] = [];
  for (const { criterion } of criteriaOf(sheet)) {
    const variants = hasCases(criterion) ? casesOf(criterion) : [];
    const chosen = variants[next(Math.max(1, variants.length))];
    if (chosen !== undefined && next(20) > 0) cases.push([criterion.code, chosen]);
    const indexes = criterion.options.flatMap((o, i) =>
      chosen === undefined || o.variant === chosen ? [i] : [],
    );
    const roll = next(indexes.length + 3);
    if (roll === indexes.length || (manyNone && next(2) === 0)) entries.push([criterion.code, 'none']);
    else if (roll === indexes.length + 1 && next(4) === 0)
      continue; // left blank
    else entries.push([criterion.code, indexes[roll % indexes.length] ?? 0]);
  }
  const at = next(entries.length);
  const target = entries[at];
  if (spoil === 'unknown-code') entries.splice(at, 0, ['99.9', 0]);
  else if (spoil === 'undefined' && target !== undefined) target[1] = undefined;
  else if (spoil === 'out-of-range' && target !== undefined) target[1] = 40;
  else if (spoil === 'one-past-the-last' && target !== undefined)
    target[1] = criteriaOf(sheet).find((e) => e.criterion.code === target[0])?.criterion.options.length;
  else if (spoil === 'fraction' && target !== undefined) target[1] = 0.5;
  else if (spoil === 'unknown-case') cases.push([target?.[0] ?? '1.1', 'Trường hợp không có']);
  else if (spoil === 'wrong-case') {
    const withCases = criteriaOf(sheet).find((e) => hasCases(e.criterion))?.criterion;
    const other = withCases?.options.findIndex(
      (o) => o.variant !== undefined && o.variant !== casesOf(withCases)[0],
    );
    if (withCases !== undefined && other !== undefined && other >= 0) {
      cases.push([withCases.code, casesOf(withCases)[0] ?? '']);
      entries.push([withCases.code, other]);
    } else entries.splice(at, 0, ['99.9', 0]);
  }
  if (order === 'reversed') entries.reverse();
  if (order === 'shuffled')
    for (let i = entries.length - 1; i > 0; i -= 1) {
      const j = next(i + 1);
      const a = entries[i];
      const b = entries[j];
      if (a !== undefined && b !== undefined) [entries[i], entries[j]] = [b, a];
    }
  // Key by key, as a form or zod builds a record (a dictionary to V8), or as read from storage.
  const answers: Record<string, Answer> = {};
  for (const [code, answer] of entries) Reflect.set(answers, code, answer);
  const caseChoice = Object.fromEntries(cases);
  return {
    memberId,
    productId: 'p',
    pass: 1,
    answers,
    ...(cases.length > 0 && { caseChoice }),
  };
}

describe("the council's result, computed plainly and by the engine, agrees", () => {
  it('on generated councils over all 26 sheets, any key order, the three policies, with faults', () => {
    const tally = { agreed: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.record({
          // Sheet 26 (the only one with cases), with marks in its cases, more often than its share.
          sheet: fc.oneof(
            { arbitrary: fc.integer({ min: 0, max: sheets.length - 1 }), weight: 3 },
            { arbitrary: fc.constant(sheets.length - 1), weight: 1 },
          ),
          members: fc.integer({ min: 1, max: 9 }),
          manyNone: fc.boolean(),
          seed: fc.integer(),
          policy: fc.constantFrom<MinimumPolicy>('majority', 'all', 'average'),
          order: fc.constantFrom<Order>('printed', 'reversed', 'shuffled'),
          fromJson: fc.boolean(),
          // One council in four has a sheet with a fault.
          spoil: fc.oneof(
            { arbitrary: fc.constant(undefined), weight: 3 },
            { arbitrary: fc.constantFrom(...SPOILS), weight: 1 },
          ),
        }),
        ({ sheet: sheetIndex, members, manyNone, seed, policy, order, fromJson, spoil }) => {
          const sheet = sheets[sheetIndex];
          if (sheet === undefined) throw new Error('no sheet');
          const next = random(seed);
          const spoiled = next(members);
          const scorers = Array.from({ length: members }, (_, i) => `m${i}`);
          const built = scorers.map((id, i) =>
            memberSheet(sheet, id, next, order, manyNone, i === spoiled ? spoil : undefined),
          );
          const counted: MemberSheet[] = fromJson ? JSON.parse(JSON.stringify(built)) : built;
          const run = () =>
            councilResult({
              productId: 'p',
              sheet,
              bands,
              rules: { spreadLimit: 10, minimumPolicy: policy },
              level: 'province',
              disqualified: null,
              sheets: counted,
              scorers,
            });
          // JSON drops a key whose answer is undefined: that sheet is usable again.
          if (counted.every((s) => usable(sheet, s))) {
            expect(engineView(run())).toEqual(plainResult(sheet, counted, policy));
            tally.agreed += 1;
          } else {
            expect(run).toThrow(InvalidAnswersError);
            tally.refused += 1;
          }
        },
      ),
      { numRuns: 600, seed: 13 },
    );
    // Both branches were taken often (the property is not vacuous).
    expect(tally.agreed).toBeGreaterThan(300);
    expect(tally.refused).toBeGreaterThan(60);
  });
});
