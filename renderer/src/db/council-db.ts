import { Dexie, type Table } from 'dexie';
import { CURRENT_SCHEMA_VERSION, CURRENT_STORES, SCHEMA_VERSIONS } from './schema/versions';
import type {
  AttendanceRow,
  AuditRow,
  PersonRow,
  ProductRow,
  ProductStateRow,
  RecusalRow,
  RegisterEntryRow,
  RoundMemberRow,
  RoundRow,
  SettingRow,
  SheetRow,
  SignedDocumentRow,
  MinutesFieldsRow,
  HubOpRow,
  ScoringPackRow,
  PackImportRow,
  PackConflictRow,
  MemberPackRow,
  YearPlanRow,
} from './rows';
import { defaultEngine, type EnginePort } from './engine-port';

/**
 * The schema version of database `name` as installed (IndexedDB's version is Dexie's × 10), or
 * undefined when there is none yet or the browser cannot say. Opening with the answer is safe
 * even if the database changes in between: deleted, it is created whole from the current
 * version; upgraded by a newer app, both ways fail alike (a version is never lowered).
 */
export async function installedSchemaVersion(name: string): Promise<number | undefined> {
  try {
    const found = (await indexedDB.databases()).find((d) => d.name === name);
    return found?.version === undefined ? undefined : found.version / 10;
  } catch {
    return undefined;
  }
}

/** The default database name of the app (one per origin / Electron profile). */
export const DEFAULT_DB_NAME = 'ocop-council';

/** Things a repository must not take from the environment directly, so tests can pin them. */
export interface CouncilDbDeps {
  /** a new UUID (default `crypto.randomUUID`) */
  readonly newId?: () => string;
  /** the current instant as ISO 8601 (default `new Date().toISOString()`) */
  readonly now?: () => string;
  /** scoring engine rules the workflow asks for (completeness, spread, quorum, defaults) */
  readonly engine?: EnginePort;
  /**
   * The schema version of the database as installed, when the opener knows it (see
   * `installedSchemaVersion`). When it is the current one, only the current version is
   * declared: no upgrade can run, and Dexie re-parses every declared version on each
   * `.stores()` call (8 versions: 36 parses of ~19 stores, 20–45 ms of the start-up on the
   * loaded 2-core machine, issue 13). Anything else, or unknown, declares the whole chain.
   */
  readonly installedVersion?: number;
}

/**
 * The app's IndexedDB database. Read freely (inside `useLiveQuery`); WRITE ONLY through the
 * repository functions in `repos/`, which keep the audit chain and the workflow rules.
 */
export class CouncilDb extends Dexie {
  rounds!: Table<RoundRow, string>;
  people!: Table<PersonRow, string>;
  roundMembers!: Table<RoundMemberRow, string>;
  attendance!: Table<AttendanceRow, string>;
  products!: Table<ProductRow, string>;
  recusals!: Table<RecusalRow, string>;
  sheets!: Table<SheetRow, string>;
  productStates!: Table<ProductStateRow, string>;
  audit!: Table<AuditRow, string>;
  settings!: Table<SettingRow, string>;
  signedDocuments!: Table<SignedDocumentRow, string>;
  minutesFields!: Table<MinutesFieldsRow, string>;
  registerEntries!: Table<RegisterEntryRow, string>;
  hubOps!: Table<HubOpRow, string>;
  scoringPacks!: Table<ScoringPackRow, string>;
  packImports!: Table<PackImportRow, string>;
  packConflicts!: Table<PackConflictRow, string>;
  memberPacks!: Table<MemberPackRow, string>;
  yearPlans!: Table<YearPlanRow, string>;

  readonly newId: () => string;
  readonly now: () => string;
  readonly engine: EnginePort;

  constructor(name: string = DEFAULT_DB_NAME, deps: CouncilDbDeps = {}) {
    // Every write commits with strict durability: Chromium reports a transaction complete only
    // after it is flushed to disk, so a score the screen shows as saved survives a power cut,
    // not only a crash of the app. Chromium's default ('relaxed' since v121) may lose the last
    // seconds of writes when the laptop loses power. Cost: tests/bench/durability.bench.ts.
    super(name, { chromeTransactionDurability: 'strict' });
    if (deps.installedVersion === CURRENT_SCHEMA_VERSION) {
      this.version(CURRENT_SCHEMA_VERSION).stores(CURRENT_STORES);
    } else {
      for (const v of SCHEMA_VERSIONS) {
        const declared = this.version(v.version).stores(v.stores);
        if (v.upgrade !== undefined) declared.upgrade(v.upgrade);
      }
    }
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.now = deps.now ?? (() => new Date().toISOString());
    this.engine = deps.engine ?? defaultEngine;
  }
}
