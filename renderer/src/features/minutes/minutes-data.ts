import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { MinutesInput } from '../../domain/documents/types';
import {
  verifyAuditChain,
  getRoundBundle,
  listMinutesFields,
  listSignedDocuments,
  numbersInSeries,
  seriesOf,
  type CouncilDb,
  type MinutesFieldsRow,
  type RoundBundle,
  type SignedDocumentRow,
} from '../../db';
import { productResults, type RoundResults } from '../../db/results';
import { sheetAnswersProblems } from '../../db/sheet-answers-check';
import { InvalidAnswersError } from '../../domain/scoring/answers';
import { loadSheet } from '../../domain/criteria/registry';
import type { CriteriaSheet } from '../../domain/criteria/types';
import { minutesDocument } from '../../domain/documents/minutes';
import type { DocumentJob } from '../../documents/batch';
import { minutesFileName } from '../../documents/file-names';
import type { RenderedDocument } from '../../documents/render-core';
import type { Language } from '../../i18n/define';
import { translate } from '../../i18n/translate';
import { minutesInputOf } from './minutes-input';
import { docWords } from '../../documents/words';
import { cachedMinutes, minutesKey, rememberMinutes } from './rendered-minutes';
import { withAuditFooter } from './minutes-footer';

/**
 * What the minutes screen reads and makes. The minutes are an official Vietnamese document,
 * so they are always made in Vietnamese, whatever the interface language.
 */
export const MINUTES_LANGUAGE: Language = 'vi';

export interface MinutesData {
  readonly bundle: RoundBundle;
  readonly results: RoundResults;
  /** Every signed document of the round, revisions included. */
  readonly signed: readonly SignedDocumentRow[];
  /** The minutes' fields filled in so far (schema v3), per product. */
  readonly fields: readonly MinutesFieldsRow[];
  /** Per product: its number series (council and year). */
  readonly seriesOf: Readonly<Record<string, string>>;
  /** Per series of the round: the numbers already held (any round of the council that year). */
  readonly taken: Readonly<
    Record<string, readonly { readonly productId: string; readonly number: number }[]>
  >;
}

/** For `useLiveQuery`: re-runs when sheets, states or signed documents change. */
export async function loadMinutesData(db: CouncilDb, roundId: string): Promise<MinutesData> {
  const [bundle, results, signed, fields] = await Promise.all([
    getRoundBundle(db, roundId),
    productResults(db, roundId),
    listSignedDocuments(db, roundId),
    listMinutesFields(db, roundId),
  ]);
  const series = Object.fromEntries(bundle.products.map((p) => [p.id, seriesOf(bundle.round, p)]));
  const distinct = [...new Set(Object.values(series))];
  const taken = Object.fromEntries(
    await Promise.all(distinct.map(async (s) => [s, await numbersInSeries(db, s)] as const)),
  );
  return { bundle, results, signed, fields, seriesOf: series, taken };
}

/**
 * The minutes screen's data, or — when a stored sheet cannot be counted (e.g. a criterion with
 * cases answered without the case chosen, from a backup made elsewhere) — the news that the
 * round cannot be tallied, so the screen says why instead of failing. For `useLiveQuery`.
 */
export type MinutesScreenData =
  { readonly kind: 'ready'; readonly data: MinutesData } | { readonly kind: 'sheets-invalid' };

export async function loadMinutesScreen(db: CouncilDb, roundId: string): Promise<MinutesScreenData> {
  try {
    return { kind: 'ready', data: await loadMinutesData(db, roundId) };
  } catch (error) {
    if (error instanceof InvalidAnswersError) return { kind: 'sheets-invalid' };
    throw error;
  }
}

/** One stored sheet the tally cannot count, named for a person to find and fix it. */
export interface InvalidSheet {
  readonly sheetId: string;
  readonly productId: string;
  readonly product: string;
  readonly member: string;
  /** criterion codes concerned */
  readonly criteria: readonly string[];
  /** only cases missing (the usual fault), else other invalid answers */
  readonly caseMissing: boolean;
}

/** Which sheets of the round cannot be counted (every IndexedDB read first, for `useLiveQuery`). */
export async function invalidSheetsOf(db: CouncilDb, roundId: string): Promise<InvalidSheet[]> {
  const bundle = await getRoundBundle(db, roundId);
  const found = await sheetAnswersProblems([bundle.round], bundle.products, bundle.sheets);
  const productName = new Map(bundle.products.map((p) => [p.id, p.name]));
  const memberName = new Map(bundle.members.map((m) => [m.id, m.person.fullName]));
  return found.map((f) => ({
    sheetId: f.sheetId,
    productId: f.productId,
    product: productName.get(f.productId) ?? f.productId,
    member: memberName.get(f.memberId) ?? f.memberId,
    criteria: [...new Set(f.problems.map((p) => String(p.params['code'] ?? p.path)))],
    caseMissing: f.problems.every((p) => p.code === 'case-missing'),
  }));
}

