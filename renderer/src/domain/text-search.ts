/**
 * Vietnamese search that tolerates missing diacritics and case: "ca phe" finds
 * "Cà phê, ca cao", "DUONG" finds "đường". People type without tones on a laptop
 * keyboard without a Vietnamese input method; the sheets' names carry every tone.
 */

/** Lower case, tones and vowel marks removed, đ → d, whitespace collapsed. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '') // combining marks: tones, circumflex, breve, horn
    .replace(/[đĐ]/g, 'd') // đ is a letter of its own, not a d with a mark: NFD keeps it
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of a folded text; punctuation separates words ("cà phê, ca cao" → cà, phê, ca, cao). */
function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/**
 * Whether `text` matches `query`: every word of the query is the start of some word of
 * the text, in any order ("phe ca" finds "Cà phê"; "ca p" finds "cà phê" while typing).
 * A query with accents still matches an unaccented text, and the reverse: both are folded.
 * An empty query matches everything (a list with no filter).
 */
export function matchesSearch(text: string, query: string): boolean {
  const wanted = words(foldVietnamese(query));
  if (wanted.length === 0) return true;
  const have = words(foldVietnamese(text));
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}

/** The items whose text matches, in their original order. */
export function searchBy<T>(items: readonly T[], query: string, text: (item: T) => string): T[] {
  return items.filter((item) => matchesSearch(text(item), query));
}
