import { beforeAll, describe, expect, it } from 'vitest';
import { loadSheet, ruleSetInfo } from '../../../../renderer/src/domain/criteria/registry';
import type { StarBand } from '../../../../renderer/src/domain/criteria/types';
import type { Answer } from '../../../../renderer/src/domain/model';
import {
  bandRange,
  evaluateSheet,
  minimumsVerdict,
  printedMark,
  sheetLayout,
  unmetByLevel,
  visibleOptions,
  type SheetLayout,
} from '../../../../renderer/src/features/scoring/sheet-form/view-model';

const RULES = '26/2026/QĐ-TTg';
let bands: readonly StarBand[];
let sheet1: SheetLayout;
let sheet13: SheetLayout;
let sheet26: SheetLayout;

beforeAll(async () => {
  bands = ruleSetInfo(RULES)?.bands ?? [];
  sheet1 = sheetLayout(await loadSheet(RULES, 1));
  sheet13 = sheetLayout(await loadSheet(RULES, 13));
  sheet26 = sheetLayout(await loadSheet(RULES, 26));
});

const best = (layout: SheetLayout): Record<string, Answer> =>
  Object.fromEntries(
    layout.criteria.map((c) => {
      const firstCase = c.cases[0]?.variant;
      const options = c.options.filter((o) => o.variant === firstCase);
      const top = options.reduce((a, b) => (b.points > a.points ? b : a));
      return [c.code, top.index];
    }),
  );

