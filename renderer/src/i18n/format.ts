import type { Language } from './define';

/** BCP 47 locales used for dates and numbers: vi → 28/11/2026 and 78,50; en → 28/11/2026 and 78.50. */
const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * One formatter per language and style, made when first used. Making an `Intl` formatter costs
 * far more than formatting with it (the first one loads the locale's data: tens of milliseconds
 * on the first screen, issue 13), and a screen formats hundreds of dates and numbers.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<F>(formats: Map<string, F>, key: string, make: () => F): F {
  let format = formats.get(key);
  if (format === undefined) {
    format = make();
    formats.set(key, format);
  }
  return format;
}

const dateFormat = (key: string, make: () => Intl.DateTimeFormat) => cached(dateFormats, key, make);
const numberFormat = (key: string, make: () => Intl.NumberFormat) => cached(numberFormats, key, make);

/**
 * dd/mm/yyyy: what both languages' locales write for a day (vi-VN and en-GB, day and month
 * 2-digit, year numeric; tests/unit/i18n/format.test.ts checks it against Intl). Written out
 * rather than asked of Intl: the first Intl date formatter of a page loads the locale's data,
 * 50-140 ms on the first screen of a loaded machine (issue 13), for dates only.
 */
function dayMonthYear(day: number, month: number, year: number): string {
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

export function formatDate(_language: Language, isoDate: string): string {
  // A calendar date (YYYY-MM-DD) is read in UTC so it never shifts by a day; an instant is
  // shown on the local day.
  const calendarDate = isoDate.length === 10;
  const date = new Date(calendarDate ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return calendarDate
    ? dayMonthYear(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear())
    : dayMonthYear(date.getDate(), date.getMonth() + 1, date.getFullYear());
}

export function formatDateTime(language: Language, isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return dateFormat(
    `dateTime ${language}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  ).format(date);
}

/** Formats a number that is already rounded as wanted (no further rounding surprises). */
export function formatNumber(language: Language, value: number, fractionDigits = 0): string {
  return numberFormat(
    `number ${language} ${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locales[language], {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
        useGrouping: true,
      }),
  ).format(value);
}

export function formatPercent(language: Language, ratio: number, fractionDigits = 0): string {
  return numberFormat(
    `percent ${language} ${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locales[language], {
        style: 'percent',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }),
  ).format(ratio);
}
