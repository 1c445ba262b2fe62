import { z } from 'zod';
import { fieldPath, indexPath, problem, type Parsed, type Problem } from '../problems';
import { filledText, setFlag, wholeNumber } from '../validate/schemas';
import { readWith } from '../validate/zod-problems';
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
/*
 * Each node (sheet, part, section, criterion, option) is checked with its zod schema; its
 * children are read one by one, so that one bad option does not hide the problems of the
 * others. A node with a problem in a field nobody adds up (a missing text) is still kept, so
 * that the sums of everything else are checked; a node whose code, maximum or points are
 * unusable is left out, and its parent is marked `partial` so that no misleading "does not
 * add up" is reported for it.
 */

const children = z.array(z.unknown());
/** A star mark put anywhere but on an option is named as such (it is not a mere unknown field). */
const MISPLACED_MARKS = ['minForStars', 'requiredMinPointsByStar', 'mandatoryForStars'] as const;
const misplacedMarks = {
  minForStars: z.unknown().exactOptional(),
  requiredMinPointsByStar: z.unknown().exactOptional(),
  mandatoryForStars: z.unknown().exactOptional(),
};
const textList = z.array(filledText);

const optionSchema = z.strictObject({
  text: filledText,
  points: wholeNumber(0),
  minForStars: z.literal([3, 4, 5]).exactOptional(),
  variant: filledText.exactOptional(),
  implied: setFlag.exactOptional(),
  sourcePrinted: z.number().exactOptional(),
  pointsInferred: setFlag.exactOptional(),
  samePointsAsPrinted: setFlag.exactOptional(),
  sourceNote: filledText.exactOptional(),
});
const criterionSchema = z.strictObject({
  code: filledText,
  group: filledText.exactOptional(),
  text: filledText,
  max: wholeNumber(0),
  options: children.min(1),
  notes: textList.exactOptional(),
  knockOutNotes: textList.exactOptional(),
  optionsImplied: setFlag.exactOptional(),
  ...misplacedMarks,
});
const sectionSchema = z.strictObject({
  code: filledText,
  title: filledText,
  max: wholeNumber(0),
  criteria: children,
  maxPrinted: filledText.exactOptional(),
  sourceNote: filledText.exactOptional(),
  ...misplacedMarks,
});
const partSchema = z.strictObject({
  code: filledText,
  title: filledText,
  max: wholeNumber(0),
  sections: children,
  ...misplacedMarks,
});
const sheetSchema = z.strictObject({
  ruleSet: filledText,
  sheetNo: wholeNumber(1),
  name: filledText,
  productTypes: textList,
  managingAgency: filledText,
  formHeaderFields: textList,
  disqualifiers: textList,
  formFooter: textList,
  starNotePrinted: z.boolean(),
  parts: children,
  source: z
    .strictObject({ productLine: filledText.exactOptional(), completeness: filledText.exactOptional() })
    .exactOptional(),
  ...misplacedMarks,
});
export const SHEET_TOTAL = 100;

export interface SheetSchemaOptions {
  /** The rule-set's part maxima (A 40, B 25, C 35): checked when given. */
  readonly partMax?: Readonly<Record<string, number>>;
  /** The rule-set the sheet must belong to: checked when given. */
  readonly ruleSet?: string;
}

export function parseCriteriaSheet(data: unknown, options: SheetSchemaOptions = {}): Parsed<CriteriaSheet> {
  const ctx: Context = { problems: [], partial: new WeakSet(), pathOf: new WeakMap() };
  const sheet = readSheet(ctx, data);
  if (sheet !== undefined) checkSheet(ctx, sheet, options);
  if (sheet === undefined || ctx.problems.length > 0) return { ok: false, problems: ctx.problems };
  return { ok: true, value: sheet };
}

interface Context {
  readonly problems: Problem[];
  /** Nodes some of whose children could not be read: their sums are not checked. */
  readonly partial: WeakSet<object>;
  /** Each node's path in the file (indexes stay those of the file when a sibling is left out). */
  readonly pathOf: WeakMap<object, string>;
}

type Shape = z.ZodRawShape;

/**
 * A node checked with its schema (problems recorded). When it has problems, the fields that are
 * sound on their own are still returned, so the caller can keep the node when what is added
 * up is usable.
 */