/** The revisions of one product's minutes, oldest first; the last one not superseded is current. */
export function revisionsOf(data: MinutesData, productId: string): SignedDocumentRow[] {
  return data.signed
    .filter((d) => d.kind === 'minutes' && d.productId === productId)
    .sort((a, b) => a.revision - b.revision);
}

export function currentRevision(revisions: readonly SignedDocumentRow[]): SignedDocumentRow | null {
  return revisions.find((r) => r.supersededBy === undefined) ?? null;
}

export type AuditHead =
  { readonly ok: true; readonly head: string } | { readonly ok: false; readonly seq: number };

/** The head of the round's audit chain, printed in the minutes; a broken chain is reported, never printed. */
export async function auditHeadOf(db: CouncilDb, roundId: string): Promise<AuditHead> {
  const verdict = await verifyAuditChain(db, roundId);
  return verdict.ok ? { ok: true, head: verdict.headHash } : { ok: false, seq: verdict.seq };
}

export { withAuditFooter } from './minutes-footer';

export interface ProductMinutesJob extends DocumentJob {
  readonly productId: string;
  /** The document's input and audit head (plain data: a render worker builds it from them). */
  readonly input: MinutesInput;
  readonly head: string;
  /**
   * `input` as JSON, made once per job: it names the document in the page's cache of rendered
   * minutes and is what a render worker receives (a string crosses to a worker as one copy; the
   * input's object graph — ~100 KB of pass results — costed the page a structured clone).
   */
  readonly inputJson: () => string;
}

/** The minutes job of one product (null while its result is not known), with the audit head in its footer. */
export function productMinutesJob(
  data: MinutesData,
  productId: string,
  sheet: CriteriaSheet,
  head: string,
): ProductMinutesJob | null {
  const input = minutesInputOf(
    data.bundle,
    data.results,
    productId,
    sheet,
    data.fields.find((f) => f.productId === productId),
  );
  if (input === null) return null;
  let json: string | undefined;
  return {
    productId,
    input,
    head,
    inputJson: () => (json ??= JSON.stringify(input)),
    fileName: minutesFileName(
      MINUTES_LANGUAGE,
      input.product.order,
      data.results.products.length,
      input.product.name,
    ),
    build: () => withAuditFooter(minutesDocument(input, docWords(MINUTES_LANGUAGE)), head),
  };
}

export async function sheetOf(data: MinutesData, productId: string): Promise<CriteriaSheet> {
  const product = data.bundle.products.find((p) => p.id === productId);
  if (product === undefined) throw new Error(`product ${productId} not in the round`);
  return loadSheet(data.bundle.round.ruleSetId, product.sheetNo);
}

export type RenderFn = (doc: TDocumentDefinitions) => Promise<RenderedDocument>;

export interface MadeMinutes extends RenderedDocument {
  readonly fileName: string;
}

export async function makeProductMinutes(
  data: MinutesData,
  productId: string,
  head: string,
  render: RenderFn,
): Promise<MadeMinutes | null> {
  const job = productMinutesJob(data, productId, await sheetOf(data, productId), head);
  if (job === null) return null;
  return { ...(await renderMinutesJob(job, (j) => render(j.build()))), fileName: job.fileName };
}

/**
 * Renders a minutes job once (on the page's thread or in a render worker): later calls with
 * the same input and head get the same bytes.
 */
export async function renderMinutesJob(
  job: ProductMinutesJob,
  render: (job: ProductMinutesJob) => Promise<RenderedDocument>,
): Promise<RenderedDocument> {
  // Same input and head, same key, same document.
  const key = await minutesKey(job.inputJson(), job.head);
  const known = cachedMinutes(key);
  if (known !== undefined) return known;
  const made = await render(job);
  rememberMinutes(key, made);
  return made;
}

/** "Biên bản - 01 - Mật ong - lần 1 - đã ký.pdf" */
export function signedFileName(fileName: string, revision: number): string {
  return `${translate(MINUTES_LANGUAGE, 'minutes.signedFileName', { name: fileName.replace(/\.pdf$/iu, ''), revision })}.pdf`;
}
