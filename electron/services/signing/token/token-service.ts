import { createHash, randomUUID, verify as verifySignature, X509Certificate } from 'node:crypto';
import type { PKCS11 } from 'pkcs11js';
import { TokenSigningError } from '../errors';
import type { TokenErrorCode } from '../../../shared/signing-codes';
import type { Signer } from '../signer';
import { lazyBinding, loadPkcs11Binding, type BindingLoader, type Pkcs11Module } from './binding';
import {
  describeTokenCertificate,
  ecdsaRawToDer,
  issuerChain,
  keyTypeOf,
  type TokenCertificate,
} from './certificate-info';
import { checkLibraryFile, isWrongArchitectureMessage } from './library-file';

export type PinState = 'ok' | 'count-low' | 'final-try' | 'locked';

export interface TokenDescription {
  readonly label: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly serial: string;
  readonly pinState: PinState;
  readonly certificates: readonly TokenCertificate[];
}

export interface OpenedTokenSession {
  readonly sessionId: string;
  readonly signer: Signer;
}

export interface TokenServiceOptions {
  readonly loadBinding?: BindingLoader;
  /** A logged-in session nobody signs with is logged out after this long (default 10 min). */
  readonly idleTimeoutMs?: number;
  readonly host?: { readonly platform: NodeJS.Platform; readonly arch: string };
}

interface LiveSession {
  readonly library: PKCS11;
  readonly slot: Buffer;
  readonly serial: string;
  readonly handle: Buffer;
  readonly key: Buffer;
  readonly signer: Signer;
  timer: NodeJS.Timeout;
}

const MAX_OBJECTS = 64;

/** PKCS#11 pads its fixed-width text fields with blanks (some tokens with NUL bytes). */
const trimmed = (text: string): string => {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0 || /\s/u.test(text.charAt(end - 1)))) end -= 1;
  return text.slice(0, end);
};

/**
 * The PKCS#11 side of signing with a USB token. Lists the tokens a library sees with their
 * certificates, logs in with a PIN once per batch (the PIN goes to C_Login and nowhere else:
 * not stored, not logged, not in any error), and signs on the token: the private key never
 * leaves it. Synchronous like the rest of the signing service (pkcs11js calls block briefly).
 */
export class TokenService {
  private readonly binding: () => Pkcs11Module;
  private readonly libraries = new Map<string, PKCS11>();
  private readonly sessions = new Map<string, LiveSession>();
  private readonly idleTimeoutMs: number;
  private readonly host: { readonly platform: NodeJS.Platform; readonly arch: string };

  constructor(options: TokenServiceOptions = {}) {
    this.binding = lazyBinding(options.loadBinding ?? loadPkcs11Binding);
    this.idleTimeoutMs = options.idleTimeoutMs ?? 10 * 60_000;
    this.host = options.host ?? process;
  }

  /** Loads and initialises a library once per path; every failure becomes a reason in words. */
  private library(libraryPath: string): PKCS11 {
    const known = this.libraries.get(libraryPath);
    if (known !== undefined) return known;
    const binding = this.binding();
    checkLibraryFile(libraryPath, this.host);
    const library = new binding.PKCS11();
    try {
      library.load(libraryPath);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      const code = isWrongArchitectureMessage(message)
        ? 'token-library-wrong-architecture'
        : 'token-library-invalid';
      throw new TokenSigningError(code, message, { cause });
    }
    try {
      library.C_Initialize();
    } catch (cause) {
      if (this.codeOf(cause) !== binding.CKR_CRYPTOKI_ALREADY_INITIALIZED) {
        library.close();
        throw new TokenSigningError('token-library-invalid', this.describe(cause), { cause });
      }
    }
    this.libraries.set(libraryPath, library);
    return library;
  }

  private codeOf(error: unknown): number | null {
    const binding = this.binding();
    return error instanceof binding.Pkcs11Error ? error.code : null;
  }

