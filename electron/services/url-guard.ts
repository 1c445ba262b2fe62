import { UnsafeUrlError } from './errors';

/** Longer than any real link; stops a renderer bug from handing the OS megabytes. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Decides whether `openExternal` may pass `raw` to the operating system. Only absolute
 * http(s) URLs with a host and no embedded credentials pass: `file:`, `javascript:`,
 * `data:`, custom schemes and `mailto:` could run or open local things through the OS
 * handler, and `user:pass@` URLs are a classic phishing disguise.
 *
 * Returns the normalised URL string to open (what the WHATWG parser produced, not the raw
 * input, so the OS sees exactly what was checked).
 */
export function checkExternalUrl(raw: unknown): string {
  if (typeof raw !== 'string') throw new UnsafeUrlError('not-a-string');
  if (raw.length === 0) throw new UnsafeUrlError('empty');
  if (raw.length > MAX_EXTERNAL_URL_LENGTH) throw new UnsafeUrlError('too-long');
  // The URL parser silently strips tabs/newlines and trims; a URL that needed that is not
  // what a person typed, so refuse instead of guessing.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
  if (/[\u0000-\u0020\u007f]/u.test(raw)) throw new UnsafeUrlError('whitespace-or-control');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The parser's own message says nothing more useful than "invalid URL".
    throw new UnsafeUrlError('malformed');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UnsafeUrlError(`scheme ${url.protocol}`);
  }
  if (url.hostname === '') throw new UnsafeUrlError('no-host');
  if (url.username !== '' || url.password !== '') throw new UnsafeUrlError('credentials');
  return url.href;
}

/** Same check as a boolean, for navigation guards. */
export function isSafeExternalUrl(raw: unknown): boolean {
  try {
    checkExternalUrl(raw);
    return true;
  } catch (error) {
    if (error instanceof UnsafeUrlError) return false;
    throw error;
  }
}
