/**
 * The desktop app loads its renderer from `app://council/…` (a privileged custom scheme),
 * not from file://. Why:
 *  - IndexedDB belongs to an origin. `app://council` never changes — not with the app's
 *    version, nor its install folder — so a season's data is found after every update.
 *    NEVER rename the scheme or host: the data would seem to vanish.
 *  - file:// gives every local file the same origin and no working `fetch`; the custom
 *    scheme is a secure, standard origin whose `'self'` means only the app's own files.
 *  - Electron's security checklist recommends exactly this.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'council';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True for a URL of the app itself: navigation to anything else is blocked. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
  );
}

/**
 * Every permission a page can ask for is refused — the app needs no camera, location or
 * notifications — except persistent storage for the app's own origin, so Chromium never
 * evicts the IndexedDB that holds the council's scores.
 */
export function isPermissionGranted(permission: string, requestingUrlOrOrigin: string): boolean {
  return permission === 'persistent-storage' && isAppUrl(requestingUrlOrOrigin);
}
