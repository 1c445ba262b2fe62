import type { HubOpOutcome, MemberOp, MemberView } from '../../../electron/shared/hub-wire';

/** Talks to the meeting hub's member API (electron/services/hub/server.ts), same origin. */

/** The hub refused (a status and its code, e.g. 401 'no-device'): the request will not succeed as is. */
export class HubRefusalError extends Error {
  override readonly name = 'HubRefusalError';
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`${status} ${code}`);
  }
}

/** The hub could not be reached, or the secretary's laptop did not answer in time: retry later. */
export class HubUnreachableError extends Error {
  override readonly name = 'HubUnreachableError';
}

export interface JoinAnswer {
  readonly deviceId: string;
  readonly deviceToken: string;
  readonly memberId: string;
  readonly roundId: string;
  readonly meetingDate: string;
}

export interface DeviceCredentials {
  readonly deviceId: string;
  readonly deviceToken: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function call(fetcher: typeof fetch, path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(path, { ...init, cache: 'no-store' });
  } catch (error) {
    throw new HubUnreachableError(error instanceof Error ? error.message : String(error));
  }
  if (response.ok) return response;
  let code = `http-${response.status}`;
  try {
    const body: unknown = await response.json();
    if (isRecord(body) && typeof body['error'] === 'string') code = body['error'];
  } catch {
    // Not JSON (a proxy's error page): the status code says enough.
  }
  // 503: the hub is up but the secretary's page did not commit in time: the ops stay queued.
  if (response.status === 503 || response.status === 502 || response.status === 504)
    throw new HubUnreachableError(code);
  throw new HubRefusalError(response.status, code);
}

const auth = (device: DeviceCredentials) => ({
  Authorization: `Device ${device.deviceId}.${device.deviceToken}`,
});

export function createHubClient(fetcher: typeof fetch) {
  return {
    async join(request: { secret: string } | { code: string }): Promise<JoinAnswer> {
      const response = await call(fetcher, '/m/join', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
      });
      return (await response.json()) as JoinAnswer;
    },
    /** null when unchanged since `since`. */
    async view(
      device: DeviceCredentials,
      since: number,
    ): Promise<{ version: number; view: MemberView } | null> {
      const response = await call(fetcher, `/m/view?since=${since}`, { headers: auth(device) });
      if (response.status === 204) return null;
      return (await response.json()) as { version: number; view: MemberView };
    },
    async send(device: DeviceCredentials, ops: readonly MemberOp[]): Promise<readonly HubOpOutcome[]> {
      const response = await call(fetcher, '/m/ops', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...auth(device) },
        body: JSON.stringify({ ops }),
      });
      const body = (await response.json()) as { outcomes: readonly HubOpOutcome[] };
      return body.outcomes;
    },
  };
}

export type HubClient = ReturnType<typeof createHubClient>;
