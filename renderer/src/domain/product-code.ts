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

export interface ProductCodeProblem {
  readonly field: 'code' | 'province' | 'commune' | 'number' | 'year';
  readonly vi: string;
  readonly en: string;
}

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
  if (text === '') {
    return fail([{ field: 'code', vi: 'Chưa nhập mã số sản phẩm.', en: 'The product code is empty.' }]);
  }
  const parts = text.split('-');
  if (parts.length !== 4) {
    return fail([
      {
        field: 'code',
        vi: `Mã số phải có 4 phần (T)-(X)-(STT)-năm, ví dụ 79-26734-001-2026; đang có ${parts.length} phần.`,
        en: `The code needs 4 parts (T)-(X)-(STT)-year, e.g. 79-26734-001-2026; it has ${parts.length}.`,
      },
    ]);
  }
  const [province = '', commune = '', number = '', yearText = ''] = parts;
  const problems: ProductCodeProblem[] = [];
  if (!/^\d{2}$/.test(province)) {
    problems.push({
      field: 'province',
      vi: `Mã tỉnh "${province}" phải gồm 2 chữ số.`,
      en: `Province code "${province}" must be 2 digits.`,
    });
  } else if (province === '00') {
    problems.push({ field: 'province', vi: 'Mã tỉnh không thể là 00.', en: 'Province code cannot be 00.' });
  }
  if (!/^\d{5}$/.test(commune)) {
    problems.push({
      field: 'commune',
      vi: `Mã xã "${commune}" phải gồm 5 chữ số.`,
      en: `Commune code "${commune}" must be 5 digits.`,
    });
  } else if (commune === '00000') {
    problems.push({ field: 'commune', vi: 'Mã xã không thể là 00000.', en: 'Commune code cannot be 00000.' });
  }
  if (!/^\d{1,4}$/.test(number)) {
    problems.push({
      field: 'number',
      vi: `Số thứ tự "${number}" phải gồm 1 đến 4 chữ số.`,
      en: `Product number "${number}" must be 1 to 4 digits.`,
    });
  } else if (Number(number) === 0) {
    problems.push({ field: 'number', vi: 'Số thứ tự bắt đầu từ 1.', en: 'The product number starts at 1.' });
  }
  const minYear = options.minYear ?? 2019;
  const maxYear = options.maxYear ?? 2100;
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText)) {
    problems.push({
      field: 'year',
      vi: `Năm "${yearText}" phải gồm 4 chữ số.`,
      en: `Year "${yearText}" must be 4 digits.`,
    });
  } else if (year < minYear || year > maxYear) {
    problems.push({
      field: 'year',
      vi: `Năm ${year} ngoài khoảng ${minYear}–${maxYear}.`,
      en: `Year ${year} is outside ${minYear}–${maxYear}.`,
    });
  }
  if (problems.length > 0) return fail(problems);
  return {
    ok: true,
    value: { province, commune, number, year, code: `${province}-${commune}-${number}-${yearText}` },
  };
}

function fail(problems: readonly ProductCodeProblem[]): ProductCodeResult {
  return { ok: false, problems };
}
