import type { IsoDate } from '../model';

/**
 * Recognition of an OCOP product and the dates that follow from it (issue 12): a certificate
 * is valid 36 months from the decision; the producer files for re-evaluation in a window that
 * opens 180 days and closes 120 days before the expiry. Pure: "today" is always passed in.
 */
export const VALIDITY_MONTHS = 36;
export const FILING_OPENS_DAYS_BEFORE_EXPIRY = 180;
export const FILING_CLOSES_DAYS_BEFORE_EXPIRY = 120;

export type RecognisedStars = 3 | 4 | 5;

/** What the status rules need of one recognition. */
export interface RecognitionFacts {
  readonly stars: RecognisedStars;
  readonly decisionDate: IsoDate;
  /** present once revoked */
  readonly revoked?: { readonly reason: string };
}

/**
 * - valid: recognised, more than 180 days before expiry
 * - due: the re-evaluation is due (from 180 days before expiry until expiry)
 * - expired: on or after the expiry date
 * - revoked: withdrawn, with a reason
 * - upgraded: a later recognition of the same product has more stars
 * - renewed: a later recognition with the same or fewer stars replaced it
 */
export type RecognitionStatus = 'valid' | 'due' | 'expired' | 'revoked' | 'upgraded' | 'renewed';

export const RECOGNITION_STATUSES: readonly RecognitionStatus[] = [
  'valid',
  'due',
  'expired',
  'revoked',
  'upgraded',
  'renewed',
];

const DAY_MS = 86_400_000;

function parts(date: IsoDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`not an ISO date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function toIso(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d);
}

/** `date` plus whole calendar months; a day the target month lacks becomes its last day (29 Feb → 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return toIso(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay)));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIso(utc(date) + days * DAY_MS);
}

/** The first day the certificate is no longer valid: 36 months after the decision. */
export function expiryDate(decisionDate: IsoDate): IsoDate {
  return addMonths(decisionDate, VALIDITY_MONTHS);
}

export interface FilingWindow {
  /** first day the producer may file for re-evaluation */
  readonly opens: IsoDate;
  /** last day of the window (exclusive: on this day it is closed) */
  readonly closes: IsoDate;
}

export function filingWindow(decisionDate: IsoDate): FilingWindow {
  const expiry = expiryDate(decisionDate);
  return {
    opens: addDays(expiry, -FILING_OPENS_DAYS_BEFORE_EXPIRY),
    closes: addDays(expiry, -FILING_CLOSES_DAYS_BEFORE_EXPIRY),
  };
}

export function filingWindowOpen(decisionDate: IsoDate, today: IsoDate): boolean {
  const w = filingWindow(decisionDate);
  return today >= w.opens && today < w.closes;
}

/**
 * The status of one recognition on `today`, given the recognitions of the same product
 * decided after it. A later recognition replaces this one (upgraded when it has more stars);
 * a revocation wins over everything else.
 */
export function recognitionStatus(
  recognition: RecognitionFacts,
  later: readonly RecognitionFacts[],
  today: IsoDate,
): RecognitionStatus {
  if (recognition.revoked !== undefined) return 'revoked';
  const replacing = later.filter((r) => r.revoked === undefined && r.decisionDate > recognition.decisionDate);
  if (replacing.some((r) => r.stars > recognition.stars)) return 'upgraded';
  if (replacing.length > 0) return 'renewed';
  const expiry = expiryDate(recognition.decisionDate);
  if (today >= expiry) return 'expired';
  if (today >= filingWindow(recognition.decisionDate).opens) return 'due';
  return 'valid';
}
