import { Dexie, type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './schema/versions';
import type {
  AttendanceRow,
  AuditRow,
  PersonRow,
  ProductRow,
  ProductStateRow,
  RecusalRow,
  RoundMemberRow,
  RoundRow,
  SettingRow,
  SheetRow,
  SignedDocumentRow,
  HubOpRow,
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
  hubOps!: Table<HubOpRow, string>;

  readonly newId: () => string;
  readonly now: () => string;
  readonly engine: EnginePort;

  constructor(name: string = DEFAULT_DB_NAME, deps: CouncilDbDeps = {}) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade !== undefined) declared.upgrade(v.upgrade);
    }
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.now = deps.now ?? (() => new Date().toISOString());
    this.engine = deps.engine ?? defaultEngine;
  }
}
