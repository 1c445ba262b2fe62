import { fieldPath, type Parsed } from '../problems';
import { Reader, type JsonObject } from '../validate/reader';
import type {
  CriteriaSheet,
  Criterion,
  CriterionOption,
  MarkedStarLevel,
  SheetPart,
  SheetSection,
} from './types';

/**
 * Reads a criteria sheet in the app's shape and checks the invariants every printed sheet
 * obeys: codes unique, each criterion's max = its best option (per case on sheet 26),
 * sections and parts sum to their maxima, parts sum to 100, star marks only on options.
 * Every problem is reported, with its path; nothing is returned unless the sheet is sound.
 */

const SHEET_KEYS = [
  'ruleSet',
  'sheetNo',
  'name',
  'productTypes',
  'managingAgency',
  'formHeaderFields',
  'disqualifiers',
  'formFooter',
  'starNotePrinted',
  'parts',
  'source',
] as const;
const PART_KEYS = ['code', 'title', 'max', 'sections'] as const;
const SECTION_KEYS = ['code', 'title', 'max', 'criteria', 'maxPrinted', 'sourceNote'] as const;
const CRITERION_KEYS = [
  'code',
  'group',
  'text',
  'max',
  'options',
  'notes',
  'knockOutNotes',
  'optionsImplied',
] as const;
const OPTION_KEYS = [
  'text',
  'points',
  'minForStars',
  'variant',
  'implied',
  'sourcePrinted',
  'pointsInferred',
  'samePointsAsPrinted',
  'sourceNote',
] as const;
const MARKS: readonly MarkedStarLevel[] = [3, 4, 5];
export const SHEET_TOTAL = 100;

export interface SheetSchemaOptions {
  /** The rule-set's part maxima (A 40, B 25, C 35): checked when given. */
  readonly partMax?: Readonly<Record<string, number>>;
  /** The rule-set the sheet must belong to: checked when given. */
  readonly ruleSet?: string;
}

export function parseCriteriaSheet(data: unknown, options: SheetSchemaOptions = {}): Parsed<CriteriaSheet> {
  const r = new Reader();
  const ctx: Context = { partial: new WeakSet(), pathOf: new WeakMap() };
  const sheet = readSheet(r, ctx, data);
  if (sheet !== undefined) checkSheet(r, ctx, sheet, options);
  if (sheet === undefined || r.problems.length > 0) return { ok: false, problems: r.problems };
  return { ok: true, value: sheet };
}

/*
 * Reading keeps going past a bad node so that the sums and maxima of everything else are
 * still checked: a node with a bad text gets '' (the problem is already recorded), a node
 * whose code or points are unusable is left out, and its parent is marked `partial` so that
 * no misleading "does not add up" is reported for it.
 */

/** A star mark put anywhere but on an option is named as such (it is not a mere unknown field). */
function refuseMisplacedMark(r: Reader, obj: JsonObject, path: string): void {
  for (const key of ['minForStars', 'requiredMinPointsByStar', 'mandatoryForStars']) {
    if (obj[key] !== undefined) r.add(fieldPath(path, key), 'star-mark-not-on-option');
  }
}

function readObject(
  r: Reader,
  value: unknown,
  path: string,
  keys: readonly string[],
): JsonObject | undefined {
  const obj = r.object(value, path, [...keys, 'minForStars', 'requiredMinPointsByStar', 'mandatoryForStars']);
  if (obj !== undefined) refuseMisplacedMark(r, obj, path);
  return obj;
}

interface Context {
  /** Nodes some of whose children could not be read: their sums are not checked. */
  readonly partial: WeakSet<object>;
  /** Each node's path in the file (indexes stay those of the file when a sibling is left out). */
  readonly pathOf: WeakMap<object, string>;
}

/** Children that could be read; the parent is partial when any could not. */
function readChildren<T extends object>(
  ctx: Context,
  items: { value: unknown; path: string }[] | undefined,
  read: (value: unknown, path: string) => T | undefined,
  parentIsPartial: () => void,
): T[] {
  const children: T[] = [];
  for (const item of items ?? []) {
    const child = read(item.value, item.path);
    if (child === undefined || ctx.partial.has(child)) parentIsPartial();
    if (child !== undefined) {
      ctx.pathOf.set(child, item.path);
      children.push(child);
    }
  }
  if (items === undefined) parentIsPartial();
  return children;
}

