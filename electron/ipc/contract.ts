/**
 * The one contract between the renderer and the host (Electron main, or the web host in
 * browser mode). Channel names and payload types only: no runtime imports, so the
 * renderer, the preload and both hosts can share it. `channels` is the only runtime value.
 *
 * Every payload arriving at a host is `unknown` until `schemas.ts` parses it.
 *
 * The renderer never calls a transport directly: it calls `getPlatform()` from
 * `renderer/src/platform/platform.ts`, which returns a `CouncilApi` and turns a failed
 * `HostResult` into a `CouncilHostError` carrying one of the `HostErrorCode`s below.
 */

import type {
  DocumentVerdict,
  RevisionChangeKind,
  SignatureVerdict,
  SigningErrorCode,
  TrustProblem,
} from '../shared/signing-codes';
import type {
  HubBatchResult,
  HubCommand,
  HubOpBatch,
  HubPublication,
  HubRefusal,
  HubStatus,
} from '../shared/hub-wire';

export type Language = 'vi' | 'en';

/** Where the renderer runs: the desktop app, browser mode, or an in-memory stand-in (dev, tests). */
export type PlatformMode = 'electron' | 'web' | 'memory';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly mode: PlatformMode;
  /** Folder where the host keeps the app's files (backups, signed PDFs). */
  readonly dataDir: string;
  readonly platform: string;
  /** The language last passed to `setLanguage`, or null if it was never set. */
  readonly language: Language | null;
}

/** Sub-folders of the app's data folder a renderer may read and write. */
export type DataFolder = 'backups' | 'signed' | 'exports';

export interface DataFileRef {
  readonly folder: DataFolder;
  /**
   * A plain file name: no separators, no `..`, no NUL, no Windows reserved names
   * (CON, PRN, AUX, NUL, COM1…, LPT1…), no trailing dot or space, at most 200 characters.
   * Vietnamese letters are kept as they are.
   */
  readonly name: string;
}

/** One file of a `writeDataFiles` call. */
export interface DataFileWrite {
  readonly file: DataFileRef;
  readonly bytes: Uint8Array;
}

/** At most this many files per `writeDataFiles` call (together at most one data file's size). */
export const MAX_DATA_FILES_PER_WRITE = 500;

export interface DataFileEntry {
  readonly name: string;
  readonly size: number;
  /** ISO 8601 timestamp. */
  readonly modifiedAt: string;
}

/** A filter in a file dialog, e.g. { name: 'PDF', extensions: ['pdf'] } (no dot). */
export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface SaveFileRequest {
  /** File name offered to the user; same rules as `DataFileRef.name`. */
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  /** MIME type, used by browser mode for the download (e.g. 'application/pdf'). */
  readonly mime: string;
  readonly filters?: readonly FileFilter[] | undefined;
}

export interface SavedFile {
  /** The name the file was saved under (base name only; a full path is not shown to the page). */
  readonly name: string;
}

export interface OpenFileRequest {
  readonly filters?: readonly FileFilter[] | undefined;
  readonly multiple?: boolean | undefined;
}

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One file of a batch saved into a folder the user picks. */
export interface FolderFile {
  /** Same rules as `DataFileRef.name`; Vietnamese letters kept. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface SaveFilesToFolderRequest {
  readonly files: readonly FolderFile[];
}

export interface SavedFolder {
  /** The chosen folder's own name (not its full path: the page never sees paths). */
  readonly folder: string;
  /** The names the files were saved under, in request order ("… (2).pdf" when a name was taken). */
  readonly saved: readonly string[];
}

/** Who signs the minutes; the host writes the role's Vietnamese title in the signature box. */
export type SignerRole = 'chair' | 'secretary';