describe('the form as printed', () => {
  it('keeps parts, sections and criteria in printed order, with their maxima', () => {
    expect(sheet1.parts.map((p) => [p.code, p.max])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
    expect(sheet1.criteria).toHaveLength(32);
    expect(sheet1.criteria[0]?.code).toBe('1.1');
    expect(sheet1.criteria.at(-1)?.code).toBe('12');
  });

  it('sheet 13 carries the middle level (groups) of part C', () => {
    expect(sheet13.byCode.get('6.1.1')?.group).toBe('6.1. Ngoại hình');
    expect(sheet13.byCode.get('6.2.1')?.group).toBe('6.2. Nước pha');
    expect(sheet13.byCode.get('1.1')?.group).toBeUndefined();
  });

  it('shows a knock-out note once, apart from the plain notes', () => {
    const c = sheet1.byCode.get('2.1');
    expect(c?.knockOutNotes).toHaveLength(1);
    expect(c?.notes.some((n) => c.knockOutNotes.includes(n))).toBe(false);
  });

  it('prints the star mark after the marked option', () => {
    const c = sheet1.byCode.get('1.3');
    expect(c?.options.map((o) => o.stars)).toEqual([undefined, undefined, 5]);
    expect(printedMark(5)).toBe('*****');
    expect(printedMark(3)).toBe('***');
  });

  it('sheet 26 numbers options within their case, and shows only the chosen case', () => {
    const c = sheet26.byCode.get('8');
    if (c === undefined) throw new Error('no 8');
    expect(c.cases.map((x) => [x.letter, x.number])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(c.options.map((o) => o.number)).toEqual([1, 2, 1, 2]);
    expect(visibleOptions(c, undefined)).toEqual([]);
    expect(visibleOptions(c, c.cases[1]?.variant).map((o) => o.index)).toEqual([2, 3]);
  });

  it('carries the printing-defect notes to the criterion or section they concern', async () => {
    expect(sheet1.byCode.get('2.4')?.defects.map((d) => d.kind)).toEqual(['options-implied']);
    const sheet4 = sheetLayout(await loadSheet(RULES, 4));
    expect(sheet4.byCode.get('7')?.defects).toEqual([
      expect.objectContaining({ kind: 'points-corrected', optionIndex: 2, printed: 13 }),
    ]);
    const sheet23 = sheetLayout(await loadSheet(RULES, 23));
    const section9 = sheet23.parts.flatMap((p) => p.sections).find((s) => s.code === '9');
    expect(section9?.defects.map((d) => d.kind)).toEqual(['section-max-printed']);
    expect(sheet1.byCode.get('1.1')?.defects).toEqual([]);
  });

  it('is built once per sheet: rows get the same objects on every render', async () => {
    expect(sheetLayout(await loadSheet(RULES, 1))).toBe(sheet1);
  });
});

describe('evaluating an entry with the domain', () => {
  it('an empty sheet: 0 points, every criterion missing, in printed order', () => {
    const e = evaluateSheet(sheet1, bands, { answers: {}, caseChoice: {} });
    expect(e.score.total).toBe(0);
    expect(e.missing).toEqual(sheet1.criteria.map((c) => c.code));
    expect(e.status['1.1']).toBe('unanswered');
  });

  it('the best options: 100 points, 5★, nothing missing', () => {
    const e = evaluateSheet(sheet1, bands, { answers: best(sheet1), caseChoice: {} });
    expect(e.score.total).toBe(100);
    expect(e.score.parts).toEqual({ A: 40, B: 25, C: 35 });
    expect(e.score.rank).toBe(5);
    expect(e.missing).toEqual([]);
  });

  it('"none" is an answer worth 0 and is marked', () => {
    const e = evaluateSheet(sheet1, bands, { answers: { ...best(sheet1), '1.3': 'none' }, caseChoice: {} });
    expect(e.status['1.3']).toBe('none');
    expect(e.score.total).toBe(97);
    expect(e.score.noneAnswers).toEqual(['1.3']);
    // 1.3's best option carries the 5★ mark: "none" misses it, so the sheet gives 4★ at most.
    expect(e.score.rank).toBe(4);
    expect(unmetByLevel(e.score)).toEqual([{ level: 5, codes: ['1.3'] }]);
  });

  it('the "why" lists minimums the answers miss, not the criteria still to answer', () => {
    const answers: Record<string, number | 'none'> = { ...best(sheet1), '1.3': 'none' };
    delete answers['1.5'];
    const e = evaluateSheet(sheet1, bands, { answers, caseChoice: {} });
    expect(e.score.unanswered).toEqual(['1.5']);
    expect(e.score.unmetMinimums.map((u) => u.criterion)).toContain('1.5');
    expect(unmetByLevel(e.score)).toEqual([{ level: 5, codes: ['1.3'] }]);
  });

  it('sheet 26: an option of the other case is set aside until answered again', () => {
    const answers = best(sheet26);
    const cases = Object.fromEntries(
      sheet26.criteria.filter((c) => c.cases.length > 0).map((c) => [c.code, c.cases[0]?.variant ?? '']),
    );
    const complete = evaluateSheet(sheet26, bands, { answers, caseChoice: cases });
    expect(complete.missing).toEqual([]);
    const switched = evaluateSheet(sheet26, bands, {
      answers,
      caseChoice: { ...cases, '8': sheet26.byCode.get('8')?.cases[1]?.variant ?? '' },
    });
    expect(switched.status['8']).toBe('wrong-case');
    expect(switched.missing).toEqual(['8']);
    expect(switched.score.total).toBe(complete.score.total - 3);
  });

  it('band ranges for the "why": half-open, the top band open-ended', () => {
    expect(bandRange(bands, 5)).toEqual({ stars: 5, min: 90 });
    expect(bandRange(bands, 4)).toEqual({ stars: 4, min: 70, below: 90 });
    expect(bandRange(bands, 1)).toEqual({ stars: 1, min: 0, below: 30 });
  });
});

describe('what the summary says of the star minimums', () => {
  it('an empty sheet does not say every minimum is met', () => {
    expect(minimumsVerdict(evaluateSheet(sheet1, bands, { answers: {}, caseChoice: {} }))).toBeNull();
  });
  it('a sheet answered in part says none is missed so far', () => {
    const first = sheet1.criteria[0]?.code ?? '';
    const answers = { [first]: best(sheet1)[first] ?? 'none' };
    expect(minimumsVerdict(evaluateSheet(sheet1, bands, { answers, caseChoice: {} }))).toBe(
      'none-missed-yet',
    );
  });
  it('a complete sheet at the best options meets every minimum', () => {
    expect(minimumsVerdict(evaluateSheet(sheet1, bands, { answers: best(sheet1), caseChoice: {} }))).toBe(
      'all-met',
    );
  });
});
