import type { CouncilLevel, IsoDate } from '../model';

/**
 * What the secretary fills in on the minutes before anyone signs them (issue 11): the number
 * in the council's yearly series, the meeting's start and end time, the venue, who presides
 * ("Chủ trì") and who takes the minutes ("Thư ký/Người ghi biên bản") — the lines of the
 * Decree 30/2020 form — the council's conclusion, other opinions and the recipients
 * ("Nơi nhận"). A signed PDF cannot be filled in afterwards, so signing is refused while a
 * required field is blank. Pure: no clock, no storage.
 */

export interface MinutesFields {
  /** The number in the series (1, 2, …); null while none is given. */
  readonly number: number | null;
  /** The number's symbol after the slash, e.g. "BB-HĐOCOP": "05/BB-HĐOCOP". */
  readonly symbol: string;
  /** "HH:MM" (24 h), '' while unknown. */
  readonly startTime: string;
  readonly endTime: string;
  readonly venue: string;
  /** "Chủ trì": who presides (the chair, or the delegated chair). */
  readonly presiding: string;
  /** "Thư ký/Người ghi biên bản": who takes the minutes. */
  readonly recorder: string;
  /** The council's conclusion and recommendation, pre-written from the result, editable. */
  readonly conclusion: string;
  /** Other opinions raised in the meeting; may stay empty. */
  readonly otherOpinions: string;
  /** "Nơi nhận" lines (the archive line is added by the document). */
  readonly recipients: readonly string[];
}

/** The fields a signed minutes cannot be without, in the order the form shows them. */
export const REQUIRED_MINUTES_FIELDS = [
  'number',
  'symbol',
  'startTime',
  'endTime',
  'venue',
  'presiding',
  'recorder',
  'conclusion',
  'recipients',
] as const;

export type MinutesFieldKey = (typeof REQUIRED_MINUTES_FIELDS)[number] | 'otherOpinions';

/** Limits on what a person types (a minutes is a page or two, not a book). */
export const MINUTES_FIELD_LIMITS = {
  text: 300,
  conclusion: 4000,
  otherOpinions: 4000,
  recipients: 30,
  number: 99_999,
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** Letters (Vietnamese too), digits and - . / no space: what a number symbol is made of. */
const SYMBOL = /^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u;

export function isMeetingTime(value: string): boolean {
  return TIME.test(value);
}

/** Every required field left blank, in form order (empty list: ready to sign). */
export function missingMinutesFields(fields: MinutesFields | null): MinutesFieldKey[] {
  if (fields === null) return [...REQUIRED_MINUTES_FIELDS];
  const blank = (s: string) => s.trim() === '';
  return REQUIRED_MINUTES_FIELDS.filter((key) => {
    switch (key) {
      case 'number':
        return fields.number === null;
      case 'recipients':
        return fields.recipients.every(blank);
      default:
        return blank(fields[key]);
    }
  });
}

/** A problem with what was typed: which field and why (the UI words it in both languages). */
export interface MinutesFieldProblem {
  readonly field: MinutesFieldKey;
  readonly problem: 'invalid-time' | 'end-before-start' | 'invalid-number' | 'invalid-symbol' | 'too-long';
}

/** What is wrong in what was typed (blank is not wrong here: see `missingMinutesFields`). */
export function minutesFieldProblems(fields: MinutesFields): MinutesFieldProblem[] {
  const out: MinutesFieldProblem[] = [];
  const n = fields.number;
  if (n !== null && (!Number.isInteger(n) || n < 1 || n > MINUTES_FIELD_LIMITS.number))
    out.push({ field: 'number', problem: 'invalid-number' });
  if (fields.symbol.trim() !== '' && !SYMBOL.test(fields.symbol.trim()))
    out.push({ field: 'symbol', problem: 'invalid-symbol' });
  for (const key of ['startTime', 'endTime'] as const)
    if (fields[key] !== '' && !isMeetingTime(fields[key])) out.push({ field: key, problem: 'invalid-time' });
  if (isMeetingTime(fields.startTime) && isMeetingTime(fields.endTime) && fields.endTime <= fields.startTime)
    out.push({ field: 'endTime', problem: 'end-before-start' });
  for (const key of ['symbol', 'venue', 'presiding', 'recorder'] as const)
    if (fields[key].length > MINUTES_FIELD_LIMITS.text) out.push({ field: key, problem: 'too-long' });
  if (fields.conclusion.length > MINUTES_FIELD_LIMITS.conclusion)
    out.push({ field: 'conclusion', problem: 'too-long' });
  if (fields.otherOpinions.length > MINUTES_FIELD_LIMITS.otherOpinions)
    out.push({ field: 'otherOpinions', problem: 'too-long' });
  if (
    fields.recipients.length > MINUTES_FIELD_LIMITS.recipients ||
    fields.recipients.some((r) => r.length > MINUTES_FIELD_LIMITS.text)
  )
    out.push({ field: 'recipients', problem: 'too-long' });
  return out;
}

/** Trimmed, recipients without empty lines: the shape that is stored. */
export function normalizeMinutesFields(fields: MinutesFields): MinutesFields {
  return {
    number: fields.number,
    symbol: fields.symbol.trim(),
    startTime: fields.startTime.trim(),
    endTime: fields.endTime.trim(),
    venue: fields.venue.trim(),
    presiding: fields.presiding.trim(),
    recorder: fields.recorder.trim(),
    conclusion: fields.conclusion.trim(),
    otherOpinions: fields.otherOpinions.trim(),
    recipients: fields.recipients.map((r) => r.trim().replace(/[;.]$/u, '')).filter((r) => r !== ''),
  };
}

/** "05/BB-HĐOCOP": two digits at least, as offices number their documents. */
export function formatMinutesNumber(number: number, symbol: string): string {
  return `${String(number).padStart(2, '0')}/${symbol}`;
}

/**
 * The series a number belongs to: one per council (its level and province) and calendar
 * year. Two minutes of one series never carry the same number once signed.
 */
export function minutesSeriesKey(level: CouncilLevel, province: string, meetingDate: IsoDate): string {
  const place = province
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('vi')
    .replace(/^(tỉnh|thành phố)\s+/u, '')
    .replace(/\s+/gu, ' ');
  return `${level}|${level === 'central' ? '' : place}|${meetingDate.slice(0, 4)}`;
}

/** The next number to suggest: one after the highest taken (never fills a gap behind a signed one). */
export function nextMinutesNumber(taken: readonly number[]): number {
  return taken.reduce((max, n) => Math.max(max, n), 0) + 1;
}
