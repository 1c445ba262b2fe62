import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HubBatchResult, MemberOp, MemberView } from '../../shared/hub-wire';
import { SECURITY_HEADERS } from '../../security/csp';
import { loadStaticFile, staticCacheControl } from '../static-files';
import { JoinRefusedError, type CardRegistry } from './cards';
import {
  describeDevice,
  joinRequestSchema,
  MAX_JOIN_BODY_BYTES,
  MAX_JSON_DEPTH,
  MAX_MEMBER_BODY_BYTES,
  opsRequestSchema,
} from './member-api';
import { jsonDepthExceeds } from '../../shared/json-bounds';
import { HubClosedError, SecretaryUnavailableError, type SecretaryRelay } from './relay';

/**
 * The meeting hub's HTTP server on the LAN. It serves ONLY the member page (member.html and
 * the built assets) and the member API under /m/ — never the secretary's API, files, backups
 * or signing. Every response carries the app's CSP and security headers; every request is
 * checked for the Host it was sent to (no DNS rebinding) and, when a browser sends one, its
 * Origin; bodies are size- and depth-limited and parsed by schema; a device proves itself
 * with its token on every call. Refusals answer `{ error: <code> }` (the member page shows the
 * catalog's Vietnamese and English text for the code) and change nothing.
 */

export const DEVICE_AUTH_SCHEME = 'Device';

export type MemberErrorCode =
  | 'host-not-allowed'
  | 'origin-not-allowed'
  | 'not-found'
  | 'method-not-allowed'
  | 'json-required'
  | 'too-large'
  | 'too-deep'
  | 'malformed-json'
  | 'invalid-request'
  | 'unknown-card'
  | 'card-used'
  | 'card-locked'
  | 'no-device'
  | 'not-ready'
  | 'not-your-product'
  | 'secretary-unavailable'
  | 'hub-closed';

class RequestRefusal extends Error {
  override readonly name = 'RequestRefusal';
  constructor(
    readonly status: number,
    readonly code: MemberErrorCode,
  ) {
    super(code);
  }
}

export interface HubServerCore {
  readonly cards: CardRegistry;
  readonly relay: SecretaryRelay;
  readonly roundId: string;
  readonly meetingDate: string;
  viewOf(memberId: string): { readonly version: number; readonly view: MemberView } | undefined;
}

export interface HubServerOptions {
  readonly bindAddress: string;
  readonly port: number;
  readonly staticDir: string;
  readonly core: HubServerCore;
  readonly logError: (message: string, error: unknown) => void;
}

export interface RunningHubServer {
  readonly port: number;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new RequestRefusal(415, 'json-required');
  }
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new RequestRefusal(413, 'too-large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new RequestRefusal(413, 'too-large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) throw new RequestRefusal(400, 'too-deep');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RequestRefusal(400, 'malformed-json');
  }
}

