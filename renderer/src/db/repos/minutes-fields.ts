import {
  minutesFieldProblems,
  minutesSeriesKey,
  missingMinutesFields,
  nextMinutesNumber,
  normalizeMinutesFields,
  productMeetingDate,
  type MinutesFields,
} from '../../domain/workflow';
import type { CouncilDb } from '../council-db';
import { ValidationError, WorkflowError } from '../errors';
import type { Actor, MinutesFieldsRow, ProductRow, RoundRow, SignedDocumentRow } from '../rows';
import { writeTx, type Tx } from '../tx';
import { getProduct, getRound } from './guards';

/**
 * The minutes' fields (schema v3, issue 11): what the secretary fills in before signing.
 * Invariants kept here, whatever the screen does:
 * - a number is unique in its series (the council's level and province, and the year of the
 *   product's meeting day): saving a number another product of the series holds is refused
 *   ('minutes-number-taken'), and so is signing (signed-documents.ts);
 * - once the product's current minutes carry a signature the fields are locked
 *   ('minutes-locked'): what was signed is what the fields say.
 * Each save is one transaction with one audit event ("minutes.fields"; a day's batch is one
 * "minutes.fields.batch" event listing every product).
 */

export interface MinutesFieldsEntry {
  readonly productId: string;
  readonly fields: MinutesFields;
}

/** The problems of what was typed, as "field: problem" (the UI words them from the catalog). */
function validated(fields: MinutesFields): MinutesFields {
  const normalized = normalizeMinutesFields(fields);
  const problems = minutesFieldProblems(normalized);
  if (problems.length > 0)
    throw new ValidationError(
      'invalid-input',
      problems.map((p) => `${p.field}: ${p.problem}`),
    );
  return normalized;
}

/** The series of a product's minutes: its round's council and the year of its meeting day. */
export function seriesOf(round: RoundRow, product: ProductRow): string {
  const day = productMeetingDate(product, round.meetingDates) ?? round.createdAt.slice(0, 10);
  return minutesSeriesKey(round.level, round.province, day);
}

async function currentMinutesOf(t: Tx, productId: string): Promise<SignedDocumentRow | undefined> {
  const rows = await t.signedDocuments.where('[productId+kind]').equals([productId, 'minutes']).toArray();
  return rows.find((r) => r.supersededBy === undefined);
}

/** Whether the product's current minutes carry at least one signature (then its fields are locked). */
export async function minutesSigned(t: Tx, productId: string): Promise<boolean> {
  return ((await currentMinutesOf(t, productId))?.signers.length ?? 0) > 0;
}

/** Products other than `productId` whose fields hold `number` in `series`. */
export async function holdersOfNumber(
  t: Tx,
  series: string,
  number: number,
  productId: string,
): Promise<MinutesFieldsRow[]> {
  const rows = await t.minutesFields.where('[series+number]').equals([series, number]).toArray();
  return rows.filter((r) => r.productId !== productId);
}

async function putFields(
  t: Tx,
  productId: string,
  fields: MinutesFields,
): Promise<{ before: MinutesFieldsRow | null; after: MinutesFieldsRow; roundId: string }> {
  const product = await getProduct(t, productId);
  const round = await getRound(t, product.roundId);
  if (await minutesSigned(t, productId)) throw new WorkflowError('minutes-locked', [product.name]);
  const series = seriesOf(round, product);
  if (fields.number !== null && (await holdersOfNumber(t, series, fields.number, productId)).length > 0)
    throw new WorkflowError('minutes-number-taken', [String(fields.number)]);
  const before = (await t.minutesFields.get(productId)) ?? null;
  const after: MinutesFieldsRow = {
    ...fields,
    productId,
    roundId: product.roundId,
    series,
    updatedAt: t.db.now(),
  };
  await t.minutesFields.put(after);
  return { before, after, roundId: product.roundId };
}

/** Saves one product's minutes fields (partial is fine: blanks only block signing). */
export async function saveMinutesFields(
  db: CouncilDb,
  productId: string,
  fields: MinutesFields,
  actor: Actor,
): Promise<MinutesFieldsRow> {
  const clean = validated(fields);
  return writeTx(db, async (t, audit) => {
    const { before, after, roundId } = await putFields(t, productId, clean);
    await audit({
      actor,
      action: 'minutes.fields',
      entity: 'minutesFields',
      entityId: productId,
      roundId,
      before,
      after,
    });
    return after;
  });
}