function readNode<S extends Shape>(
  ctx: Context,
  schema: z.ZodObject<S, z.core.$strict>,
  value: unknown,
  path: string,
  marksMisplaced = true,
): { readonly fields: Partial<z.output<z.ZodObject<S, z.core.$strict>>> } | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const raw: Readonly<Record<string, unknown>> = Object.fromEntries(Object.entries(value));
    // Only nodes above the options list the marks, to name them (an option's minForStars is its own).
    for (const key of MISPLACED_MARKS)
      if (marksMisplaced && key in schema.shape && raw[key] !== undefined)
        ctx.problems.push(problem(fieldPath(path, key), 'star-mark-not-on-option'));
    const read = readWith(schema, value, path, ctx.problems);
    if (read !== undefined) return { fields: read };
    const fields: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape)) {
      const parsed = z.safeParse(field, raw[key]);
      if (parsed.success && parsed.data !== undefined) fields[key] = parsed.data;
    }
    // Only the schema's own fields, each checked above: the shape of the schema's output.
    return { fields: fields as Partial<z.output<z.ZodObject<S, z.core.$strict>>> };
  }
  readWith(schema, value, path, ctx.problems);
  return undefined;
}

/** Children that could be read; the parent is partial when any could not. */
function readChildren<T extends object>(
  ctx: Context,
  items: readonly unknown[] | undefined,
  path: string,
  read: (value: unknown, path: string) => T | undefined,
  parentIsPartial: () => void,
): T[] {
  const list: T[] = [];
  (items ?? []).forEach((value, i) => {
    const at = indexPath(path, i);
    const child = read(value, at);
    if (child === undefined || ctx.partial.has(child)) parentIsPartial();
    if (child !== undefined) {
      ctx.pathOf.set(child, at);
      list.push(child);
    }
  });
  if (items === undefined) parentIsPartial();
  return list;
}

function readSheet(ctx: Context, data: unknown): CriteriaSheet | undefined {
  const node = readNode(ctx, sheetSchema, data, '');
  if (node === undefined) return undefined;
  const f = node.fields;
  let isPartial = false;
  const parts = readChildren(
    ctx,
    f.parts,
    'parts',
    (v, p) => readPart(ctx, v, p),
    () => (isPartial = true),
  );
  const source = f.source;
  const sheet: CriteriaSheet = {
    ruleSet: f.ruleSet ?? '',
    sheetNo: f.sheetNo ?? 0,
    name: f.name ?? '',
    productTypes: f.productTypes ?? [],
    managingAgency: f.managingAgency ?? '',
    formHeaderFields: f.formHeaderFields ?? [],
    disqualifiers: f.disqualifiers ?? [],
    formFooter: f.formFooter ?? [],
    starNotePrinted: f.starNotePrinted ?? false,
    parts,
    ...(source !== undefined && {
      source: {
        ...(source.productLine !== undefined && { productLine: source.productLine }),
        ...(source.completeness !== undefined && { completeness: source.completeness }),
      },
    }),
  };
  if (isPartial) ctx.partial.add(sheet);
  return sheet;
}

function readPart(ctx: Context, value: unknown, path: string): SheetPart | undefined {
  const node = readNode(ctx, partSchema, value, path);
  if (node === undefined) return undefined;
  const { code, title, max } = node.fields;
  let isPartial = false;
  const sections = readChildren(
    ctx,
    node.fields.sections,
    fieldPath(path, 'sections'),
    (v, p) => readSection(ctx, v, p),
    () => (isPartial = true),
  );
  if (code === undefined || max === undefined) return undefined;
  const part: SheetPart = { code, title: title ?? '', max, sections };
  if (isPartial) ctx.partial.add(part);
  return part;
}

function readSection(ctx: Context, value: unknown, path: string): SheetSection | undefined {
  const node = readNode(ctx, sectionSchema, value, path);
  if (node === undefined) return undefined;
  const { code, title, max, maxPrinted, sourceNote } = node.fields;
  let isPartial = false;
  const criteria = readChildren(
    ctx,
    node.fields.criteria,
    fieldPath(path, 'criteria'),
    (v, p) => readCriterion(ctx, v, p),
    () => (isPartial = true),
  );
  if (code === undefined || max === undefined) return undefined;
  const section: SheetSection = {
    code,
    title: title ?? '',
    max,
    criteria,
    ...(maxPrinted !== undefined && { maxPrinted }),
    ...(sourceNote !== undefined && { sourceNote }),
  };
  if (isPartial) ctx.partial.add(section);
  return section;
}

