import { NotFoundError } from '../../db';

/** Whether a read failed because the round/product is gone (deleted, or an old link). */
export function isNotFound(error: unknown): boolean {
  return error instanceof NotFoundError;
}
