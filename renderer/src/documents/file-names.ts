import type { Language } from '../i18n/define';
import { translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/define';

/**
 * File names of the generated documents: clear Vietnamese names with their diacritics
 * ("Biên bản - 01 - Mật ong hoa nhãn.pdf"), in NFC (macOS would otherwise store them
 * decomposed and Windows tools would show them twice), and safe on Windows.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Most file systems allow 255 bytes; Vietnamese letters take 2–3 bytes in UTF-8. */
const MAX_NAME_CHARS = 120;

/** A name part without the characters Windows forbids, trailing dots or spaces, or reserved names. */
export function safeFileName(text: string, fallback: string): string {
  let name = text.normalize('NFC').replace(WINDOWS_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (name.length > MAX_NAME_CHARS) name = name.slice(0, MAX_NAME_CHARS).trim();
  name = name.replace(/[. ]+$/, '');
  if (name === '' || WINDOWS_RESERVED.test(name)) name = fallback;
  return name;
}

function pdfName(language: Language, key: MessageKey, params: Params): string {
  return `${safeFileName(translate(language, key, params), translate(language, 'doc.file.document'))}.pdf`;
}

/** "01", or "001" in a round of more than 99 products, so files sort in order. */
export function orderLabel(order: number, count: number): string {
  return String(order).padStart(Math.max(2, String(count).length), '0');
}

export function minutesFileName(language: Language, order: number, count: number, product: string): string {
  return pdfName(language, 'doc.file.minutes', { order: orderLabel(order, count), product });
}

export function sheetFileName(
  language: Language,
  order: number,
  count: number,
  product: string,
  member: string,
): string {
  return pdfName(language, 'doc.file.sheet', { order: orderLabel(order, count), product, member });
}

export function blankSheetFileName(language: Language, sheetNo: number, sheetName: string): string {
  return pdfName(language, 'doc.file.blankSheet', { sheetNo: String(sheetNo).padStart(2, '0'), sheetName });
}

export function summaryFileName(language: Language, round: string): string {
  return pdfName(language, 'doc.file.summary', { round });
}

export function combinedFileName(language: Language, name: string): string {
  return pdfName(language, 'doc.file.combined', { name });
}

/**
 * Names made unique within one folder, compared as Windows and macOS do (case-insensitive):
 * a repeat becomes "… (2).pdf".
 */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = name.replace(/\.pdf$/i, '');
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base} (${n}).pdf`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
