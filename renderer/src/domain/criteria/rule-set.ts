import type { Parsed } from '../problems';
import { Reader } from '../validate/reader';
import { STAR_LEVELS, type RuleSetInfo, type StarBand, type StarLevel } from './types';

/**
 * Reads a rule-set's description (sheets/<folder>/rule-set.json): id, dates, part maxima and the
 * five bands. The bands must be one per star level with strictly rising lower bounds and 1★
 * starting at 0, so that every average falls in exactly one band.
 */
const KEYS = [
  'id',
  'title',
  'decisionDate',
  'effectiveFrom',
  'replaces',
  'appendix',
  'sourceUrl',
  'partMax',
  'bands',
  'sheetNumbers',
  'starMarkRule',
] as const;

export function parseRuleSetInfo(data: unknown): Parsed<RuleSetInfo> {
  const r = new Reader();
  const obj = r.object(data, '', KEYS);
  if (obj === undefined) return { ok: false, problems: r.problems };
  const id = r.text(obj, 'id', '');
  const title = r.text(obj, 'title', '');
  const decisionDate = r.date(obj, 'decisionDate', '');
  const effectiveFrom = r.date(obj, 'effectiveFrom', '');
  const replaces = r.text(obj, 'replaces', '', { optional: true });
  const appendix = r.text(obj, 'appendix', '', { optional: true });
  const sourceUrl = r.text(obj, 'sourceUrl', '', { optional: true });
  const starMarkRule = r.text(obj, 'starMarkRule', '', { optional: true });
  const partMaxObj = r.object(
    obj['partMax'],
    'partMax',
    Object.keys(typeof obj['partMax'] === 'object' && obj['partMax'] !== null ? obj['partMax'] : {}),
  );
  const partMax: Record<string, number> = {};
  if (partMaxObj !== undefined) {
    for (const code of Object.keys(partMaxObj)) {
      const max = r.integer(partMaxObj, code, 'partMax', { min: 0 });
      if (max !== undefined) partMax[code] = max;
    }
    const sum = Object.values(partMax).reduce((a, b) => a + b, 0);
    if (sum !== 100) r.add('partMax', 'total-not-100', { sum });
  }
  const bands: StarBand[] = [];
  for (const item of r.array(obj, 'bands', '') ?? []) {
    const band = r.object(item.value, item.path, ['stars', 'min']);
    if (band === undefined) continue;
    const stars = r.oneOf<StarLevel>(band, 'stars', item.path, STAR_LEVELS);
    const min = r.number(band, 'min', item.path, { min: 0, max: 100 });
    if (stars !== undefined && min !== undefined) bands.push({ stars, min });
  }
  const sorted = [...bands].sort((a, b) => a.stars - b.stars);
  if (sorted.map((b) => b.stars).join() !== '1,2,3,4,5')
    r.add('bands', 'not-one-of', { value: sorted.map((b) => b.stars).join(','), allowed: '1,2,3,4,5' });
  else if (sorted[0]?.min !== 0 || sorted.some((b, i) => i > 0 && b.min <= (sorted[i - 1]?.min ?? 0)))
    r.add('bands', 'out-of-range', { value: sorted.map((b) => b.min).join(','), min: 0, max: 100 });
  const sheetNumbers = (r.array(obj, 'sheetNumbers', '') ?? []).map((s) =>
    r.numberValue(s.value, s.path, { integer: true, min: 1 }),
  );
  if (
    id === undefined ||
    title === undefined ||
    decisionDate === undefined ||
    effectiveFrom === undefined ||
    r.problems.length > 0
  ) {
    return { ok: false, problems: r.problems };
  }
  return {
    ok: true,
    value: {
      id,
      title,
      decisionDate,
      effectiveFrom,
      ...(replaces !== undefined && { replaces }),
      ...(appendix !== undefined && { appendix }),
      ...(sourceUrl !== undefined && { sourceUrl }),
      partMax,
      bands: [...bands].sort((a, b) => b.min - a.min),
      sheetNumbers: sheetNumbers.filter((n): n is number => n !== undefined),
      ...(starMarkRule !== undefined && { starMarkRule }),
    },
  };
}
