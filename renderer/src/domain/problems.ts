/**
 * A problem found while reading a file (a criteria sheet, a round file): where it is, what
 * kind it is, and the values a message needs. Structured data, not text, so that the same
 * problem reads in Vietnamese or English (texts in `renderer/src/i18n/problems.ts`) and tests
 * can assert on codes rather than wording.
 */

export const PROBLEM_CODES = [
  // reading the file at all
  'json-syntax', // not JSON: { detail }
  'json-too-deep', // nested deeper than { max }: refused before parsing
  'forbidden-key', // { field }: __proto__, constructor, prototype
  'file-too-large', // { size, max } in MB: refused before parsing
  'not-utf8', // the bytes are not UTF-8 text: refused before parsing
  'wrong-type', // { expected }
  'missing-field',
  'unknown-field',
  'empty-text',
  'not-one-of', // { allowed }
  'not-integer',
  'out-of-range', // { min, max }
  'not-a-date', // expects YYYY-MM-DD
  'not-an-instant', // expects an ISO 8601 date-time
  'not-in-format', // { value, expected }: a text that must follow a pattern (a hex digest, a code)
  // criteria sheets
  'duplicate-code', // { code }
  'criterion-max-not-best-option', // { max, best, variant }
  'section-max-not-sum', // { max, sum }
  'part-max-not-sum', // { max, sum }
  'part-max-not-rule-set', // { code, max, expected }
  'total-not-100', // { sum }
  'star-mark-not-on-option', // minForStars placed on a criterion, section or part
  'star-mark-repeated', // { level } twice in the same criterion (and case)
  'star-mark-decreasing', // { level, points, higherLevel, higherPoints }: a higher rank may not ask less
  'variant-partial', // some options carry a case, others do not
  'variant-single', // a criterion with cases must offer at least two
  'rule-set-mismatch', // { expected, found }
  // round files
  'wrong-format', // { expected }
  'unsupported-version', // { version, supported }
  'unknown-rule-set', // { ruleSet }
  'unknown-sheet', // { sheet, ruleSet }
  'duplicate-id', // { id }
  'unknown-member', // { id }
  'unknown-product', // { id }
  'unknown-criterion', // { code, sheet }
  'option-out-of-range', // { index, count }
  'criterion-unanswered', // { code }
  'case-missing', // { code }: the criterion has cases and none was chosen
  'case-unknown', // { code, variant }
  'case-not-applicable', // { code }: the criterion has no cases
  'option-not-in-case', // { code, index, variant }
  'score-by-absent-member', // { memberId }
  'score-by-recused-member', // { memberId }
  'score-by-non-voting-secretary', // { memberId }: round.secretaryScores is false
  'duplicate-score', // { memberId, productId, pass }
  'duplicate-recusal', // { memberId, productId }
  'pass-gap', // { memberId, productId, pass }: pass N without pass N−1
  'no-chair',
  'multiple-chairs',
  'knock-out-unknown-criterion', // { code }
  // input the repositories refuse (ValidationError details, one `problemLine` each)
  'not-a-meeting-day', // { value }: a date that is not one of the round's meeting days
  'same-line', // merging a register line with itself
  // product codes (T)-(X)-(STT)-year (domain/product-code.ts)
  'product-code-parts', // { count }
  'province-code-digits', // { value }
  'province-code-zero',
  'commune-code-digits', // { value }
  'commune-code-zero',
  'product-number-digits', // { value }
  'product-number-zero',
  'year-digits', // { value }
  'year-out-of-range', // { value, min, max }
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem {
  /** Where, in the file's own terms: `parts[0].sections[2].criteria[1]`, `scores[4].answers["1.5"]`. */
  readonly path: string;
  readonly code: ProblemCode;
  readonly params: ProblemParams;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

export function problem(path: string, code: ProblemCode, params: ProblemParams = {}): Problem {
  return { path, code, params };
}

/** `base` + `.key` (or `["key"]` when the key is not a plain identifier, e.g. a criterion code). */
export function fieldPath(base: string, key: string): string {
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  return base === '' ? segment.replace(/^\./, '') : `${base}${segment}`;
}

export function indexPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

/**
 * A problem as one line of an error's details, `path: code {"param":…}`: what the repositories
 * put in a ValidationError (db/ holds no words), read back by `problemFromLine` where the words
 * are (the screens), so the same refusal reads in Vietnamese or English.
 */
export function problemLine(p: Problem): string {
  return `${p.path}: ${p.code} ${JSON.stringify(p.params)}`;
}

export function problemFromLine(line: string): Problem | undefined {
  const match = /^(.*): ([a-z0-9-]+) (\{.*\})$/su.exec(line);
  const [, path, code, json] = match ?? [];
  const known = PROBLEM_CODES.find((c) => c === code);
  if (path === undefined || known === undefined || json === undefined) return undefined;
  let params: unknown;
  try {
    params = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return undefined;
  const clean = Object.entries(params).filter(
    (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
  );
  return problem(path, known, Object.fromEntries(clean));
}
