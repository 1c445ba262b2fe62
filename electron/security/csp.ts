/**
 * The Content-Security-Policy of the renderer, sent as a header by both hosts (Electron's
 * `app://` protocol handler and the web host). Nothing is loaded from the network, no inline
 * or eval'd script runs; `blob:`/`data:` are allowed only where generated PDFs, images and
 * fonts need them (PDF preview in a frame, embedded fonts, downloads).
 */
const directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'data:', 'blob:'],
  'worker-src': ["'self'", 'blob:'],
  'frame-src': ["'self'", 'blob:'],
  'media-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

/** Directives a <meta> tag cannot carry (browsers ignore them there and warn). */
const HEADER_ONLY = new Set(['frame-ancestors']);

function serialise(include: (name: string) => boolean): string {
  return Object.entries(directives)
    .filter(([name]) => include(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export const CONTENT_SECURITY_POLICY = serialise(() => true);
/** The same policy for `<meta http-equiv="Content-Security-Policy">` in renderer/index.html. */
export const META_CONTENT_SECURITY_POLICY = serialise((name) => !HEADER_ONLY.has(name));

/** Headers every response of the app's HTTP servers carries (browser mode's host, the meeting hub). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
