import { problem, type Problem } from './problems';

/**
 * The OCOP product code printed in every sheet's header: "(T)-(X)-(STT)-20…"
 * "T: Mã tỉnh - X: Mã xã - STT: Số thứ tự sản phẩm do xã lập thống kê - Năm đánh giá.
 * Mã đơn vị hành chính theo Quyết định số 19/2025/QĐ-TTg" (sheet-01 formHeaderFields).
 * e.g. "79-26734-001-2026": province 79, commune 26734, product 001, evaluated in 2026.
 *
 * Strict on the shape (the code identifies the product in decisions and certificates),
 * practical on what people type: surrounding spaces, spaces around dashes and en/em dashes
 * are accepted and normalised. Administrative codes are national codes of fixed width:
 * province 2 digits, commune 5 digits (Decision 19/2025/QĐ-TTg keeps the GSO widths).
 */

export interface ProductCode {
  /** 2-digit province code, e.g. "79" */
  readonly province: string;
  /** 5-digit commune code, e.g. "26734" */
  readonly commune: string;
  /** the commune's running number of the product, as printed, e.g. "001" */
  readonly number: string;
  readonly year: number;
  /** the normalised code, e.g. "79-26734-001-2026" */
  readonly code: string;
}

/**
 * What is wrong with a code: `path` names the part ('code' for the whole, 'province', 'commune',
 * 'number', 'year'); the words are the problem texts of the catalog (i18n/problems.ts).
 */
export type ProductCodeProblem = Problem;

export type ProductCodeResult =
  | { readonly ok: true; readonly value: ProductCode }
  | { readonly ok: false; readonly problems: readonly ProductCodeProblem[] };

export interface ProductCodeOptions {
  /**
   * Years accepted; default 2019 (first OCOP cycle) .. 2100. The domain reads no clock:
   * callers that know today pass `maxYear` (the db passes the current year + 1).
   */
  readonly minYear?: number;
  readonly maxYear?: number;
}

/** Normalises what people type: trims, unifies dashes, removes spaces around dashes. */
export function normaliseProductCode(raw: string): string {
  return raw
    .trim()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s*-\s*/g, '-');
}

export function parseProductCode(raw: string, options: ProductCodeOptions = {}): ProductCodeResult {
  const text = normaliseProductCode(raw);
  if (text === '') return fail([problem('code', 'empty-text')]);
  const parts = text.split('-');
  if (parts.length !== 4) return fail([problem('code', 'product-code-parts', { count: parts.length })]);
  const [province = '', commune = '', number = '', yearText = ''] = parts;
  const problems: ProductCodeProblem[] = [];
  if (!/^\d{2}$/.test(province))
    problems.push(problem('province', 'province-code-digits', { value: province }));
  else if (province === '00') problems.push(problem('province', 'province-code-zero'));
  if (!/^\d{5}$/.test(commune)) problems.push(problem('commune', 'commune-code-digits', { value: commune }));
  else if (commune === '00000') problems.push(problem('commune', 'commune-code-zero'));
  if (!/^\d{1,4}$/.test(number)) problems.push(problem('number', 'product-number-digits', { value: number }));
  else if (Number(number) === 0) problems.push(problem('number', 'product-number-zero'));
  const minYear = options.minYear ?? 2019;
  const maxYear = options.maxYear ?? 2100;
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) problems.push(problem('year', 'year-digits', { value: yearText }));
  else if (year < minYear || year > maxYear)
    problems.push(problem('year', 'year-out-of-range', { value: year, min: minYear, max: maxYear }));
  if (problems.length > 0) return fail(problems);
  return {
    ok: true,
    value: { province, commune, number, year, code: `${province}-${commune}-${number}-${yearText}` },
  };
}

function fail(problems: readonly ProductCodeProblem[]): ProductCodeResult {
  return { ok: false, problems };
}
