import type { WorkflowCode } from '../domain/workflow';
import type { Problem } from '../domain/problems';

/**
 * Named errors of the persistence layer. Every error a user can cause carries a `code`
 * the UI says it with the catalog's `db.<code>` (i18n/catalog/db.ts); `problems` lists details
 * (already bilingual where they come from a validator) for the UI to show under it.
 */
export type DbErrorCode =
  | WorkflowCode
  | 'not-found'
  | 'invalid-input'
  | 'invalid-product-code'
  | 'invalid-sheet-no'
  | 'invalid-answer'
  | 'invalid-rules-profile'
  | 'duplicate'
  | 'storage-full'
  | 'changed-since-safety-copy'
  | 'round-exists'
  | 'invalid-round-file'
  | 'engine-unavailable'
  | 'register-round-not-closed'
  | 'register-decision-recorded'
  | 'register-nothing-recognised'
  | 'register-already-revoked'
  // scoring packs (db/packs/format.ts PackError)
  | 'pack-unreadable'
  | 'pack-not-a-pack'
  | 'pack-wrong-kind'
  | 'pack-unknown-pack'
  | 'pack-other-round'
  | 'pack-other-member'
  | 'pack-tampered'
  | 'pack-closed'
  | 'pack-unknown-product';

export class CouncilDbError extends Error {
  readonly code: DbErrorCode;
  readonly problems: readonly string[];
  constructor(code: DbErrorCode, message: string, problems: readonly string[] = [], options?: ErrorOptions) {
    super(message, options);
    this.name = 'CouncilDbError';
    this.code = code;
    this.problems = problems;
  }
}

/** A workflow rule refused the action (domain/workflow). */
export class WorkflowError extends CouncilDbError {
  /** `problems`: details for the UI, e.g. the unanswered criterion codes of "sheet-incomplete" */
  constructor(code: WorkflowCode, problems: readonly string[] = []) {
    super(
      code,
      problems.length === 0
        ? `workflow refused: ${code}`
        : `workflow refused: ${code} (${problems.join(', ')})`,
      problems,
    );
    this.name = 'WorkflowError';
  }
}

export class NotFoundError extends CouncilDbError {
  constructor(entity: string, id: string) {
    super('not-found', `${entity} ${id} not found`, [`${entity}: ${id}`]);
    // Not "NotFoundError": Dexie re-wraps an error with that DOM name into its own class.
    this.name = 'RecordNotFoundError';
  }
}

/** Input refused before anything was written. */
export class ValidationError extends CouncilDbError {
  constructor(code: DbErrorCode, problems: readonly string[]) {
    super(code, `invalid input (${code}): ${problems.join('; ')}`, problems);
    this.name = 'ValidationError';
  }
}

/** The browser refused to store more (QuotaExceededError). Nothing of the write was kept. */
export class StorageFullError extends CouncilDbError {
  constructor(cause: unknown) {
    super('storage-full', 'storage is full: the change was not saved', [], { cause });
    this.name = 'StorageFullError';
  }
}

/**
 * A restore found the data changed since its safety copy was taken (someone kept scoring, the
 * hub delivered a sheet): restoring now would lose that change, so nothing was restored.
 */
export class ChangedSinceSafetyCopyError extends CouncilDbError {
  constructor(store: string) {
    super(
      'changed-since-safety-copy',
      `the data of '${store}' changed since the safety copy: nothing was restored`,
    );
    this.name = 'ChangedSinceSafetyCopyError';
  }
}

/** Import of a round whose id already exists, without `asCopy`. Nothing was written. */
export class RoundExistsError extends CouncilDbError {
  readonly roundId: string;
  constructor(roundId: string) {
    super('round-exists', `round ${roundId} already exists`, [roundId]);
    this.name = 'RoundExistsError';
    this.roundId = roundId;
  }
}

/** The scoring engine a rule needs has not been wired in (engine-port.ts). */
export class EngineUnavailableError extends CouncilDbError {
  constructor(what: string) {
    super('engine-unavailable', `scoring engine not available: ${what}`, [what]);
    this.name = 'EngineUnavailableError';
  }
}

/** Quota errors surface under several names depending on the browser and on Dexie's wrapping. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const inner: unknown = 'inner' in error ? error.inner : error.cause;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

/**
 * A round file that does not pass the engine's reader, or whose ids collide with another
 * round's rows. `fileProblems` are the engine's problems (path + code + params) for the UI to
 * translate with the engine's catalog; `problems` is the same as plain text. Nothing was written.
 */
export class RoundFileError extends CouncilDbError {
  readonly fileProblems: readonly Problem[];
  constructor(fileProblems: readonly Problem[]) {
    super(
      'invalid-round-file',
      `invalid round file: ${fileProblems.length} problem(s)`,
      fileProblems.map((p) => `${p.path}: ${p.code} ${JSON.stringify(p.params)}`),
    );
    this.name = 'RoundFileError';
    this.fileProblems = fileProblems;
  }
}
