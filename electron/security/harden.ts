import { shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { APP_ORIGIN, isAppUrl, isPermissionGranted } from './app-origin';
import { checkExternalUrl, isSafeExternalUrl } from '../services/url-guard';

/**
 * Hardening of every webContents the app ever creates (registered on
 * `app.on('web-contents-created')`, so a future window cannot forget it):
 * no new windows, no navigation or redirect away from app://council, no <webview>.
 */
export function hardenWebContents(
  contents: WebContents,
  logError: (message: string, error: unknown) => void,
): void {
  contents.setWindowOpenHandler(({ url }) => {
    // A link meant for the browser (target=_blank) goes to the user's browser; the app never
    // opens a second window of its own.
    if (isSafeExternalUrl(url)) {
      shell
        .openExternal(checkExternalUrl(url))
        .catch((error: unknown) => logError('openExternal failed', error));
    }
    return { action: 'deny' };
  });
  const blockForeign = (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', (event) => {
    // Sub-frames may show generated PDFs (blob:) but never another site.
    if (!isAppUrl(event.url) && !event.url.startsWith(`blob:${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Session-wide: deny permissions (except persistent storage), CSP header on every response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
