import { describe, expect, it } from 'vitest';
import { councilResult, type CouncilInput } from '../../../../renderer/src/domain/council/council-result';
import { loadSheet, ruleSetInfo } from '../../../../renderer/src/domain/criteria/registry';
import type { Answer, MemberSheet, MinimumPolicy } from '../../../../renderer/src/domain/model';
import { averageValue } from '../../../../renderer/src/domain/scoring/bands';
import { bestAnswers, lowerUnmarkedBy, optionIndex } from '../sheet-answers';

const ID = '26/2026/QĐ-TTg';
const bands = ruleSetInfo(ID)?.bands ?? [];
const sheet1 = await loadSheet(ID, 1);
const best = bestAnswers(sheet1).answers;
const MEMBERS = ['m1', 'm2', 'm3', 'm4', 'm5'];

const sheetOf = (memberId: string, answers: Record<string, Answer>, pass = 1): MemberSheet => ({
  memberId,
  productId: 'p1',
  pass,
  answers,
  submittedAt: '2026-11-28T08:00:00Z',
});

/** Member's answers: the best, with some criteria set to given points, then lowered by `lower`. */
function answers(points: Readonly<Record<string, number>>, lower = 0): Record<string, Answer> {
  const set = { ...best };
  for (const [code, p] of Object.entries(points)) {
    const criterion = sheet1.parts
      .flatMap((x) => x.sections.flatMap((s) => s.criteria))
      .find((c) => c.code === code);
    const index = criterion?.options.findIndex((o) => o.points === p) ?? -1;
    if (index < 0) throw new Error(`no ${p}-point option on ${code}`);
    set[code] = index;
  }
  return lowerUnmarkedBy(sheet1, set, lower);
}

function result(sheets: readonly MemberSheet[], overrides: Partial<CouncilInput> = {}) {
  return councilResult({
    productId: 'p1',
    sheet: sheet1,
    bands,
    rules: { spreadLimit: 10, minimumPolicy: 'majority' },
    level: 'province',
    disqualified: null,
    sheets,
    scorers: MEMBERS,
    ...overrides,
  });
}

