/**
 * Dates as people in Vietnam write them (dd/mm/yyyy), whatever language the browser runs in:
 * Chromium's own date input follows the browser's locale and showed mm/dd/yyyy on an English
 * system while the app prints dd/mm/yyyy. Stored dates stay ISO (yyyy-mm-dd).
 */
const DMY = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

/** "5/12/2026", "05.12.2026" or an ISO "2026-12-05" → "2026-12-05"; null when it is no real day. */
export function parseDateText(text: string): string | null {
  const dmy = DMY.exec(text);
  const iso = dmy === null ? ISO.exec(text) : null;
  const [day, month, year] =
    dmy !== null
      ? [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
      : iso !== null
        ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
        : [NaN, NaN, NaN];
  if (!Number.isInteger(day) || month < 1 || month > 12 || day < 1 || year < 1000) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-12-05" → "05/12/2026"; anything else is returned as typed. */
export function formatDateText(iso: string): string {
  const m = ISO.exec(iso);
  return m === null ? iso : `${m[3] ?? ''}/${m[2] ?? ''}/${m[1] ?? ''}`;
}
