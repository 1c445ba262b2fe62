import type { z } from 'zod';
import {
  fieldPath,
  indexPath,
  PROBLEM_CODES,
  problem,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from '../problems';

/**
 * THE mapping from zod's issues to the app's problems (a code, a path in the file's own terms,
 * the values a message needs; words in the i18n catalog). Every reader of a file format goes
 * through it — round files, criteria sheets, rule-sets, backups, scoring packs — so the same
 * wrong value reads as the same problem wherever it is found.
 */

/** At most this many problems of one value are listed: a foreign file would list thousands. */
export const MAX_PROBLEMS = 50;

/** `base` followed by zod's path (`["parts", 0, "max"]` → `parts[0].max`). */
export function joinPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => (typeof key === 'number' ? indexPath(at, key) : fieldPath(at, String(key))),
    base,
  );
}

/** A value as a message shows it: short, and never an object dumped whole. */
function shown(value: unknown): string | number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
  if (Array.isArray(value)) return `[${value.length}]`;
  if (value === null) return 'null';
  if (typeof value === 'object') return '{…}';
  return String(value);
}

function isProblemCode(value: unknown): value is ProblemCode {
  return PROBLEM_CODES.some((code) => code === value);
}

const JSON_TYPES: Readonly<Record<string, string>> = {
  object: 'object',
  array: 'array',
  string: 'string',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
};

function issueProblems(issue: z.core.$ZodIssue, base: string): Problem[] {
  const at = joinPath(base, issue.path);
  const last = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      // With `reportInput`, zod leaves `input` out exactly when the field is not there.
      if (issue.input === undefined && typeof last === 'string')
        return [problem(at, 'missing-field', { field: last })];
      return [problem(at, 'wrong-type', { expected: JSON_TYPES[issue.expected] ?? issue.expected })];
    case 'unrecognized_keys':
      return issue.keys.map((key) => problem(fieldPath(at, key), 'unknown-field', { field: key }));
    case 'invalid_value':
      return [
        problem(at, 'not-one-of', {
          value: JSON.stringify(issue.input ?? null),
          allowed: issue.values.map((v) => String(v)).join(', '),
        }),
      ];
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'string' && issue.code === 'too_small') return [problem(at, 'empty-text')];
      const value =
        typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : issue.input;
      const params: ProblemParams =
        issue.code === 'too_small'
          ? { value: shown(value), min: bound, max: '∞' }
          : { value: shown(value), min: issue.origin === 'number' ? '−∞' : 0, max: bound };
      return [problem(at, 'out-of-range', params)];
    }
    case 'invalid_format':
      return [
        problem(at, 'not-in-format', {
          value: shown(issue.input),
          expected: issue.format === 'regex' && 'pattern' in issue ? String(issue.pattern) : issue.format,
        }),
      ];
    case 'custom': {
      const { problem: code, ...params } = issue.params ?? {};
      if (!isProblemCode(code)) return [problem(at, 'wrong-type', { expected: 'valid value' })];
      const numbers = Object.fromEntries(
        Object.entries(params).filter((e): e is [string, string | number] =>
          ['string', 'number'].includes(typeof e[1]),
        ),
      );
      return [problem(at, code, { value: shown(issue.input), ...numbers })];
    }
    case 'invalid_key':
      return [problem(at, 'unknown-field', { field: String(last ?? '') })];
    case 'invalid_element':
      return issue.issues.flatMap((inner) => issueProblems(inner, at));
    case 'invalid_union':
      // A discriminated union names its key ("kind") and the values it knows.
      if ('discriminator' in issue && typeof issue.discriminator === 'string' && 'options' in issue)
        return [
          problem(at, 'not-one-of', {
            value: JSON.stringify(issue.input ?? null),
            allowed: Array.isArray(issue.options) ? issue.options.map(String).join(', ') : '',
          }),
        ];
      return [problem(at, 'wrong-type', { expected: 'valid value' })];
    default:
      return [problem(at, 'wrong-type', { expected: 'valid value' })];
  }
}

/** The problems of a failed parse, at most MAX_PROBLEMS, each path prefixed with `base`. */
export function problemsFromZod(error: z.ZodError, base = ''): Problem[] {
  return error.issues.flatMap((issue) => issueProblems(issue, base)).slice(0, MAX_PROBLEMS);
}

/**
 * Parses `value` (found at `path`) with `schema`; on failure records the problems and returns
 * undefined, so that a reader can keep going and report every problem of a file at once.
 */
export function readWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  path: string,
  problems: Problem[],
): z.output<S> | undefined {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  problems.push(...problemsFromZod(parsed.error, path));
  return undefined;
}

/** `readWith` for a whole file: the value, or every problem. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { readonly ok: true; readonly value: z.output<S> } | { readonly ok: false; readonly problems: Problem[] } {
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: problemsFromZod(parsed.error) };
}
