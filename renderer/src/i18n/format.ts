import type { Language } from './define';

/** BCP 47 locales used for dates and numbers: vi → 28/11/2026 and 78,50; en → 28/11/2026 and 78.50. */
const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * One formatter per language and style, made when first used. Making an `Intl` formatter costs
 * far more than formatting with it (the first one loads the locale's data: tens of milliseconds
 * on the first screen, issue 13), and a screen formats hundreds of dates and numbers.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!(format instanceof Intl.DateTimeFormat)) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

function numberFormat(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let format = formatters.get(key);
  if (!(format instanceof Intl.NumberFormat)) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function formatDate(language: Language, isoDate: string): string {
  // A calendar date (YYYY-MM-DD) is formatted in UTC so it never shifts by a day.
  const calendarDate = isoDate.length === 10;
  const date = new Date(calendarDate ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(
    `date ${language} ${calendarDate ? 'utc' : 'local'}`,
    () =>
      new Intl.DateTimeFormat(locales[language], {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        ...(calendarDate ? { timeZone: 'UTC' } : {}),
      }),
  ).format(date);
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
