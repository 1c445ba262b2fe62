import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSheetFile } from '../../../../renderer/src/domain/criteria/import-sheet';
import { loadSheet } from '../../../../renderer/src/domain/criteria/registry';
import { parseCriteriaSheet } from '../../../../renderer/src/domain/criteria/sheet-schema';
import { formatProblem } from '../../../../renderer/src/i18n/problems';

const RULES = { ruleSet: '26/2026/QĐ-TTg', partMax: { A: 40, B: 25, C: 35 } };
const fixture = (name: string): string =>
  readFileSync(new URL(`../../../fixtures/sheets/${name}`, import.meta.url), 'utf8');

describe('importing a broken sheet file', () => {
  const result = importSheetFile(fixture('sheet-01-with-nine-defects.json'), RULES);
  const problems = result.ok ? [] : result.problems;

  it('is refused, with every problem listed where it is', () => {
    expect(result.ok).toBe(false);
    expect(problems.map((p) => [p.path, p.code]).sort()).toEqual(
      [
        ['parts[0].sections[1].criteria[1].options[3].minForStars', 'not-one-of'],
        ['parts[1].sections[0].criteria[0].minForStars', 'star-mark-not-on-option'],
        ['parts[1].sections[1].criteria[2].options[1].points', 'wrong-type'],
        ['parts[2].sections[0].criteria[0].options[0].colour', 'unknown-field'],
        ['parts[2].sections[1].criteria[0].text', 'missing-field'],
        ['parts[0].sections[0].criteria[1].code', 'duplicate-code'],
        ['parts[0].sections[2].criteria[0]', 'criterion-max-not-best-option'],
        ['parts[1].sections[0].criteria[1].options[1].minForStars', 'star-mark-decreasing'],
        ['parts[2].sections[3].max', 'section-max-not-sum'],
        ['parts[2].max', 'part-max-not-sum'],
      ].sort(),
    );
  });

  it('says each problem in Vietnamese and in English', () => {
    const maxProblem = problems.find((p) => p.code === 'criterion-max-not-best-option');
    if (maxProblem === undefined) throw new Error('criterion max problem not reported');
    expect(formatProblem(maxProblem)).toBe(
      'parts[0].sections[2].criteria[0]: tối đa 3 nhưng phương án cao nhất 2 điểm',
    );
    expect(formatProblem(maxProblem, 'en')).toBe(
      'parts[0].sections[2].criteria[0]: max 3 but the best option gives 2 points',
    );
    for (const p of problems) {
      expect(formatProblem(p, 'vi')).not.toMatch(/\{\w+\}/);
      expect(formatProblem(p, 'en')).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('the sheet invariants', () => {
  const base = async (): Promise<Record<string, unknown>> =>
    JSON.parse(JSON.stringify(await loadSheet('26/2026/QĐ-TTg', 1))) as Record<string, unknown>;
  type Mutable = {
    parts: {
      max: number;
      code: string;
      sections: {
        max: number;
        criteria: { max: number; options: { points: number; variant?: string }[] }[];
      }[];
    }[];
  };

  it('refuses parts that do not add up to 100 and parts that differ from the rule-set', async () => {
    const sheet = (await base()) as unknown as Mutable;
    const c = sheet.parts[2]?.sections[6]?.criteria[0];
    const s = sheet.parts[2]?.sections[6];
    const p = sheet.parts[2];
    if (c === undefined || s === undefined || p === undefined) throw new Error('sheet 1 shape changed');
    c.max += 1;
    s.max += 1;
    p.max += 1;
    c.options.push({ points: c.max, ...{ text: 'Thêm' } });
    const result = parseCriteriaSheet(sheet, RULES);
    expect(result.ok ? [] : result.problems.map((x) => [x.path, x.code])).toEqual([
      ['parts[2].max', 'part-max-not-rule-set'],
      ['parts', 'total-not-100'],
    ]);
  });

  it('refuses a criterion where only some options carry a case', async () => {
    const sheet = (await base()) as unknown as Mutable;
    const option = sheet.parts[0]?.sections[0]?.criteria[0]?.options[0];
    if (option === undefined) throw new Error('sheet 1 shape changed');
    option.variant = 'Trường hợp 1';
    const result = parseCriteriaSheet(sheet, RULES);
    expect(result.ok ? [] : result.problems.map((x) => [x.path, x.code])).toEqual([
      ['parts[0].sections[0].criteria[0].options', 'variant-partial'],
    ]);
  });

  it('refuses a sheet of another rule-set', async () => {
    const sheet = { ...(await base()), ruleSet: '148/QĐ-TTg' };
    const result = parseCriteriaSheet(sheet, RULES);
    expect(result.ok ? [] : result.problems.map((x) => x.code)).toEqual(['rule-set-mismatch']);
  });

  it('accepts the reference transcription format too (as a province might supply it)', async () => {
    const app = await loadSheet('26/2026/QĐ-TTg', 26);
    const { name, ruleSet, source, ...rest } = app;
    const reference = {
      ...rest,
      sheet: name,
      decision: ruleSet,
      sourceProductLine: source?.productLine,
      completeness: source?.completeness,
    };
    const result = importSheetFile(JSON.stringify(reference), RULES);
    expect(result).toEqual({ ok: true, value: app });
  });

  it('reports a file that is not JSON at all', () => {
    const result = importSheetFile('{ "sheetNo": 1, ', RULES);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['json-syntax']);
  });
});