function readSheet(r: Reader, ctx: Context, data: unknown): CriteriaSheet | undefined {
  const obj = readObject(r, data, '', SHEET_KEYS);
  if (obj === undefined) return undefined;
  let isPartial = false;
  const parts = readChildren(
    ctx,
    r.array(obj, 'parts', ''),
    (v, p) => readPart(r, ctx, v, p),
    () => (isPartial = true),
  );
  let source: CriteriaSheet['source'];
  if (obj['source'] !== undefined) {
    const s = r.object(obj['source'], 'source', ['productLine', 'completeness']);
    if (s !== undefined) {
      const productLine = r.text(s, 'productLine', 'source', { optional: true });
      const completeness = r.text(s, 'completeness', 'source', { optional: true });
      source = {
        ...(productLine !== undefined && { productLine }),
        ...(completeness !== undefined && { completeness }),
      };
    }
  }
  const sheet: CriteriaSheet = {
    ruleSet: r.text(obj, 'ruleSet', '') ?? '',
    sheetNo: r.integer(obj, 'sheetNo', '', { min: 1 }) ?? 0,
    name: r.text(obj, 'name', '') ?? '',
    productTypes: r.textList(obj, 'productTypes', '') ?? [],
    managingAgency: r.text(obj, 'managingAgency', '') ?? '',
    formHeaderFields: r.textList(obj, 'formHeaderFields', '') ?? [],
    disqualifiers: r.textList(obj, 'disqualifiers', '') ?? [],
    formFooter: r.textList(obj, 'formFooter', '') ?? [],
    starNotePrinted: r.boolean(obj, 'starNotePrinted', '') ?? false,
    parts,
    ...(source !== undefined && { source }),
  };
  if (isPartial) ctx.partial.add(sheet);
  return sheet;
}

function readPart(r: Reader, ctx: Context, value: unknown, path: string): SheetPart | undefined {
  const obj = readObject(r, value, path, PART_KEYS);
  if (obj === undefined) return undefined;
  const code = r.text(obj, 'code', path);
  const title = r.text(obj, 'title', path) ?? '';
  const max = r.integer(obj, 'max', path, { min: 0 });
  let isPartial = false;
  const sections = readChildren(
    ctx,
    r.array(obj, 'sections', path),
    (v, p) => readSection(r, ctx, v, p),
    () => (isPartial = true),
  );
  if (code === undefined || max === undefined) return undefined;
  const part: SheetPart = { code, title, max, sections };
  if (isPartial) ctx.partial.add(part);
  return part;
}

function readSection(r: Reader, ctx: Context, value: unknown, path: string): SheetSection | undefined {
  const obj = readObject(r, value, path, SECTION_KEYS);
  if (obj === undefined) return undefined;
  const code = r.text(obj, 'code', path);
  const title = r.text(obj, 'title', path) ?? '';
  const max = r.integer(obj, 'max', path, { min: 0 });
  let isPartial = false;
  const criteria = readChildren(
    ctx,
    r.array(obj, 'criteria', path),
    (v, p) => readCriterion(r, ctx, v, p),
    () => (isPartial = true),
  );
  const maxPrinted = r.text(obj, 'maxPrinted', path, { optional: true });
  const sourceNote = r.text(obj, 'sourceNote', path, { optional: true });
  if (code === undefined || max === undefined) return undefined;
  const section: SheetSection = {
    code,
    title,
    max,
    criteria,
    ...(maxPrinted !== undefined && { maxPrinted }),
    ...(sourceNote !== undefined && { sourceNote }),
  };
  if (isPartial) ctx.partial.add(section);
  return section;
}

function readCriterion(r: Reader, ctx: Context, value: unknown, path: string): Criterion | undefined {
  const obj = readObject(r, value, path, CRITERION_KEYS);
  if (obj === undefined) return undefined;
  const code = r.text(obj, 'code', path);
  const group = r.text(obj, 'group', path, { optional: true });
  const text = r.text(obj, 'text', path) ?? '';
  const max = r.integer(obj, 'max', path, { min: 0 });
  let isPartial = false;
  const optionItems = r.array(obj, 'options', path);
  if (optionItems?.length === 0)
    r.add(fieldPath(path, 'options'), 'out-of-range', { value: 0, min: 1, max: '∞' });
  const options = readChildren(
    ctx,
    optionItems,
    (v, p) => readOption(r, v, p),
    () => (isPartial = true),
  );
  const notes = r.textList(obj, 'notes', path, { optional: true });
  const knockOutNotes = r.textList(obj, 'knockOutNotes', path, { optional: true });
  const optionsImplied = r.flag(obj, 'optionsImplied', path);
  if (code === undefined || max === undefined) return undefined;
  const criterion: Criterion = {
    code,
    ...(group !== undefined && { group }),
    text,
    max,
    options,
    ...(notes !== undefined && { notes }),
    ...(knockOutNotes !== undefined && { knockOutNotes }),
    ...(optionsImplied !== undefined && { optionsImplied }),
  };
  if (isPartial || options.length === 0) ctx.partial.add(criterion);
  return criterion;
}

function readOption(r: Reader, value: unknown, path: string): CriterionOption | undefined {
  const obj = r.object(value, path, OPTION_KEYS);
  if (obj === undefined) return undefined;
  const text = r.text(obj, 'text', path) ?? '';
  const points = r.integer(obj, 'points', path, { min: 0 });
  const minForStars = r.oneOf(obj, 'minForStars', path, MARKS, { optional: true });
  const variant = r.text(obj, 'variant', path, { optional: true });
  const implied = r.flag(obj, 'implied', path);
  const sourcePrinted = r.number(obj, 'sourcePrinted', path, { optional: true });
  const pointsInferred = r.flag(obj, 'pointsInferred', path);
  const samePointsAsPrinted = r.flag(obj, 'samePointsAsPrinted', path);
  const sourceNote = r.text(obj, 'sourceNote', path, { optional: true });
  if (points === undefined) return undefined;
  return {
    text,
    points,
    ...(minForStars !== undefined && { minForStars }),
    ...(variant !== undefined && { variant }),
    ...(implied !== undefined && { implied }),
    ...(sourcePrinted !== undefined && { sourcePrinted }),
    ...(pointsInferred !== undefined && { pointsInferred }),
    ...(samePointsAsPrinted !== undefined && { samePointsAsPrinted }),
    ...(sourceNote !== undefined && { sourceNote }),
  };
}

