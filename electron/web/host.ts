import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { channels, type MethodName } from '../ipc/contract';
import type { HandlerMap } from '../ipc/handlers';
import { SECURITY_HEADERS } from '../security/csp';
import { MAX_DATA_FILE_BYTES } from '../services/data-files';
import { loadStaticFile, staticCacheControl } from '../services/static-files';
import { SIGN_IN_NEEDED_PAGE, SIGNED_IN_PAGE } from './pages';
import {
  createWebSession,
  isWellFormedSecret,
  LAUNCH_TOKEN_PARAM,
  sessionCookieHeader,
  type WebSession,
} from './session';
import { bilingual } from '../shared/host-words';
import {
  decodeWire,
  decodeWireBinary,
  encodeWire,
  encodeWireBinary,
  WIRE_BINARY_TYPE,
  WireFormatError,
} from './wire';

/**
 * Browser mode's host: serves the built renderer and the same handler map Electron uses, as
 * JSON over HTTP at POST /api/<channel>. It listens on 127.0.0.1 only. Who may use it is
 * ./session.ts: the one-time address is exchanged for an HttpOnly cookie, which every page
 * and /api call must carry; a request without it gets a page saying how to open the app.
 * /api calls must also carry this origin's Origin header when the browser sends one, and the
 * Host header is checked on every request so a DNS-rebinding page cannot pose as this origin.
 */

/** Tells the renderer it runs under this host (renderer/src/platform/platform.ts). Not a secret. */
export const HOST_META_NAME = 'ocop-host';
/** Base64 of the largest file plus JSON framing. */
export const MAX_API_BODY_BYTES = Math.ceil((MAX_DATA_FILE_BYTES * 4) / 3) + 64 * 1024;

const methodByChannel = new Map<string, MethodName>(
  Object.keys(channels)
    .filter((key): key is MethodName => key in channels)
    .map((method) => [channels[method], method]),
);

export interface WebHostOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly staticDir: string;
  readonly handlers: HandlerMap;
  /** The one-time address's token: fixed by `--token-file` (browser tests); otherwise random. */
  readonly launchToken?: string;
  readonly logError: (message: string, error: unknown) => void;
}

export interface RunningWebHost {
  /** The app's address, without any secret. */
  readonly url: string;
  /** The one-time address to print and open: `url` + `/?token=…`. */
  readonly launchUrl: string;
  readonly port: number;
  readonly cookieName: string;
  close(): Promise<void>;
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Uint8Array,
  contentType: string,
  extra: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  send(response, status, `${text}\n`, 'text/plain; charset=utf-8');
}

function sendHtml(
  response: ServerResponse,
  status: number,
  html: string,
  extra: Record<string, string> = {},
): void {
  send(response, status, html, 'text/html; charset=utf-8', extra);
}

