import { describe, expect, it } from 'vitest';
import { ruleSetInfo } from '../../../../renderer/src/domain/criteria/registry';
import {
  bandOf,
  displayAverage,
  exactAverage,
  type ExactAverage,
} from '../../../../renderer/src/domain/scoring/bands';

const bands = ruleSetInfo('26/2026/QĐ-TTg')?.bands ?? [];

/** An exact average of `value` with two decimals, as 100 members would produce it. */
const avg = (value: number): ExactAverage => ({ sum: Math.round(value * 100), count: 100 });

describe('the five bands of 26/2026, half-open on the council average, never rounded first', () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [70, 4],
    [69.99, 3],
    [50, 3],
    [49.99, 2],
    [30, 2],
    [29.99, 1],
    [0, 1],
  ])('%d points → %i★', (value, stars) => {
    expect(bandOf(avg(value), bands)).toBe(stars);
  });

  it('three members at 90, 90, 89 average 89.67: 4★, not 5★', () => {
    expect(bandOf(exactAverage([90, 90, 89]), bands)).toBe(4);
  });

  it('an average a hair below 90 (26 999 / 300 = 89.996…) stays 4★', () => {
    expect(bandOf({ sum: 26_999, count: 300 }, bands)).toBe(4);
  });

  it('members at 89 and 91 average exactly 90: 5★', () => {
    expect(bandOf(exactAverage([89, 91]), bands)).toBe(5);
  });
});

describe('showing an average: two decimals, rounded DOWN, so a 4★ never reads "90,00"', () => {
  it.each([
    [{ sum: 89_999, count: 1000 }, '89,99', '89.99'],
    [{ sum: 26_999, count: 300 }, '89,99', '89.99'],
    [{ sum: 90, count: 1 }, '90,00', '90.00'],
    [{ sum: 157, count: 2 }, '78,50', '78.50'],
    [{ sum: 2, count: 3 }, '0,66', '0.66'],
    [{ sum: 1, count: 3 }, '0,33', '0.33'],
    [{ sum: 100, count: 1 }, '100,00', '100.00'],
  ])('%o → %s (vi) / %s (en)', (average, vi, en) => {
    expect(displayAverage(average, 2, 'vi')).toBe(vi);
    expect(displayAverage(average, 2, 'en')).toBe(en);
  });

  it("honours the profile's decimals", () => {
    expect(displayAverage({ sum: 26_999, count: 300 }, 1)).toBe('89,9');
    expect(displayAverage({ sum: 26_999, count: 300 }, 0)).toBe('89');
  });
});
