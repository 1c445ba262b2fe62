import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadRuleSetSheets,
  loadSheet,
  ruleSetInfo,
  ruleSets,
} from '../../../../renderer/src/domain/criteria/registry';
import { parseRuleSetInfo } from '../../../../renderer/src/domain/criteria/rule-set';
import { parseCriteriaSheet } from '../../../../renderer/src/domain/criteria/sheet-schema';
import { criteriaOf } from '../../../../renderer/src/domain/scoring/answers';
import { scoreSheet } from '../../../../renderer/src/domain/scoring/member-sheet';
import { bestAnswers, lowestAnswers } from '../sheet-answers';

const ID = '26/2026/QĐ-TTg';
const info = ruleSetInfo(ID);
if (info === undefined) throw new Error('26/2026 not shipped');
const sheets = await loadRuleSetSheets(ID);

describe('the rule-set 26/2026/QĐ-TTg as shipped', () => {
  it('is registered with its decision date, part maxima and five half-open bands', () => {
    expect(ruleSets().map((r) => r.id)).toContain(ID);
    expect(info.decisionDate).toBe('2026-05-22');
    expect(info.partMax).toEqual({ A: 40, B: 25, C: 35 });
    expect(info.bands).toEqual([
      { stars: 5, min: 90 },
      { stars: 4, min: 70 },
      { stars: 3, min: 50 },
      { stars: 2, min: 30 },
      { stars: 1, min: 0 },
    ]);
  });

  it('is exactly what its schema accepts (the app trusts the typed data without loading the schema)', async () => {
    const raw: unknown = JSON.parse(
      readFileSync(
        new URL('../../../../renderer/src/domain/criteria/sheets/26-2026/rule-set.json', import.meta.url),
        'utf8',
      ),
    );
    expect(parseRuleSetInfo(raw)).toEqual({ ok: true, value: info });
    const broken = { ...(raw as object), bands: [{ stars: 5, min: 90 }], decisionDate: '2026-02-31' };
    expect(parseRuleSetInfo(broken)).toMatchObject({
      ok: false,
      problems: [{ path: 'decisionDate', code: 'not-a-date' }],
    });
  });

  it('has 26 sheets numbered 1..26', () => {
    expect(sheets.map((s) => s.sheetNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('refuses a sheet number it does not have', async () => {
    await expect(loadSheet(ID, 27)).rejects.toThrow(/No sheet 27/);
  });
});

describe.each(sheets.map((s) => [s.sheetNo, s] as const))('sheet %i', (_no, sheet) => {
  it('gives 100 points and 5★ when every criterion is at its best option', () => {
    const score = scoreSheet(sheet, info.bands, bestAnswers(sheet));
    expect(score.total).toBe(100);
    expect(score.parts).toEqual({ A: 40, B: 25, C: 35 });
    expect(score.complete).toBe(true);
    expect(score.rank).toBe(5);
  });

  it('gives the sum of the lowest options when every criterion is at its lowest option', () => {
    const lowest = criteriaOf(sheet).reduce(
      (sum, e) => sum + Math.min(...e.criterion.options.map((o) => o.points)),
      0,
    );
    expect(scoreSheet(sheet, info.bands, lowestAnswers(sheet)).total).toBe(lowest);
  });

  it('round-trips through the schema unchanged', () => {
    const again = parseCriteriaSheet(JSON.parse(JSON.stringify(sheet)), {
      ruleSet: ID,
      partMax: info.partMax,
    });
    expect(again).toEqual({ ok: true, value: sheet });
  });

  it('keeps the form header, footer and parts A/B/C of the printed sheet', () => {
    expect(sheet.parts.map((p) => [p.code, p.max])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
    expect(sheet.formFooter.join(' ')).toContain('Người đánh giá');
    expect(sheet.formHeaderFields.join(' ')).toContain('(T)');
  });
});
