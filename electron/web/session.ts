import { randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may use browser mode's host — Jupyter's model. The start command prints (and opens) a
 * one-time address `http://127.0.0.1:PORT/?token=T`; the first request carrying T gets an
 * HttpOnly, SameSite=Strict cookie holding a second, unrelated secret, and T is spent. Pages
 * and the API then require that cookie. Another account on the same computer can reach the
 * port, but it cannot read the token (printed on this user's terminal only) nor the cookie
 * (HttpOnly, never written into a page), so it gets the "how to open the app" page and nothing
 * else. Both secrets live only in this process's memory: a restarted host starts a new session.
 */

export const LAUNCH_TOKEN_PARAM = 'token';
/** 32 random bytes, hex. */
const SECRET_PATTERN = /^[0-9a-f]{64}$/u;
/** The cookie lives as long as the browser keeps it; the host's restart ends it anyway. */
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function newSecret(): string {
  return randomBytes(32).toString('hex');
}

export function isWellFormedSecret(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** Constant-time compare, so a secret cannot be guessed byte by byte from response times. */
export function secretsMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Cookies do not separate ports: the name does, so two hosts on one machine never clash. */
export function sessionCookieName(port: number): string {
  return `ocop_session_${port}`;
}

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

export function sessionCookieHeader(name: string, value: string): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_SECONDS}`;
}

export interface WebSession {
  /** The one-time address's token, until it is spent. */
  readonly launchToken: string;
  /** True once; spends the token. */
  redeem(given: string): boolean;
  readonly cookieName: string;
  readonly cookieValue: string;
  isSignedIn(cookieHeader: string | undefined): boolean;
}

export function createWebSession(port: number, launchToken: string = newSecret()): WebSession {
  if (!isWellFormedSecret(launchToken))
    throw new Error('web session: the launch token must be 64 hex digits');
  const cookieValue = newSecret();
  const cookieName = sessionCookieName(port);
  let spent = false;
  return {
    launchToken,
    cookieName,
    cookieValue,
    redeem(given) {
      if (spent || !secretsMatch(launchToken, given)) return false;
      spent = true;
      return true;
    },
    isSignedIn: (header) => secretsMatch(cookieValue, readCookie(header, cookieName)),
  };
}
