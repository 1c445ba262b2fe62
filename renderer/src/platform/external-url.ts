/**
 * The renderer's copy of electron/services/url-guard.ts (browser mode opens links itself).
 * Same rules: absolute http(s), a host, no credentials, no whitespace/control characters,
 * at most 2048 characters. A unit test runs both over the same table.
 */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

export function safeExternalUrl(raw: string): string | null {
  if (raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
  if (/[\u0000-\u0020\u007f]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not a URL at all: refused like any other unsafe input.
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
