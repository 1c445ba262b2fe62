import { z } from 'zod';
import type { Parsed, Problem } from '../problems';
import { filledText, finiteNumber, isoDate, wholeNumber } from '../validate/schemas';
import { readWith } from '../validate/zod-problems';
import type { RuleSetInfo, StarBand } from './types';

/**
 * Reads a rule-set's description (sheets/<folder>/rule-set.json): id, dates, part maxima and the
 * five bands. The bands must be one per star level with strictly rising lower bounds and 1★
 * starting at 0, so that every average falls in exactly one band. Used by the converter that
 * writes the shipped data and by the tests that check it; the app itself uses the checked data.
 */
const ruleSetSchema = z.strictObject({
  id: filledText,
  title: filledText,
  decisionDate: isoDate,
  effectiveFrom: isoDate,
  replaces: filledText.exactOptional(),
  appendix: filledText.exactOptional(),
  sourceUrl: filledText.exactOptional(),
  partMax: z.record(z.string(), wholeNumber(0, 100)),
  bands: z.array(
    z.strictObject({
      stars: z.literal([1, 2, 3, 4, 5]),
      min: finiteNumber(0, 100),
    }) satisfies z.ZodType<StarBand>,
  ),
  sheetNumbers: z.array(wholeNumber(1, 1000)),
  starMarkRule: filledText.exactOptional(),
});

export function parseRuleSetInfo(data: unknown): Parsed<RuleSetInfo> {
  const problems: Problem[] = [];
  const info = readWith(ruleSetSchema, data, '', problems);
  if (info === undefined) return { ok: false, problems };
  const sum = Object.values(info.partMax).reduce((a, b) => a + b, 0);
  if (sum !== 100) problems.push({ path: 'partMax', code: 'total-not-100', params: { sum } });
  const sorted = [...info.bands].sort((a, b) => a.stars - b.stars);
  if (sorted.map((b) => b.stars).join() !== '1,2,3,4,5')
    problems.push({
      path: 'bands',
      code: 'not-one-of',
      params: { value: sorted.map((b) => b.stars).join(','), allowed: '1,2,3,4,5' },
    });
  else if (sorted[0]?.min !== 0 || sorted.some((b, i) => i > 0 && b.min <= (sorted[i - 1]?.min ?? 0)))
    problems.push({
      path: 'bands',
      code: 'out-of-range',
      params: { value: sorted.map((b) => b.min).join(','), min: 0, max: 100 },
    });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { ...info, bands: [...info.bands].sort((a, b) => b.min - a.min) } };
}
