import type { MessageKey } from '../../i18n/catalog';
import type { Language, Params } from '../../i18n/define';

/**
 * Small text helpers shared by every document. All document text passes through `t`, so a
 * document is fully Vietnamese or fully English and every Vietnamese string is NFC (the PDF
 * then holds precomposed letters, which every font here has and `pdftotext` reads back).
 * The words come in as data (`DocWords`, made by renderer/src/documents/words.ts): the domain
 * names the catalog's key type so every key stays checked, but never reads the catalog itself.
 */

export type DocText = (key: MessageKey, params?: Params) => string;

export interface DocWords {
  readonly language: Language;
  readonly t: DocText;
  /** A ratio (0.125) as a percentage written the way this language writes it. */
  readonly percent: (ratio: number, fractionDigits: number) => string;
}

/** A date's parts as the decree writes them: day < 10 and months 1–2 get a leading zero. */
export function dateParts(isoDate: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = isoDate.slice(0, 10).split('-');
  const monthNumber = Number(month);
  return {
    day: day.padStart(2, '0'),
    month: monthNumber <= 2 ? month.padStart(2, '0') : String(monthNumber),
    year,
  };
}

/** "dd/mm/yyyy" for dates cited inside sentences (decisions, meeting days). */
export function shortDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
