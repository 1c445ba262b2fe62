import { Dexie, type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema/versions';
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
    for (const v of SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade !== undefined) declared.upgrade(v.upgrade);
    }
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.now = deps.now ?? (() => new Date().toISOString());
    this.engine = deps.engine ?? defaultEngine;
  }
}