/**
 * Saves the fields of a day's batch at once (one transaction, one audit event): all or
 * nothing. Numbers must differ within the batch and from the rest of each series.
 */
export async function saveMinutesFieldsBatch(
  db: CouncilDb,
  roundId: string,
  entries: readonly MinutesFieldsEntry[],
  actor: Actor,
): Promise<MinutesFieldsRow[]> {
  const clean = entries.map((e) => ({ productId: e.productId, fields: validated(e.fields) }));
  return writeTx(db, async (t, audit) => {
    await getRound(t, roundId);
    const batchIds = new Set(clean.map((e) => e.productId));
    const befores: (MinutesFieldsRow | null)[] = [];
    const afters: MinutesFieldsRow[] = [];
    // First release the batch's old numbers, so two products may swap numbers.
    const olds = await t.minutesFields.bulkGet([...batchIds]);
    for (const entry of clean) {
      const product = await getProduct(t, entry.productId);
      if (product.roundId !== roundId) throw new ValidationError('invalid-input', [product.id]);
      if (await minutesSigned(t, entry.productId)) throw new WorkflowError('minutes-locked', [product.name]);
    }
    // The batch's old numbers are released first, so products of the day may swap numbers;
    // those already written in this loop do count (two of the batch never share one).
    await t.minutesFields.bulkDelete([...batchIds]);
    for (const entry of clean) {
      const { after } = await putFields(t, entry.productId, entry.fields);
      befores.push(olds.find((o) => o?.productId === entry.productId) ?? null);
      afters.push(after);
    }
    await audit({
      actor,
      action: 'minutes.fields.batch',
      entity: 'minutesFields',
      entityId: roundId,
      roundId,
      before: befores,
      after: afters,
    });
    return afters;
  });
}

/** The fields of every product of a round (for `useLiveQuery`). */
export async function listMinutesFields(db: CouncilDb, roundId: string): Promise<MinutesFieldsRow[]> {
  return db.minutesFields.where('roundId').equals(roundId).toArray();
}

/** Every number a series holds, with its product (any round): for suggesting the next one. */
export async function numbersInSeries(
  db: CouncilDb,
  series: string,
): Promise<{ readonly productId: string; readonly number: number }[]> {
  const rows = await db.minutesFields.where('series').equals(series).toArray();
  return rows.flatMap((r) => (r.number === null ? [] : [{ productId: r.productId, number: r.number }]));
}

/** The next number of a series, after the highest any product holds. */
export async function suggestedMinutesNumber(db: CouncilDb, series: string): Promise<number> {
  return nextMinutesNumber((await numbersInSeries(db, series)).map((n) => n.number));
}

/**
 * Checked when a signature is stored: every required field filled ('minutes-incomplete',
 * problems = the blank fields) and no other SIGNED minutes of the series with this number
 * ('minutes-number-taken').
 */
export async function enforceMinutesReady(t: Tx, productId: string): Promise<MinutesFieldsRow> {
  return checkMinutesReady(await readMinutesReadiness(t, productId), new Set());
}

/** What `enforceMinutesReady` reads: the fields, and the other products holding their number. */
export interface MinutesReadiness {
  readonly row: MinutesFieldsRow | null;
  /** Other products of the series with the same number, and whether their minutes are signed. */
  readonly holders: readonly { readonly productId: string; readonly signed: boolean }[];
}

export async function readMinutesReadiness(t: Tx, productId: string): Promise<MinutesReadiness> {
  const row = (await t.minutesFields.get(productId)) ?? null;
  if (row === null || row.number === null) return { row, holders: [] };
  const others = await holdersOfNumber(t, row.series, row.number, productId);
  const holders = await Promise.all(
    others.map(async (o) => ({ productId: o.productId, signed: await minutesSigned(t, o.productId) })),
  );
  return { row, holders };
}

/**
 * `enforceMinutesReady`'s rule on what was read; `signedMeanwhile` names the products signed
 * in the same transaction after the reads (a batch checks each document as if stored alone,
 * one after another).
 */
export function checkMinutesReady(
  read: MinutesReadiness,
  signedMeanwhile: ReadonlySet<string>,
): MinutesFieldsRow {
  const { row } = read;
  const missing = missingMinutesFields(row);
  if (row === null || missing.length > 0) throw new WorkflowError('minutes-incomplete', missing);
  if (row.number !== null && read.holders.some((h) => h.signed || signedMeanwhile.has(h.productId)))
    throw new WorkflowError('minutes-number-taken', [String(row.number)]);
  return row;
}