describe("the council's result for one product (sheet 1, five members)", () => {
  it('average 92 but criterion 1.5 below its ***** option for most members → 4★', () => {
    const linked75 = optionIndex(sheet1, '1.5', 'Có hợp đồng liên kết trên 75% sản lượng tiêu thụ');
    const sheets = [
      sheetOf('m1', lowerUnmarkedBy(sheet1, { ...best, '1.5': linked75 }, 4)),
      sheetOf('m2', lowerUnmarkedBy(sheet1, { ...best, '1.5': linked75 }, 9)),
      sheetOf('m3', lowerUnmarkedBy(sheet1, { ...best, '1.5': linked75 }, 7)),
      sheetOf('m4', lowerUnmarkedBy(sheet1, best, 7)),
      sheetOf('m5', lowerUnmarkedBy(sheet1, best, 10)),
    ];
    const r = result(sheets);
    expect(r.memberScores.map((m) => m.score.total)).toEqual([95, 90, 92, 93, 90]);
    expect(r.average && averageValue(r.average.total)).toBe(92);
    expect([r.band, r.minimumsLevel, r.stars, r.outcome]).toEqual([5, 4, 4, 'recognise']);
    expect(r.unmetMinimums).toEqual([
      { criterion: '1.5', level: 5, membersMeeting: 2, membersScoring: 5, met: false },
    ]);
  });

  describe('the three minimum policies on the same data', () => {
    // 6.2 (**** at 3 points): 4, 4, 4, 2, 2 — three members meet it, the average is 3.2.
    // 1.5 (***** at 3 points): 3, 3, 3, 2, 2 — three members meet it, the average is 2.6.
    const sheets = [
      sheetOf('m1', answers({ '6.2': 4, '1.5': 3 })),
      sheetOf('m2', answers({ '6.2': 4, '1.5': 3 })),
      sheetOf('m3', answers({ '6.2': 4, '1.5': 3 })),
      sheetOf('m4', answers({ '6.2': 2, '1.5': 2 })),
      sheetOf('m5', answers({ '6.2': 2, '1.5': 2 })),
    ];
    it.each<[MinimumPolicy, number, string]>([
      ['majority', 5, 'more than half meet both marks: 5★'],
      ['average', 4, 'average on 6.2 is 3.2 ≥ 3, on 1.5 2.6 < 3: 4★'],
      ['all', 3, 'two members miss the **** mark on 6.2: 3★'],
    ])('%s → %i★ (%s)', (minimumPolicy, stars) => {
      const r = result(sheets, { rules: { spreadLimit: 10, minimumPolicy } });
      expect(r.average && averageValue(r.average.total)).toBeCloseTo(98.8, 10);
      expect(r.band).toBe(5);
      expect(r.stars).toBe(stars);
    });
  });

  it('a spread equal to the limit passes; one point more is flagged', () => {
    const atLimit = result([sheetOf('m1', best), sheetOf('m2', lowerUnmarkedBy(sheet1, best, 10))], {
      scorers: ['m1', 'm2'],
    });
    expect([atLimit.spread, atLimit.spreadExceeded]).toEqual([10, false]);
    const above = result([sheetOf('m1', best), sheetOf('m2', lowerUnmarkedBy(sheet1, best, 11))], {
      scorers: ['m1', 'm2'],
    });
    expect([above.spread, above.spreadExceeded]).toEqual([11, true]);
  });

  it("a copy sent to the minutes worker (a structured clone) keeps each member's score and opinion", () => {
    const r = result([{ ...sheetOf('m1', answers({}, 8)), opinion: 'Đạt yêu cầu.' }, sheetOf('m2', best)]);
    const copy = structuredClone(r);
    expect(copy.memberScores.map((m) => [m.memberId, m.score.total, m.opinion])).toEqual([
      ['m1', 92, 'Đạt yêu cầu.'],
      ['m2', 100, undefined],
    ]);
    expect(copy.memberScores[0]?.score).toEqual(r.memberScores[0]?.score);
    expect('opinion' in (copy.memberScores[1] ?? {})).toBe(false);
  });

  it("a re-scored product uses each member's latest pass; the first pass can still be shown", () => {
    const sheets = [
      sheetOf('m1', lowerUnmarkedBy(sheet1, best, 22), 1), // 78 beside 100: average 89, spread 22
      sheetOf('m2', best, 1),
      sheetOf('m1', lowerUnmarkedBy(sheet1, best, 4), 2), // m1 revises after the discussion
    ];
    const latest = result(sheets, { scorers: ['m1', 'm2'] });
    expect(latest.passes).toEqual([1, 2]);
    expect(latest.memberScores.map((m) => [m.memberId, m.pass, m.score.total])).toEqual([
      ['m1', 2, 96],
      ['m2', 1, 100],
    ]);
    expect([latest.spread, latest.spreadExceeded, latest.stars]).toEqual([4, false, 5]);
    const first = result(sheets, { scorers: ['m1', 'm2'], upToPass: 1 });
    expect([first.spread, first.spreadExceeded, first.stars]).toEqual([22, true, 4]);
  });

  it('sheets of members who do not score the product (absent, recused) are left out', () => {
    const r = result(
      [sheetOf('m1', best), sheetOf('m2', best), sheetOf('recused', lowerUnmarkedBy(sheet1, best, 30))],
      { scorers: ['m1', 'm2'] },
    );
    expect(r.memberScores.map((m) => m.memberId)).toEqual(['m1', 'm2']);
    expect(r.average?.total).toEqual({ sum: 200, count: 2 });
  });

  it('until every scoring member has submitted, the outcome is pending', () => {
    const r = result([sheetOf('m1', best)], { scorers: ['m1', 'm2'] });
    expect([r.awaiting, r.outcome]).toEqual([['m2'], 'pending']);
  });

  it('a disqualified product gets no star whatever its points', () => {
    const r = result(
      MEMBERS.map((m) => sheetOf(m, best)),
      { disqualified: { reason: 'Giả mạo hồ sơ' } },
    );
    expect([r.band, r.stars, r.outcome, r.disqualified?.reason]).toEqual([
      5,
      null,
      'disqualified',
      'Giả mạo hồ sơ',
    ]);
  });

  it('"none" answers count 0 points and never meet a minimum', () => {
    const sheets = MEMBERS.map((m, i) => sheetOf(m, i < 3 ? { ...best, '1.5': 'none' } : best));
    const r = result(sheets);
    expect(r.memberScores.map((m) => m.score.noneAnswers)).toEqual([['1.5'], ['1.5'], ['1.5'], [], []]);
    expect(r.unmetMinimums.map((u) => [u.criterion, u.level, u.membersMeeting])).toEqual([
      ['1.5', 4, 2],
      ['1.5', 5, 2],
    ]);
    expect(r.stars).toBe(3);
  });

  it('part averages are exact, kept as sums and counts', () => {
    const r = result(
      [sheetOf('m1', best), sheetOf('m2', answers({ '1.5': 2 })), sheetOf('m3', answers({ '1.5': 2 }))],
      { scorers: ['m1', 'm2', 'm3'] },
    );
    expect(r.average?.parts['A']).toEqual({ sum: 118, count: 3 });
    expect(r.average?.total).toEqual({ sum: 298, count: 3 });
  });
});
