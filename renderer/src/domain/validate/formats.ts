/**
 * What a date and an instant are, for every reader of the app: the zod building blocks of
 * every file format (./schemas.ts: round files, sheets, backups, packs), the
 * repositories (db/repos/guards.ts) and the round form. One definition, so a backup can no
 * longer accept 2026-02-31 while a round file refuses it.
 */

/** A calendar date `YYYY-MM-DD` that exists (no 31 February). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO 8601 date-time with a time zone (`Z` or `±hh:mm`), as `toISOString` writes. */
export function isIsoInstant(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return false;
  return isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}
