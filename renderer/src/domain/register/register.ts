import type { CouncilLevel, IsoDate, Uuid } from '../model';
import type { Outcome } from '../council/outcome';
import { foldVietnamese, matchesSearch } from '../text-search';
import { productGroupOfSheet, type ProductGroup } from './groups';
import {
  expiryDate,
  filingWindow,
  recognitionStatus,
  type FilingWindow,
  type RecognisedStars,
  type RecognitionStatus,
} from './recognition';

/** One closed evaluation of a product in a closed round (read from the rounds, never stored twice). */
export interface RegisterEvaluation {
  readonly productId: Uuid;
  readonly roundId: Uuid;
  readonly roundName: string;
  readonly level: CouncilLevel;
  /** the product's meeting day (or the round's last) */
  readonly date: IsoDate;
  readonly code: string;
  readonly name: string;
  readonly producerName: string;
  readonly commune: string;
  readonly sheetNo: number;
  /** the council's average total, null when disqualified before scoring */
  readonly average: number | null;
  readonly stars: number | null;
  readonly outcome: Outcome;
}

export interface RegisterRecognitionFacts {
  readonly id: Uuid;
  readonly stars: RecognisedStars;
  readonly decisionNumber: string;
  readonly decisionDate: IsoDate;
  readonly certificateNo: string;
  readonly roundId?: Uuid;
  readonly productId?: Uuid;
  readonly revoked?: { readonly reason: string; readonly at: string };
}

/** What the register stores of a product (db row without timestamps). */
export interface RegisterEntryFacts {
  readonly id: Uuid;
  readonly code: string;
  readonly name: string;
  readonly producerName: string;
  readonly commune: string;
  /** null for an imported product whose sheet is unknown */
  readonly sheetNo: number | null;
  readonly productIds: readonly Uuid[];
  readonly recognitions: readonly RegisterRecognitionFacts[];
}

export interface RecognitionView extends RegisterRecognitionFacts {
  readonly status: RecognitionStatus;
  readonly expiry: IsoDate;
  readonly filing: FilingWindow;
}

export type RegisterStatus = RecognitionStatus | 'not-recognised';

/** One line of the register: a product across every round. */
export interface RegisterLine {
  /** the stored entry's id, or "p:<productId>" of its first evaluation while nothing is stored */
  readonly key: string;
  readonly entryId: Uuid | null;
  readonly code: string;
  readonly name: string;
  readonly producerName: string;
  readonly commune: string;
  readonly sheetNo: number | null;
  readonly group: ProductGroup | null;
  /** oldest first */
  readonly evaluations: readonly RegisterEvaluation[];
  /** oldest first */
  readonly recognitions: readonly RecognitionView[];
  /** the recognition in force (the latest not replaced), or null */
  readonly current: RecognitionView | null;
  readonly status: RegisterStatus;
  /** stars of the recognition in force, else of the latest evaluation */
  readonly stars: number | null;
  /** years with an evaluation or a decision */
  readonly years: readonly number[];
}

/** Products with no code are the same product when producer and name agree (diacritics, case and spacing aside). */
export function nameKey(producerName: string, name: string): string {
  return `${foldVietnamese(producerName)}|${foldVietnamese(name)}`;
}

/**
 * Builds the register: stored entries claim their linked products and any evaluation with
 * their code; the remaining evaluations are grouped by code, or (without a code) by producer
 * and name. Evaluations and recognitions are sorted by date; statuses are those of `today`.
 */
export function buildRegister(
  entries: readonly RegisterEntryFacts[],
  evaluations: readonly RegisterEvaluation[],
  today: IsoDate,
): RegisterLine[] {
  const byEntry = new Map<Uuid, RegisterEvaluation[]>(entries.map((e) => [e.id, []]));
  const linked = new Map<Uuid, Uuid>();
  for (const e of entries) for (const p of e.productIds) linked.set(p, e.id);
  const entryByCode = new Map(entries.filter((e) => e.code !== '').map((e) => [e.code, e.id]));
  const loose = new Map<string, RegisterEvaluation[]>();
  for (const ev of evaluations) {
    const entryId = linked.get(ev.productId) ?? (ev.code === '' ? undefined : entryByCode.get(ev.code));
    if (entryId !== undefined) {
      byEntry.get(entryId)?.push(ev);
      continue;
    }
    const key = ev.code !== '' ? `code:${ev.code}` : `name:${nameKey(ev.producerName, ev.name)}`;
    const group = loose.get(key);
    if (group === undefined) loose.set(key, [ev]);
    else group.push(ev);
  }
  const lines = entries.map((e) => lineOf(e, byEntry.get(e.id) ?? [], today));
  for (const group of loose.values()) lines.push(looseLine(group, today));
  return lines.sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.key.localeCompare(b.key));
}

