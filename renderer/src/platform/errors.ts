import type { HostErrorCode } from '../../../electron/ipc/contract';
import type { HubRefusal } from '../../../electron/shared/hub-wire';

/**
 * A request the host answered with a failure. `code` says which (see HostErrorCode in
 * electron/ipc/contract.ts); the UI shows its own translated text for it, never `message`.
 * `refusal`, when the host sent one, is a code the UI words from its catalog.
 */
export class CouncilHostError extends Error {
  override readonly name = 'CouncilHostError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly method: string,
    readonly refusal?: HubRefusal,
  ) {
    super(`${method}: ${code}: ${message}`);
  }
}
