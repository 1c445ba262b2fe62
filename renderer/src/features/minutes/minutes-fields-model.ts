import type { MinutesFieldsRow } from '../../db';
import { suggestedConclusion } from '../../domain/documents/minutes';
import { docWords } from '../../documents/words';
import {
  nextMinutesNumber,
  productMeetingDate,
  type MinutesFieldKey,
  type MinutesFields,
} from '../../domain/workflow';
import type { Translate } from '../../i18n/translate';
import { currentRevision, MINUTES_LANGUAGE, revisionsOf, type MinutesData } from './minutes-data';
import { roundInfoOf } from './minutes-input';

/**
 * The minutes' fields as the forms see them (issue 11): what is saved, and otherwise the
 * defaults from the round, the meeting day and the product's result. No React, no writes.
 */

export function savedFields(data: MinutesData, productId: string): MinutesFieldsRow | undefined {
  return data.fields.find((f) => f.productId === productId);
}

/** Signed (at least one signature on the current revision): the fields are locked. */
export function isSigned(data: MinutesData, productId: string): boolean {
  return (currentRevision(revisionsOf(data, productId))?.signers.length ?? 0) > 0;
}

export function meetingDayOf(data: MinutesData, productId: string): string | undefined {
  const product = data.bundle.products.find((p) => p.id === productId);
  return product === undefined ? undefined : productMeetingDate(product, data.bundle.round.meetingDates);
}

/** The next free number of the product's series, numbers held by `except` not counting. */
export function suggestedNumber(
  data: MinutesData,
  productId: string,
  except: ReadonlySet<string> = new Set(),
): number {
  const series = data.seriesOf[productId] ?? '';
  const held = (data.taken[series] ?? []).filter((n) => !except.has(n.productId)).map((n) => n.number);
  return nextMinutesNumber(held);
}

/** The conclusion that follows from the product's result (the council may rewrite it). */
export function conclusionFor(data: MinutesData, productId: string): string {
  const result = data.results.products.find((r) => r.product.id === productId);
  if (result === undefined) return '';
  return suggestedConclusion(
    { passResults: result.passResults, round: roundInfoOf(data.bundle) },
    docWords(MINUTES_LANGUAGE).t,
  );
}

export function defaultRecipients(data: MinutesData, t: Translate): string[] {
  const province = data.bundle.round.province.trim();
  const named = /^(tỉnh|thành phố)\s/iu.test(province)
    ? province
    : docWords('vi').t('doc.body.province', { name: province });
  return t('minutesFields.defaultRecipients', { province: named }).split('\n');
}

/** What the form shows for one product: the saved fields, else defaults from the round and its day. */
export function fieldsWithDefaults(data: MinutesData, productId: string, t: Translate): MinutesFields {
  const saved = savedFields(data, productId);
  if (saved !== undefined) return saved;
  const info = roundInfoOf(data.bundle);
  const day = meetingDayOf(data, productId);
  // A sibling of the same day lends its times, symbol and recipients (filled once per day).
  const sibling = data.fields.find((f) => meetingDayOf(data, f.productId) === day) ?? data.fields[0];
  return {
    number: suggestedNumber(data, productId),
    symbol: sibling?.symbol ?? docWords(MINUTES_LANGUAGE).t('doc.minutes.defaultSymbol'),
    startTime: sibling?.startTime ?? '',
    endTime: sibling?.endTime ?? '',
    venue: sibling?.venue ?? info.venue,
    presiding: sibling?.presiding ?? info.signers.chair,
    recorder: sibling?.recorder ?? info.signers.secretary,
    conclusion: conclusionFor(data, productId),
    otherOpinions: '',
    recipients: sibling?.recipients ?? defaultRecipients(data, t),
  };
}

/** Closed products of a meeting day whose minutes nobody signed yet: a day's batch. */
export function unsignedProductsOfDay(data: MinutesData, day: string): string[] {
  return data.results.products
    .filter((r) => r.state.closed !== null)
    .filter((r) => meetingDayOf(data, r.product.id) === day)
    .filter((r) => !isSigned(data, r.product.id))
    .map((r) => r.product.id);
}

/** "số biên bản, giờ bắt đầu" */
export function fieldNames(t: Translate, keys: readonly MinutesFieldKey[]): string {
  return keys.map((k) => t(`minutesFields.name.${k}`)).join(', ');
}

/** A refusal's problems ("startTime: invalid-time") in words. */
export function problemTexts(t: Translate, problems: readonly string[]): string[] {
  return problems.map((p) => {
    const match = /^(\w+): ([\w-]+)$/u.exec(p);
    const field = match?.[1];
    const problem = match?.[2];
    if (field === undefined || problem === undefined || !isFieldKey(field) || !isProblem(problem)) return p;
    return t(`minutesFields.problem.${problem}`, { field: t(`minutesFields.name.${field}`) });
  });
}

const FIELD_KEYS: readonly string[] = [
  'number',
  'symbol',
  'startTime',
  'endTime',
  'venue',
  'presiding',
  'recorder',
  'conclusion',
  'otherOpinions',
  'recipients',
];
const PROBLEMS = [
  'invalid-time',
  'end-before-start',
  'invalid-number',
  'invalid-symbol',
  'too-long',
] as const;

function isFieldKey(value: string): value is MinutesFieldKey {
  return FIELD_KEYS.includes(value);
}
function isProblem(value: string): value is (typeof PROBLEMS)[number] {
  return (PROBLEMS as readonly string[]).includes(value);
}
