import type { SheetCatalog } from '../criteria/registry';
import { answerProblems, findCriterion } from '../scoring/answers';
import {
  fieldPath,
  indexPath,
  problem,
  type Parsed,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from '../problems';
import { isObject } from '../validate/json-value';
import { parseJsonText } from '../validate/json-text';
import {
  readAuditEvent,
  readEvent,
  readMember,
  readProduct,
  readRecusal,
  readRoundInfo,
  readScore,
} from './read';
import { memberScores } from '../workflow/presence';
import { memberPresentOn, productDay } from './presence';
import { ROUND_FILE_FORMAT, ROUND_FILE_VERSION, type RoundFile } from './types';

/**
 * Reading a round file (issue 3 item 6): the shape of every record (read.ts), then everything
 * that refers to something else — unknown rule-set or sheet, unknown criterion code, option
 * index out of range, a score by an absent or recused member, duplicate ids… — with a report
 * of EVERY problem. Nothing is returned unless the whole file is sound.
 */

const TOP_KEYS = [
  'format',
  'version',
  'round',
  'members',
  'products',
  'recusals',
  'scores',
  'events',
  'audit',
] as const;

export function parseRoundFileText(text: string, catalog: SheetCatalog): Parsed<RoundFile> {
  const json = parseJsonText(text);
  return json.ok ? parseRoundFile(json.value, catalog) : json;
}

/** A collector of problems, in the order they are found. */
class Problems {
  readonly list: Problem[] = [];
  add(path: string, code: ProblemCode, params: ProblemParams = {}): void {
    this.list.push(problem(path, code, params));
  }
}

type ReadRecord<T> = (problems: Problem[], value: unknown, path: string) => T | undefined;

export function parseRoundFile(data: unknown, catalog: SheetCatalog): Parsed<RoundFile> {
  const r = new Problems();
  if (!isObject(data)) {
    r.add('', 'wrong-type', { expected: 'object' });
    return { ok: false, problems: r.list };
  }
  const obj = data;
  if (obj['format'] !== ROUND_FILE_FORMAT) {
    r.add('format', 'wrong-format', { expected: ROUND_FILE_FORMAT });
    return { ok: false, problems: r.list }; // not a round file: the rest would only be noise
  }
  if (obj['version'] !== ROUND_FILE_VERSION) {
    r.add('version', 'unsupported-version', {
      version: JSON.stringify(obj['version'] ?? null),
      supported: ROUND_FILE_VERSION,
    });
    return { ok: false, problems: r.list };
  }
  for (const key of Object.keys(obj))
    if (!TOP_KEYS.some((known) => known === key)) r.add(fieldPath('', key), 'unknown-field', { field: key });
  const round =
    obj['round'] === undefined
      ? (r.add('round', 'missing-field', { field: 'round' }), undefined)
      : readRoundInfo(r.list, obj['round']);
  // Each record's path in the file, so that a record left out does not shift the others' indexes.
  const pathOf = new WeakMap<object, string>();
  const list = <T extends object>(key: string, read: ReadRecord<T>, optional = false): T[] => {
    const items = obj[key];
    if (items === undefined) {
      if (!optional) r.add(key, 'missing-field', { field: key });
      return [];
    }
    if (!Array.isArray(items)) {
      r.add(key, 'wrong-type', { expected: 'array' });
      return [];
    }
    return items.flatMap((item: unknown, i) => {
      const path = indexPath(key, i);
      const record = read(r.list, item, path);
      if (record !== undefined) pathOf.set(record, path);
      return record ?? [];
    });
  };
  const members = list('members', readMember);
  const products = list('products', readProduct);
  const recusals = list('recusals', readRecusal);
  const scores = list('scores', readScore);
  const events = obj['events'] === undefined ? undefined : list('events', readEvent, true);
  const audit = obj['audit'] === undefined ? undefined : list('audit', readAuditEvent, true);
  if (round === undefined) return { ok: false, problems: r.list };
  const file: RoundFile = {
    format: ROUND_FILE_FORMAT,
    version: ROUND_FILE_VERSION,
    round,
    members,
    products,
    recusals,
    scores,
    ...(events !== undefined && { events }),
    ...(audit !== undefined && { audit }),
  };
  // Records that could not be read still exist: their ids and roles keep other records from
  // being reported as pointing at nothing (one mistake, one problem).
  const declared = (key: string, field: string): unknown[] =>
    (Array.isArray(obj[key]) ? obj[key] : []).map((item: unknown) =>
      isObject(item) ? item[field] : undefined,
    );
  const context: CheckContext = {
    pathOf: (record, fallback) => pathOf.get(record) ?? fallback,
    declaredMembers: new Set(declared('members', 'id').filter((id) => typeof id === 'string')),
    declaredProducts: new Set(declared('products', 'id').filter((id) => typeof id === 'string')),
    declaredChairs: declared('members', 'role').filter((role) => role === 'chair').length,
  };
  checkReferences(r, file, context, catalog);
  return r.list.length > 0 ? { ok: false, problems: r.list } : { ok: true, value: file };
}

interface CheckContext {
  pathOf(record: object, fallback: string): string;
  readonly declaredMembers: ReadonlySet<unknown>;
  readonly declaredProducts: ReadonlySet<unknown>;
  readonly declaredChairs: number;
}

function checkReferences(r: Problems, file: RoundFile, context: CheckContext, catalog: SheetCatalog): void {
  const { round, members, products, recusals, scores } = file;
  const { pathOf, declaredMembers, declaredProducts } = context;
  const ruleSet = catalog.ruleSet(round.ruleSet);
  if (ruleSet === undefined) r.add('round.ruleSet', 'unknown-rule-set', { ruleSet: round.ruleSet });

  const memberById = new Map<string, (typeof members)[number]>();
  for (const m of members) {
    if (memberById.has(m.id)) r.add(fieldPath(pathOf(m, 'members'), 'id'), 'duplicate-id', { id: m.id });
    memberById.set(m.id, m);
  }
  // A round still being prepared may have no chair yet (the app starts scoring only with one).
  if (context.declaredChairs === 0 && round.status !== 'preparing') r.add('members', 'no-chair');
  if (context.declaredChairs > 1) r.add('members', 'multiple-chairs');
  if (round.chairDelegatedTo !== undefined && !declaredMembers.has(round.chairDelegatedTo))
    r.add('round.chairDelegatedTo', 'unknown-member', { id: round.chairDelegatedTo });

  const productById = new Map<string, (typeof products)[number]>();
  const codes = new Set<string>();
  for (const p of products) {
    const path = pathOf(p, 'products');
    if (productById.has(p.id)) r.add(fieldPath(path, 'id'), 'duplicate-id', { id: p.id });
    // '' is "no code yet": several products may wait for theirs (the app allows it).
    if (p.code !== '' && codes.has(p.code))
      r.add(fieldPath(path, 'code'), 'duplicate-code', { code: p.code });
    productById.set(p.id, p);
    if (p.code !== '') codes.add(p.code);
    if (ruleSet === undefined) continue;
    const sheet = catalog.sheet(round.ruleSet, p.sheet);
    if (sheet === undefined) {
      r.add(fieldPath(path, 'sheet'), 'unknown-sheet', { sheet: p.sheet, ruleSet: round.ruleSet });
      continue;
    }
    const knockOut = p.disqualified?.criterion;
    if (knockOut !== undefined && findCriterion(sheet, knockOut) === undefined)
      r.add(fieldPath(fieldPath(path, 'disqualified'), 'criterion'), 'knock-out-unknown-criterion', {
        code: knockOut,
      });
    if (p.selfAssessment !== undefined)
      r.list.push(...answerProblems(sheet, p.selfAssessment, fieldPath(path, 'selfAssessment'), false));
  }

  const recused = new Set<string>();
  for (const x of recusals) {
    const path = pathOf(x, 'recusals');
    if (!declaredMembers.has(x.memberId))
      r.add(fieldPath(path, 'memberId'), 'unknown-member', { id: x.memberId });
    if (!declaredProducts.has(x.productId))
      r.add(fieldPath(path, 'productId'), 'unknown-product', { id: x.productId });
    const key = `${x.memberId}\u0000${x.productId}`;
    if (recused.has(key)) r.add(path, 'duplicate-recusal', { memberId: x.memberId, productId: x.productId });
    recused.add(key);
  }

  const seen = new Set<string>();
  const passesOf = new Map<string, Set<number>>();
  for (const s of scores) {
    const path = pathOf(s, 'scores');
    const member = memberById.get(s.memberId);
    const product = productById.get(s.productId);
    if (!declaredMembers.has(s.memberId))
      r.add(fieldPath(path, 'memberId'), 'unknown-member', { id: s.memberId });
    else if (member !== undefined && !memberPresentOn(member, product && productDay(file, product)))
      r.add(fieldPath(path, 'memberId'), 'score-by-absent-member', { memberId: s.memberId });
    else if (member !== undefined && !memberScores(member.role, round.secretaryScores ?? true))
      r.add(fieldPath(path, 'memberId'), 'score-by-non-voting-secretary', { memberId: s.memberId });
    if (!declaredProducts.has(s.productId))
      r.add(fieldPath(path, 'productId'), 'unknown-product', { id: s.productId });
    if (recused.has(`${s.memberId}\u0000${s.productId}`))
      r.add(path, 'score-by-recused-member', { memberId: s.memberId });
    const key = `${s.memberId}\u0000${s.productId}\u0000${s.pass}`;
    if (seen.has(key))
      r.add(fieldPath(path, 'pass'), 'duplicate-score', {
        memberId: s.memberId,
        productId: s.productId,
        pass: s.pass,
      });
    seen.add(key);
    passesOf.set(s.productId, (passesOf.get(s.productId) ?? new Set()).add(s.pass));
    const sheet = product && catalog.sheet(round.ruleSet, product.sheet);
    if (sheet !== undefined) r.list.push(...answerProblems(sheet, s, path, true));
  }
  // A re-scoring pass N follows a pass N−1 of the same product (a member may keep an earlier pass).
  for (const s of scores) {
    if (s.pass > 1 && !(passesOf.get(s.productId)?.has(s.pass - 1) ?? false)) {
      r.add(fieldPath(pathOf(s, 'scores'), 'pass'), 'pass-gap', {
        memberId: s.memberId,
        productId: s.productId,
        pass: s.pass,
      });
    }
  }

  for (const e of file.events ?? []) {
    const path = pathOf(e, 'events');
    if (!declaredProducts.has(e.productId))
      r.add(fieldPath(path, 'productId'), 'unknown-product', { id: e.productId });
    if (e.by !== undefined && !declaredMembers.has(e.by))
      r.add(fieldPath(path, 'by'), 'unknown-member', { id: e.by });
  }
}
