import type {
  OpenCertificateSessionRequest,
  OpenTokenSessionRequest,
  SignPdfOutcome,
  TokenLibraryRequest,
  TokenListing,
  TokenSessionOutcome,
  TokenSignPdfRequest,
  TokenSignPdfsRequest,
} from './contract';
import { SigningError } from '../services/signing';
import type { TokenService } from '../services/signing/token/token-service';
import type { CertificateSessions } from '../services/signing/certificate-sessions';
import type { SettingsStore } from '../services/settings-store';
import { signWithSigner, type SigningDeps } from './signing-handlers';

/**
 * Signing with a USB token through the one contract (issue 10). The host keeps each signer's
 * library path in its settings and the logged-in sessions in the TokenService; the page only
 * ever holds a session id. The PIN is passed to the token's C_Login and dropped: it is not
 * stored, not logged (handlers.ts never logs arguments) and not returned.
 */
export interface TokenDeps extends SigningDeps {
  readonly settings: SettingsStore;
  readonly tokens: TokenService;
  /** .p12 files opened once per batch (issue 13); they share the token sessions' sign/close calls. */
  readonly certificates: CertificateSessions;
}

function refusalOf(error: unknown): SigningError {
  if (error instanceof SigningError) return error;
  throw error;
}

function listing(libraryPath: string, deps: TokenDeps): TokenListing {
  try {
    return { ok: true, libraryPath, tokens: deps.tokens.listTokens(libraryPath, deps.now()) };
  } catch (error) {
    return { ok: false, libraryPath, reason: refusalOf(error).code };
  }
}

function libraryOf(personId: string, deps: TokenDeps): string | null {
  return deps.settings.get().tokenLibraries?.[personId] ?? null;
}

/** Remembers the library only once it loaded and answered as a PKCS#11 module. */
export async function registerTokenLibrary(
  request: TokenLibraryRequest,
  deps: TokenDeps,
): Promise<TokenListing> {
  const result = listing(request.path, deps);
  if (result.ok) await deps.settings.setTokenLibrary(request.personId, request.path);
  return result;
}

export function listTokensOf(personId: string, deps: TokenDeps): TokenListing {
  const libraryPath = libraryOf(personId, deps);
  return libraryPath === null ? { ok: true, libraryPath: null, tokens: [] } : listing(libraryPath, deps);
}

/** The signer a session was opened for, whether a token's or a .p12's. */
interface SessionSigner {
  readonly commonName: string;
  readonly organization?: string | undefined;
  readonly notAfter: Date;
}

/**
 * One answer for both kinds of signing session (a token logged in with its PIN, a .p12 opened
 * with its password): the session id and who signs, or the refusal's code.
 */
function sessionOutcome(open: () => { sessionId: string; signer: SessionSigner }): TokenSessionOutcome {
  try {
    const { sessionId, signer } = open();
    return {
      opened: true,
      session: sessionId,
      signer: {
        name: signer.commonName,
        ...(signer.organization === undefined ? {} : { organization: signer.organization }),
        certificateNotAfter: signer.notAfter.toISOString(),
      },
    };
  } catch (error) {
    return { opened: false, reason: refusalOf(error).code };
  }
}

export function openTokenSession(request: OpenTokenSessionRequest, deps: TokenDeps): TokenSessionOutcome {
  const libraryPath = libraryOf(request.personId, deps);
  if (libraryPath === null) return { opened: false, reason: 'token-library-not-found' };
  return sessionOutcome(() =>
    deps.tokens.openSession(
      {
        libraryPath,
        tokenSerial: request.tokenSerial,
        certificateId: request.certificateId,
        pin: request.pin,
      },
      deps.now(),
    ),
  );
}

/** Opens a .p12 for a batch: one PBKDF2 and key parse instead of one per document. */
export function openCertificateSession(
  request: OpenCertificateSessionRequest,
  deps: TokenDeps,
): TokenSessionOutcome {
  return sessionOutcome(() => deps.certificates.open(request.p12, request.password, deps.now()));
}

/** Ends a batch: logs out of a token, or forgets a .p12's key. */
export function closeSigningSession(session: string, deps: TokenDeps): void {
  if (deps.certificates.owns(session)) deps.certificates.close(session);
  else deps.tokens.closeSession(session);
}

/**
 * A group of a batch in one call (issue 13): the session's signer is looked up once and signs
 * each document in turn (its own signing time, as one call per document would have); the
 * first refusal ends the group, its outcome last.
 */
export function signPdfsWithToken(request: TokenSignPdfsRequest, deps: TokenDeps): SignPdfOutcome[] {
  const outcomes: SignPdfOutcome[] = [];
  for (const document of request.documents) {
    const outcome = signPdfWithToken(
      {
        session: request.session,
        role: request.role,
        reason: request.reason,
        location: request.location,
        pdf: document.pdf,
        box: document.box,
      },
      deps,
    );
    outcomes.push(outcome);
    if (!outcome.signed) break;
  }
  return outcomes;
}

export function signPdfWithToken(request: TokenSignPdfRequest, deps: TokenDeps): SignPdfOutcome {
  const signingTime = deps.now();
  try {
    const signer = deps.certificates.owns(request.session)
      ? deps.certificates.signerOf(request.session)
      : deps.tokens.signerOf(request.session);
    return signWithSigner(signer, request, signingTime, deps);
  } catch (error) {
    return { signed: false, reason: refusalOf(error).code };
  }
}
