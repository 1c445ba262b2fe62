import { protocol, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { APP_HOST, APP_SCHEME } from './security/app-origin';
import { loadStaticFile } from './services/static-files';

/** Must run before `app.whenReady()`: privileges can only be granted at start-up. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin (IndexedDB, relative URLs); secure: a secure context
      // (navigator.storage, crypto.subtle); supportFetchAPI: fetch() of the app's own
      // files (fonts for PDFs), which file:// cannot do; corsEnabled: Vite's
      // <script type="module" crossorigin> is fetched in CORS mode; stream: large responses.
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

/** Serves dist/renderer at app://council/ with the app's CSP on every response. */
export function serveRenderer(
  session: Session,
  rendererDir: string,
  logError: (message: string, error: unknown) => void,
): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response(null, { status: 404, headers });
    }
    try {
      const file = await loadStaticFile(rendererDir, url.pathname);
      if (file === null) return new Response(null, { status: 404, headers });
      return new Response(Buffer.from(file.bytes), {
        status: 200,
        headers: { ...headers, 'Content-Type': file.mimeType },
      });
    } catch (error) {
      logError(`app:// ${url.pathname} failed`, error);
      return new Response(null, { status: 500, headers });
    }
  });
}
