import { isObject, type JsonObject } from '../validate/json-value';

/**
 * The reference transcription of a decision's sheets (the format of `shared/criteria/26-2026`,
 * which a province or a future decision may also supply) turned into the app's sheet shape.
 * Tolerant on purpose: whatever does not have the expected shape is passed through unchanged,
 * so that `parseCriteriaSheet` then reports it at the same path. Used by the converter script
 * (build/scripts/convert-criteria.ts) and by sheet import.
 *
 * What changes: `sheet` → `name`, `decision` → `ruleSet`, `maxCellRaw` → `maxPrinted`; the derived
 * `mandatoryForStars` / `requiredMinPointsByStar` are dropped (the engine derives them from the
 * marks, see star-marks.ts, so they can never disagree); two options of one criterion (and case)
 * printed with the same points get `samePointsAsPrinted`, so that defect is a visible flag too.
 */

/** Whether a parsed JSON value looks like the reference format rather than the app's. */
export function isSourceFormatSheet(data: unknown): boolean {
  return (
    isObject(data) &&
    typeof data['sheet'] === 'string' &&
    data['name'] === undefined &&
    data['ruleSet'] === undefined
  );
}

const DROPPED_CRITERION_KEYS = new Set(['mandatoryForStars', 'requiredMinPointsByStar']);
const SHEET_META_KEYS = new Set([
  'decision',
  'decisionDate',
  'effectiveFrom',
  'replaces',
  'appendix',
  'sheet',
  'sourceProductLine',
  'completeness',
  'starMarkRule',
  'total',
  'source',
  'sourceText',
]);

export function sheetFromSourceFormat(data: unknown): unknown {
  if (!isObject(data)) return data;
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !SHEET_META_KEYS.has(key)));
  const source: Record<string, unknown> = {};
  if (data['sourceProductLine'] !== undefined) source['productLine'] = data['sourceProductLine'];
  if (data['completeness'] !== undefined) source['completeness'] = data['completeness'];
  return {
    ruleSet: data['decision'],
    sheetNo: data['sheetNo'],
    name: data['sheet'],
    ...rest,
    parts: mapArray(data['parts'], (part) => ({
      ...part,
      sections: mapArray(part['sections'], convertSection),
    })),
    ...(Object.keys(source).length > 0 && { source }),
  };
}

function mapArray(value: unknown, f: (item: JsonObject) => unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: unknown) => (isObject(item) ? f(item) : item));
}

function convertSection(section: JsonObject): unknown {
  const { maxCellRaw, ...rest } = section;
  return {
    ...rest,
    criteria: mapArray(section['criteria'], convertCriterion),
    ...(maxCellRaw !== undefined && {
      maxPrinted: maxCellRaw,
      sourceNote: `points cell printed "${String(maxCellRaw)}"; taken as ${String(section['max'])} (the part total then matches)`,
    }),
  };
}

function convertCriterion(criterion: JsonObject): unknown {
  const kept = Object.fromEntries(
    Object.entries(criterion).filter(([key]) => !DROPPED_CRITERION_KEYS.has(key)),
  );
  const options = criterion['options'];
  if (!Array.isArray(options)) return kept;
  const key = (o: unknown): string => (isObject(o) ? `${String(o['variant'])}|${String(o['points'])}` : '');
  const count = new Map<string, number>();
  for (const o of options) count.set(key(o), (count.get(key(o)) ?? 0) + 1);
  return {
    ...kept,
    options: options.map((o: unknown) => {
      if (!isObject(o) || (count.get(key(o)) ?? 0) < 2) return o;
      return {
        ...o,
        samePointsAsPrinted: true,
        ...(o['sourceNote'] === undefined && {
          sourceNote: 'printed with the same points as another option of this criterion; kept as printed',
        }),
      };
    }),
  };
}

/** What the rule-set registry needs from a reference folder's index.json and one of its sheets. */
export function ruleSetFromSourceFormat(
  index: JsonObject,
  firstSheet: JsonObject,
  bands: readonly { stars: number; min: number }[],
): JsonObject {
  const sheets = Array.isArray(index['sheets']) ? index['sheets'] : [];
  const first = isObject(sheets[0]) ? sheets[0] : {};
  return {
    id: index['decision'],
    title: firstSheet['appendix'],
    decisionDate: index['decisionDate'],
    effectiveFrom: firstSheet['effectiveFrom'],
    replaces: firstSheet['replaces'],
    appendix: firstSheet['appendix'],
    sourceUrl: firstSheet['source'],
    partMax: first['partMax'],
    bands,
    sheetNumbers: sheets.map((s: unknown) => (isObject(s) ? s['sheetNo'] : s)),
    starMarkRule: firstSheet['starMarkRule'],
  };
}
