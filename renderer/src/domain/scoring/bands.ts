import type { StarBand, StarLevel } from '../criteria/types';

/**
 * Averages are kept EXACT: a sum of whole points and the number of members, divided only
 * when a number is shown. Bands are half-open on the exact average ("89.99 is 4★, 90.00 is
 * 5★"); comparing `sum ≥ bound × count` in scaled integers means no floating-point drift can
 * lift 89.999… into 5★ or drop 90 into 4★.
 */
export interface ExactAverage {
  /** Sum of the members' whole-point totals (or of their points on one part/criterion). */
  readonly sum: number;
  /** Number of members counted. */
  readonly count: number;
}

export function exactAverage(values: readonly number[]): ExactAverage {
  return { sum: values.reduce((a, b) => a + b, 0), count: values.length };
}

/** The average as a JS number, full precision (for JSON output and charts, never for banding). */
export function averageValue(average: ExactAverage): number {
  return average.count === 0 ? 0 : average.sum / average.count;
}

/** Bounds may have up to this many decimals (bands in every decision so far are whole numbers). */
const BOUND_SCALE = 100;

/** `average ≥ bound`, exactly. */
export function atLeast(average: ExactAverage, bound: number): boolean {
  return average.sum * BOUND_SCALE >= Math.round(bound * BOUND_SCALE) * average.count;
}

/** The star band of an average: the highest band whose lower bound it reaches. */
export function bandOf(average: ExactAverage, bands: readonly StarBand[]): StarLevel {
  // The reached band with the highest lower bound (no sorting: this runs for every sheet).
  let found: StarBand | undefined;
  for (const band of bands) {
    if ((found === undefined || band.min > found.min) && atLeast(average, band.min)) found = band;
  }
  return found?.stars ?? 1;
}

/**
 * The average for display, rounded DOWN to `decimals` (so a 4★ product never reads "90,00"):
 * 89.999 → "89,99" in Vietnamese, "89.99" in English. Integer arithmetic throughout.
 */
export function displayAverage(
  average: ExactAverage,
  decimals: number,
  language: 'vi' | 'en' = 'vi',
): string {
  if (average.count === 0) return '—';
  const scale = 10 ** decimals;
  const numerator = average.sum * scale;
  let scaled = Math.floor(numerator / average.count);
  // Correct the rare case where float division rounded up across an integer.
  if (scaled * average.count > numerator) scaled -= 1;
  const whole = Math.floor(scaled / scale);
  const fraction = String(scaled - whole * scale).padStart(decimals, '0');
  const separator = language === 'vi' ? ',' : '.';
  return decimals > 0 ? `${whole}${separator}${fraction}` : String(whole);
}