function checkSheet(r: Reader, ctx: Context, sheet: CriteriaSheet, options: SheetSchemaOptions): void {
  if (options.ruleSet !== undefined && sheet.ruleSet !== options.ruleSet) {
    r.add('ruleSet', 'rule-set-mismatch', { expected: options.ruleSet, found: sheet.ruleSet });
  }
  const seen = { part: new Set<string>(), section: new Set<string>(), criterion: new Set<string>() };
  const unique = (kind: keyof typeof seen, code: string, path: string): void => {
    if (seen[kind].has(code)) r.add(fieldPath(path, 'code'), 'duplicate-code', { code });
    seen[kind].add(code);
  };
  let total = 0;
  const { partial } = ctx;
  const pathOf = (node: object, fallback: string): string => ctx.pathOf.get(node) ?? fallback;
  sheet.parts.forEach((part, pi) => {
    const pPath = pathOf(part, `parts[${pi}]`);
    unique('part', part.code, pPath);
    let partSum = 0;
    part.sections.forEach((section, si) => {
      const sPath = pathOf(section, `${pPath}.sections[${si}]`);
      unique('section', section.code, sPath);
      let sectionSum = 0;
      section.criteria.forEach((criterion, ci) => {
        const cPath = pathOf(criterion, `${sPath}.criteria[${ci}]`);
        unique('criterion', criterion.code, cPath);
        if (!partial.has(criterion)) checkCriterion(r, criterion, cPath);
        sectionSum += criterion.max;
      });
      if (!partial.has(section) && sectionSum !== section.max)
        r.add(fieldPath(sPath, 'max'), 'section-max-not-sum', { max: section.max, sum: sectionSum });
      partSum += section.max;
    });
    if (!partial.has(part) && partSum !== part.max)
      r.add(fieldPath(pPath, 'max'), 'part-max-not-sum', { max: part.max, sum: partSum });
    const expected = options.partMax?.[part.code];
    if (options.partMax !== undefined && expected !== part.max) {
      r.add(fieldPath(pPath, 'max'), 'part-max-not-rule-set', {
        code: part.code,
        max: part.max,
        expected: expected ?? '—',
      });
    }
    total += part.max;
  });
  if (!partial.has(sheet) && total !== SHEET_TOTAL) r.add('parts', 'total-not-100', { sum: total });
}

function checkCriterion(r: Reader, criterion: Criterion, path: string): void {
  const withCase = criterion.options.filter((o) => o.variant !== undefined).length;
  if (withCase > 0 && withCase < criterion.options.length) {
    r.add(fieldPath(path, 'options'), 'variant-partial');
    return;
  }
  const groups = groupByCase(criterion.options);
  if (withCase > 0 && groups.size < 2) r.add(fieldPath(path, 'options'), 'variant-single');
  for (const [variant, options] of groups) {
    const best = Math.max(...options.map((o) => o.points));
    if (best !== criterion.max) {
      r.add(path, 'criterion-max-not-best-option', { max: criterion.max, best, variant: variant ?? '' });
    }
    checkMarks(r, options, criterion.options, path);
  }
}

/** Options by case; a criterion without cases is one group keyed `undefined`. */
export function groupByCase(options: readonly CriterionOption[]): Map<string | undefined, CriterionOption[]> {
  const groups = new Map<string | undefined, CriterionOption[]>();
  for (const option of options) {
    const list = groups.get(option.variant) ?? [];
    list.push(option);
    groups.set(option.variant, list);
  }
  return groups;
}

function checkMarks(
  r: Reader,
  group: readonly CriterionOption[],
  all: readonly CriterionOption[],
  path: string,
): void {
  const marked = group.filter(
    (o): o is CriterionOption & { minForStars: MarkedStarLevel } => o.minForStars !== undefined,
  );
  for (const option of marked) {
    const optionPath = `${path}.options[${all.indexOf(option)}].minForStars`;
    if (
      marked.some(
        (o) => o !== option && o.minForStars === option.minForStars && all.indexOf(o) < all.indexOf(option),
      )
    ) {
      r.add(optionPath, 'star-mark-repeated', { level: option.minForStars });
    }
    const lower = marked.find((o) => o.minForStars < option.minForStars && o.points > option.points);
    if (lower !== undefined) {
      r.add(optionPath, 'star-mark-decreasing', {
        level: lower.minForStars,
        points: lower.points,
        higherLevel: option.minForStars,
        higherPoints: option.points,
      });
    }
  }
}