export function injectHostMarker(html: string): string {
  const meta = `<meta name="${HOST_META_NAME}" content="web">`;
  return html.includes('</head>') ? html.replace('</head>', `    ${meta}\n  </head>`) : `${meta}\n${html}`;
}

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new BodyTooLargeError(`${declared} > ${limit}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(`> ${limit}`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  if (options.launchToken !== undefined && !isWellFormedSecret(options.launchToken)) {
    throw new Error('web host: the launch token must be 64 hex digits');
  }
  // Set once the port is known (the cookie's name carries it); until then nobody is signed in.
  const auth: { session?: WebSession } = {};
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  async function handleApi(
    request: IncomingMessage,
    response: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (request.method !== 'POST') {
      send(response, 405, '', 'text/plain', { Allow: 'POST' });
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      sendText(response, 403, bilingual('web.originRefused'));
      return;
    }
    if (auth.session?.isSignedIn(request.headers.cookie) !== true) {
      sendText(response, 403, bilingual('web.notSignedIn'));
      return;
    }
    // A JSON content type cannot be sent cross-origin without a CORS preflight, which this
    // host never answers: one more wall behind the SameSite cookie.
    // The binary wire (PDFs as bytes) is not a simple content type either.
    const contentType = request.headers['content-type'] ?? '';
    const binary = contentType === WIRE_BINARY_TYPE;
    if (!binary && !contentType.startsWith('application/json')) {
      sendText(response, 415, bilingual('web.jsonRequired'));
      return;
    }
    const method = methodByChannel.get(channel);
    if (method === undefined) {
      sendText(response, 404, bilingual('web.unknownChannel'));
      return;
    }
    let args: unknown;
    try {
      const body = await readBody(request, MAX_API_BODY_BYTES);
      args = binary ? decodeWireBinary(body) : decodeWire(body.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        send(
          response,
          413,
          encodeWire({ ok: false, error: { code: 'too-large', message: error.message } }),
          'application/json',
        );
        return;
      }
      if (error instanceof WireFormatError) {
        send(
          response,
          400,
          encodeWire({ ok: false, error: { code: 'invalid-payload', message: error.message } }),
          'application/json',
        );
        return;
      }
      throw error;
    }
    const result = await options.handlers[method](args);
    // Failures are still 200: the body is a HostResult and the client reads it either way;
    // non-200 statuses are reserved for the transport refusing the request.
    // Answered in the form it was asked in.
    if (binary) send(response, 200, encodeWireBinary(result), WIRE_BINARY_TYPE);
    else send(response, 200, encodeWire(result), 'application/json; charset=utf-8');
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, '', 'text/plain', { Allow: 'GET, HEAD' });
      return;
    }
    const { session } = auth;
    const signedIn = session?.isSignedIn(request.headers.cookie) === true;
    const launchToken = url.searchParams.get(LAUNCH_TOKEN_PARAM);
    if (launchToken !== null && session !== undefined) {
      if (session.redeem(launchToken)) {
        sendHtml(response, 200, SIGNED_IN_PAGE, {
          'Set-Cookie': sessionCookieHeader(session.cookieName, session.cookieValue),
        });
      } else if (signedIn) {
        // A spent link opened again in the browser that spent it: just go to the app.
        send(response, 303, '', 'text/plain', { Location: '/' });
      } else {
        sendHtml(response, 403, SIGN_IN_NEEDED_PAGE);
      }
      return;
    }
    if (!signedIn) {
      sendHtml(response, 403, SIGN_IN_NEEDED_PAGE);
      return;
    }
    // Source maps would hand out the whole source with its comments; the app never needs them.
    const file = url.pathname.toLowerCase().endsWith('.map')
      ? null
      : await loadStaticFile(options.staticDir, url.pathname);
    if (file === null) {
      sendText(response, 404, bilingual('web.notFound'));
      return;
    }
    const isIndex = file.filePath.endsWith('index.html');
    const body = isIndex ? injectHostMarker(Buffer.from(file.bytes).toString('utf8')) : file.bytes;
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.mimeType,
      'Cache-Control': staticCacheControl(url.pathname, isIndex),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server: Server = createServer((request, response) => {
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      sendText(response, 403, bilingual('web.hostRefused'));
      return;
    }
    let url: URL;
    try {
      url = new URL(request.url ?? '/', `http://${host}`);
    } catch {
      sendText(response, 400, bilingual('web.badUrl'));
      return;
    }
    const { pathname } = url;
    const work = pathname.startsWith('/api/')
      ? handleApi(request, response, pathname.slice('/api/'.length))
      : handleStatic(request, response, url);
    work.catch((error: unknown) => {
      options.logError(`web host: ${request.method ?? ''} ${pathname} failed`, error);
      if (!response.headersSent) sendText(response, 500, bilingual('web.serverError'));
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: browser mode is for this computer, never the network.
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('web host: server has no TCP address');
  const { port } = address;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  // The cookie's name carries the port, known only now; no request is served before this line
  // (the handlers above answer "not signed in" while there is no session).
  const session = createWebSession(port, options.launchToken);
  auth.session = session;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    launchUrl: `${url}/?${LAUNCH_TOKEN_PARAM}=${session.launchToken}`,
    port,
    cookieName: session.cookieName,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
