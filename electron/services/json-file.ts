import { readFile } from 'node:fs/promises';
import { errnoCode } from './errors';

/** Why a small JSON state file could not be used; the caller falls back to defaults. */
export type JsonFileProblem = { readonly kind: 'unreadable' | 'not-json'; readonly cause: unknown };

/**
 * Reads a small JSON state file (settings, window bounds). A missing file is normal on the
 * first start (undefined). Anything else is reported to `onProblem` — the app must still
 * start with defaults, but the problem goes to the log, not into silence.
 */
export async function readJsonFile(
  filePath: string,
  onProblem: (problem: JsonFileProblem) => void,
): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') onProblem({ kind: 'unreadable', cause: error });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    onProblem({ kind: 'not-json', cause: error });
    return undefined;
  }
}
