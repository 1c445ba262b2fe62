import type { HostErrorCode } from '../../../electron/ipc/contract';

/**
 * A request the host answered with a failure. `code` says which (see HostErrorCode in
 * electron/ipc/contract.ts); the UI shows its own translated text for it, never `message`.
 */
export class CouncilHostError extends Error {
  override readonly name = 'CouncilHostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly method: string,
  ) {
    super(`${method}: ${code}: ${message}`);
  }
}
