import type { Language } from '../../i18n/define';
import { translate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/catalog';
import type { Params } from '../../i18n/define';

/**
 * Small text helpers shared by every document. All document text passes through `t`, so a
 * document is fully Vietnamese or fully English and every Vietnamese string is NFC (the PDF
 * then holds precomposed letters, which every font here has and `pdftotext` reads back).
 */

export type DocText = (key: MessageKey, params?: Params) => string;

export function textsFor(language: Language): DocText {
  return (key, params) => translate(language, key, params).normalize('NFC');
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
