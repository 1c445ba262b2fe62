import { NotFoundError } from '../../db';

/**
 * Whether a read failed because the round/product is gone. Dexie re-wraps an error named
 * like one of its own ("NotFoundError") thrown inside a transaction into a DexieError that
 * keeps the original as `inner`, so both shapes are checked.
 */
export function isNotFound(error: unknown): boolean {
  if (error instanceof NotFoundError) return true;
  if (error instanceof Error && 'inner' in error) return error.inner instanceof NotFoundError;
  return false;
}