  private describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }

  private pinState(flags: number): PinState {
    const b = this.binding();
    if (flags & b.CKF_USER_PIN_LOCKED) return 'locked';
    if (flags & b.CKF_USER_PIN_FINAL_TRY) return 'final-try';
    if (flags & b.CKF_USER_PIN_COUNT_LOW) return 'count-low';
    return 'ok';
  }

  /** Certificates on the token (public objects: readable without the PIN). */
  private certificatesIn(library: PKCS11, session: Buffer): { der: Buffer; id: string; label: string }[] {
    const b = this.binding();
    library.C_FindObjectsInit(session, [
      { type: b.CKA_CLASS, value: b.CKO_CERTIFICATE },
      { type: b.CKA_CERTIFICATE_TYPE, value: b.CKC_X_509 },
    ]);
    let handles: Buffer[];
    try {
      handles = library.C_FindObjects(session, MAX_OBJECTS);
    } finally {
      library.C_FindObjectsFinal(session);
    }
    return handles.map((handle) => {
      const [value, id, label] = library.C_GetAttributeValue(session, handle, [
        { type: b.CKA_VALUE },
        { type: b.CKA_ID },
        { type: b.CKA_LABEL },
      ]);
      return {
        der: value?.value ?? Buffer.alloc(0),
        id: (id?.value ?? Buffer.alloc(0)).toString('hex'),
        label: (label?.value ?? Buffer.alloc(0)).toString('utf8'),
      };
    });
  }

  private withReadSession<T>(library: PKCS11, slot: Buffer, run: (session: Buffer) => T): T {
    const session = library.C_OpenSession(slot, this.binding().CKF_SERIAL_SESSION);
    try {
      return run(session);
    } finally {
      library.C_CloseSession(session);
    }
  }

  /** The tokens present, each with its certificates and whether each may sign at `now`. */
  listTokens(libraryPath: string, now: Date): TokenDescription[] {
    const library = this.library(libraryPath);
    try {
      const b = this.binding();
      // A slot with a blank token (never initialised, e.g. SoftHSM's free slot) has nothing to offer.
      const slots = library
        .C_GetSlotList(true)
        .map((slot) => ({ slot, info: library.C_GetTokenInfo(slot) }))
        .filter(({ info }) => (info.flags & b.CKF_TOKEN_INITIALIZED) !== 0);
      return slots.map(({ slot, info }) => {
        const certificates = this.withReadSession(library, slot, (session) =>
          this.certificatesIn(library, session).flatMap((c) => {
            try {
              return [describeTokenCertificate(c.der, c.id, trimmed(c.label), now)];
            } catch {
              // Not an X.509 certificate we can read (e.g. a vendor's attribute certificate):
              // it cannot sign the minutes either, so it is not offered.
              return [];
            }
          }),
        );
        return {
          label: trimmed(info.label),
          manufacturer: trimmed(info.manufacturerID),
          model: trimmed(info.model),
          serial: trimmed(info.serialNumber),
          pinState: this.pinState(info.flags),
          certificates,
        };
      });
    } catch (cause) {
      if (cause instanceof TokenSigningError) throw cause;
      throw new TokenSigningError('token-failure', this.describe(cause), { cause });
    }
  }

  private findSlot(library: PKCS11, serial: string): Buffer {
    const slot = library
      .C_GetSlotList(true)
      .find((candidate) => trimmed(library.C_GetTokenInfo(candidate).serialNumber) === serial);
    if (slot === undefined) throw new TokenSigningError('token-not-found');
    return slot;
  }

  /** C_Login's refusals, with what the token says about the tries left. */
  private loginFailure(library: PKCS11, slot: Buffer, cause: unknown): TokenSigningError {
    const b = this.binding();
    const code = this.codeOf(cause);
    if (code === b.CKR_PIN_LOCKED) return new TokenSigningError('token-pin-locked', 'CKR_PIN_LOCKED');
    if (code === b.CKR_PIN_INCORRECT || code === b.CKR_PIN_LEN_RANGE || code === b.CKR_PIN_INVALID) {
      let state: PinState;
      try {
        state = this.pinState(library.C_GetTokenInfo(slot).flags);
      } catch (infoError) {
        return new TokenSigningError('token-removed', this.describe(infoError), { cause: infoError });
      }
      const which: TokenErrorCode =
        state === 'locked'
          ? 'token-pin-locked'
          : state === 'final-try'
            ? 'token-pin-incorrect-final-try'
            : state === 'count-low'
              ? 'token-pin-incorrect-count-low'
              : 'token-pin-incorrect';
      return new TokenSigningError(which, this.describe(cause));
    }
    return this.deviceFailure(library, slot, cause);
  }

  /** After a failed call: is the token still there? Removed → 'token-removed', else 'token-failure'. */
  private deviceFailure(library: PKCS11, slot: Buffer, cause: unknown, serial?: string): TokenSigningError {
    const b = this.binding();
    const code = this.codeOf(cause);
    const gone = [
      b.CKR_DEVICE_REMOVED,
      b.CKR_TOKEN_NOT_PRESENT,
      b.CKR_SESSION_HANDLE_INVALID,
      b.CKR_SESSION_CLOSED,
      b.CKR_OBJECT_HANDLE_INVALID,
      b.CKR_KEY_HANDLE_INVALID,
    ];
    let present = true;
    try {
      const info = library.C_GetTokenInfo(slot);
      if (serial !== undefined && trimmed(info.serialNumber) !== serial) present = false;
    } catch {
      present = false; // the slot cannot even describe its token: it is gone
    }
    const which = !present || (code !== null && gone.includes(code)) ? 'token-removed' : 'token-failure';
    return new TokenSigningError(which, this.describe(cause), { cause });
  }

  /**
   * Logs in with the PIN and finds the chosen certificate's private key. The session stays
   * logged in until `closeSession` (end of the batch) or `idleTimeoutMs` without signing.
   */
  openSession(
    request: {
      readonly libraryPath: string;
      readonly tokenSerial: string;
      readonly certificateId: string;
      readonly pin: string;
    },
    now: Date,
  ): OpenedTokenSession {
    const b = this.binding();
    const library = this.library(request.libraryPath);
    let slot: Buffer;
    let handle: Buffer;
    try {
      slot = this.findSlot(library, request.tokenSerial);
      if (this.pinState(library.C_GetTokenInfo(slot).flags) === 'locked') {
        throw new TokenSigningError('token-pin-locked', 'CKF_USER_PIN_LOCKED');
      }
      handle = library.C_OpenSession(slot, b.CKF_SERIAL_SESSION);
    } catch (cause) {
      if (cause instanceof TokenSigningError) throw cause;
      throw new TokenSigningError('token-removed', this.describe(cause), { cause });
    }
    try {
      try {
        library.C_Login(handle, b.CKU_USER, request.pin);
      } catch (cause) {
        // Another session of this app is logged in to the same token: that is fine.
        if (this.codeOf(cause) !== b.CKR_USER_ALREADY_LOGGED_IN)
          throw this.loginFailure(library, slot, cause);
      }
      const certificates = this.certificatesIn(library, handle);
      if (certificates.length === 0) throw new TokenSigningError('token-no-certificate');
      const chosen = certificates.find((c) => c.id === request.certificateId);
      if (chosen === undefined) throw new TokenSigningError('token-no-certificate', 'no such CKA_ID');
      const described = describeTokenCertificate(chosen.der, chosen.id, chosen.label, now);
      if (described.refusal !== null) throw new TokenSigningError(described.refusal);
      library.C_FindObjectsInit(handle, [
        { type: b.CKA_CLASS, value: b.CKO_PRIVATE_KEY },
        { type: b.CKA_ID, value: Buffer.from(chosen.id, 'hex') },
      ]);
      let keys: Buffer[];
      try {
        keys = library.C_FindObjects(handle, 2);
      } finally {
        library.C_FindObjectsFinal(handle);
      }
      const key = keys[0];
      if (key === undefined) throw new TokenSigningError('token-no-key');
      const keyType = keyTypeOf(new X509Certificate(chosen.der));
      if (keyType === 'other') throw new TokenSigningError('unsupported-key');
      const sessionId = randomUUID();
      const signer: Signer = {
        keyType,
        certificate: new Uint8Array(chosen.der),
        chain: issuerChain(
          chosen.der,
          certificates.filter((c) => c !== chosen).map((c) => new Uint8Array(c.der)),
        ),
        commonName: described.holder,
        ...(described.organization === undefined ? {} : { organization: described.organization }),
        displayName:
          described.organization === undefined
            ? described.holder
            : `${described.holder}, ${described.organization}`,
        notBefore: new Date(described.notBefore),
        notAfter: new Date(described.notAfter),
        signData: (data) => this.signOnToken(sessionId, data),
      };
      const live: LiveSession = {
        library,
        slot,
        serial: request.tokenSerial,
        handle,
        key,
        signer,
        timer: this.idleTimer(sessionId),
      };
      this.sessions.set(sessionId, live);
      return { sessionId, signer };
    } catch (cause) {
      this.endSession(library, handle);
      if (cause instanceof TokenSigningError) throw cause;
      throw this.deviceFailure(library, slot, cause, request.tokenSerial);
    }
  }

  private idleTimer(sessionId: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.closeSession(sessionId), this.idleTimeoutMs);
    timer.unref();
    return timer;
  }

  /** The signer of an open session; 'token-session-closed' after logout or timeout. */
  signerOf(sessionId: string): Signer {
    const live = this.sessions.get(sessionId);
    if (live === undefined) throw new TokenSigningError('token-session-closed');
    return live.signer;
  }

  private signOnToken(sessionId: string, data: Uint8Array): Uint8Array {
    const live = this.sessions.get(sessionId);
    if (live === undefined) throw new TokenSigningError('token-session-closed');
    clearTimeout(live.timer);
    live.timer = this.idleTimer(sessionId);
    const b = this.binding();
    const { library, handle, key, signer } = live;
    let signature: Uint8Array;
    try {
      if (signer.keyType === 'rsa') {
        library.C_SignInit(handle, { mechanism: b.CKM_SHA256_RSA_PKCS }, key);
        signature = new Uint8Array(library.C_Sign(handle, Buffer.from(data), Buffer.alloc(1024)));
      } else {
        // CKM_ECDSA signs a digest the caller made; the token returns r‖s.
        library.C_SignInit(handle, { mechanism: b.CKM_ECDSA }, key);
        const digest = createHash('sha256').update(data).digest();
        signature = ecdsaRawToDer(library.C_Sign(handle, digest, Buffer.alloc(256)));
      }
    } catch (cause) {
      const failure = this.deviceFailure(library, live.slot, cause, live.serial);
      if (failure.code === 'token-removed') this.forget(sessionId);
      throw failure;
    }
    // A key that does not belong to the certificate would make a signature no one can verify.
    const publicKey = new X509Certificate(Buffer.from(signer.certificate)).publicKey;
    if (!verifySignature('sha256', data, publicKey, signature)) {
      throw new TokenSigningError('token-no-key', 'the key does not match the certificate');
    }
    return signature;
  }

  private endSession(library: PKCS11, handle: Buffer): void {
    try {
      library.C_Logout(handle);
    } catch (cause) {
      // Not logged in (wrong PIN) or the token is gone: nothing left to log out of.
      if (this.codeOf(cause) === null) throw cause;
    }
    try {
      library.C_CloseSession(handle);
    } catch (cause) {
      // A removed token has already dropped the session; any other failure is a bug.
      if (this.codeOf(cause) === null) throw cause;
    }
  }

  private forget(sessionId: string): void {
    const live = this.sessions.get(sessionId);
    if (live === undefined) return;
    clearTimeout(live.timer);
    this.sessions.delete(sessionId);
    this.endSession(live.library, live.handle);
  }

  /** Logs out and closes (end of a batch, cancel, window closed). Unknown ids are fine. */
  closeSession(sessionId: string): void {
    this.forget(sessionId);
  }

  /** Logs every session out and unloads the libraries (app quit, tests). */
  dispose(): void {
    for (const id of [...this.sessions.keys()]) this.forget(id);
    for (const library of this.libraries.values()) {
      try {
        library.C_Finalize();
      } catch (cause) {
        // Already finalised (another instance in this process unloaded it): nothing to end.
        if (this.codeOf(cause) === null) throw cause;
      } finally {
        library.close();
      }
    }
    this.libraries.clear();
  }
}