/** Where the visible signature box goes, in PDF points from the page's bottom-left corner. */
export interface SignatureBox {
  /** 1-based page number. */
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * One signing. The certificate file and its password travel in this one call only: the
 * host opens the key, signs, and forgets both; neither is stored, logged or echoed back.
 * The signing time is the host's clock, not the page's claim.
 */
export interface SignPdfRequest {
  readonly pdf: Uint8Array;
  /** The .p12/.pfx file's bytes. */
  readonly p12: Uint8Array;
  readonly password: string;
  readonly role: SignerRole;
  readonly reason: string;
  readonly location: string;
  /** Default: bottom right of the last page. */
  readonly box?: SignatureBox | undefined;
}

/**
 * Opens a .p12 once for a batch of signatures (issue 13). The host keeps the parsed key in
 * memory until `closeTokenSession(session)` or 10 minutes without signing; the file's bytes
 * are zeroised once read and the password is never kept. Sign with `signPdfWithToken`.
 */
export interface OpenCertificateSessionRequest {
  /** The .p12/.pfx file's bytes. */
  readonly p12: Uint8Array;
  readonly password: string;
}

/** Why a signing was refused: the signing service's codes (words in the renderer catalog, signing.error.*). */
export type SigningRefusalCode = SigningErrorCode;

export interface SignerIdentity {
  /** Common name of the certificate's subject, as written in the signature box. */
  readonly name: string;
  readonly organization?: string | undefined;
  /** ISO 8601. */
  readonly certificateNotAfter: string;
}

/**
 * A signing either succeeds or is refused for a reason the person can fix (wrong password,
 * expired certificate…). Refusals are answers, not transport failures, so their code reaches
 * the page intact (Electron drops custom fields of errors).
 */
export type SignPdfOutcome =
  | {
      readonly signed: true;
      readonly bytes: Uint8Array;
      /** SHA-256 (hex) of `bytes`. */
      readonly sha256: string;
      readonly signer: SignerIdentity;
      /** ISO 8601, the time written into the signature. */
      readonly signedAt: string;
    }
  | { readonly signed: false; readonly reason: SigningRefusalCode };

export interface VerifyPdfRequest {
  readonly pdf: Uint8Array;
  /** SHA-256 (hex) of the files this app signed, to say whether this is byte-for-byte one of them. */
  readonly knownHashes: readonly string[];
}

/** A signature's verdict: the signing service's code (electron/shared/signing-codes.ts). */
export type SignatureVerdictCode = SignatureVerdict;

/** The whole file's verdict: the signing service's code (electron/shared/signing-codes.ts). */
export type DocumentVerdictCode = DocumentVerdict;

/** Why a signer's certificate is "không tin cậy" (words in the renderer catalog, verify.trustProblem.*). */
export type TrustProblemCode = TrustProblem;

/** One change after a signature: what, and on which page or how many. */
export interface SignatureChange {
  readonly kind: RevisionChangeKind;
  readonly page?: number | undefined;
  readonly count?: number | undefined;
}

/** One signature of a verified PDF (a subset of the signing service's report). */
export interface SignatureCheck {
  readonly index: number;
  readonly signerName: string | null;
  readonly signerCommonName: string | null;
  readonly issuerName: string | null;
  /** ISO 8601, the time the signer claims (/M), or null. */
  readonly signingTime: string | null;
  readonly coversWholeDocument: boolean;
  readonly changedAfterSigning: boolean;
  readonly padesBaselineB: boolean;
  readonly trust: 'trusted' | 'untrusted' | 'not-checked';
  /** Null when trusted or not checked. */
  readonly trustProblem: TrustProblemCode | null;
  /** Certificate names from the signer up to the trusted root (as far as it was built). */
  readonly chain: readonly string[];
  /** ISO 8601: the time the certificates were checked at, and where it came from. */
  readonly trustCheckedAt: string;
  readonly trustTimeSource: 'claimed-signing-time' | 'verification-time';
  /** Empty when nothing changed after this signature (beyond later signatures). */
  readonly changes: readonly SignatureChange[];
  readonly verdict: SignatureVerdictCode;
}

/** A certificate the office trusts as the root of signatures (Settings → trusted roots). */
export interface TrustedCertificate {
  /** SHA-256 of the certificate, lower-case hex. */
  readonly fingerprint: string;
  readonly subject: string;
  readonly issuer: string;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  readonly selfSigned: boolean;
  readonly addedAt: string;
}

export interface ImportTrustedCertificatesRequest {
  /** The file's bytes: .cer/.crt/.der/.pem or a .p7b bundle. */
  readonly bytes: Uint8Array;
}

export type ImportTrustedCertificatesOutcome =
  | {
      readonly imported: true;
      readonly added: readonly TrustedCertificate[];
      readonly alreadyTrusted: number;
      /** Certificates of the file that are not CA certificates (left out). */
      readonly skippedNotCa: number;
    }
  /** 'unreadable': no certificate could be read; 'not-a-ca': only non-CA certificates. */
  | { readonly imported: false; readonly reason: 'unreadable' | 'not-a-ca' };

export interface PdfVerification {
  readonly verdict: DocumentVerdictCode;
  readonly sha256: string;
  readonly matchesKnownHash: boolean;
  readonly signatures: readonly SignatureCheck[];
}

/** A signer's PKCS#11 token library, remembered per person (chair or secretary) by the host. */
export interface TokenLibraryRequest {
  readonly personId: string;
  /** Absolute path of the .dll/.so/.dylib the certification authority installed. */
  readonly path: string;
}

/** One certificate on a token, and why it cannot sign (null: it can). */
export interface TokenCertificateView {
  /** CKA_ID in hex. */
  readonly id: string;
  readonly label: string;
  readonly holder: string;
  readonly organization?: string | undefined;
  readonly issuer: string;
  /** ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** RFC 5280 names; null: no keyUsage extension (no restriction). */
  readonly keyUsage: readonly string[] | null;
  readonly keyType: 'rsa' | 'ec-p256' | 'other';
  readonly refusal: SigningRefusalCode | null;
}

export interface TokenView {
  readonly label: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly serial: string;
  readonly pinState: 'ok' | 'count-low' | 'final-try' | 'locked';
  readonly certificates: readonly TokenCertificateView[];
}

/** The tokens a person's library sees, or why it cannot be used (not a PKCS#11 module…). */
export type TokenListing =
  | { readonly ok: true; readonly libraryPath: string | null; readonly tokens: readonly TokenView[] }
  | { readonly ok: false; readonly libraryPath: string; readonly reason: SigningRefusalCode };

/** Logs in to a token once for a signing or a whole batch. The PIN travels in this call only. */
export interface OpenTokenSessionRequest {
  readonly personId: string;
  readonly tokenSerial: string;
  readonly certificateId: string;
  readonly pin: string;
}

export type TokenSessionOutcome =
  | { readonly opened: true; readonly session: string; readonly signer: SignerIdentity }
  | { readonly opened: false; readonly reason: SigningRefusalCode };

/** Like SignPdfRequest, with an open token session instead of a certificate file. */
export interface TokenSignPdfRequest {
  readonly session: string;
  readonly pdf: Uint8Array;
  readonly role: SignerRole;
  readonly reason: string;
  readonly location: string;
  readonly box?: SignatureBox | undefined;
}

/** At most this many documents per `signPdfsWithToken` call (together at most one data file's size). */
export const MAX_SIGNATURES_PER_CALL = 64;

/**
 * Several signings in an open session in one call (issue 13: one round trip for a group of a
 * batch, not one per document): the same role, reason and place for each, every document
 * with its own box.
 */
export interface TokenSignPdfsRequest {
  readonly session: string;
  readonly role: SignerRole;
  readonly reason: string;
  readonly location: string;
  readonly documents: readonly { readonly pdf: Uint8Array; readonly box?: SignatureBox | undefined }[];
}

export const channels = {
  appInfo: 'app:info',
  setLanguage: 'app:set-language',
  openExternal: 'shell:open-external',
  writeDataFile: 'data:write',
  writeDataFiles: 'data:write-many',
  readDataFile: 'data:read',
  listDataFiles: 'data:list',
  removeDataFile: 'data:remove',
  saveFileDialog: 'dialog:save-file',
  openFileDialog: 'dialog:open-file',
  saveFilesToFolder: 'dialog:save-files-to-folder',
  signPdf: 'signing:sign-pdf',
  verifyPdf: 'signing:verify-pdf',
  chooseTokenLibrary: 'token:choose-library',
  registerTokenLibrary: 'token:register-library',
  listTokens: 'token:list',
  openTokenSession: 'token:open-session',
  signPdfWithToken: 'token:sign-pdf',
  signPdfsWithToken: 'token:sign-pdfs',
  openCertificateSession: 'signing:open-session',
  closeTokenSession: 'token:close-session',
  listTrustedCertificates: 'trust:list',
  importTrustedCertificates: 'trust:import',
  removeTrustedCertificate: 'trust:remove',
  hubCommand: 'hub:command',
  hubPublish: 'hub:publish',
  hubTakeOps: 'hub:take-ops',
  hubSettleOps: 'hub:settle-ops',
} as const satisfies Record<keyof CouncilApi, string>;

export type Channel = (typeof channels)[keyof typeof channels];

/**
 * What the renderer can ask the host for. Binary payloads travel as Uint8Array
 * (structured clone in Electron, base64 over HTTP).
 */
export interface CouncilApi {
  appInfo(): Promise<AppInfo>;
  /** Tells the host the UI language (application menu, dialogs); the host remembers it. */
  setLanguage(language: Language): Promise<void>;
  /** Opens an http(s) URL in the user's browser; anything else is refused ('refused'). */
  openExternal(url: string): Promise<void>;
  writeDataFile(file: DataFileRef, bytes: Uint8Array): Promise<DataFileEntry>;
  /**
   * Writes several files in order, each as `writeDataFile` does, in one call (a batch's copies:
   * one request per group instead of one per file). Stops at the first failure: the files
   * before it stay written.
   */
  writeDataFiles(files: readonly DataFileWrite[]): Promise<readonly DataFileEntry[]>;
  /** Fails with 'not-found' when the file does not exist. */
  readDataFile(file: DataFileRef): Promise<Uint8Array>;
  /** Newest first. A folder that does not exist yet lists as empty. */
  listDataFiles(folder: DataFolder): Promise<readonly DataFileEntry[]>;
  /** Fails with 'not-found' when the file does not exist. */
  removeDataFile(file: DataFileRef): Promise<void>;
  /** Asks the user where to save `bytes` (a download in browser mode). Null when cancelled. */
  saveFileDialog(request: SaveFileRequest): Promise<SavedFile | null>;
  /** Lets the user pick file(s) to read. An empty list when cancelled. */
  openFileDialog(request: OpenFileRequest): Promise<readonly PickedFile[]>;
  /**
   * Asks the user for a folder and saves every file into it (atomic writes, safe names, an
   * existing file is never overwritten). Null when cancelled. Electron only: in browser mode
   * the page downloads each file instead ('unsupported' from the web host).
   */
  saveFilesToFolder(request: SaveFilesToFolderRequest): Promise<SavedFolder | null>;
  /** Adds a visible PAdES B-B signature (incremental: earlier signatures stay valid). */
  signPdf(request: SignPdfRequest): Promise<SignPdfOutcome>;
  /** Checks every signature of any PDF; never fails on a damaged file (verdict 'not-a-pdf'). */
  verifyPdf(request: VerifyPdfRequest): Promise<PdfVerification>;
  /** Electron: the file dialog for a token library; its path, or null when cancelled. Web: 'unsupported' (typed instead). */
  chooseTokenLibrary(): Promise<string | null>;
  /** Checks the library (loads it, lists its tokens) and, if usable, remembers it for the person. */
  registerTokenLibrary(request: TokenLibraryRequest): Promise<TokenListing>;
  /** The tokens of the person's registered library (libraryPath null: none registered). */
  listTokens(personId: string): Promise<TokenListing>;
  openTokenSession(request: OpenTokenSessionRequest): Promise<TokenSessionOutcome>;
  /**
   * Signs in an open session — a token's, or a .p12's (`openCertificateSession`): same PAdES
   * B-B, box and result as `signPdf`.
   */
  signPdfWithToken(request: TokenSignPdfRequest): Promise<SignPdfOutcome>;
  /**
   * Signs several documents in an open session, in order, as `signPdfWithToken` one after
   * another would: one outcome per document signed, and after the first refusal nothing more
   * (its outcome is the last one; the documents after it are left unsigned).
   */
  signPdfsWithToken(request: TokenSignPdfsRequest): Promise<readonly SignPdfOutcome[]>;
  /** A .p12 opened once for a batch; close it with `closeTokenSession`. */
  openCertificateSession(request: OpenCertificateSessionRequest): Promise<TokenSessionOutcome>;
  /** Logs out / forgets the key (end of a batch). Unknown or already closed sessions are fine. */
  closeTokenSession(session: string): Promise<void>;
  /** The certificates verification trusts as roots, in the order they were added. */
  listTrustedCertificates(): Promise<readonly TrustedCertificate[]>;
  /** Adds the CA certificates of a file; a refusal the person can fix is an answer. */
  importTrustedCertificates(
    request: ImportTrustedCertificatesRequest,
  ): Promise<ImportTrustedCertificatesOutcome>;
  /** Fails with 'not-found' when no trusted certificate has that fingerprint. */
  removeTrustedCertificate(fingerprint: string): Promise<void>;
  /** The meeting hub (electron/shared/hub-wire.ts): open / close / status / re-issue a card / disconnect a device. */
  hubCommand(command: HubCommand): Promise<HubStatus>;
  /** What each member's device may see (computed by the page; only their own work). */
  hubPublish(publication: HubPublication): Promise<void>;
  /** Long poll: member ops waiting for the page to commit (empty after `waitMs` with none). */
  hubTakeOps(waitMs: number): Promise<readonly HubOpBatch[]>;
  /** The page committed (or refused) these batches: the hub answers the devices. */
  hubSettleOps(results: readonly HubBatchResult[]): Promise<void>;
}

/**
 * Failure codes a host returns; the renderer translates each into a Vietnamese/English
 * message. 'invalid-payload': the request did not match its schema. 'not-found': no such
 * file. 'refused': not allowed (e.g. a non-http(s) URL). 'too-large': over a size limit.
 * 'unsupported': this host cannot do it. 'io': the disk failed. 'unavailable': the host
 * cannot be reached (browser mode: the web host was stopped). 'internal': a bug.
 */
export type HostErrorCode =
  | 'invalid-payload'
  | 'not-found'
  | 'refused'
  | 'too-large'
  | 'unsupported'
  | 'io'
  | 'unavailable'
  | 'internal';

export interface HostError {
  readonly code: HostErrorCode;
  /** For logs and developers; the UI shows its own translated text for `code`. */
  readonly message: string;
  /** A refusal the page words from its catalog (e.g. why the meeting hub would not open). */
  readonly refusal?: HubRefusal;
}

/**
 * What actually crosses a transport. Errors travel as data because neither Electron IPC
 * nor contextBridge keeps an Error's class or custom properties.
 */
export type HostResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

/** Method name → its argument tuple and result type. */
export type MethodName = keyof CouncilApi;
export type MethodArgs<K extends MethodName> = Parameters<CouncilApi[K]>;
export type MethodResult<K extends MethodName> = Awaited<ReturnType<CouncilApi[K]>>;

/**
 * The shape of `window.council` exposed by the preload (it `satisfies` this): one method
 * per message, each resolving to a `HostResult` instead of throwing.
 */
export type CouncilBridge = {
  readonly [K in MethodName]: (...args: MethodArgs<K>) => Promise<HostResult<MethodResult<K>>>;
};
