/**
 * When the app backs up by itself, and which automatic backups it keeps (issue 6 item 1).
 * Pure: the caller gives the list of files and the local date/time.
 *
 * - once per day of use: at start-up, when no automatic backup was written on that (local) day;
 * - when a round is closed: always (a closed round is a finished legal record);
 * - before a restore or a round's deletion: always (what is replaced can be brought back);
 * - keep the last N automatic backups (setting `backup.keepLast`, default 10); files the
 *   person saved elsewhere are not in the data folder and never touched.
 *
 * Names are ASCII-safe and sortable: `sao-luu-tu-dong_2026-11-28_10-30-05_hang-ngay.json`
 * (local date and time, then the reason). A name that does not parse is not ours: never pruned.
 */
export type AutoBackupReason = 'daily' | 'round-closed' | 'before-restore' | 'before-delete';

export const KEEP_LAST_SETTING = 'backup.keepLast';
export const DEFAULT_KEEP_LAST = 10;
export const MIN_KEEP_LAST = 1;
export const MAX_KEEP_LAST = 100;

const REASON_SLUG: Readonly<Record<AutoBackupReason, string>> = {
  daily: 'hang-ngay',
  'round-closed': 'dong-vong',
  'before-restore': 'truoc-khoi-phuc',
  'before-delete': 'truoc-khi-xoa',
};
const REASONS = [
  'daily',
  'round-closed',
  'before-restore',
  'before-delete',
] as const satisfies readonly AutoBackupReason[];
const PREFIX = 'sao-luu-tu-dong_';
const NAME_PATTERN =
  /^sao-luu-tu-dong_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})_([a-z-]+)(?:_(\d+))?\.json$/;

/** Local calendar parts of an instant, for names (people read them) and days of use. */
export interface LocalTime {
  readonly date: string; // YYYY-MM-DD
  readonly time: string; // HH-mm-ss
}

export function localTimeOf(d: Date): LocalTime {
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    date: `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`,
    time: `${two(d.getHours())}-${two(d.getMinutes())}-${two(d.getSeconds())}`,
  };
}

/** `copy` ≥ 2 tells apart two backups written in the same second. */
export function autoBackupName(reason: AutoBackupReason, at: LocalTime, copy = 1): string {
  return `${PREFIX}${at.date}_${at.time}_${REASON_SLUG[reason]}${copy > 1 ? `_${copy}` : ''}.json`;
}

export interface AutoBackupName {
  readonly name: string;
  readonly date: string;
  /** HH:mm:ss */
  readonly time: string;
  readonly reason: AutoBackupReason;
}

export function parseAutoBackupName(name: string): AutoBackupName | undefined {
  const m = NAME_PATTERN.exec(name);
  if (m === null) return undefined;
  const reason = REASONS.find((r) => REASON_SLUG[r] === m[5]);
  const date = m[1];
  if (reason === undefined || date === undefined) return undefined;
  return { name, date, time: `${m[2]}:${m[3]}:${m[4]}`, reason };
}

/** Ours, newest first (the names sort by local date and time). */
export function automaticBackups(names: readonly string[]): AutoBackupName[] {
  return names
    .flatMap((n) => parseAutoBackupName(n) ?? [])
    .sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Whether today's "once per day of use" backup is still to be written. */
export function dailyBackupDue(names: readonly string[], today: string): boolean {
  return !automaticBackups(names).some((b) => b.date === today);
}

/** Automatic backups beyond the newest `keepLast`: the ones to delete. */
export function backupsToPrune(names: readonly string[], keepLast: number): string[] {
  return automaticBackups(names)
    .slice(clampKeepLast(keepLast))
    .map((b) => b.name);
}

export function clampKeepLast(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return DEFAULT_KEEP_LAST;
  return Math.min(MAX_KEEP_LAST, Math.max(MIN_KEEP_LAST, value));
}

/**
 * The date and minute a backup saved with "Sao lưu ngay" is named after; its words are the
 * catalog's `backup.now.fileName` (in the language of the screen).
 */
export function manualBackupStamp(at: LocalTime): { readonly date: string; readonly time: string } {
  return { date: at.date, time: at.time.slice(0, 5) };
}
