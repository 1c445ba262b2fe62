import { randomUUID } from 'node:crypto';
import { SigningError } from './errors';
import { readSigningIdentity, type SigningIdentity } from './identity';
import type { Signer } from './signer';

/**
 * A .p12 opened once for a batch of signatures (issue 13): opening a .p12 costs ~0.1–0.2 s
 * (PBKDF2 and the key bags in pure JS), paid once per batch instead of once per document.
 *
 * What is kept, and for how long: only the parsed identity (certificate, chain and the
 * private key as a Node KeyObject), in this process's memory, until `close` (end of the
 * batch, whatever happened) or `idleTimeoutMs` without a signature. The .p12 bytes the
 * caller passed are overwritten with zeros as soon as they are read, and the password is
 * never stored. Nothing is written to disk or logged.
 */
export class SigningSessionClosed extends SigningError {
  override readonly name = 'SigningSessionClosed';
  readonly code = 'signing-session-closed';
  constructor() {
    super('signing-session-closed');
  }
}

interface LiveSession {
  readonly identity: SigningIdentity;
  timer: ReturnType<typeof setTimeout>;
}

export interface CertificateSessionsOptions {
  /** Closes a session left open (a page closed mid-batch); default 10 minutes. */
  readonly idleTimeoutMs?: number;
}

export class CertificateSessions {
  private readonly sessions = new Map<string, LiveSession>();
  /** Every id this host gave out (a few per batch), so a closed one is named as such. */
  private readonly issued = new Set<string>();
  private readonly idleTimeoutMs: number;

  constructor(options: CertificateSessionsOptions = {}) {
    this.idleTimeoutMs = options.idleTimeoutMs ?? 10 * 60_000;
  }

  /**
   * Opens the .p12 (refusals as SigningError: wrong password, expired…) and returns the
   * session id with its signer. `p12` is zeroised whether or not it opened.
   */
  open(
    p12: Uint8Array,
    password: string,
    now: Date,
  ): { readonly sessionId: string; readonly signer: Signer } {
    let identity: SigningIdentity;
    try {
      identity = readSigningIdentity(p12, password, now);
    } finally {
      p12.fill(0);
    }
    const sessionId = randomUUID();
    this.issued.add(sessionId);
    this.sessions.set(sessionId, { identity, timer: this.idleTimer(sessionId) });
    return { sessionId, signer: identity };
  }

  /** Whether this id is a .p12 session (open or already closed), not a token's. */
  owns(sessionId: string): boolean {
    return this.issued.has(sessionId);
  }

  /** The signer of an open session (its idle time starts again); SigningSessionClosed otherwise. */
  signerOf(sessionId: string): Signer {
    const live = this.sessions.get(sessionId);
    if (live === undefined) throw new SigningSessionClosed();
    clearTimeout(live.timer);
    live.timer = this.idleTimer(sessionId);
    return live.identity;
  }

  /** Forgets the key. Unknown or already closed sessions are fine. */
  close(sessionId: string): void {
    const live = this.sessions.get(sessionId);
    if (live === undefined) return;
    clearTimeout(live.timer);
    this.sessions.delete(sessionId);
  }

  /** Closes every session (app quit, tests). */
  dispose(): void {
    for (const id of [...this.sessions.keys()]) this.close(id);
  }

  get openCount(): number {
    return this.sessions.size;
  }

  private idleTimer(sessionId: string): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => this.close(sessionId), this.idleTimeoutMs);
    timer.unref();
    return timer;
  }
}
