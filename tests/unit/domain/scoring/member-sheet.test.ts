import { describe, expect, it } from 'vitest';
import { loadSheet, ruleSetInfo } from '../../../../renderer/src/domain/criteria/registry';
import { InvalidAnswersError } from '../../../../renderer/src/domain/scoring/answers';
import { scoreSheet } from '../../../../renderer/src/domain/scoring/member-sheet';
import { bestAnswers, lowestAnswers, optionIndex } from '../sheet-answers';

const ID = '26/2026/QĐ-TTg';
const bands = ruleSetInfo(ID)?.bands ?? [];
const sheet1 = await loadSheet(ID, 1);
const sheet11 = await loadSheet(ID, 11);
const sheet13 = await loadSheet(ID, 13);
const sheet26 = await loadSheet(ID, 26);

const LINKED_75 = 'Có hợp đồng liên kết trên 75% sản lượng tiêu thụ'; // sheet 1, 1.5: 2 points, marked ****

describe("one member's sheet", () => {
  it('all best on sheet 1: 100 points, parts 40/25/35, complete, 5★', () => {
    const score = scoreSheet(sheet1, bands, bestAnswers(sheet1));
    expect([score.total, score.parts, score.complete, score.band, score.rank]).toEqual([
      100,
      { A: 40, B: 25, C: 35 },
      true,
      5,
      5,
    ]);
    expect(score.sections['1']).toBe(18);
  });

  it('99 points but criterion 1.5 only at its **** option: band 5★, 5★ minimum unmet → 4★', () => {
    const given = bestAnswers(sheet1);
    given.answers['1.5'] = optionIndex(sheet1, '1.5', LINKED_75);
    const score = scoreSheet(sheet1, bands, given);
    expect(score.total).toBe(99);
    expect(score.band).toBe(5);
    expect(score.minimumsMet).toEqual({ 3: true, 4: true, 5: false });
    expect(score.unmetMinimums).toEqual([{ criterion: '1.5', level: 5 }]);
    expect(score.rank).toBe(4);
  });

  it('"none" on a criterion: 0 points, reported, the sheet still complete; it meets no minimum', () => {
    const given = bestAnswers(sheet1);
    given.answers['1.5'] = 'none';
    const score = scoreSheet(sheet1, bands, given);
    expect(score.total).toBe(97);
    expect(score.noneAnswers).toEqual(['1.5']);
    expect(score.complete).toBe(true);
    expect(score.unmetMinimums).toEqual([
      { criterion: '1.5', level: 4 },
      { criterion: '1.5', level: 5 },
    ]);
    expect([score.band, score.minimumsLevel, score.rank]).toEqual([5, 3, 3]);
  });

  it('an unanswered criterion leaves the sheet incomplete and is listed', () => {
    const { answers } = bestAnswers(sheet1);
    delete answers['3.2'];
    const score = scoreSheet(sheet1, bands, { answers });
    expect([score.complete, score.unanswered, score.total]).toEqual([false, ['3.2'], 99]);
  });

  it('an option index that does not exist is refused, not scored', () => {
    const given = bestAnswers(sheet1);
    given.answers['1.1'] = 3;
    expect(() => scoreSheet(sheet1, bands, given)).toThrow(InvalidAnswersError);
  });
});

describe('sheet 26: first the case, then the option (the index runs over both cases)', () => {
  it('either case can reach 100', () => {
    expect(scoreSheet(sheet26, bands, bestAnswers(sheet26, 0)).total).toBe(100);
    expect(scoreSheet(sheet26, bands, bestAnswers(sheet26, 1)).total).toBe(100);
  });

  it('criterion 8, case 2 "Điểm dịch vụ du lịch": index 3 is that case\'s 3-point option', () => {
    const given = bestAnswers(sheet26, 1);
    expect(given.caseChoice?.['8']).toBe('Trường hợp 2: Điểm dịch vụ du lịch');
    expect(given.answers['8']).toBe(3);
    given.answers['8'] = 2; // case 2's 1-point option
    const score = scoreSheet(sheet26, bands, given);
    expect(score.criteria.find((c) => c.code === '8')?.points).toBe(1);
    expect(score.total).toBe(98);
  });

  it('an option of the other case is refused', () => {
    const given = bestAnswers(sheet26, 1);
    given.answers['8'] = 1; // case 1's option while case 2 is chosen
    expect(() => scoreSheet(sheet26, bands, given)).toThrow(/option-not-in-case/);
  });

  it('an option without a chosen case is refused', () => {
    const { answers } = bestAnswers(sheet26);
    expect(() => scoreSheet(sheet26, bands, { answers })).toThrow(/case-missing/);
  });

  it("sheet 26's marks (3.4 ****, 3.5 *** and ****) decide its rank like any other", () => {
    const given = bestAnswers(sheet26);
    given.answers['3.5'] = 0; // 1 point: meets ***, not ****
    const score = scoreSheet(sheet26, bands, given);
    expect([score.total, score.band, score.minimumsLevel, score.rank]).toEqual([98, 5, 3, 3]);
  });
});

describe('sheets 11 and 13: three-level criteria (6 → 6.1 Ngoại hình → 6.1.1)', () => {
  it("sheet 13 keeps the middle level as the criterion's group and sums 6.1.x and 6.2.x into section 6", () => {
    const section6 = sheet13.parts.flatMap((p) => p.sections).find((s) => s.code === '6');
    expect(section6?.criteria.map((c) => [c.code, c.group])).toEqual([
      ['6.1.1', '6.1. Ngoại hình'],
      ['6.1.2', '6.1. Ngoại hình'],
      ['6.1.3', '6.1. Ngoại hình'],
      ['6.1.4', '6.1. Ngoại hình'],
      ['6.1.5', '6.1. Ngoại hình'],
      ['6.2.1', '6.2. Nước pha'],
      ['6.2.2', '6.2. Nước pha'],
    ]);
    const given = bestAnswers(sheet13);
    given.answers['6.2.2'] = 1; // "Mùi, vị phù hợp…": 1 of 3
    const score = scoreSheet(sheet13, bands, given);
    expect([score.sections['6'], score.parts['C'], score.total]).toEqual([13, 33, 98]);
  });

  it('sheet 11: "Có rất ít tạp chất" on 6.1.1 scores 1 (printed 11) and misses its **** mark', () => {
    const given = bestAnswers(sheet11);
    given.answers['6.1.1'] = optionIndex(sheet11, '6.1.1', 'Có rất ít tạp chất');
    const score = scoreSheet(sheet11, bands, given);
    expect(score.total).toBe(99);
    expect(score.unmetMinimums).toEqual([
      { criterion: '6.1.1', level: 4 },
      { criterion: '6.1.1', level: 5 },
    ]);
    expect(score.rank).toBe(3);
  });

  it('lowest answers on sheet 11 are complete and 1★', () => {
    const score = scoreSheet(sheet11, bands, lowestAnswers(sheet11));
    expect([score.complete, score.band, score.rank]).toEqual([true, 1, 1]);
  });
});
