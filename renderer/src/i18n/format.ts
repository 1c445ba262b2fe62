import type { Language } from './define';

/** BCP 47 locales used for dates and numbers: vi → 28/11/2026 and 78,50; en → 28/11/2026 and 78.50. */
const locales: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

export function formatDate(language: Language, isoDate: string): string {
  // A calendar date (YYYY-MM-DD) is formatted in UTC so it never shifts by a day.
  const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locales[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(isoDate.length === 10 ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

export function formatDateTime(language: Language, isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(locales[language], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** Formats a number that is already rounded as wanted (no further rounding surprises). */
/** Formatters made once per language and precision: making one costs far more than using it (the scoring summary formats on every key). */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(language: Language, value: number, fractionDigits = 0): string {
  const key = `${language}/${fractionDigits}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locales[language], {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
      useGrouping: true,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatPercent(language: Language, ratio: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}
