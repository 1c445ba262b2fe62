import { describe, expect, it } from 'vitest';
import { catalog } from '../../../renderer/src/i18n/catalog';

/**
 * One word for one thing in the Vietnamese UI: a round is an "đợt" (never "vòng", which the
 * walkthrough found beside "đợt"), and "xóa" is spelled one way (not "xoá" beside "xóa").
 */
const wrong: readonly { readonly pattern: RegExp; readonly use: string }[] = [
  { pattern: /\bvòng\b/iu, use: 'đợt' },
  { pattern: /xoá/iu, use: 'xóa' },
];

export function wordingProblems(messages: Readonly<Record<string, { readonly vi: string }>>): string[] {
  return Object.entries(messages).flatMap(([key, m]) =>
    wrong.filter((w) => w.pattern.test(m.vi)).map((w) => `${key}: "${m.vi}" (use "${w.use}")`),
  );
}

describe('the Vietnamese catalog uses one word per thing', () => {
  it('the check finds the words it forbids', () => {
    expect(wordingProblems({ a: { vi: 'Xoá vòng đánh giá' }, b: { vi: 'Xóa đợt' } })).toHaveLength(2);
  });

  it('no message says "vòng" or "xoá"', () => {
    expect(wordingProblems(catalog)).toEqual([]);
  });
});
