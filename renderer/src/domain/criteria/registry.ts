import { rule26_2026 } from './sheets/26-2026/index';
import type { CriteriaSheet, RuleSetInfo } from './types';
import type { Problem } from '../problems';

/**
 * The rule-sets the app ships. Each is a folder of data under `sheets/` (rule-set.json + one
 * JSON file per sheet + a generated `index.ts` of lazy loaders, all written by
 * build/scripts/convert-criteria.ts). Adding a rule-set (148/QĐ-TTg, 1048/QĐ-TTg) means
 * converting its folder and adding ONE line to `SHIPPED` — no scoring code changes.
 *
 * Sheets load lazily (one `import()` per sheet, so a bundler splits them and the UI fetches
 * only the sheet it shows) and are validated by the same schema as an imported sheet before
 * use, so a corrupted data file can never score silently. The schema loads with the first
 * sheet, not with the first screen. The rule-set description is typed data, checked when it
 * was generated and by the tests (validating it here would load the schema at start-up).
 */

export interface ShippedRuleSet {
  /** rule-set.json, checked by build/scripts/convert-criteria.ts when it wrote it */
  readonly info: RuleSetInfo;
  /** sheet number → loader of its JSON module */
  readonly sheets: Readonly<Record<number, () => Promise<{ readonly default: unknown }>>>;
}

const SHIPPED: readonly ShippedRuleSet[] = [rule26_2026];

/** The rule-set new rounds are created under. */
export const CURRENT_RULE_SET_ID: string = rule26_2026.info.id;

/** Shipped data that does not pass its own schema: a build defect, never a user's mistake. */
export class ShippedDataError extends Error {
  override readonly name = 'ShippedDataError';
  constructor(
    what: string,
    readonly problems: readonly Problem[],
  ) {
    super(`${what}: ${problems.map((p) => `${p.path}: ${p.code} ${JSON.stringify(p.params)}`).join('; ')}`);
  }
}

export class UnknownSheetError extends Error {
  override readonly name = 'UnknownSheetError';
  constructor(
    readonly ruleSetId: string,
    readonly sheetNo: number,
  ) {
    super(`No sheet ${sheetNo} in rule-set ${ruleSetId}`);
  }
}

const infos = new Map<string, { info: RuleSetInfo; shipped: ShippedRuleSet }>();
for (const shipped of SHIPPED) infos.set(shipped.info.id, { info: shipped.info, shipped });

export function ruleSets(): RuleSetInfo[] {
  return [...infos.values()].map((e) => e.info);
}

export function ruleSetInfo(id: string): RuleSetInfo | undefined {
  return infos.get(id)?.info;
}

const cache = new Map<string, Promise<CriteriaSheet>>();
/** Sheets whose load has finished, for synchronous lookups (`sheetsOnDemand`). */
const loaded = new Map<string, CriteriaSheet>();

/**
 * A sheet a synchronous caller needs has not been loaded yet: load it (`loadSheet`) and try
 * again. Thrown only by the catalog of `sheetsOnDemand`, never for a sheet that does not exist.
 */
export class SheetNotLoadedError extends Error {
  override readonly name = 'SheetNotLoadedError';
  constructor(
    readonly ruleSetId: string,
    readonly sheetNo: number,
  ) {
    super(`Sheet ${sheetNo} of rule-set ${ruleSetId} is not loaded yet`);
  }
}

/** One shipped sheet, validated (cached after the first load). */
export function loadSheet(ruleSetId: string, sheetNo: number): Promise<CriteriaSheet> {
  const key = `${ruleSetId}#${sheetNo}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const entry = infos.get(ruleSetId);
  const loader = entry?.shipped.sheets[sheetNo];
  if (entry === undefined || loader === undefined)
    return Promise.reject(new UnknownSheetError(ruleSetId, sheetNo));
  const loading = Promise.all([loader(), import('./sheet-schema')]).then(
    ([module, { parseCriteriaSheet }]) => {
      const parsed = parseCriteriaSheet(module.default, { ruleSet: ruleSetId, partMax: entry.info.partMax });
      if (!parsed.ok) throw new ShippedDataError(`${ruleSetId} sheet ${sheetNo}`, parsed.problems);
      loaded.set(key, parsed.value);
      return parsed.value;
    },
  );
  cache.set(key, loading);
  // A sheet that could not be fetched (a member's device off the network) is fetched afresh next
  // time instead of failing for the rest of the page's life; the caller still gets this failure.
  loading.catch(() => cache.delete(key));
  return loading;
}

/** Every sheet of a rule-set, in sheet order. */
export async function loadRuleSetSheets(ruleSetId: string): Promise<CriteriaSheet[]> {
  const info = ruleSetInfo(ruleSetId);
  if (info === undefined) return [];
  return Promise.all(info.sheetNumbers.map((n) => loadSheet(ruleSetId, n)));
}

/**
 * Rule-sets and their sheets, looked up synchronously: what the pure engine and the round-file
 * reader take, so they never load anything themselves.
 */
export interface SheetCatalog {
  ruleSet(id: string): RuleSetInfo | undefined;
  sheet(ruleSetId: string, sheetNo: number): CriteriaSheet | undefined;
}

export function sheetCatalog(
  entries: readonly { readonly info: RuleSetInfo; readonly sheets: readonly CriteriaSheet[] }[],
): SheetCatalog {
  const byId = new Map(entries.map((e) => [e.info.id, e]));
  return {
    ruleSet: (id) => byId.get(id)?.info,
    sheet: (id, no) => byId.get(id)?.sheets.find((s) => s.sheetNo === no),
  };
}

/** A catalog of the shipped rule-sets named (all shipped ones by default), every sheet loaded. */
export async function loadSheetCatalog(ids: readonly string[] = [...infos.keys()]): Promise<SheetCatalog> {
  const known = ids.flatMap((id) => infos.get(id)?.info ?? []);
  const entries = await Promise.all(
    known.map(async (info) => ({ info, sheets: await loadRuleSetSheets(info.id) })),
  );
  return sheetCatalog(entries);
}

/**
 * The shipped rule-sets as a synchronous catalog that loads nothing up front (issue 13: the
 * first screen must not wait for 26 sheets): `sheet()` gives a sheet once it has been loaded
 * anywhere in this process, throws `SheetNotLoadedError` for a shipped sheet not loaded yet
 * (the caller loads it and retries: the database's transactions do, see db/tx.ts), and
 * undefined for a sheet no shipped rule-set has.
 */
export function sheetsOnDemand(): SheetCatalog {
  return {
    ruleSet: (id) => ruleSetInfo(id),
    sheet: (id, no) => {
      const sheet = loaded.get(`${id}#${no}`);
      if (sheet !== undefined) return sheet;
      if (ruleSetInfo(id)?.sheetNumbers.includes(no) === true) throw new SheetNotLoadedError(id, no);
      return undefined;
    },
  };
}