function byDate(a: RegisterEvaluation, b: RegisterEvaluation): number {
  return a.date.localeCompare(b.date) || a.roundName.localeCompare(b.roundName);
}

function recognitionViews(
  recognitions: readonly RegisterRecognitionFacts[],
  today: IsoDate,
): RecognitionView[] {
  const sorted = [...recognitions].sort((a, b) => a.decisionDate.localeCompare(b.decisionDate));
  return sorted.map((r) => ({
    ...r,
    status: recognitionStatus(r, sorted, today),
    expiry: expiryDate(r.decisionDate),
    filing: filingWindow(r.decisionDate),
  }));
}

function yearsOf(
  evaluations: readonly RegisterEvaluation[],
  recognitions: readonly RecognitionView[],
): number[] {
  const years = new Set([
    ...evaluations.map((e) => Number(e.date.slice(0, 4))),
    ...recognitions.map((r) => Number(r.decisionDate.slice(0, 4))),
  ]);
  return [...years].sort((a, b) => a - b);
}

function finish(
  base: Omit<
    RegisterLine,
    'group' | 'recognitions' | 'current' | 'status' | 'stars' | 'years' | 'evaluations'
  >,
  evaluations: RegisterEvaluation[],
  recognitions: readonly RegisterRecognitionFacts[],
  today: IsoDate,
): RegisterLine {
  const sortedEvaluations = [...evaluations].sort(byDate);
  const views = recognitionViews(recognitions, today);
  const current = [...views].reverse().find((r) => r.status !== 'upgraded' && r.status !== 'renewed') ?? null;
  const latest = sortedEvaluations.at(-1);
  return {
    ...base,
    group: base.sheetNo === null ? null : productGroupOfSheet(base.sheetNo),
    evaluations: sortedEvaluations,
    recognitions: views,
    current,
    status: current?.status ?? 'not-recognised',
    stars: current !== null && current.status !== 'revoked' ? current.stars : (latest?.stars ?? null),
    years: yearsOf(sortedEvaluations, views),
  };
}

function lineOf(entry: RegisterEntryFacts, evaluations: RegisterEvaluation[], today: IsoDate): RegisterLine {
  return finish(
    {
      key: entry.id,
      entryId: entry.id,
      code: entry.code,
      name: entry.name,
      producerName: entry.producerName,
      commune: entry.commune,
      sheetNo: entry.sheetNo ?? evaluations.at(-1)?.sheetNo ?? null,
    },
    evaluations,
    entry.recognitions,
    today,
  );
}

function looseLine(evaluations: RegisterEvaluation[], today: IsoDate): RegisterLine {
  const sorted = [...evaluations].sort(byDate);
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (first === undefined || latest === undefined)
    throw new RangeError('a register line needs an evaluation');
  return finish(
    {
      key: `p:${first.productId}`,
      entryId: null,
      code: latest.code,
      name: latest.name,
      producerName: latest.producerName,
      commune: latest.commune,
      sheetNo: latest.sheetNo,
    },
    sorted,
    [],
    today,
  );
}

export interface RegisterFilter {
  readonly commune?: string;
  readonly group?: ProductGroup;
  readonly sheetNo?: number;
  readonly stars?: number;
  readonly status?: RegisterStatus;
  readonly year?: number;
  /** matched without diacritics against code, name, producer and commune */
  readonly query?: string;
}

export function filterRegister(lines: readonly RegisterLine[], filter: RegisterFilter): RegisterLine[] {
  const query = filter.query ?? '';
  return lines.filter(
    (l) =>
      (filter.commune === undefined || l.commune === filter.commune) &&
      (filter.group === undefined || l.group === filter.group) &&
      (filter.sheetNo === undefined || l.sheetNo === filter.sheetNo) &&
      (filter.stars === undefined || l.stars === filter.stars) &&
      (filter.status === undefined || l.status === filter.status) &&
      (filter.year === undefined || l.years.includes(filter.year)) &&
      matchesSearch(`${l.code} ${l.name} ${l.producerName} ${l.commune}`, query),
  );
}

/** Certificate numbers are "<n>/<year>/GCN-OCOP", n = 1, 2, 3… per decision year, without gaps. */
export function certificateNumber(seq: number, year: number): string {
  return `${String(seq).padStart(4, '0')}/${year}/GCN-OCOP`;
}

/** The next sequence number of `year`, given every certificate number already given. */
export function nextCertificateSeq(existing: readonly string[], year: number): number {
  const suffix = `/${year}/GCN-OCOP`;
  const used = existing.filter((n) => n.endsWith(suffix)).map((n) => Number(n.slice(0, n.indexOf('/'))));
  return used.length === 0 ? 1 : Math.max(...used) + 1;
}
