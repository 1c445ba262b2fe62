import { foldVietnamese } from '../text-search';

/** A header or a cell as compared: no diacritics, lower case, punctuation as spaces, spaces folded. */
export function foldHeader(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Which column holds which field: each field, in the order given, takes the first free column
 * whose header is one of its synonyms (folded, best first) — exact matches first for every
 * field, then headers that contain a synonym as whole words.
 */
export function guessColumns<F extends string>(
  headers: readonly string[],
  fields: readonly F[],
  synonyms: Readonly<Record<F, readonly string[]>>,
): Record<F, number | null> {
  const folded = headers.map(foldHeader);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(fields.map((f) => [f, null])) as Record<F, number | null>;
  for (const exact of [true, false]) {
    for (const field of fields) {
      if (mapping[field] !== null) continue;
      for (const synonym of synonyms[field]) {
        const index = folded.findIndex(
          (h, i) => !taken.has(i) && (exact ? h === synonym : ` ${h} `.includes(` ${synonym} `)),
        );
        if (index >= 0) {
          mapping[field] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  return mapping;
}
