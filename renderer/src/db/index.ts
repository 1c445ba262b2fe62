/**
 * The persistence layer (issue 4). Screens read with the query functions (inside
 * `useLiveQuery`) and write ONLY through the repository functions: each write is one
 * IndexedDB transaction that also appends a hash-chained audit event, and refuses what the
 * round's workflow (domain/workflow) does not allow with a `WorkflowError` whose code has
 * Vietnamese and English texts in the i18n catalog (`db.<code>`, i18n/catalog/db.ts).
 */
export { CouncilDb, DEFAULT_DB_NAME, installedSchemaVersion, type CouncilDbDeps } from './council-db';
export { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema/versions';
export type * from './rows';
export * from './errors';
export { DEFAULT_RULE_SET_ID, defaultEngine, type EnginePort } from './engine-port';
export { createEngine, openCouncilDb } from './engine-adapter';
export { requestPersistentStorage, type PersistenceResult, type StorageManagerLike } from './storage';
export { verifyChain, hashAuditEvent, GENESIS_HASH, type ChainVerdict, type ChainBreak } from './audit/chain';
export { canonicalJson, CanonicalJsonError } from './audit/canonical-json';
export { listAudit, verifyAuditChain } from './audit/verify';
export * from './repos/rounds';
export * from './repos/people';
export * from './repos/council';
export * from './repos/products';
export * from './repos/recusals';
export * from './repos/scoring';
export * from './repos/decisions';
export * from './repos/settings';
export * from './repos/signed-documents';
export * from './repos/self-assessment';
export * from './repos/round-delete';
export * from './repos/product-import';
export * from './repos/register';
export * from './repos/register-import';
export * from './repos/year-plans';
export * from './register-read';
export * from './queries';
export * from './round-list';
export { exportRoundFile, exportRoundFileText } from './round-file-export';
export { importRoundFile, type ImportOptions, type ImportResult } from './round-file-import';
export * from './repos/minutes-fields';
export * from './repos/hub-ops';
export * from './packs';