export async function startHubServer(options: HubServerOptions): Promise<RunningHubServer> {
  const { core } = options;
  let allowedHosts = new Set<string>();

  function device(request: IncomingMessage): { memberId: string; deviceId: string; label: string } {
    const header = request.headers.authorization ?? '';
    const match = new RegExp(
      `^${DEVICE_AUTH_SCHEME} ([A-Za-z0-9_-]{1,64})\\.([A-Za-z0-9_-]{1,128})$`,
      'u',
    ).exec(header);
    const found = match === null ? null : core.cards.authenticate(match[1] ?? '', match[2] ?? '');
    if (match === null || found === null) throw new RequestRefusal(401, 'no-device');
    return { memberId: found.memberId, deviceId: match[1] ?? '', label: found.label };
  }

  async function join(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const parsed = joinRequestSchema.safeParse(await readJson(request, MAX_JOIN_BODY_BYTES));
    if (!parsed.success) throw new RequestRefusal(400, 'invalid-request');
    const info = describeDevice(request.headers['user-agent']);
    try {
      const joined =
        'secret' in parsed.data
          ? await core.cards.joinWithSecret(parsed.data.secret, info)
          : await core.cards.joinWithCode(parsed.data.code, info);
      sendJson(response, 200, { ...joined, roundId: core.roundId, meetingDate: core.meetingDate });
    } catch (error) {
      if (!(error instanceof JoinRefusedError)) throw error;
      throw new RequestRefusal(error.reason === 'card-locked' ? 429 : 403, error.reason);
    }
  }

  function view(request: IncomingMessage, response: ServerResponse, since: number): void {
    const { memberId } = device(request);
    const current = core.viewOf(memberId);
    if (current === undefined) throw new RequestRefusal(503, 'not-ready');
    if (current.version === since) {
      response.writeHead(204, { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' });
      response.end();
      return;
    }
    sendJson(response, 200, current);
  }

  async function ops(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const who = device(request);
    const parsed = opsRequestSchema.safeParse(await readJson(request, MAX_MEMBER_BODY_BYTES));
    if (!parsed.success) throw new RequestRefusal(400, 'invalid-request');
    // Products outside the member's own list of the day are refused here, before the page is
    // asked: a device learns nothing about products it may not see. The page decides the rest.
    // Until the page published this member's view (just after the hub opened or restarted) the
    // hub cannot tell: "not ready", so the device keeps its ops and retries. A 403 here would
    // make the device drop ops that are perfectly good.
    const current = core.viewOf(who.memberId);
    if (current === undefined) throw new RequestRefusal(503, 'not-ready');
    const visible = new Set(current.view.products.map((p) => p.productId));
    const foreign = parsed.data.ops.find((op: MemberOp) => !visible.has(op.productId));
    if (foreign !== undefined) throw new RequestRefusal(403, 'not-your-product');
    let result: HubBatchResult;
    try {
      result = await core.relay.submit({
        batchId: randomUUID(),
        roundId: core.roundId,
        meetingDate: core.meetingDate,
        memberId: who.memberId,
        deviceId: who.deviceId,
        deviceLabel: who.label,
        ops: parsed.data.ops,
      });
    } catch (error) {
      if (error instanceof SecretaryUnavailableError) throw new RequestRefusal(503, 'secretary-unavailable');
      if (error instanceof HubClosedError) throw new RequestRefusal(503, 'hub-closed');
      throw error;
    }
    sendJson(response, 200, { outcomes: result.outcomes });
  }

  async function staticFile(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
  ): Promise<void> {
    const servable =
      pathname === '/' ||
      pathname === '/member.html' ||
      pathname === '/favicon.png' ||
      pathname.startsWith('/assets/');
    if (!servable) throw new RequestRefusal(404, 'not-found');
    const isPage = pathname === '/' || pathname === '/member.html';
    const file = await loadStaticFile(options.staticDir, isPage ? '/member.html' : pathname);
    if (file === null) throw new RequestRefusal(404, 'not-found');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.mimeType,
      // The member's phone keeps the hashed scripts of the page between visits (issue 13);
      // the page itself, which names them, is fetched fresh so a new build is seen at once.
      'Cache-Control': staticCacheControl(pathname, isPage),
    });
    response.end(request.method === 'HEAD' ? undefined : file.bytes);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) throw new RequestRefusal(403, 'host-not-allowed');
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`)
      throw new RequestRefusal(403, 'origin-not-allowed');
    let url: URL;
    try {
      url = new URL(request.url ?? '/', `http://${host}`);
    } catch {
      throw new RequestRefusal(400, 'invalid-request');
    }
    const { pathname } = url;
    const method = request.method ?? 'GET';
    if (pathname === '/m/join') {
      if (method !== 'POST') throw new RequestRefusal(405, 'method-not-allowed');
      await join(request, response);
    } else if (pathname === '/m/view') {
      if (method !== 'GET') throw new RequestRefusal(405, 'method-not-allowed');
      view(request, response, Number(url.searchParams.get('since') ?? '-1'));
    } else if (pathname === '/m/ops') {
      if (method !== 'POST') throw new RequestRefusal(405, 'method-not-allowed');
      await ops(request, response);
    } else {
      if (method !== 'GET' && method !== 'HEAD') throw new RequestRefusal(405, 'method-not-allowed');
      await staticFile(request, response, pathname);
    }
  }

  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof RequestRefusal) {
        if (!response.headersSent) sendJson(response, error.status, { error: error.code });
        // An oversized body is not read to its end: close the connection instead.
        if (error.code === 'too-large') request.destroy();
        return;
      }
      options.logError(`hub: ${request.method ?? ''} ${request.url ?? ''} failed`, error);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
      else response.destroy();
    });
  });
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bindAddress, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('hub: server has no TCP address');
  const { port } = address;
  allowedHosts = new Set([`${options.bindAddress}:${port}`]);
  if (options.bindAddress === '127.0.0.1') allowedHosts.add(`localhost:${port}`);

  return {
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