function readCriterion(ctx: Context, value: unknown, path: string): Criterion | undefined {
  const node = readNode(ctx, criterionSchema, value, path);
  if (node === undefined) return undefined;
  const { code, group, text, max, notes, knockOutNotes, optionsImplied } = node.fields;
  let isPartial = false;
  const options = readChildren(
    ctx,
    node.fields.options,
    fieldPath(path, 'options'),
    (v, p) => readOption(ctx, v, p),
    () => (isPartial = true),
  );
  if (code === undefined || max === undefined) return undefined;
  const criterion: Criterion = {
    code,
    ...(group !== undefined && { group }),
    text: text ?? '',
    max,
    options,
    ...(notes !== undefined && { notes }),
    ...(knockOutNotes !== undefined && { knockOutNotes }),
    ...(optionsImplied !== undefined && { optionsImplied }),
  };
  if (isPartial || options.length === 0) ctx.partial.add(criterion);
  return criterion;
}

function readOption(ctx: Context, value: unknown, path: string): CriterionOption | undefined {
  const node = readNode(ctx, optionSchema, value, path, false);
  if (node === undefined) return undefined;
  const f = node.fields;
  if (f.points === undefined) return undefined;
  return {
    text: f.text ?? '',
    points: f.points,
    ...(f.minForStars !== undefined && { minForStars: f.minForStars }),
    ...(f.variant !== undefined && { variant: f.variant }),
    ...(f.implied !== undefined && { implied: f.implied }),
    ...(f.sourcePrinted !== undefined && { sourcePrinted: f.sourcePrinted }),
    ...(f.pointsInferred !== undefined && { pointsInferred: f.pointsInferred }),
    ...(f.samePointsAsPrinted !== undefined && { samePointsAsPrinted: f.samePointsAsPrinted }),
    ...(f.sourceNote !== undefined && { sourceNote: f.sourceNote }),
  };
}

function add(ctx: Context, path: string, code: Problem['code'], params: Problem['params'] = {}): void {
  ctx.problems.push(problem(path, code, params));
}

function checkSheet(ctx: Context, sheet: CriteriaSheet, options: SheetSchemaOptions): void {
  if (options.ruleSet !== undefined && sheet.ruleSet !== options.ruleSet) {
    add(ctx, 'ruleSet', 'rule-set-mismatch', { expected: options.ruleSet, found: sheet.ruleSet });
  }
  const seen = { part: new Set<string>(), section: new Set<string>(), criterion: new Set<string>() };
  const unique = (kind: keyof typeof seen, code: string, path: string): void => {
    if (seen[kind].has(code)) add(ctx, fieldPath(path, 'code'), 'duplicate-code', { code });
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
        if (!partial.has(criterion)) checkCriterion(ctx, criterion, cPath);
        sectionSum += criterion.max;
      });
      if (!partial.has(section) && sectionSum !== section.max)
        add(ctx, fieldPath(sPath, 'max'), 'section-max-not-sum', { max: section.max, sum: sectionSum });
      partSum += section.max;
    });
    if (!partial.has(part) && partSum !== part.max)
      add(ctx, fieldPath(pPath, 'max'), 'part-max-not-sum', { max: part.max, sum: partSum });
    const expected = options.partMax?.[part.code];
    if (options.partMax !== undefined && expected !== part.max) {
      add(ctx, fieldPath(pPath, 'max'), 'part-max-not-rule-set', {
        code: part.code,
        max: part.max,
        expected: expected ?? '—',
      });
    }
    total += part.max;
  });
  if (!partial.has(sheet) && total !== SHEET_TOTAL) add(ctx, 'parts', 'total-not-100', { sum: total });
}

function checkCriterion(ctx: Context, criterion: Criterion, path: string): void {
  const withCase = criterion.options.filter((o) => o.variant !== undefined).length;
  if (withCase > 0 && withCase < criterion.options.length) {
    add(ctx, fieldPath(path, 'options'), 'variant-partial');
    return;
  }
  const groups = groupByCase(criterion.options);
  if (withCase > 0 && groups.size < 2) add(ctx, fieldPath(path, 'options'), 'variant-single');
  for (const [variant, options] of groups) {
    const best = Math.max(...options.map((o) => o.points));
    if (best !== criterion.max) {
      add(ctx, path, 'criterion-max-not-best-option', { max: criterion.max, best, variant: variant ?? '' });
    }
    checkMarks(ctx, options, criterion.options, path);
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
  ctx: Context,
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
      add(ctx, optionPath, 'star-mark-repeated', { level: option.minForStars });
    }
    const lower = marked.find((o) => o.minForStars < option.minForStars && o.points > option.points);
    if (lower !== undefined) {
      add(ctx, optionPath, 'star-mark-decreasing', {
        level: lower.minForStars,
        points: lower.points,
        higherLevel: option.minForStars,
        higherPoints: option.points,
      });
    }
  }
}
